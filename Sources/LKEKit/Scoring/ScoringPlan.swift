import Foundation

/// A questionnaire made ready for fast scoring: the tree flattened into arrays the scorer walks by index, and
/// each choice option's points worked out once.
///
/// A plan is made once per questionnaire (see `Questionnaire.plan`) and serves every file scored with it.
struct ScoringPlan: Sendable {
    /// A node of the tree. Nodes and questions are classes so that the scorer's loops share them instead of
    /// copying every field (each copy of a `Question` retains about ten references).
    final class PlanNode: Sendable {
        let node: Node
        let weight: Number
        /// Indexes into `nodes`.
        let children: [Int]
        /// Indexes into `questions`.
        let questions: [Int]
        /// The number of questions, and each one's share of the weight in a `mean` or `sum` node.
        let count: Number
        let share: Number

        init(node: Node, weight: Number, children: [Int], questions: [Int]) {
            self.node = node
            self.weight = weight
            self.children = children
            self.questions = questions
            self.count = Number(questions.count)
            self.share = questions.isEmpty ? .zero : weight / count
        }

        /// The points a question with value `v` adds: `v` x its weight in a `weighted` node, else
        /// `v` x the node's weight / the number of questions.
        func score(of v: Number, weight questionWeight: Number?) -> Number {
            node.aggregate == .weighted ? v * (questionWeight ?? .zero) : v * weight / count
        }
    }

    final class PlanQuestion: Sendable {
        /// How the question is scored: its kind without the texts.
        enum Scoring: Sendable {
            case choice
            case number(Formula)
            case computed(Question.Computed)
        }

        let question: Question
        let code: String
        let scoring: Scoring
        /// The question's own weight (in a `weighted` node).
        let weight: Number?
        /// The option values of a choice question, by option code.
        let optionValues: [(code: String, value: Number)]
        /// The bounds of a computed question's value, when it is clamped.
        let clamp: ClosedRange<Number>?
        /// What a zero denominator gives a computed question.
        let zero: Question.ZeroPolicy
        /// The option each answer text names (code, label or alias, lowercased), the first option winning as in
        /// `Scale.option(matching:)`.
        let optionsByText: [String: Scale.Option]

        init(question: Question, weight: Number?, optionValues: [(code: String, value: Number)],
             clamp: ClosedRange<Number>?, zero: Question.ZeroPolicy) {
            self.question = question
            self.code = question.code
            switch question.kind {
            case .choice: scoring = .choice
            case .number(let spec): scoring = .number(spec.value)
            case .computed(let spec): scoring = .computed(spec)
            }
            self.weight = weight
            self.optionValues = optionValues
            self.clamp = clamp
            self.zero = zero
            var optionsByText: [String: Scale.Option] = [:]
            if case .choice(let choice) = question.kind {
                for option in choice.scale.options {
                    for text in [option.code, option.label] + option.aliases where optionsByText[text.lowercased()] == nil {
                        optionsByText[text.lowercased()] = option
                    }
                }
            }
            self.optionsByText = optionsByText
        }

        /// `Scale.option(matching:)` of a choice question's scale, by one dictionary lookup.
        func option(matching answer: String) -> Scale.Option? {
            optionsByText[NumberFormat.trimmed(answer).lowercased()]
        }

        /// The plan of one question.
        convenience init(_ question: Question) {
            self.init(question: question, weight: question.weight, optionValues: Self.optionValues(of: question),
                      clamp: Self.clamp(of: question), zero: Self.zero(of: question))
        }

        static func optionValues(of question: Question) -> [(code: String, value: Number)] {
            guard case .choice(let choice) = question.kind else { return [] }
            return choice.scale.options.map { ($0.code, $0.value) }
        }

        static func clamp(of question: Question) -> ClosedRange<Number>? {
            guard case .computed(let spec) = question.kind else { return nil }
            return spec.clamp
        }

        static func zero(of question: Question) -> Question.ZeroPolicy {
            guard case .computed(let spec) = question.kind else { return .notNeeded }
            return spec.zeroDenominator
        }

        /// The position of `option` in `optionValues`: the one it carries from its scale, unless the option is
        /// not this question's (`nil` then).
        func position(of option: Scale.Option) -> Int? {
            optionValues.indices.contains(option.position) && optionValues[option.position].code == option.code ? option.position : nil
        }
    }

    struct PlanGroup: Sendable {
        var group: Group
        var weight: Number
        /// Indexes into `nodes` of the codes the group adds (unknown codes left out).
        var sum: [Int]
        /// Indexes into `groups`.
        var children: [Int]
    }

    /// The bounds of a number question or count input.
    struct Bounds: Sendable {
        var min: Number
        var max: Number
        var decimals: Int
    }

    /// Nodes depth first, children before their parent.
    var nodes: [PlanNode] = []
    /// The index of the root in `nodes`.
    var root = 0
    /// Questions in worksheet order (the order of `Questionnaire.questions`).
    var questions: [PlanQuestion] = []
    /// Groups depth first; `topGroups` are the definition's own list.
    var groups: [PlanGroup] = []
    var topGroups: [Int] = []
    /// Node index by code.
    var nodeIndex: [String: Int] = [:]
    /// Group index by code.
    var groupIndex: [String: Int] = [:]
    /// Bounds of number questions, by code (a count input's are in its `AnswerTarget`).
    var bounds: [String: Bounds] = [:]
    /// For each choice question (by position), the points each of its options adds to its node, worked out once:
    /// most of a file's scoring is then a lookup.
    var optionScores: [[Number]] = []

    /// What an answer file's code names.
    enum AnswerTarget: Sendable {
        /// A question, by index into `questions`.
        case question(Int)
        /// A count input of a computed question: its place (after every question's) and bounds.
        case input(place: Int, Bounds)

        /// A place of its own among all answer codes (`0..<answerPlaceCount`).
        var place: Int {
            switch self {
            case .question(let position): return position
            case .input(let place, _): return place
            }
        }
    }

    /// The number of places of `AnswerTarget`.
    var answerPlaceCount: Int { questions.count + inputCount }
    private var inputCount = 0

    /// Every code an answer file may use, with what it names.
    var answerTargets: [String: AnswerTarget] = [:]
    /// Each predicate's rule thresholds, in rule order (`nil` for a prior-predicate rule).
    var thresholds: [[Number?]] = []

    init(_ q: Questionnaire) {
        var questionPosition: [String: Int] = [:]
        for question in q.questions {
            questionPosition[question.code] = questions.count
            switch question.kind {
            case .choice:
                break
            case .number(let spec):
                bounds[question.code] = Bounds(min: spec.min, max: spec.max, decimals: spec.decimals)
            case .computed(let spec):
                for input in spec.inputs {
                    let inputBounds = Bounds(min: input.min, max: input.max, decimals: input.decimals)
                    inputCount += 1
                    answerTargets[input.code] = .input(place: -inputCount, inputBounds)
                }
            }
            answerTargets[question.code] = .question(questions.count)
            questions.append(PlanQuestion(question))
        }
        // Children first, so that a node is made with its children's indexes; the root ends up last.
        func add(_ node: Node) -> Int {
            let children = node.children.map(add)
            nodes.append(PlanNode(node: node, weight: node.weight, children: children,
                                  questions: node.questions.compactMap { questionPosition[$0.code] }))
            nodeIndex[node.code] = nodes.count - 1
            return nodes.count - 1
        }
        root = add(q.tree)
        // Inputs were numbered -1, -2, ... while the number of questions was not known; put them after the questions.
        answerTargets = answerTargets.mapValues { target in
            if case .input(let place, let bounds) = target { return .input(place: questions.count - place - 1, bounds) }
            return target
        }
        optionScores = Array(repeating: [], count: questions.count)
        for planNode in nodes where planNode.children.isEmpty {
            for position in planNode.questions {
                let question = questions[position]
                optionScores[position] = question.optionValues.map { planNode.score(of: $0.value, weight: question.weight) }
            }
        }
        func add(_ group: Group) -> Int {
            let index = groups.count
            groupIndex[group.code] = index
            groups.append(PlanGroup(group: group, weight: group.weight, sum: group.sum.compactMap { nodeIndex[$0] }, children: []))
            let children = group.children.map(add)
            groups[index].children = children
            return index
        }
        topGroups = q.groups.map(add)
        thresholds = q.predicates.map { predicate in
            predicate.rules.map { rule -> Number? in
                switch rule.kind {
                case .minScore(_, let minimum), .minPercent(_, let minimum), .eachChildMinPercent(_, let minimum): return minimum
                case .requiresPredicate: return nil
                }
            }
        }
    }

    /// Holds the plan of one questionnaire value, made on first use; copies of the value share it.
    final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var plan: ScoringPlan?

        func plan(for questionnaire: Questionnaire) -> ScoringPlan {
            lock.lock()
            defer { lock.unlock() }
            if let plan { return plan }
            let made = ScoringPlan(questionnaire)
            plan = made
            return made
        }
    }
}
