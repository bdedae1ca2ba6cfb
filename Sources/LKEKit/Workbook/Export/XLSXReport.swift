import Foundation

/// The worksheet as an Office Open XML workbook (`.xlsx`) with live formulas, generated from the definition.
///
/// Sheets: "LKE" (the worksheet in the ministry's column order, one row per node, question, count input and
/// derived row), "Ringkasan" (unit header, components, areas, predicate rules with verdicts, prerequisites) and
/// "Skala" (the answer scales the formulas look values up in), and "Bukti" when `lke score` checked the evidence
/// (`EvidenceSheet`). `docs/xlsx.md` describes the layout and the
/// formulas. Several answer files give one workbook with these three sheets per file, numbered from the second
/// ("LKE 2", "Ringkasan 2", "Skala 2").
struct XLSXReport: ReportWriter {
    static let name = "xlsx"
    static let fileExtension = "xlsx"
    static let isBinary = true

    var options: ReportOptions

    init(options: ReportOptions) {
        self.options = options
    }

    func render(_ card: ScoreCard) -> ReportOutput {
        render([card])
    }

    func render(_ cards: [ScoreCard]) -> ReportOutput {
        render(cards, evidence: [])
    }

    /// The workbook of `cards`, with a sheet "Bukti" after those of each card that has an evidence report.
    func render(_ cards: [ScoreCard], evidence: [EvidenceReport?]) -> ReportOutput {
        .binary(Self.package(WorkbookParts(sheets: sheets(cards, evidence: evidence)).parts))
    }

    /// The parts of the workbook of `cards` (path and XML), in the order they are stored.
    func parts(_ cards: [ScoreCard]) -> [(path: String, text: String)] {
        WorkbookParts(sheets: sheets(cards)).parts
    }

    /// The sheets of `cards`; a card with an evidence report (`evidence`, by card) gets a fourth sheet "Bukti".
    func sheets(_ cards: [ScoreCard], evidence: [EvidenceReport?] = []) -> [SpreadsheetSheet] {
        let en = options.language == .en
        var sheets: [SpreadsheetSheet] = []
        for (index, card) in cards.enumerated() {
            let suffix = index == 0 ? "" : " \(index + 1)"
            let scales = ScaleSheet(name: (en ? "Scales" : "Skala") + suffix, scales: Self.scales(of: card.questionnaire), language: options.language)
            let lke = WorksheetSheet(name: WorksheetSheet.defaultName + suffix, card: card, scales: scales, language: options.language)
            let summary = SummarySheet(name: (en ? "Summary" : "Ringkasan") + suffix, card: card, lke: lke, language: options.language)
            sheets += [lke.sheet, summary.sheet, scales.sheet]
            if index < evidence.count, let report = evidence[index] {
                sheets.append(EvidenceSheet(name: (en ? "Evidence" : "Bukti") + suffix, report: report, language: options.language).sheet)
            }
        }
        return sheets
    }

    /// The definition's scales, then any scale a question carries that the list lacks, each id once.
    static func scales(of questionnaire: Questionnaire) -> [Scale] {
        var scales = questionnaire.scales
        for question in questionnaire.questions {
            if case .choice(let choice) = question.kind, !scales.contains(where: { $0.id == choice.scale.id }) { scales.append(choice.scale) }
        }
        return scales
    }

    /// The parts in a ZIP package. (A ZIP fails only past 4 GiB or 65,535 entries, which a workbook of text
    /// parts does not reach; the empty package then is a file no program opens, never a crash.)
    static func package(_ parts: [(path: String, text: String)]) -> Data {
        var zip = ZipWriter()
        for part in parts { try? zip.add(part.path, bytes: Array(part.text.utf8)) }
        return (try? zip.finish()) ?? Data()
    }
}
