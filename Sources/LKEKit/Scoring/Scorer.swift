import Foundation

/// Scores checked answers exactly as the definition declares.
public enum Scorer {
    /// Scores `answers`.
    public static func score(_ answers: ResolvedAnswers) -> ScoreCard {
        score(answers, memo: Memo(slots: 256))
    }

    /// Scores `answers`, reusing the quotients and roundings `memo` remembers from earlier files (the same
    /// numbers as `score(_:)`; faster when one thread scores many files).
    public static func score(_ answers: ResolvedAnswers, memo: Memo) -> ScoreCard {
        let q = answers.questionnaire
        var questions: [String: ScoreCard.QuestionScore] = [:]
        var nodes: [String: ScoreCard.NodeScore] = [:]
        questions.reserveCapacity(q.questions.count)
        nodes.reserveCapacity(q.nodesByCode.count)
        var warnings = answers.warnings

        func visit(_ node: Node) -> (score: Decimal, answered: Int, total: Int) {
            var score = Decimal(0)
            var answered = 0
            var total = 0
            if node.children.isEmpty {
                var sum = Decimal(0)
                for question in node.questions {
                    let (value, zero, derived) = Self.value(of: question, in: answers)
                    let isAnswered = answers.isAnswered(question)
                    if zero, value == nil, isAnswered {
                        let at = firstLocation(of: question, in: answers.sheet)
                        warnings.append(.warning(at: at, Localized(
                            id: "'\(question.code)': pembagi bernilai nol, pertanyaan tidak bernilai dan dihitung 0",
                            en: "'\(question.code)': the denominator is zero, so the question has no value and counts 0")))
                    }
                    let v = value ?? 0
                    let share: Decimal
                    let questionScore: Decimal
                    switch node.aggregate {
                    case .weighted:
                        share = question.weight ?? 0
                        questionScore = v * (question.weight ?? 0)
                        sum += questionScore
                    case .mean, .sum:
                        share = memo.quotient(node.weight, over: node.questions.count)
                        questionScore = memo.product(v, node.weight, over: node.questions.count)
                        sum += v
                    }
                    questions[question.code] = .init(code: question.code, nodeCode: node.code, value: value, score: questionScore,
                                                     maximum: share, isAnswered: isAnswered, hitZeroDenominator: zero, derived: derived)
                    total += 1
                    if isAnswered { answered += 1 }
                }
                switch node.aggregate {
                case .weighted: score = sum
                case .mean, .sum: score = node.questions.isEmpty ? 0 : memo.product(sum, node.weight, over: node.questions.count)
                }
            } else {
                for child in node.children {
                    let result = visit(child)
                    score += result.score
                    answered += result.answered
                    total += result.total
                }
            }
            // A sub-indicator's score takes few values across files, so its percentage is worth remembering; the
            // sums above it are one-off numbers.
            let share = node.children.isEmpty ? memo.percent(score, of: node.weight) : percent(score, of: node.weight)
            nodes[node.code] = .init(code: node.code, title: node.title, weight: node.weight, score: score,
                                     percent: share, answered: answered, questions: total)
            return (score, answered, total)
        }
        _ = visit(q.tree)

        var groups: [String: ScoreCard.NodeScore] = [:]
        func visitGroup(_ group: Group) -> ScoreCard.NodeScore {
            var score = Decimal(0), answered = 0, total = 0
            if group.children.isEmpty {
                for code in group.sum {
                    guard let n = nodes[code] else { continue }
                    score += n.score; answered += n.answered; total += n.questions
                }
            } else {
                for child in group.children {
                    let r = visitGroup(child)
                    score += r.score; answered += r.answered; total += r.questions
                }
            }
            let result = ScoreCard.NodeScore(code: group.code, title: group.title, weight: group.weight, score: score,
                                             percent: percent(score, of: group.weight), answered: answered, questions: total)
            groups[group.code] = result
            return result
        }
        q.groups.forEach { _ = visitGroup($0) }

        var card = ScoreCard(answers: answers, questions: questions, nodes: nodes, groups: groups, predicates: [], warnings: warnings)
        card.predicates = q.predicates.map { evaluate($0, card: card, memo: memo) }
        return card
    }

    static func percent(_ score: Decimal, of weight: Decimal) -> Decimal {
        weight == 0 ? 0 : score * 100 / weight
    }

    /// The value of a question in [0, 1], whether a zero denominator decided it, and its derived rows.
    public static func value(of question: Question, in answers: ResolvedAnswers) -> (Decimal?, Bool, [String: Decimal]) {
        switch question.kind {
        case .choice:
            return (answers.choices[question.code]?.value, false, [:])
        case .number(let spec):
            guard let x = answers.numbers[question.code] else { return (nil, false, [:]) }
            let value = try? spec.value.evaluate { $0 == "x" ? x : nil }
            return (value ?? nil, false, [:])
        case .computed(let spec):
            // Computed formulas name only inputs and derived rows (the loader checks it), so the lookup needs
            // only those two tables, not a copy of the whole answer set in every closure.
            let lookup = CountLookup(inputs: answers.inputs, derived: answers.questionnaire.derivedIndex)
            var derived: [String: Decimal] = [:]
            for row in spec.derived {
                if let v = lookup.value(row.code) { derived[row.code] = v }
            }
            guard spec.inputs.allSatisfy({ answers.inputs[$0.code] != nil }) else { return (nil, false, derived) }
            var value: Decimal?
            var zero = false
            do {
                value = try spec.formula.evaluate(lookup.value)
            } catch let division as Formula.ZeroDivision {
                zero = true
                switch spec.zeroDenominator {
                case .value(let v): value = v
                case .unanswered, .notNeeded: value = nil
                case .byNumerator(let z, let otherwise): value = division.numerator == 0 ? z : otherwise
                }
            } catch {
                value = nil
            }
            if let v = value, let clamp = spec.clamp { value = Swift.min(Swift.max(v, clamp.lowerBound), clamp.upperBound) }
            return (value, zero, derived)
        }
    }

    /// The value a formula reference has: a count input, a derived row, or a question's value.
    public static func reference(_ code: String, in answers: ResolvedAnswers) -> Decimal? {
        if let value = CountLookup(inputs: answers.inputs, derived: answers.questionnaire.derivedIndex).value(code) { return value }
        if let question = answers.questionnaire.question(code) { return value(of: question, in: answers).0 }
        return nil
    }

    /// Values of count inputs and derived rows.
    struct CountLookup {
        let inputs: [String: Decimal]
        let derived: [String: Question.Derived]

        func value(_ code: String) -> Decimal? {
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

    static func evaluate(_ predicate: Predicate, card: ScoreCard, memo: Memo = Memo(slots: 64)) -> ScoreCard.PredicateResult {
        let q = card.questionnaire
        let rounding = q.rounding
        var rules: [ScoreCard.RuleResult] = []
        for rule in predicate.rules {
            switch rule.kind {
            case .minScore(let code, let minimum):
                let exact = card.node(code)?.score ?? card.questions[code]?.score ?? 0
                let actual = memo.rounded(exact, rounding)
                rules.append(.init(id: rule.id, title: rule.title, measure: .score, code: code, required: minimum, actual: actual,
                                   margin: actual - minimum, met: actual >= minimum, children: []))
            case .minPercent(let code, let minimum):
                let exact: Decimal
                if let node = card.node(code) { exact = node.percent } else { exact = (card.questions[code]?.value ?? 0) * 100 }
                let actual = memo.rounded(exact, rounding)
                rules.append(.init(id: rule.id, title: rule.title, measure: .percent, code: code, required: minimum, actual: actual,
                                   margin: actual - minimum, met: actual >= minimum, children: []))
            case .eachChildMinPercent(let code, let minimum):
                let childCodes: [String]
                if let group = q.groupsByCode[code] { childCodes = group.children.map(\.code) }
                else { childCodes = q.nodesByCode[code]?.children.map(\.code) ?? [] }
                let children = childCodes.compactMap { card.node($0) }.map { child -> ScoreCard.RuleResult.Child in
                    let actual = memo.rounded(child.percent, rounding)
                    return .init(code: child.code, title: child.title, actual: actual, met: actual >= minimum)
                }
                let lowest = children.map(\.actual).min() ?? 0
                rules.append(.init(id: rule.id, title: rule.title, measure: .percent, code: code, required: minimum, actual: lowest,
                                   margin: lowest - minimum, met: children.allSatisfy(\.met), children: children))
            case .requiresPredicate(let required):
                let held = card.answers.sheet.predicate
                rules.append(.init(id: rule.id, title: rule.title, measure: .predicate, code: nil, required: nil, actual: nil, margin: nil,
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

extension Scorer {
    /// Remembers the results of the scorer's divisions and roundings. Decimal division is slow, and the same
    /// operands come back again and again (a node's weight over its number of questions, an option's value
    /// times that weight), so a memo kept across the files one thread scores saves most of the work. Results are
    /// exactly those of the expressions they stand for.
    ///
    /// The memo has a fixed number of places, two per hash bucket, so its memory does not grow with the number of
    /// files. A result that was looked up again is kept over one that was not (the one-off numbers of a single
    /// file do not push out the ones every file uses). Not thread-safe: use one per thread.
    public final class Memo {
        private enum Key: Hashable {
            case quotient(Decimal, Int)
            case product(Decimal, Decimal, Int)
            case percent(Decimal, Decimal)
            case rounded(Decimal, Rounding)
        }

        private struct Slot {
            var key: Key
            var value: Decimal
            /// Whether the slot was looked up since it was filled (or since its bucket last made room).
            var reused: Bool
        }

        private var slots: [Slot?]
        private let mask: Int

        /// A memo with about `slots` places (rounded up to a power of two, at least two), about 90 bytes each;
        /// the default, 8,192, suits a thread that scores many files.
        public init(slots: Int = 8192) {
            var count = 2
            while count < slots { count *= 2 }
            self.slots = [Slot?](repeating: nil, count: count)
            mask = count / 2 - 1
        }

        private func remember(_ key: Key, _ compute: () -> Decimal) -> Decimal {
            let first = (key.hashValue & mask) * 2
            for way in first...(first + 1) {
                if let slot = slots[way], slot.key == key {
                    slots[way]!.reused = true
                    return slot.value
                }
            }
            let value = compute()
            // An empty way, else one not reused; if both were reused, the first goes and the second must earn its
            // place again.
            let victim: Int
            if slots[first] == nil || slots[first]?.reused == false {
                victim = first
            } else if slots[first + 1] == nil || slots[first + 1]?.reused == false {
                victim = first + 1
            } else {
                victim = first
                slots[first + 1]!.reused = false
            }
            slots[victim] = Slot(key: key, value: value, reused: false)
            return value
        }

        /// `a / Decimal(n)`.
        func quotient(_ a: Decimal, over n: Int) -> Decimal {
            remember(.quotient(a, n)) { a / Decimal(n) }
        }

        /// `a * b / Decimal(n)`.
        func product(_ a: Decimal, _ b: Decimal, over n: Int) -> Decimal {
            remember(.product(a, b, n)) { a * b / Decimal(n) }
        }

        /// `Scorer.percent(score, of: weight)`.
        func percent(_ score: Decimal, of weight: Decimal) -> Decimal {
            remember(.percent(score, weight)) { Scorer.percent(score, of: weight) }
        }

        /// `rounding.apply(value)`.
        func rounded(_ value: Decimal, _ rounding: Rounding) -> Decimal {
            remember(.rounded(value, rounding)) { rounding.apply(value) }
        }
    }
}
