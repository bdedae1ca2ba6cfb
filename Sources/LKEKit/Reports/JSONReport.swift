import Foundation

/// The report for programs: one JSON object per answer file, keys in a fixed documented order, pretty-printed
/// with two spaces. The schema is described in `docs/reports.md` and named by the `format` key
/// (`lke-report/1`).
///
/// Scores, weights and percentages are JSON numbers rounded as the definition declares, written with its
/// decimals (`78.92`, `100.00`); nodes also carry their exact values as strings (20 decimal places at most).
/// Language-dependent texts (warning messages) follow the report language; keys and enumerations do not.
struct JSONReport: TextReportWriter {
    static let name = "json"
    static let fileExtension = "json"
    /// The value of the `format` key: the schema's name and version.
    static let schema = "lke-report/1"

    var options: ReportOptions

    init(options: ReportOptions) {
        self.options = options
    }

    /// One object, followed by a newline.
    func report(_ card: ScoreCard) -> String {
        value(card).pretty() + "\n"
    }

    /// An array of objects, one per card, followed by a newline.
    func report(_ cards: [ScoreCard]) -> String {
        JSONValue.array(cards.map(value)).pretty() + "\n"
    }

    /// The report of one card as a JSON value.
    func value(_ card: ScoreCard) -> JSONValue {
        Builder(card: card, language: options.language).report()
    }
}

private struct Builder {
    let card: ScoreCard
    let language: Language
    let numbers: ReportNumbers

    init(card: ScoreCard, language: Language) {
        self.card = card
        self.language = language
        self.numbers = ReportNumbers(rounding: card.questionnaire.rounding, decimalComma: false)
    }

    private var q: Questionnaire { card.questionnaire }
    private var sheet: AnswerSheet { card.answers.sheet }

    /// A rounded score, weight or percentage.
    private func fixed(_ value: Number) -> JSONValue { .number(numbers.fixed(value)) }
    /// An exact value as text (snapped to 20 decimal places).
    private func exact(_ value: Number) -> JSONValue { .string(NumberFormat.plain(Rounding.snap(value))) }
    /// A number as entered or computed, in its shortest exact form.
    private func plain(_ value: Number) -> JSONValue { .number(NumberFormat.plain(Rounding.snap(value))) }

    func report() -> JSONValue {
        .object([
            ("format", .string(JSONReport.schema)),
            ("stamp", stamp()),
            ("unit", unit()),
            ("rounding", .object([("decimals", .number("\(q.rounding.decimals)")), ("mode", .string(q.rounding.mode.rawValue))])),
            ("total", node(card.total, kind: "node", parent: nil)),
            ("nodes", .array(nodes())),
            ("answers", .array(q.questions.map(answer))),
            ("predicates", .array(card.predicates.map(predicate))),
            ("eligibility", .array(eligibility())),
            ("completeness", completeness()),
            ("warnings", .array(card.warnings.map(warning))),
        ] + TeamReportSections(card: card, language: language).jsonFields)
    }

    private func stamp() -> JSONValue {
        .object([
            ("lke", .string(LKEVersion.current)),
            ("questionnaire", .object([
                ("id", .string(q.id)), ("version", .string(q.version)), ("title", .string(q.title)),
                ("bundled", .bool(ReportLabels.isBundled(q))), ("path", .string(q.path)), ("sha256", .string(q.digest)),
            ])),
            ("answers", .object([("path", .string(sheet.path)), ("sha256", .string(sheet.digest))])),
        ])
    }

    private func unit() -> JSONValue {
        .object([
            ("name", .string(sheet.unit)),
            ("instansi", .string(sheet.instansi)),
            ("period", .string(sheet.period)),
            ("layer", .string(sheet.layer)),
            ("assessor", .string(sheet.assessor)),
            ("predicate", .string(sheet.predicate)),
        ])
    }

    private func node(_ node: ScoreCard.NodeScore, kind: String, parent: String?) -> JSONValue {
        .object([
            ("code", .string(node.code)),
            ("title", .string(node.title)),
            ("kind", .string(kind)),
            ("parent", .string(parent)),
            ("weight", fixed(node.weight)),
            ("score", fixed(node.score)),
            ("percent", fixed(node.percent)),
            ("answered", .number("\(node.answered)")),
            ("questions", .number("\(node.questions)")),
            ("exact", .object([("score", exact(node.score)), ("percent", exact(node.percent))])),
        ])
    }

    /// Tree nodes depth first, then groups depth first.
    private func nodes() -> [JSONValue] {
        var result: [JSONValue] = []
        func visit(_ n: Node, parent: String?) {
            if let score = card.nodes[n.code] { result.append(node(score, kind: "node", parent: parent)) }
            for child in n.children { visit(child, parent: n.code) }
        }
        visit(q.tree, parent: nil)
        func visitGroup(_ g: Group, parent: String?) {
            if let score = card.groups[g.code] { result.append(node(score, kind: "group", parent: parent)) }
            for child in g.children { visitGroup(child, parent: g.code) }
        }
        q.groups.forEach { visitGroup($0, parent: nil) }
        return result
    }

    private func entryFields(_ code: String) -> [(String, JSONValue)] {
        let entry = sheet.entry(code)
        return [("note", .string(entry?.note)), ("evidence", .array((entry?.evidence ?? []).map { .string($0) }))]
    }

    private func answer(_ question: Question) -> JSONValue {
        let score = card.questions[question.code]
        let answers = card.answers
        let type: String
        var answer: JSONValue = .null
        var inputs: [JSONValue] = []
        var derived: [JSONValue] = []
        switch question.kind {
        case .choice:
            type = "choice"
            if let option = answers.choices[question.code] { answer = .string(option.code) }
        case .number:
            type = "number"
            if let number = answers.numbers[question.code] { answer = plain(number) }
        case .computed(let spec):
            type = "computed"
            inputs = spec.inputs.map { input in
                .object([("code", .string(input.code)), ("label", .string(input.label)),
                         ("value", answers.inputs[input.code].map(plain) ?? .null)] + entryFields(input.code))
            }
            derived = spec.derived.map { row in
                .object([("code", .string(row.code)), ("label", .string(row.label)),
                         ("formula", .string(row.formula.text)), ("value", score?.derived[row.code].map(plain) ?? .null)])
            }
        }
        // The value is given to (decimals + 2) places, so that value x 100 is the rounded percentage.
        let valueRounding = Rounding(decimals: q.rounding.decimals + 2, mode: q.rounding.mode)
        return .object([
            ("code", .string(question.code)),
            ("node", .string(score?.nodeCode)),
            ("text", .string(question.text)),
            ("type", .string(type)),
            ("answered", .bool(score?.isAnswered ?? false)),
            ("answer", answer),
            ("value", score?.value.map { plain(valueRounding.apply($0)) } ?? .null),
            ("percent", score?.value.map { fixed($0 * 100) } ?? .null),
            ("score", fixed(score?.score ?? 0)),
            ("maximum", fixed(score?.maximum ?? 0)),
            ("zero_denominator", .bool(score?.hitZeroDenominator ?? false)),
        ] + entryFields(question.code) + [
            ("inputs", .array(inputs)),
            ("derived", .array(derived)),
        ])
    }

    private func predicate(_ result: ScoreCard.PredicateResult) -> JSONValue {
        .object([
            ("id", .string(result.id)),
            ("title", .string(result.title)),
            ("met", .bool(result.met)),
            ("rules", .array(result.rules.map(rule))),
            ("prerequisites", .array(result.prerequisites.map { item in
                .object([("id", .string(item.id)), ("status", .string(item.status.rawValue))])
            })),
        ])
    }

    private func rule(_ rule: ScoreCard.RuleResult) -> JSONValue {
        .object([
            ("id", .string(rule.id)),
            ("title", .string(rule.title)),
            ("measure", .string(rule.measure.rawValue)),
            ("code", .string(rule.code)),
            ("required", rule.required.map(fixed) ?? .null),
            ("actual", rule.actual.map(fixed) ?? .null),
            ("margin", rule.margin.map(fixed) ?? .null),
            ("met", .bool(rule.met)),
            ("required_predicate", .string(rule.requiredPredicate)),
            ("held_predicate", .string(rule.heldPredicate)),
            ("children", .array(rule.children.map { child in
                .object([
                    ("code", .string(child.code)),
                    ("title", .string(child.title)),
                    ("actual", fixed(child.actual)),
                    ("margin", rule.required.map { fixed(child.actual - $0) } ?? .null),
                    ("met", .bool(child.met)),
                ])
            })),
        ])
    }

    /// Every prerequisite once, in the order the predicates list them, with the predicates that ask for it.
    private func eligibility() -> [JSONValue] {
        var order: [ScoreCard.PrerequisiteResult] = []
        var holders: [String: [String]] = [:]
        for predicate in card.predicates {
            for item in predicate.prerequisites {
                if holders[item.id] == nil { order.append(item) }
                holders[item.id, default: []].append(predicate.id)
            }
        }
        return order.map { item in
            .object([
                ("id", .string(item.id)),
                ("text", .string(item.text)),
                ("status", .string(item.status.rawValue)),
                ("predicates", .array((holders[item.id] ?? []).map { .string($0) })),
            ])
        }
    }

    private func completeness() -> JSONValue {
        let total = card.total
        func part(_ score: ScoreCard.NodeScore) -> JSONValue {
            .object([("code", .string(score.code)), ("title", .string(score.title)),
                     ("answered", .number("\(score.answered)")), ("total", .number("\(score.questions)"))])
        }
        var components: [JSONValue] = []
        for child in q.tree.children {
            if let score = card.nodes[child.code] { components.append(part(score)) }
            for grandchild in child.children { if let score = card.nodes[grandchild.code] { components.append(part(score)) } }
        }
        var areas: [JSONValue] = []
        func visitGroup(_ g: Group) {
            if g.children.isEmpty, let score = card.groups[g.code] { areas.append(part(score)) }
            g.children.forEach(visitGroup)
        }
        q.groups.forEach(visitGroup)
        let percent = total.questions == 0 ? Number(0) : Number(total.answered) * 100 / Number(total.questions)
        return .object([
            ("answered", .number("\(total.answered)")),
            ("total", .number("\(total.questions)")),
            ("percent", fixed(percent)),
            ("by_component", .array(components)),
            ("by_area", .array(areas)),
            ("unanswered", .array(card.unanswered.map { .string($0.code) })),
        ])
    }

    private func location(_ location: SourceLocation?) -> [(String, JSONValue)] {
        [("path", .string(location?.path)),
         ("line", location.map { .number("\($0.line)") } ?? .null),
         ("column", location.map { .number("\($0.column)") } ?? .null)]
    }

    private func warning(_ diagnostic: Diagnostic) -> JSONValue {
        .object([("severity", .string(diagnostic.severity.rawValue))] + location(diagnostic.location) + [
            ("message", .string(diagnostic.message.text(language))),
            ("notes", .array(diagnostic.notes.map { note in
                .object(location(note.location) + [("message", .string(note.message.text(language)))])
            })),
        ])
    }
}
