import Foundation

/// Turns the gap to a predicate into a rencana aksi, and merges it with the plan the team already keeps.
///
/// Actions: one per change the gap planner proposes (a choice raised to an option: `jawaban`; a count to reach
/// in reality: `capaian`; a survey index to reach with a new survey: `survei`), one per rule no answer can meet
/// (`predikat`), and one per
/// prerequisite of the target not stated as met (`prasyarat`). Each gets the pokja responsible for its code (for
/// rules and prerequisites: the pokja whose areas name the tree's root) and that pokja's PIC, the due date
/// given, and status `belum`.
///
/// Merging with an earlier plan keeps the team's edits (pokja, PIC, due date, status, note) and the earlier
/// order; an action the gap still proposes takes the new target (answer, criterion, evidence, points); new
/// actions are added at the end; actions the gap no longer proposes stay. An action the answers now meet becomes
/// `selesai` on its own; a status is never moved back (the team decides that).
public enum ActionPlanBuilder {
    /// The plan for `card` to reach `target`, merged with `existing` when given.
    /// - Parameters:
    ///   - answersPath: how the plan names the answer file.
    ///   - due: the due date of new actions (`YYYY-MM-DD`).
    public static func build(_ card: ScoreCard, target: String, answersPath: String, due: String, existing: ActionPlan? = nil) -> ActionPlan? {
        guard let gap = GapPlanner.plan(card, target: target), let predicate = card.questionnaire.predicate(target) else { return nil }
        let sheet = card.answers.sheet
        var fresh: [ActionPlan.Action] = []
        for change in gap.changes {
            guard let question = card.questionnaire.question(change.code) else { continue }
            fresh.append(action(for: change, question: question, due: due))
        }
        for blocker in gap.blockers {
            fresh.append(ActionPlan.Action(id: "predikat." + blocker.id, kind: .predikat, title: blocker.title,
                                           from: blocker.heldPredicate, answer: blocker.requiredPredicate, due: due))
        }
        for item in predicate.prerequisites where sheet.eligibility[item.id] != true {
            fresh.append(ActionPlan.Action(id: "prasyarat." + item.id, kind: .prasyarat, title: item.text,
                                           from: sheet.eligibility[item.id].map { $0 ? "ya" : "tidak" }, answer: "ya", due: due))
        }
        for index in fresh.indices {
            // Rules and prerequisites belong to the whole unit: the pokja that answers for the root, if any.
            let pokja = sheet.pokja(for: fresh[index].code ?? card.questionnaire.tree.code, in: card.questionnaire)
            fresh[index].pokja = pokja?.name
            fresh[index].pic = pokja?.pic
        }
        var plan = ActionPlan(questionnaireID: card.questionnaire.id, unit: sheet.unit, answers: answersPath, target: target,
                              period: sheet.period, actions: [])
        let freshByID = Dictionary(fresh.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var kept = Set<String>()
        for var old in existing?.actions ?? [] {
            if let new = freshByID[old.id] {
                old.kind = new.kind
                old.title = new.title
                old.from = new.from
                old.answer = new.answer
                old.criterion = new.criterion
                old.evidence = new.evidence
                old.points = new.points
                old.value = new.value
            }
            kept.insert(old.id)
            plan.actions.append(old)
        }
        plan.actions += fresh.filter { !kept.contains($0.id) }
        for index in plan.actions.indices where isMet(plan.actions[index], card: card, target: target) {
            plan.actions[index].status = .selesai
        }
        return plan
    }

    /// Whether the answers of `card` already do what `action` asks.
    public static func isMet(_ action: ActionPlan.Action, card: ScoreCard, target: String) -> Bool {
        switch action.kind {
        case .jawaban, .capaian, .survei:
            guard let value = action.value, let current = card.questions[action.id]?.value else { return false }
            return current >= value
        case .predikat:
            let ruleID = String(action.id.dropFirst("predikat.".count))
            return card.predicate(target)?.rules.first { $0.id == ruleID }?.met == true
        case .prasyarat:
            return card.answers.sheet.eligibility[String(action.id.dropFirst("prasyarat.".count))] == true
        }
    }

    private static func action(for change: GapPlan.Change, question: Question, due: String) -> ActionPlan.Action {
        var action = ActionPlan.Action(id: change.code, kind: .capaian, title: question.text, from: change.from,
                                       evidence: question.evidence, points: change.points, value: change.newValue, due: due)
        switch change.target {
        case .option(let code):
            action.kind = .jawaban
            action.answer = code
            if case .choice(let choice) = question.kind {
                action.criterion = choice.criteria[code] ?? (choice.scale.options.first?.code == code ? choice.condition : nil)
            }
        case .number(let value):
            action.kind = .survei
            action.answer = NumberFormat.plain(value)
        case .input(let code, let value, let others):
            let rest = others.sorted { $0.key < $1.key }.map { "\($0.key) = \(NumberFormat.plain($0.value))" }
            action.answer = (["\(code) = \(NumberFormat.plain(value))"] + rest).joined(separator: ", ")
        }
        return action
    }

    /// The score card of `card`'s answers with every open answer action of `plan` done.
    static func scoreWhenDone(_ plan: ActionPlan, card: ScoreCard) -> ScoreCard {
        var answers = card.answers
        for action in plan.actions where action.status != .selesai {
            guard let code = action.code, let answer = action.answer, let question = card.questionnaire.question(code),
                  (card.questions[code]?.value ?? 0) < (action.value ?? 1) else { continue }
            switch question.kind {
            case .choice(let choice):
                if let option = choice.scale.option(matching: answer) { answers.choices[code] = option }
            case .number:
                if let value = NumberFormat.parse(answer) { answers.numbers[code] = value }
            case .computed:
                for part in answer.split(separator: ",") {
                    let pair = part.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
                    if pair.count == 2, let value = NumberFormat.parse(pair[1]) { answers.inputs[pair[0]] = value }
                }
            }
        }
        return Scorer.score(answers)
    }
}
