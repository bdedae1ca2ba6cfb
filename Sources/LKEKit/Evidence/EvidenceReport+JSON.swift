import Foundation

/// The evidence report for programs (`lke-evidence/1`): keys in a fixed order, the index as rounded numbers
/// with the exact value beside it, enumerations in English.
struct EvidenceJSON: EvidenceReportWriter {
    static let name = "json"
    static let fileExtension = "json"
    /// The value of the `format` key.
    static let schema = "lke-evidence/1"
    let language: Language

    init(language: Language) { self.language = language }

    func render(_ reports: [EvidenceReport]) -> String {
        (reports.count == 1 ? value(reports[0]) : .array(reports.map(value))).pretty() + "\n"
    }

    /// One report as a JSON value (also what `lke score --format json` adds under `evidence`).
    func value(_ r: EvidenceReport) -> JSONValue {
        let numbers = ReportNumbers(rounding: r.rounding, decimalComma: false)
        func exact(_ value: Number) -> JSONValue { .string(NumberFormat.plain(Rounding.snap(value))) }
        func location(_ at: SourceLocation?) -> JSONValue { .string(at?.description) }
        return .object([
            ("format", .string(Self.schema)),
            ("path", .string(r.path)),
            ("unit", .string(r.unit)),
            ("questionnaire", .string(r.questionnaireID)),
            ("folder", .string(r.folder)),
            ("folder_exists", .bool(r.folderExists)),
            ("index", .array(r.index.map { row in
                .object([("kind", .string(row.kind.rawValue)), ("code", .string(row.code)), ("title", .string(row.title)),
                         ("depth", .number("\(row.depth)")), ("index", .number(numbers.fixed(row.index))), ("index_exact", exact(row.index)),
                         ("weight", exact(row.weight)), ("complete_weight", exact(row.completeWeight)),
                         ("questions", .number("\(row.questions)")), ("complete_questions", .number("\(row.completeQuestions)")),
                         ("problems", .number("\(row.problems)"))])
            })),
            ("questions", .array(r.questions.map { q in
                .object([("code", .string(q.code)), ("weight", exact(q.weight)), ("answered", .bool(q.isAnswered)),
                         ("earns_points", .bool(q.earnsPoints)), ("entries", .number("\(q.entries)")), ("complete", .bool(q.isComplete)),
                         ("problems", .number("\(q.problems)"))])
            })),
            ("entries", .array(r.entries.map { e in
                .object([("code", .string(e.code)), ("question", .string(e.question)), ("text", .string(e.text)), ("location", location(e.location)),
                         ("url", .bool(e.isURL)), ("status", .string(e.status.rawValue)), ("draft", .bool(e.isDraft)),
                         ("size", e.size.map { .number("\($0)") } ?? .null), ("sha256", .string(e.sha256))])
            })),
            ("findings", .array(r.findings.map { f in
                .object([("kind", .string(f.kind.rawValue)), ("code", .string(f.code)), ("item", .string(f.item)),
                         ("location", location(f.location)), ("message", .string(f.message.text(language)))])
            })),
        ])
    }
}
