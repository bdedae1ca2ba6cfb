import Foundation

/// The columns of a batch table, taken from a questionnaire: its components, its areas and its predicates.
///
/// Nothing here is built in: the components are the children of the definition's root node (for the LKE,
/// Pengungkit and Hasil), the areas are the children of its first group that has children (for the LKE, the
/// six areas of the group `AREA`), and the predicates are the definition's predicates in file order.
struct BatchLayout: Sendable {
    /// One column group of the table: a node or group of the definition.
    struct Part: Sendable, Hashable {
        var code: String
        var title: String
        /// The maximum score.
        var weight: Number
        /// The column name in CSV and JSON: the lowercased title for components (`pengungkit`), the code
        /// without the group's prefix for areas (`MP`).
        var key: String
    }

    /// Something that can keep a unit from a predicate: a rule, or one child of an `each_child_of` rule.
    struct Blocker: Sendable, Hashable {
        var ruleID: String
        var ruleTitle: String
        /// The child (area) that fails an `each_child_of` rule; `nil` for the rule itself.
        var childCode: String?
        var childTitle: String?
    }

    /// A predicate's column and the blockers it can report.
    struct PredicateColumn: Sendable, Hashable {
        var id: String
        var title: String
        var blockers: [Blocker]
        /// The predicate's minimum total (its `min_score` rule on the root), for the charts' threshold lines.
        var minimumTotal: Number? = nil
        /// The predicate's minimum percentage per area (its `each_child_of` rule), for the charts.
        var minimumAreaPercent: Number? = nil
    }

    var questionnaireID: String
    var questionnaireVersion: String
    var questionnaireTitle: String
    /// Decimal places of scores and percentages (the definition's rounding).
    var decimals: Int
    /// The root node (the total).
    var total: Part
    /// The root's children.
    var components: [Part]
    /// The group whose children are the areas, if the definition has one.
    var areaGroup: Part?
    var areas: [Part]
    var predicates: [PredicateColumn]
    /// The evidence index of the areas (used with `lke batch --evidence`).
    var evidence: EvidenceIndexer

    /// The layout of `questionnaire`.
    init(questionnaire q: Questionnaire) {
        questionnaireID = q.id
        questionnaireVersion = q.version
        questionnaireTitle = q.title
        decimals = q.rounding.decimals
        total = Part(code: q.tree.code, title: q.tree.title, weight: q.tree.weight, key: "total")
        var keys: Set<String> = ["total"]
        components = q.tree.children.map { node in
            var key = BatchText.slug(node.title).replacingOccurrences(of: "-", with: "_")
            if key.isEmpty || keys.contains(key) { key = node.code }
            keys.insert(key)
            return Part(code: node.code, title: node.title, weight: node.weight, key: key)
        }
        if let group = q.groups.first(where: { !$0.children.isEmpty }) {
            areaGroup = Part(code: group.code, title: group.title, weight: group.weight, key: group.code)
            areas = group.children.map { child in
                let prefix = group.code + "."
                let key = child.code.hasPrefix(prefix) && child.code.count > prefix.count ? String(child.code.dropFirst(prefix.count)) : child.code
                return Part(code: child.code, title: child.title, weight: child.weight, key: key)
            }
        } else {
            areaGroup = nil
            areas = []
        }
        evidence = EvidenceIndexer(questionnaire: q, codes: areas.map(\.code))
        predicates = q.predicates.map { predicate in
            var blockers: [Blocker] = []
            for rule in predicate.rules {
                blockers.append(Blocker(ruleID: rule.id, ruleTitle: rule.title, childCode: nil, childTitle: nil))
                if case .eachChildMinPercent(let code, _) = rule.kind {
                    let children: [(String, String)]
                    if let group = q.groupsByCode[code] {
                        children = group.children.map { ($0.code, $0.title) }
                    } else {
                        children = q.nodesByCode[code]?.children.map { ($0.code, $0.title) } ?? []
                    }
                    for (childCode, childTitle) in children {
                        blockers.append(Blocker(ruleID: rule.id, ruleTitle: rule.title, childCode: childCode, childTitle: childTitle))
                    }
                }
            }
            var column = PredicateColumn(id: predicate.id, title: predicate.title, blockers: blockers)
            for rule in predicate.rules {
                switch rule.kind {
                case .minScore(let code, let minimum) where code == q.tree.code: column.minimumTotal = minimum
                case .eachChildMinPercent(_, let minimum): column.minimumAreaPercent = minimum
                default: break
                }
            }
            return column
        }
    }

    /// Whether two layouts have the same columns (rows of both can share one table).
    func hasSameColumns(as other: BatchLayout) -> Bool {
        questionnaireID == other.questionnaireID && decimals == other.decimals && total == other.total
            && components == other.components && areas == other.areas && predicates == other.predicates
    }

    /// The compact row of a score card.
    func row(of card: ScoreCard, path: String) -> BatchRow {
        let sheet = card.answers.sheet
        let scale = decimals
        func scaled(_ value: Number) -> Int64 {
            let rounded = card.rounded(value)
            return rounded.scaled(places: scale) ?? (rounded.isNegative ? Int64.min : Int64.max)
        }
        var verdicts: [Bool] = []
        var ready: [Bool] = []
        var blocked: [[Int]] = []
        for column in predicates {
            guard let result = card.predicate(column.id) else {
                verdicts.append(false)
                ready.append(false)
                blocked.append([])
                continue
            }
            verdicts.append(result.met)
            ready.append(result.met && result.prerequisites.allSatisfy { $0.status == .met })
            var failing: [Int] = []
            for rule in result.rules where !rule.met {
                for (index, blocker) in column.blockers.enumerated() where blocker.ruleID == rule.id {
                    if blocker.childCode == nil {
                        failing.append(index)
                    } else if rule.children.contains(where: { $0.code == blocker.childCode && !$0.met }) {
                        failing.append(index)
                    }
                }
            }
            blocked.append(failing)
        }
        return BatchRow(
            path: path, status: .scored, questionnaireID: card.questionnaire.id, unit: sheet.unit, instansi: sheet.instansi,
            period: sheet.period, layer: sheet.layer, decimals: scale,
            total: scaled(card.total.score),
            components: components.map { scaled(card.node($0.code)?.score ?? .zero) },
            areaScores: areas.map { scaled(card.node($0.code)?.score ?? .zero) },
            areaPercents: areas.map { scaled(card.node($0.code)?.percent ?? .zero) },
            verdicts: verdicts, ready: ready, blocked: blocked,
            answered: card.total.answered, questions: card.total.questions, warnings: card.warningCount, errors: 0)
    }
}
