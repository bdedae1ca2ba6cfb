import Foundation

/// Finds the smallest set of answer changes that meets a predicate.
///
/// Method: every question can be raised to its best answer; the gain of that change is its share of the
/// weight times the value it lacks. Rules on sums (each area, pengungkit, total) are met with the fewest
/// changes by taking, within each constrained part, the largest gains first (with lower bounds per part that
/// nest in the sums, the largest-gain set of a given size is feasible whenever any set of that size is). Rules
/// on single hasil questions are met by trying each subset of those questions. The chosen changes are then
/// lowered, one option step at a time, while every rule still holds, so that the plan asks for the fewest
/// option steps it can without adding a change. Every candidate plan is verified by scoring it.
public enum GapPlanner {
    /// Plans the changes for `card` to meet predicate `target`.
    public static func plan(_ card: ScoreCard, target: String) -> GapPlan? {
        guard let predicate = card.questionnaire.predicate(target), let now = card.predicate(target) else { return nil }
        let failing = now.rules.filter { !$0.met }
        let blockers = failing.filter { $0.measure == .predicate }
        let scoreRules = predicate.rules.filter { if case .requiresPredicate = $0.kind { return false } else { return true } }
        var plan = GapPlan(target: target, title: predicate.title, failing: failing, changes: [], blockers: blockers,
                           reachable: false, after: now, minimumNumbers: [:])
        let meets: (ScoreCard) -> Bool = { candidate in
            guard let result = candidate.predicate(target) else { return false }
            return result.rules.allSatisfy { $0.met || $0.measure == .predicate }
        }
        plan.minimumNumbers = minimumNumbers(card, rules: scoreRules)
        if meets(card) {
            plan.reachable = true
            return plan
        }
        let candidates = Candidates(card: card)
        // Questions a rule names on their own (hasil items): try every subset of them.
        let singled = Set(scoreRules.compactMap { rule -> String? in
            switch rule.kind {
            case .minScore(let code, _), .minPercent(let code, _): return card.questionnaire.question(code) != nil ? code : nil
            default: return nil
            }
        }).union(scoreRules.flatMap { rule -> [String] in
            // Questions under nodes that hold only a few questions (the hasil parts) are decided together.
            switch rule.kind {
            case .minScore(let code, _), .minPercent(let code, _):
                guard let node = card.questionnaire.nodesByCode[code], node.questions.count <= 3, node.children.isEmpty else { return [] }
                return node.questions.map(\.code)
            default: return []
            }
        }).filter { candidates.best[$0] != nil }.sorted()
        var bestChanges: [GapPlan.Change]?
        let subsets = 1 << min(singled.count, 8)
        for mask in 0..<subsets {
            let forced = singled.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            let pool = candidates.best.keys.filter { !singled.contains($0) }
            guard let changes = greedy(card: card, target: target, candidates: candidates, forced: forced, pool: pool, meets: meets) else { continue }
            if bestChanges == nil || changes.count < bestChanges!.count { bestChanges = changes }
        }
        guard let chosen = bestChanges else {
            plan.changes = []
            plan.reachable = false
            return plan
        }
        let lowered = lower(chosen, card: card, candidates: candidates, meets: meets)
        let finalCard = apply(lowered, to: card)
        plan.changes = lowered.sorted { ($0.points, $1.code) > ($1.points, $0.code) }
        plan.after = finalCard.predicate(target)
        plan.reachable = meets(finalCard)
        plan.beyondMinimum = beyondMinimum(plan, card: card, target: target)
        return plan
    }

    /// Scores `card`'s answers with `changes` applied.
    static func apply(_ changes: [GapPlan.Change], to card: ScoreCard) -> ScoreCard {
        var answers = card.answers
        for change in changes { apply(change, to: &answers) }
        return Scorer.score(answers)
    }

    static func apply(_ change: GapPlan.Change, to answers: inout ResolvedAnswers) {
        switch change.target {
        case .option(let code):
            if let question = answers.questionnaire.question(change.code), case .choice(let choice) = question.kind,
               let option = choice.scale.options.first(where: { $0.code == code }) {
                answers.choices[change.code] = option
            }
        case .number(let value): answers.numbers[change.code] = value
        case .input(let code, let value, let others):
            answers.inputs[code] = value
            for (other, v) in others where answers.inputs[other] == nil { answers.inputs[other] = v }
        }
    }

    // MARK: - Candidate changes

    /// The best change of every question that is not already at its best.
    struct Candidates {
        var best: [String: GapPlan.Change] = [:]
        /// All possible lower targets of each question, best first (for lowering).
        var ladder: [String: [GapPlan.Change]] = [:]

        init(card: ScoreCard) {
            for question in card.questionnaire.questions {
                guard let result = card.questions[question.code] else { continue }
                let current = result.value ?? 0
                let share = result.maximum
                var options: [GapPlan.Change] = []
                let from = GapPlanner.answerText(question, card: card)
                switch question.kind {
                case .choice(let choice):
                    let currentRank = card.answers.choices[question.code].flatMap { choice.scale.rank(of: $0.code) } ?? choice.scale.options.count
                    for (rank, option) in choice.scale.options.enumerated() where option.value > current {
                        options.append(.init(code: question.code, title: question.text, from: from, target: .option(option.code),
                                             newValue: option.value, points: (option.value - current) * share,
                                             steps: max(1, currentRank - rank)))
                    }
                    options.sort { $0.newValue > $1.newValue }
                case .number(let spec):
                    // Candidate values from the maximum down, in steps of the allowed decimals.
                    if let topValue = (try? spec.value.evaluate({ $0 == "x" ? spec.max : nil })) ?? nil, topValue > current {
                        options.append(.init(code: question.code, title: question.text, from: from, target: .number(spec.max),
                                             newValue: topValue, points: (topValue - current) * share, steps: 1))
                    }
                case .computed(let spec):
                    if let change = GapPlanner.bestInputChange(question, spec: spec, card: card, needed: 1) {
                        options.append(change)
                    }
                }
                if let first = options.first {
                    best[question.code] = first
                    ladder[question.code] = options
                }
            }
        }
    }

    static func answerText(_ question: Question, card: ScoreCard) -> String? {
        switch question.kind {
        case .choice: return card.answers.choices[question.code]?.code
        case .number: return card.answers.numbers[question.code].map(NumberFormat.plain)
        case .computed:
            guard card.questions[question.code]?.isAnswered == true, let v = card.questions[question.code]?.value else { return nil }
            return NumberFormat.fixed(v * 100, places: 2) + "%"
        }
    }

    /// The single count-input change that raises a computed question to at least `needed`, if one exists;
    /// it keeps every cross-item check of severity error satisfied.
    static func bestInputChange(_ question: Question, spec: Question.Computed, card: ScoreCard, needed: Number) -> GapPlan.Change? {
        let current = card.questions[question.code]?.value ?? 0
        let share = card.questions[question.code]?.maximum ?? 0
        var best: GapPlan.Change?
        var base = card.answers
        var filled: [String: Number] = [:]
        for input in spec.inputs where base.inputs[input.code] == nil {
            base.inputs[input.code] = 0
            filled[input.code] = 0
        }
        let others = spec.inputs.compactMap { base.inputs[$0.code] } + spec.derived.compactMap { Scorer.reference($0.code, in: base) }
        for input in spec.inputs {
            var values = Set(others + [0, input.min])
            values.insert(min(input.max, (others.max() ?? 0) + 1))
            for value in values.sorted() where value >= input.min && value <= input.max && value != base.inputs[input.code] {
                var trial = base
                trial.inputs[input.code] = value
                let (v, zero, _) = Scorer.value(of: question, in: trial)
                // A value given by the zero-denominator policy (no complaints, no one obliged to report) would
                // declare a fact away, not reach it.
                guard let newValue = v, !zero, newValue >= needed, newValue > current, checksHold(trial) else { continue }
                let change = GapPlan.Change(code: question.code, title: question.text, from: answerText(question, card: card),
                                            target: .input(code: input.code, value: value, others: filled.filter { $0.key != input.code }), newValue: newValue,
                                            points: (newValue - current) * share, steps: 1)
                if best == nil || newValue > best!.newValue || (newValue == best!.newValue && (value - (base.inputs[input.code] ?? 0)).magnitude < bestDistance(best!, base).magnitude) {
                    best = change
                }
            }
        }
        return best
    }

    /// The change that sets count input `code` to `value` (and the unanswered `others`), if it raises the
    /// question's value and keeps every check of severity error.
    static func inputChange(_ question: Question, code: String, value: Number, others: [String: Number], card: ScoreCard) -> GapPlan.Change? {
        let current = card.questions[question.code]?.value ?? 0
        var trial = card.answers
        trial.inputs[code] = value
        for (other, v) in others where trial.inputs[other] == nil { trial.inputs[other] = v }
        let (computed, zero, _) = Scorer.value(of: question, in: trial)
        guard let newValue = computed, !zero, newValue > current, checksHold(trial) else { return nil }
        return GapPlan.Change(code: question.code, title: question.text, from: answerText(question, card: card),
                              target: .input(code: code, value: value, others: others), newValue: newValue,
                              points: (newValue - current) * (card.questions[question.code]?.maximum ?? 0), steps: 1)
    }

    private static func bestDistance(_ change: GapPlan.Change, _ base: ResolvedAnswers) -> Number {
        if case .input(let code, let value, _) = change.target { return value - (base.inputs[code] ?? 0) }
        return 0
    }

    static func checksHold(_ answers: ResolvedAnswers) -> Bool {
        let lookup = { (code: String) -> Number? in Scorer.reference(code, in: answers) }
        return answers.questionnaire.checks.allSatisfy { check in
            check.severity != .error || check.evaluate(lookup)?.holds != false
        }
    }

    // MARK: - Choosing

    /// The fewest largest-gain changes, with `forced` always included, that meet the rules.
    static func greedy(card: ScoreCard, target: String, candidates: Candidates, forced: [String], pool: [String],
                       meets: (ScoreCard) -> Bool) -> [GapPlan.Change]? {
        var chosen = forced.compactMap { candidates.best[$0] }
        // Order the pool: largest gain first; ties by code for determinism.
        var remaining = pool.compactMap { candidates.best[$0] }.sorted { ($0.points, $1.code) > ($1.points, $0.code) }
        var scored = apply(chosen, to: card)
        if meets(scored) { return chosen }
        // First meet each failing part rule (each child of an each_child_of rule, a node's minimum) from inside it.
        let q = card.questionnaire
        var guardCount = 0
        while !meets(scored), guardCount < 400 {
            guardCount += 1
            guard let result = scored.predicate(target) else { break }
            // The narrowest failing part first (an area before the pengungkit before the total): the fewest
            // changes meet nested sums when each part is met from inside it with its largest gains.
            var scope: Set<String>?
            for rule in result.rules where !rule.met && rule.measure != .predicate {
                var parts = rule.children.filter { !$0.met }.map(\.code)
                if parts.isEmpty, let code = rule.code { parts = [code] }
                for part in parts {
                    let candidate = questions(under: part, in: q)
                    if scope == nil || candidate.count < scope!.count { scope = candidate }
                }
            }
            guard let scope else { break }
            guard let index = remaining.firstIndex(where: { scope.contains($0.code) }) else { return nil }
            chosen.append(remaining.remove(at: index))
            scored = apply(chosen, to: card)
        }
        return meets(scored) ? chosen : nil
    }

    /// The question codes under a node, group or question.
    static func questions(under code: String, in q: Questionnaire) -> Set<String> {
        if q.question(code) != nil { return [code] }
        if let node = q.nodesByCode[code] { return Set(node.allNodes.flatMap { $0.questions.map(\.code) }) }
        if let group = q.groupsByCode[code] {
            if group.children.isEmpty { return group.sum.reduce(into: Set<String>()) { $0.formUnion(questions(under: $1, in: q)) } }
            return group.children.reduce(into: Set<String>()) { $0.formUnion(questions(under: $1.code, in: q)) }
        }
        return []
    }

    /// Lowers each change as far as the rules allow, smallest gains first.
    static func lower(_ changes: [GapPlan.Change], card: ScoreCard, candidates: Candidates, meets: (ScoreCard) -> Bool) -> [GapPlan.Change] {
        var result = changes.sorted { ($0.points, $0.code) < ($1.points, $1.code) }
        for index in result.indices {
            let change = result[index]
            switch change.target {
            case .option:
                for lower in (candidates.ladder[change.code] ?? []).reversed() where lower.newValue < change.newValue {
                    var trial = result
                    trial[index] = lower
                    if meets(apply(trial, to: card)) { result = trial; break }
                }
            case .number(let value):
                guard let question = card.questionnaire.question(change.code), case .number(let spec) = question.kind else { continue }
                if let minimum = minimumNumber(question, spec: spec, upTo: value, card: card, keeping: result, at: index, meets: meets) {
                    result[index] = minimum
                }
            case .input(let code, let value, let others):
                guard let question = card.questionnaire.question(change.code) else { continue }
                // The count closest to the current one, between it and the proposed one, that still meets the
                // rules; the question's value moves one way along that range, so a binary search finds it.
                let start = card.answers.inputs[code] ?? 0
                let distance = (value - start).magnitude.integerPart
                let direction: Number = value > start ? 1 : -1
                var lo = 1, hi = distance
                while lo < hi {
                    let mid = (lo + hi) / 2
                    var trial = result
                    if let candidate = inputChange(question, code: code, value: start + direction * Number(mid), others: others, card: card) {
                        trial[index] = candidate
                        if meets(apply(trial, to: card)) { hi = mid; continue }
                    }
                    lo = mid + 1
                }
                if lo < distance, let candidate = inputChange(question, code: code, value: start + direction * Number(lo), others: others, card: card) {
                    var trial = result
                    trial[index] = candidate
                    if meets(apply(trial, to: card)) { result = trial }
                }
            }
        }
        return result
    }

    /// The smallest number (in the question's decimal steps) for `question` that keeps the plan meeting the rules.
    static func minimumNumber(_ question: Question, spec: Question.NumberSpec, upTo top: Number, card: ScoreCard,
                              keeping plan: [GapPlan.Change], at index: Int, meets: (ScoreCard) -> Bool) -> GapPlan.Change? {
        var step = Number(1)
        for _ in 0..<spec.decimals { step /= 10 }
        let current = card.questions[question.code]?.value ?? 0
        let share = card.questions[question.code]?.maximum ?? 0
        func change(_ x: Number) -> GapPlan.Change? {
            guard let v = (try? spec.value.evaluate({ $0 == "x" ? x : nil })) ?? nil else { return nil }
            return .init(code: question.code, title: question.text, from: answerText(question, card: card), target: .number(x),
                         newValue: v, points: (v - current) * share, steps: 1)
        }
        // Binary search over the integer number of steps.
        var lo = ((card.answers.numbers[question.code] ?? spec.min) / step).integerPart
        var hi = (top / step).integerPart
        var best: GapPlan.Change?
        while lo <= hi {
            let mid = (lo + hi) / 2
            let x = Number(mid) * step
            guard let candidate = change(x) else { break }
            var trial = plan
            trial[index] = candidate
            if candidate.newValue > current, meets(apply(trial, to: card)) { best = candidate; hi = mid - 1 } else { lo = mid + 1 }
        }
        return best
    }

    /// For each measurement the plan sets above its rule minimum: the rules that would fail with it at that
    /// minimum and every other change kept.
    static func beyondMinimum(_ plan: GapPlan, card: ScoreCard, target: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for (index, change) in plan.changes.enumerated() {
            guard case .number(let value) = change.target, let minimum = plan.minimumNumbers[change.code], value > minimum else { continue }
            var trial = plan.changes
            trial[index].target = .number(minimum)
            let failing = apply(trial, to: card).predicate(target)?.rules.filter { !$0.met && $0.measure != .predicate } ?? []
            result[change.code] = failing.map(\.title)
        }
        return result
    }

    /// For each number question under a score rule's node, the minimum value that meets every such rule when
    /// the other answers stay as they are (e.g. the IPAK index needed).
    static func minimumNumbers(_ card: ScoreCard, rules: [Predicate.Rule]) -> [String: Number] {
        var result: [String: Number] = [:]
        let q = card.questionnaire
        for question in q.questions {
            guard case .number(let spec) = question.kind else { continue }
            let relevant = rules.filter { rule in
                guard case .minScore(let code, _) = rule.kind else { return false }
                return questions(under: code, in: q).contains(question.code) && questions(under: code, in: q).count <= 3
            }
            guard !relevant.isEmpty else { continue }
            var step = Number(1)
            for _ in 0..<spec.decimals { step /= 10 }
            let meetsAll: (Number) -> Bool = { x in
                var answers = card.answers
                answers.numbers[question.code] = x
                let trial = Scorer.score(answers)
                return relevant.allSatisfy { rule in
                    guard case .minScore(let code, let minimum) = rule.kind else { return true }
                    let score = trial.node(code)?.score ?? trial.questions[code]?.score ?? 0
                    return trial.rounded(score) >= minimum
                }
            }
            var lo = 0, hi = ((spec.max - spec.min) / step).integerPart
            guard meetsAll(spec.max) else { continue }
            while lo < hi {
                let mid = (lo + hi) / 2
                if meetsAll(spec.min + Number(mid) * step) { hi = mid } else { lo = mid + 1 }
            }
            result[question.code] = spec.min + Number(lo) * step
        }
        return result
    }
}
