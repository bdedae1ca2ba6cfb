import Foundation

/// Scores checked answers exactly as the definition declares, on the questionnaire's `ScoringPlan`: the tree is
/// walked by index, and a chosen option's points are read from the plan.
public enum Scorer {
    /// Scores `answers`.
    public static func score(_ answers: ResolvedAnswers) -> ScoreCard {
        let q = answers.questionnaire
        let plan = q.plan
        var questions: [String: ScoreCard.QuestionScore] = [:]
        var nodes: [String: ScoreCard.NodeScore] = [:]
        questions.reserveCapacity(plan.questions.count)
        nodes.reserveCapacity(plan.nodes.count)
        var warnings: [Diagnostic] = []
        var nodeScores = [Number](repeating: .zero, count: plan.nodes.count)
        var nodeCounts = [(answered: Int, total: Int)](repeating: (0, 0), count: plan.nodes.count)

        func visit(_ index: Int) {
            let planNode = plan.nodes[index]
            let node = planNode.node
            var score = Number.zero
            var answered = 0
            var total = 0
            if planNode.children.isEmpty {
                var sum = Number.zero
                for position in planNode.questions {
                    let planQuestion = plan.questions[position]
                    let code = planQuestion.code
                    let result = Self.value(of: planQuestion, in: answers)
                    if result.hitZeroDenominator, result.value == nil, result.isAnswered {
                        let at = firstLocation(of: planQuestion.question, in: answers.sheet)
                        warnings.append(.warning(at: at, Message.Scoring.zeroDenominator(code)))
                    }
                    let value = result.value ?? .zero
                    // A chosen option's points were worked out once, in the plan.
                    let optionPoints = result.option.map { plan.optionScores[position][$0] }
                    let maximum: Number
                    let points: Number
                    switch node.aggregate {
                    case .weighted:
                        // The node's score is the sum of its questions' points: value x the question's weight.
                        maximum = planQuestion.weight ?? .zero
                        points = optionPoints ?? value * maximum
                        sum += points
                    case .mean, .sum:
                        // The node's score is its weight x the mean of its questions' values.
                        maximum = planNode.share
                        points = optionPoints ?? planNode.score(of: value, weight: nil)
                        sum += value
                    }
                    questions[code] = .init(code: code, nodeCode: node.code, value: result.value, score: points, maximum: maximum,
                                            isAnswered: result.isAnswered, hitZeroDenominator: result.hitZeroDenominator,
                                            derived: result.derived)
                    total += 1
                    if result.isAnswered { answered += 1 }
                }
                switch node.aggregate {
                case .weighted: score = sum
                case .mean, .sum: score = planNode.questions.isEmpty ? .zero : sum * planNode.weight / planNode.count
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
            nodes[node.code] = .init(code: node.code, title: node.title, weight: node.weight, score: score, answered: answered,
                                     questions: total)
        }
        visit(plan.root)

        var groups: [String: ScoreCard.NodeScore] = [:]
        func visitGroup(_ index: Int) -> ScoreCard.NodeScore {
            let planGroup = plan.groups[index]
            var score = Number.zero, answered = 0, total = 0
            if planGroup.children.isEmpty {
                for node in planGroup.sum {
                    score += nodeScores[node]; answered += nodeCounts[node].answered; total += nodeCounts[node].total
                }
            } else {
                for child in planGroup.children {
                    let r = visitGroup(child)
                    score += r.score; answered += r.answered; total += r.questions
                }
            }
            let group = planGroup.group
            let result = ScoreCard.NodeScore(code: group.code, title: group.title, weight: group.weight, score: score,
                                             answered: answered, questions: total)
            groups[group.code] = result
            return result
        }
        plan.topGroups.forEach { _ = visitGroup($0) }

        var card = ScoreCard(answers: answers, questions: questions, nodes: nodes, groups: groups, predicates: [], scoringWarnings: warnings)
        card.predicates = q.predicates.indices.map { evaluate(q.predicates[$0], thresholds: plan.thresholds[$0], card: card) }
        return card
    }

    /// What a question's answer is worth.
    struct QuestionValue {
        /// The value in [0, 1]; `nil` when unanswered or when a zero denominator leaves it without value.
        var value: Number?
        /// Whether a zero denominator decided the value.
        var hitZeroDenominator = false
        /// Values of derived rows (subtotals), by code.
        var derived: [String: Number] = [:]
        var isAnswered: Bool
        /// The chosen option's position in the question's scale, for a choice question.
        var option: Int?
    }

    /// The value of a question in [0, 1], whether a zero denominator decided it, and its derived rows.
    /// (The question's own scale and formulas are used, so it need not be one of the questionnaire's.)
    static func value(of question: Question, in answers: ResolvedAnswers) -> (Number?, Bool, [String: Number]) {
        let result = value(of: ScoringPlan.PlanQuestion(question), in: answers)
        return (result.value, result.hitZeroDenominator, result.derived)
    }

    static func value(of planQuestion: ScoringPlan.PlanQuestion, in answers: ResolvedAnswers) -> QuestionValue {
        switch planQuestion.scoring {
        case .choice:
            guard let option = answers.choices[planQuestion.code] else { return QuestionValue(value: nil, isAnswered: false) }
            let position = planQuestion.position(of: option)
            return QuestionValue(value: position.map { planQuestion.optionValues[$0].value } ?? option.value, isAnswered: true,
                                 option: position)
        case .number(let formula):
            guard let x = answers.numbers[planQuestion.code] else { return QuestionValue(value: nil, isAnswered: false) }
            let value = try? formula.evaluate { $0 == "x" ? x : nil }
            return QuestionValue(value: value ?? nil, isAnswered: true)
        case .computed(let spec):
            // Computed formulas name only inputs and derived rows (the loader checks it).
            let lookup = CountLookup(inputs: answers.inputs, derived: answers.questionnaire.derivedIndex)
            var derived: [String: Number] = [:]
            for row in spec.derived {
                if let v = lookup.value(row.code) { derived[row.code] = v }
            }
            guard spec.inputs.allSatisfy({ answers.inputs.contains($0.code) }) else {
                return QuestionValue(value: nil, derived: derived, isAnswered: false)
            }
            var value: Number?
            var zero = false
            do {
                value = try spec.formula.evaluate(lookup.value)
            } catch let division as Formula.ZeroDivision {
                zero = true
                switch planQuestion.zero {
                case .value(let v): value = v
                case .unanswered, .notNeeded: value = nil
                case .byNumerator(let z, let otherwise): value = division.numerator.isZero ? z : otherwise
                }
            } catch {
                value = nil
            }
            if let v = value, let clamp = planQuestion.clamp { value = Swift.min(Swift.max(v, clamp.lowerBound), clamp.upperBound) }
            return QuestionValue(value: value, hitZeroDenominator: zero, derived: derived, isAnswered: true)
        }
    }

    /// The value a formula reference has: a count input, a derived row, or a question's value.
    static func reference(_ code: String, in answers: ResolvedAnswers) -> Number? {
        if let value = CountLookup(inputs: answers.inputs, derived: answers.questionnaire.derivedIndex).value(code) { return value }
        if let position = answers.questionnaire.questionIndex[code] {
            return value(of: answers.questionnaire.plan.questions[position], in: answers).value
        }
        return nil
    }

    /// Values of count inputs and derived rows.
    struct CountLookup {
        let inputs: NumberTable
        let derived: [String: Question.Derived]

        func value(_ code: String) -> Number? {
            if let input = inputs[code] { return input }
            if let row = derived[code] { return (try? row.formula.evaluate(value)) ?? nil }
            return nil
        }
    }

    static func firstLocation(of question: Question, in sheet: AnswerSheet) -> SourceLocation? {
        var codes = [question.code]
        if case .computed(let spec) = question.kind { codes = spec.inputs.map(\.code) + codes }
        for code in codes { if let entry = sheet.entry(code) { return entry.valueLocation } }
        return nil
    }

    static func evaluate(_ predicate: Predicate, thresholds: [Number?], card: ScoreCard) -> ScoreCard.PredicateResult {
        let q = card.questionnaire
        let rounding = q.rounding
        var rules: [ScoreCard.RuleResult] = []
        for (index, rule) in predicate.rules.enumerated() {
            let minimum = thresholds[index] ?? .zero
            switch rule.kind {
            case .minScore(let code, _):
                let exact = card.node(code)?.score ?? card.questions[code]?.score ?? .zero
                let actual = rounding.apply(exact)
                rules.append(.init(id: rule.id, title: rule.title, measure: .score, code: code, required: minimum, actual: actual,
                                   met: actual >= minimum, children: []))
            case .minPercent(let code, _):
                let exact: Number
                if let node = card.node(code) { exact = node.percent } else { exact = (card.questions[code]?.value ?? .zero) * .hundred }
                let actual = rounding.apply(exact)
                rules.append(.init(id: rule.id, title: rule.title, measure: .percent, code: code, required: minimum, actual: actual,
                                   met: actual >= minimum, children: []))
            case .eachChildMinPercent(let code, _):
                let childCodes: [String]
                if let group = q.groupsByCode[code] { childCodes = group.children.map(\.code) }
                else { childCodes = q.nodesByCode[code]?.children.map(\.code) ?? [] }
                let children = childCodes.compactMap { card.node($0) }.map { child -> ScoreCard.RuleResult.Child in
                    let actual = rounding.apply(child.percent)
                    return .init(code: child.code, title: child.title, actual: actual, met: actual >= minimum)
                }
                let lowest = children.map(\.actual).min() ?? .zero
                rules.append(.init(id: rule.id, title: rule.title, measure: .percent, code: code, required: minimum, actual: lowest,
                                   met: children.allSatisfy(\.met), children: children))
            case .requiresPredicate(let required):
                let held = card.answers.sheet.predicate
                rules.append(.init(id: rule.id, title: rule.title, measure: .predicate, code: nil, required: nil, actual: nil,
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
