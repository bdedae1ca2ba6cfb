import Foundation

/// What changed between two answer files of the same unit (two rounds, or a self-assessment and its review):
/// every question whose answer changed, the points it moved and what that did to its sub-indicator, area,
/// component and the total; the scores that moved; the predicate verdicts that changed; and, when the files
/// use different questionnaire versions, the codes that exist in only one of them.
public struct AnswerDiff: Sendable {
    /// One file's side of the comparison.
    struct Side: Sendable, Hashable {
        var path: String
        var unit: String
        var period: String?
        var layer: String?
        var questionnaireID: String
        var questionnaireVersion: String
        /// The total score, exact.
        var total: Number
    }

    /// A level of the tree a question's points reach.
    enum LevelKind: String, Sendable, Hashable, CaseIterable {
        case subIndicator = "subindicator", area, component, total
    }

    /// What a question's change does to one level: the same points, as a share of that level's weight.
    struct Effect: Sendable, Hashable {
        var kind: LevelKind
        var code: String
        var title: String
        var weight: Number
        /// The change in percentage points of the level's weight (points / weight x 100), exact.
        var percent: Number
    }

    /// One question whose answer changed.
    struct Change: Sendable, Hashable {
        var code: String
        var text: String
        var old: AnswerComparison
        var new: AnswerComparison
        /// The points the question adds in each file, exact.
        var oldPoints: Number
        var newPoints: Number
        var delta: Number { newPoints - oldPoints }
        /// The levels above the question, from its sub-indicator up to the total (a question outside every area
        /// has no area effect).
        var effects: [Effect]
    }

    /// A node or group whose score moved.
    struct ScoreChange: Sendable, Hashable {
        var code: String
        var title: String
        /// Exact scores; `nil` when the node exists in only one file's questionnaire.
        var old: Number?
        var new: Number?
    }

    /// A predicate's verdict in both files, with the rules whose verdict changed.
    struct PredicateChange: Sendable, Hashable {
        struct Rule: Sendable, Hashable {
            var id: String
            var title: String
            var old: Bool?
            var new: Bool?
        }

        var id: String
        var title: String
        var old: Bool?
        var new: Bool?
        var rules: [Rule]
        var changed: Bool { old != new || !rules.isEmpty }
    }

    var old: Side
    var new: Side
    /// The rounding of the newer file's definition (for display).
    var rounding: Rounding
    var changes: [Change]
    /// Scores that moved: the total, the components, the areas, then every other node in worksheet order.
    var scores: [ScoreChange]
    /// Every predicate of either definition, in the newer definition's order.
    var predicates: [PredicateChange]
    /// Whether both files use the same definition (id, version and contents).
    var sameQuestionnaire: Bool
    /// Answer codes (questions and count inputs) of only the older or only the newer definition.
    var onlyInOld: [String]
    var onlyInNew: [String]
    /// Problems worth a warning: a different unit or period.
    public internal(set) var warnings: [Diagnostic]
    /// Items with a reviewer's verdict in the newer file, or whose note or evidence changed.
    var annotations: [AnswerAnnotation]

    /// Compares the score cards of an older and a newer answer file.
    public init(old oldCard: ScoreCard, new newCard: ScoreCard) {
        func side(_ card: ScoreCard) -> Side {
            let sheet = card.answers.sheet
            return Side(path: sheet.path, unit: sheet.unit, period: sheet.period, layer: sheet.layer, questionnaireID: card.questionnaire.id,
                        questionnaireVersion: card.questionnaire.version, total: card.total.score)
        }
        old = side(oldCard)
        new = side(newCard)
        rounding = newCard.questionnaire.rounding
        let oldQ = oldCard.questionnaire, newQ = newCard.questionnaire
        sameQuestionnaire = oldQ.id == newQ.id && oldQ.version == newQ.version && oldQ.digest == newQ.digest
        if sameQuestionnaire {
            onlyInOld = []
            onlyInNew = []
        } else {
            let oldCodes = oldQ.answerCodes, newCodes = newQ.answerCodes
            let oldSet = Set(oldCodes), newSet = Set(newCodes)
            onlyInOld = oldCodes.filter { !newSet.contains($0) }
            onlyInNew = newCodes.filter { !oldSet.contains($0) }
        }
        warnings = []
        if old.unit != new.unit {
            warnings.append(.warning(at: nil, Message.Diff.unitsDiffer(oldUnit: old.unit, oldPath: old.path, newUnit: new.unit, newPath: new.path)))
        }
        if oldQ.id != newQ.id || oldQ.version != newQ.version {
            warnings.append(.warning(at: nil, Message.Diff.questionnairesDiffer(oldID: oldQ.id, oldVersion: oldQ.version, newID: newQ.id, newVersion: newQ.version)))
        }

        // Changed answers, in the newer worksheet's order.
        var changes: [Change] = []
        for question in newQ.questions {
            guard let oldQuestion = oldQ.question(question.code) else { continue }
            let before = AnswerComparison(oldQuestion, in: oldCard.answers)
            let after = AnswerComparison(question, in: newCard.answers)
            guard before != after else { continue }
            let oldPoints = oldCard.questions[question.code]?.score ?? 0
            let newPoints = newCard.questions[question.code]?.score ?? 0
            changes.append(Change(code: question.code, text: question.text, old: before, new: after, oldPoints: oldPoints,
                                  newPoints: newPoints, effects: Self.effects(of: question.code, delta: newPoints - oldPoints, in: newQ)))
        }
        self.changes = changes
        annotations = AnswerAnnotation.items(old: oldCard, new: newCard)

        // Scores that moved.
        var codes: [String] = [newQ.tree.code] + newQ.tree.children.map(\.code)
        if let group = newQ.groups.first(where: { !$0.children.isEmpty }) { codes += group.children.map(\.code) }
        for node in newQ.tree.allNodes where !codes.contains(node.code) { codes.append(node.code) }
        scores = codes.compactMap { code in
            let before = oldCard.node(code)?.score, after = newCard.node(code)?.score
            guard before != after else { return nil }
            return ScoreChange(code: code, title: newQ.title(of: code) ?? code, old: before, new: after)
        }

        // Predicates.
        var ids = newQ.predicates.map(\.id)
        ids += oldQ.predicates.map(\.id).filter { !ids.contains($0) }
        predicates = ids.map { id in
            let before = oldCard.predicate(id), after = newCard.predicate(id)
            var ruleIDs = after?.rules.map(\.id) ?? []
            ruleIDs += (before?.rules.map(\.id) ?? []).filter { !ruleIDs.contains($0) }
            let rules = ruleIDs.compactMap { ruleID -> PredicateChange.Rule? in
                let b = before?.rules.first { $0.id == ruleID }, a = after?.rules.first { $0.id == ruleID }
                guard b?.met != a?.met else { return nil }
                return .init(id: ruleID, title: a?.title ?? b?.title ?? ruleID, old: b?.met, new: a?.met)
            }
            return PredicateChange(id: id, title: after?.title ?? before?.title ?? id, old: before?.met, new: after?.met, rules: rules)
        }
    }

    /// The levels a question's points reach, and `delta` as a share of each.
    static func effects(of code: String, delta: Number, in q: Questionnaire) -> [Effect] {
        let ancestors = q.ancestors[code] ?? []
        var effects: [Effect] = []
        func add(_ kind: LevelKind, _ code: String, _ title: String, _ weight: Number) {
            effects.append(Effect(kind: kind, code: code, title: title, weight: weight, percent: weight == 0 ? 0 : delta * 100 / weight))
        }
        if let nodeCode = ancestors.last, let node = q.nodesByCode[nodeCode] {
            add(.subIndicator, node.code, node.title, node.weight)
        }
        if let group = q.groups.first(where: { !$0.children.isEmpty }),
           let area = group.children.first(where: { child in child.sum.contains { ancestors.contains($0) } }) {
            add(.area, area.code, area.title, area.weight)
        }
        if ancestors.count >= 2, let component = q.nodesByCode[ancestors[1]], ancestors[1] != ancestors.last {
            add(.component, component.code, component.title, component.weight)
        }
        add(.total, q.tree.code, q.tree.title, q.tree.weight)
        return effects
    }

    /// The effect of kind `kind`, if the question reaches such a level.
    func effect(_ kind: LevelKind, of change: Change) -> Effect? {
        change.effects.first { $0.kind == kind }
    }
}
