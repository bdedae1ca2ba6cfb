import Foundation

/// Scores checked answers exactly as the definition declares.
///
/// The arithmetic is `FastDecimal` (see there for why not `Decimal`), on the questionnaire's `ScoringPlan`:
/// weights and option values are read once per questionnaire, not once per file.
public enum Scorer {
    /// Scores `answers`.
    public static func score(_ answers: ResolvedAnswers) -> ScoreCard {
        let q = answers.questionnaire
        let plan = q.plan
        var questions: [String: ScoreCard.QuestionScore] = [:]
        var nodes: [String: ScoreCard.NodeScore] = [:]
        questions.reserveCapacity(plan.questions.count)
        nodes.reserveCapacity(plan.nodes.count)
        var warnings = answers.warnings
        var nodeScores = [FastDecimal](repeating: .zero, count: plan.nodes.count)
        var nodeCounts = [(answered: Int, total: Int)](repeating: (0, 0), count: plan.nodes.count)

        func visit(_ index: Int) {
            let planNode = plan.nodes[index]
            let node = planNode.node
            var score = FastDecimal.zero
            var answered = 0
            var total = 0
            if planNode.children.isEmpty {
                let count = planNode.count
                let share = planNode.share
                var sum = FastDecimal.zero
                for position in planNode.questions {
                    let planQuestion = plan.questions[position]
                    // The question is read through the plan's reference, not copied (a copy retains every field).
                    let code = planQuestion.code
                    // A chosen option's points come from the plan; anything else is worked out here.
                    if case .choice = planQuestion.scoring, let option = answers.choices[code],
                       let choice = planQuestion.index(ofOption: option.code) {
                        let value = planQuestion.optionValues[choice].value
                        let points = plan.optionScores[position][choice]
                        sum += node.aggregate == .weighted ? points : value
                        questions[code] = .init(code: code, nodeCode: node.code, fastValue: value, fastScore: points,
                                                fastMaximum: node.aggregate == .weighted ? planQuestion.weight ?? .zero : share,
                                                isAnswered: true, hitZeroDenominator: false, fastDerived: [:])
                        total += 1
                        answered += 1
                        continue
                    }
                    let (value, zero, derived, isAnswered) = Self.fastValue(of: planQuestion, in: answers)
                    if zero, value == nil, isAnswered {
                        let at = firstLocation(of: planQuestion.question, in: answers.sheet)
                        warnings.append(.warning(at: at, Localized(
                            id: "'\(code)': pembagi bernilai nol, pertanyaan tidak bernilai dan dihitung 0",
                            en: "'\(code)': the denominator is zero, so the question has no value and counts 0")))
                    }
                    let v = value ?? .zero
                    let maximum: FastDecimal
                    let questionScore: FastDecimal
                    switch node.aggregate {
                    case .weighted:
                        maximum = planQuestion.weight ?? .zero
                        questionScore = v * maximum
                        sum += questionScore
                    case .mean, .sum:
                        maximum = share
                        questionScore = planNode.score(of: v, weight: nil)
                        sum += v
                    }
                    questions[code] = .init(code: code, nodeCode: node.code, fastValue: value, fastScore: questionScore,
                                                     fastMaximum: maximum, isAnswered: isAnswered, hitZeroDenominator: zero,
                                                     fastDerived: derived)
                    total += 1
                    if isAnswered { answered += 1 }
                }
                switch node.aggregate {
                case .weighted: score = sum
                case .mean, .sum: score = planNode.questions.isEmpty ? .zero : sum * planNode.weight / count
                }
            } else {
                for child in planNode.children {
                    visit(child)
                    score += nodeScores[child]
                    answered += nodeCounts[child].answered
                    total += nodeCounts[child].total
                }
            }
            nodeScores[index] = score
            nodeCounts[index] = (answered, total)
            nodes[node.code] = .init(code: node.code, title: node.title, weight: node.weight, fastWeight: planNode.weight,
                                     fastScore: score, answered: answered, questions: total)
        }
        visit(plan.root)

        var groups: [String: ScoreCard.NodeScore] = [:]
        func visitGroup(_ index: Int) -> ScoreCard.NodeScore {
            let planGroup = plan.groups[index]
            var score = FastDecimal.zero, answered = 0, total = 0
            if planGroup.children.isEmpty {
                for node in planGroup.sum {
                    score += nodeScores[node]; answered += nodeCounts[node].answered; total += nodeCounts[node].total
                }
            } else {
                for child in planGroup.children {
                    let r = visitGroup(child)
                    score += r.fastScore; answered += r.answered; total += r.questions
                }
            }
            let group = planGroup.group
            let result = ScoreCard.NodeScore(code: group.code, title: group.title, weight: group.weight, fastWeight: planGroup.weight,
                                             fastScore: score, answered: answered, questions: total)
            groups[group.code] = result
            return result
        }
        plan.topGroups.forEach { _ = visitGroup($0) }

        var card = ScoreCard(answers: answers, questions: questions, nodes: nodes, groups: groups, predicates: [], warnings: warnings)
        card.predicates = q.predicates.indices.map { evaluate(q.predicates[$0], thresholds: plan.thresholds[$0], card: card) }
        return card
    }

    /// The value of a question in [0, 1], whether a zero denominator decided it, and its derived rows.
    /// (The question's own scale and formulas are used, so it need not be one of the questionnaire's.)
    public static func value(of question: Question, in answers: ResolvedAnswers) -> (Decimal?, Bool, [String: Decimal]) {
        let (value, zero, derived, _) = fastValue(of: ScoringPlan.PlanQuestion(question), in: answers)
        return (value?.decimal, zero, derived.mapValues(\.decimal))
    }

    /// `value(of:in:)` in `FastDecimal`, and whether the question is answered.
    static func fastValue(of planQuestion: ScoringPlan.PlanQuestion, in answers: ResolvedAnswers)
        -> (FastDecimal?, Bool, [String: FastDecimal], isAnswered: Bool) {
        switch planQuestion.scoring {
        case .choice:
            guard let option = answers.choices[planQuestion.code] else { return (nil, false, [:], false) }
            return (planQuestion.value(ofOption: option.code) ?? FastDecimal(option.value), false, [:], true)
        case .number(let formula):
            guard let x = answers.numbers[fast: planQuestion.code] else { return (nil, false, [:], false) }
            let value = try? formula.evaluateFast { $0 == "x" ? x : nil }
            return (value ?? nil, false, [:], true)
        case .computed(let spec):
            // Computed formulas name only inputs and derived rows (the loader checks it).
            let lookup = CountLookup(inputs: answers.inputs, derived: answers.questionnaire.derivedIndex)
            var derived: [String: FastDecimal] = [:]
            for row in spec.derived {
                if let v = lookup.value(row.code) { derived[row.code] = v }
            }
            guard spec.inputs.allSatisfy({ answers.inputs.contains($0.code) }) else { return (nil, false, derived, false) }
            var value: FastDecimal?
            var zero = false
            do {
                value = try spec.formula.evaluateFast(lookup.value)
            } catch let division as Formula.FastZeroDivision {
                zero = true
                switch planQuestion.zero {
                case .value(let v): value = v
                case .unanswered, .notNeeded: value = nil
                case .byNumerator(let z, let otherwise): value = division.numerator.isZero ? z : otherwise
                }
            } catch {
                value = nil
            }
            if let v = value, let clamp = planQuestion.clamp { value = Swift.min(Swift.max(v, clamp.lower), clamp.upper) }
            return (value, zero, derived, true)
        }
    }

    /// The value a formula reference has: a count input, a derived row, or a question's value.
    public static func reference(_ code: String, in answers: ResolvedAnswers) -> Decimal? {
        fastReference(code, in: answers)?.decimal
    }

    /// `reference(_:in:)` in `FastDecimal`.
    static func fastReference(_ code: String, in answers: ResolvedAnswers) -> FastDecimal? {
        if let value = CountLookup(inputs: answers.inputs, derived: answers.questionnaire.derivedIndex).value(code) { return value }
        if let position = answers.questionnaire.questionIndex[code] {
            return fastValue(of: answers.questionnaire.plan.questions[position], in: answers).0
        }
        return nil
    }

    /// Values of count inputs and derived rows.
    struct CountLookup {
        let inputs: NumberTable
        let derived: [String: Question.Derived]

        func value(_ code: String) -> FastDecimal? {
            if let input = inputs[fast: code] { return input }
            if let row = derived[code] { return (try? row.formula.evaluateFast(value)) ?? nil }
            return nil
        }
    }

    static func firstLocation(of question: Question, in sheet: AnswerSheet) -> SourceLocation? {
        var codes = [question.code]
        if case .computed(let spec) = question.kind { codes = spec.inputs.map(\.code) + codes }
        for code in codes { if let entry = sheet.entry(code) { return entry.valueLocation } }
        return nil
    }

    static func evaluate(_ predicate: Predicate, thresholds: [FastDecimal?], card: ScoreCard) -> ScoreCard.PredicateResult {
        let q = card.questionnaire
        let rounding = q.rounding
        var rules: [ScoreCard.RuleResult] = []
        for (index, rule) in predicate.rules.enumerated() {
            let minimum = thresholds[index] ?? .zero
            switch rule.kind {
            case .minScore(let code, _):
                let exact = card.node(code)?.fastScore ?? card.questions[code]?.fastScore ?? .zero
                let actual = rounding.apply(exact)
                rules.append(.init(id: rule.id, title: rule.title, measure: .score, code: code, fastRequired: minimum, fastActual: actual,
                                   met: actual >= minimum, children: []))
            case .minPercent(let code, _):
                let exact: FastDecimal
                if let node = card.node(code) { exact = node.fastPercent } else { exact = (card.questions[code]?.fastValue ?? .zero) * .hundred }
                let actual = rounding.apply(exact)
                rules.append(.init(id: rule.id, title: rule.title, measure: .percent, code: code, fastRequired: minimum, fastActual: actual,
                                   met: actual >= minimum, children: []))
            case .eachChildMinPercent(let code, _):
                let childCodes: [String]
                if let group = q.groupsByCode[code] { childCodes = group.children.map(\.code) }
                else { childCodes = q.nodesByCode[code]?.children.map(\.code) ?? [] }
                let children = childCodes.compactMap { card.node($0) }.map { child -> ScoreCard.RuleResult.Child in
                    let actual = rounding.apply(child.fastPercent)
                    return .init(code: child.code, title: child.title, fastActual: actual, met: actual >= minimum)
                }
                let lowest = children.map(\.fastActual).min() ?? .zero
                rules.append(.init(id: rule.id, title: rule.title, measure: .percent, code: code, fastRequired: minimum, fastActual: lowest,
                                   met: children.allSatisfy(\.met), children: children))
            case .requiresPredicate(let required):
                let held = card.answers.sheet.predicate
                rules.append(.init(id: rule.id, title: rule.title, measure: .predicate, code: nil, fastRequired: nil, fastActual: nil,
                                   met: held.map { holds($0, atLeast: required, in: q) } ?? false, children: [],
                                   requiredPredicate: required, heldPredicate: held))
            }
        }
        let prerequisites = predicate.prerequisites.map { item -> ScoreCard.PrerequisiteResult in
            let status: ScoreCard.PrerequisiteStatus
            switch card.answers.sheet.eligibility[item.id] {
            case true?: status = .met
            case false?: status = .notMet
            case nil: status = .notStated
            }
            return .init(id: item.id, text: item.text, status: status)
        }
        return .init(id: predicate.id, title: predicate.title, met: rules.allSatisfy(\.met), rules: rules, prerequisites: prerequisites)
    }

    /// Whether holding `held` satisfies a requirement of `required`: the same predicate or a stricter one.
    static func holds(_ held: String, atLeast required: String, in q: Questionnaire) -> Bool {
        var current: String? = held
        var steps = 0
        while let id = current, steps < 32 {
            if id == required { return true }
            current = q.predicate(id)?.stricterThan
            steps += 1
        }
        return false
    }
}
