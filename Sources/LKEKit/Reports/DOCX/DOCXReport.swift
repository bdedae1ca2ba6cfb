import Foundation

/// The report as a Word document (.docx) to sign, restyle or put on the unit's letterhead: the content of
/// the Markdown report (`ScoreReportModel`), with the worksheet in a landscape section and a closing block
/// for the unit head's signature.
struct DOCXReport: ReportWriter {
    static let name = "docx"
    static let fileExtension = "docx"
    static let isBinary = true

    var options: ReportOptions

    init(options: ReportOptions) {
        self.options = options
    }

    func render(_ card: ScoreCard) -> ReportOutput {
        .binary(ScoreReportModel.document(card, language: options.language).docx)
    }

    /// The reports one after another, each starting on a new page.
    func render(_ cards: [ScoreCard]) -> ReportOutput {
        .binary(ScoreReportModel.document(cards, language: options.language).docx)
    }
}

extension GapReport {
    /// The Word document of the gap report.
    public var docx: Data { document.docx }
}
