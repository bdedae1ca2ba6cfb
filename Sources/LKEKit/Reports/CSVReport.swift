import Foundation

/// The worksheet as CSV, in the column order of the ministry's LKE worksheet (Lampiran III, PermenPANRB
/// 90/2021): code, item, weight, answer options, answer, score, %, note, evidence, plus the row type.
///
/// One record per node, question, count input and derived row, in tree order. Scores, weights and
/// percentages are rounded as the definition declares and written with its decimals, without a `%` sign.
/// The header names follow the report language; `docs/reports.md` lists them.
public struct CSVReport: TextReportWriter {
    /// The format's name for `--format`.
    public static let name = "csv"
    /// The usual file extension.
    public static let fileExtension = "csv"

    var options: ReportOptions

    /// A CSV writer in the options' language and dialect.
    public init(options: ReportOptions) {
        self.options = options
    }

    private var dialect: Dialect { options.csvDialect }
    private func t(_ id: String, _ en: String) -> String { options.language == .en ? en : id }

    /// The column names, in order.
    var header: [String] {
        [t("Kode", "Code"), t("Penilaian", "Item"), t("Bobot", "Weight"), t("Pilihan Jawaban", "Answer Options"),
         t("Jawaban", "Answer"), t("Nilai", "Score"), "%", t("Catatan", "Note"), t("Bukti Dukung", "Evidence"),
         t("Jenis Baris", "Row Type")]
    }

    /// The header and one record per worksheet row.
    func report(_ card: ScoreCard) -> String {
        var out = dialect.preamble + dialect.record(header)
        for fields in records(card) { out += dialect.record(fields) }
        return out
    }

    /// One table for several answer files: two leading columns name the answer file (as given) and the unit.
    func report(_ cards: [ScoreCard]) -> String {
        var out = dialect.preamble + dialect.record([t("Berkas", "File"), "Unit"] + header)
        for card in cards {
            for fields in records(card) { out += dialect.record([card.answers.sheet.path, card.answers.sheet.unit] + fields) }
        }
        return out
    }

    /// One record per worksheet row, in `Worksheet` order (the evidence columns of `lke score` are added beside them).
    func records(_ card: ScoreCard) -> [[String]] {
        let numbers = ReportNumbers(rounding: card.questionnaire.rounding, decimalComma: dialect.usesDecimalComma)
        return Worksheet(card).rows.map { row in
            let answer: String
            switch row.answer {
            case .none, .unanswered, .noValue: answer = ""
            case .option(let code): answer = code
            case .number(let value, let places): answer = numbers.entered(value, places: places)
            case .percent(let value): answer = numbers.fixed(value)
            case .computed(let value): answer = numbers.count(value)
            }
            return [
                row.code, row.title, row.weight.map(numbers.fixed) ?? "", row.choices ?? "", answer,
                row.score.map(numbers.fixed) ?? "", row.percent.map(numbers.fixed) ?? "", row.note ?? "",
                row.evidence.joined(separator: "\n"), kind(row.kind),
            ]
        }
    }

    private func kind(_ kind: Worksheet.Kind) -> String {
        switch kind {
        case .node: return t("simpul", "node")
        case .question: return t("pertanyaan", "question")
        case .input: return "input"
        case .derived: return t("turunan", "derived")
        }
    }
}
