import Foundation

/// The score report with the evidence checks beside it (`lke score`): the score report exactly as `ReportWriter`
/// makes it, plus a separate evidence part that says where it looked. Nothing of the score changes.
///
/// - Markdown: the report, then a section "Bukti dukung" (folder, index per component, half and area,
///   evidence warnings, local files).
/// - HTML and DOCX: the same section on a page of its own after the report, drawn from that Markdown.
/// - XLSX: a sheet "Bukti" after each unit's sheets (`EvidenceSheet`).
/// - JSON: the report object with an `evidence` key last (the `lke-evidence/1` object).
/// - CSV: the worksheet with two more columns: the evidence index of each node of the index (and 100 or 0 for a
///   question with complete evidence or not), and the problems counted there.
public struct ScoreEvidence: Sendable {
    let options: ReportOptions
    /// The report formats that get the evidence part.
    public static let formats: Set<String> = [MarkdownReport.name, CSVReport.name, JSONReport.name, HTMLReport.name, DOCXReport.name,
                                              XLSXReport.name]

    /// Evidence sections for reports written with `options`.
    public init(options: ReportOptions) {
        self.options = options
    }

    /// One report for `cards` in `format` (one of `formats`), each card with its evidence report (`nil`: none
    /// for that card). `several` keeps the shape of a multi-file report (array, leading columns) even for one card.
    public func output(format: String, cards: [ScoreCard], evidence: [EvidenceReport?], several: Bool) -> ReportOutput {
        switch format {
        case HTMLReport.name: return .text(document(cards: cards, evidence: evidence).html)
        case DOCXReport.name: return .binary(document(cards: cards, evidence: evidence).docx)
        case XLSXReport.name: return XLSXReport(options: options).render(cards, evidence: evidence)
        case JSONReport.name: return .text(json(cards: cards, evidence: evidence, several: several))
        case CSVReport.name: return .text(csv(cards: cards, evidence: evidence, several: several))
        default:
            let writer = MarkdownReport(options: options)
            return .text(zip(cards, evidence).map { card, report in
                writer.report(card) + (report.map(section) ?? "")
            }.joined(separator: "\n---\n\n"))
        }
    }

    /// The report document of `cards`, each followed by its evidence section on a new page.
    func document(cards: [ScoreCard], evidence: [EvidenceReport?]) -> ReportDocument {
        let documents = zip(cards, evidence).map { card, report in
            var document = ScoreReportModel.document(card, language: options.language)
            if let report {
                document.sections += ReportDocument(markdown: section(report), language: options.language).sections
            }
            return document
        }
        return ScoreReportModel.combined(documents, language: options.language)
    }

    /// Each report object with an `evidence` key last.
    private func json(cards: [ScoreCard], evidence: [EvidenceReport?], several: Bool) -> String {
        let writer = JSONReport(options: options), ev = EvidenceJSON(language: options.language)
        let values: [JSONValue] = zip(cards, evidence).map { card, report in
            guard case .object(var pairs) = writer.value(card) else { return writer.value(card) }
            pairs.append(("evidence", report.map(ev.value) ?? .null))
            return .object(pairs)
        }
        return (several ? .array(values) : values[0]).pretty() + "\n"
    }

    /// The Markdown evidence section appended to a score report.
    func section(_ report: EvidenceReport) -> String {
        let md = EvidenceMarkdown(language: options.language)
        let lead = EvidenceWords.checkedSeparately.text(options.language)
        return "\n## " + md.t("Bukti dukung", "Evidence") + "\n\n" + lead + "\n\n" + md.section(report, heading: "###")
    }

    private func csv(cards: [ScoreCard], evidence: [EvidenceReport?], several: Bool) -> String {
        let writer = CSVReport(options: options)
        let dialect = options.csvDialect
        let en = options.language == .en
        let extra = [en ? "Evidence Index" : "Indeks Bukti", en ? "Evidence Problems" : "Masalah Bukti"]
        var out = dialect.preamble + dialect.record((several ? [en ? "File" : "Berkas", "Unit"] : []) + writer.header + extra)
        for (card, report) in zip(cards, evidence) {
            let numbers = ReportNumbers(rounding: card.questionnaire.rounding, decimalComma: dialect.usesDecimalComma)
            let rows = Worksheet(card).rows
            var questions: [String: EvidenceReport.Question] = [:]
            for question in report?.questions ?? [] { questions[question.code] = question }
            for (row, fields) in zip(rows, writer.records(card)) {
                var cells = ["", ""]
                if let report {
                    if row.kind == .node, let part = report.row(row.code) {
                        cells = [numbers.fixed(part.index), "\(part.problems)"]
                    } else if row.kind == .question, let question = questions[row.code] {
                        cells = [numbers.fixed(question.isComplete ? 100 : 0), "\(question.problems)"]
                    }
                }
                let lead = several ? [card.answers.sheet.path, card.answers.sheet.unit] : []
                out += dialect.record(lead + fields + cells)
            }
        }
        return out
    }
}
