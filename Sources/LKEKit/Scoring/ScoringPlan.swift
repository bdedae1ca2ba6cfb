import Foundation

/// A questionnaire made ready for fast scoring: every weight, option value, bound and threshold read once as a
/// `FastDecimal`, and the tree flattened into arrays the scorer walks by index.
///
/// Reading a `Decimal` into a `FastDecimal` costs about a microsecond, and a definition has hundreds of numbers;
/// a plan is made once per questionnaire (see `Questionnaire.plan`) and serves every file scored with it.
struct ScoringPlan: Sendable {
    struct PlanNode: Sendable {
        var node: Node
        var weight: FastDecimal
        /// Indexes into `nodes`.
        var children: [Int]
        /// Indexes into `questions`.
        var questions: [Int]
    }

    struct PlanQuestion: Sendable {
        var question: Question
        /// The question's own weight (in a `weighted` node).
        var weight: FastDecimal?
        /// The option values of a choice question, by option code.
        var optionValues: [(code: String, value: FastDecimal)]
        /// The bounds of a computed question's value, when it is clamped.
        var clamp: (lower: FastDecimal, upper: FastDecimal)?
        /// What a zero denominator gives a computed question.
        var zero: ZeroPolicy

        /// The value of the option with `code`.
        func value(ofOption code: String) -> FastDecimal? {
            optionValues.first { $0.code == code }?.value
        }
    }

    /// `Question.ZeroPolicy` with its numbers as `FastDecimal`.
    enum ZeroPolicy: Sendable {
        case value(FastDecimal)
        case unanswered
        case byNumerator(zero: FastDecimal, otherwise: FastDecimal)
        case notNeeded

        init(_ policy: Question.ZeroPolicy) {
            switch policy {
            case .value(let v): self = .value(FastDecimal(v))
            case .unanswered: self = .unanswered
            case .byNumerator(let zero, let otherwise): self = .byNumerator(zero: FastDecimal(zero), otherwise: FastDecimal(otherwise))
            case .notNeeded: self = .notNeeded
            }
        }
    }

    struct PlanGroup: Sendable {
        var group: Group
        var weight: FastDecimal
        /// Indexes into `nodes` of the codes the group adds (unknown codes left out).
        var sum: [Int]
        /// Indexes into `groups`.
        var children: [Int]
    }

    /// The bounds of a number question or count input.
    struct Bounds: Sendable {
        var min: FastDecimal
        var max: FastDecimal
        var decimals: Int
    }

    /// Nodes depth first, the root first.
    var nodes: [PlanNode] = []
    /// Questions in worksheet order (the order of `Questionnaire.questions`).
    var questions: [PlanQuestion] = []
    /// Groups depth first; `topGroups` are the definition's own list.
    var groups: [PlanGroup] = []
    var topGroups: [Int] = []
    /// Node index by code.
    var nodeIndex: [String: Int] = [:]
    /// Group index by code.
    var groupIndex: [String: Int] = [:]
    /// Bounds of number questions and count inputs, by code.
    var bounds: [String: Bounds] = [:]
    /// Each predicate's rule thresholds, in rule order (`nil` for a prior-predicate rule).
    var thresholds: [[FastDecimal?]] = []

    init(_ q: Questionnaire) {
        var questionPosition: [String: Int] = [:]
        for question in q.questions {
            questionPosition[question.code] = questions.count
            var plan = PlanQuestion(question: question, weight: question.weight.map(FastDecimal.init), optionValues: [], clamp: nil, zero: .notNeeded)
            switch question.kind {
            case .choice(let choice):
                plan.optionValues = choice.scale.options.map { ($0.code, FastDecimal($0.value)) }
            case .number(let spec):
                bounds[question.code] = Bounds(min: FastDecimal(spec.min), max: FastDecimal(spec.max), decimals: spec.decimals)
            case .computed(let spec):
                plan.clamp = spec.clamp.map { (FastDecimal($0.lowerBound), FastDecimal($0.upperBound)) }
                plan.zero = ZeroPolicy(spec.zeroDenominator)
                for input in spec.inputs {
                    bounds[input.code] = Bounds(min: FastDecimal(input.min), max: FastDecimal(input.max), decimals: input.decimals)
                }
            }
            questions.append(plan)
        }
        func add(_ node: Node) -> Int {
            let index = nodes.count
            nodeIndex[node.code] = index
            nodes.append(PlanNode(node: node, weight: FastDecimal(node.weight), children: [],
                                  questions: node.questions.compactMap { questionPosition[$0.code] }))
            let children = node.children.map(add)
            nodes[index].children = children
            return index
        }
        _ = add(q.tree)
        func add(_ group: Group) -> Int {
            let index = groups.count
            groupIndex[group.code] = index
            groups.append(PlanGroup(group: group, weight: FastDecimal(group.weight), sum: group.sum.compactMap { nodeIndex[$0] }, children: []))
            let children = group.children.map(add)
            groups[index].children = children
            return index
        }
        topGroups = q.groups.map(add)
        thresholds = q.predicates.map { predicate in
            predicate.rules.map { rule -> FastDecimal? in
                switch rule.kind {
                case .minScore(_, let minimum), .minPercent(_, let minimum), .eachChildMinPercent(_, let minimum): return FastDecimal(minimum)
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
