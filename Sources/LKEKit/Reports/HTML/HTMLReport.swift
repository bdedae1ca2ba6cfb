/// The report as one self-contained HTML file to read in a browser and print (A4, page numbers, the
/// worksheet's header on every page), with the charts drawn as inline SVG. Same content as the Markdown
/// report: both render `ScoreReportModel`.
struct HTMLReport: TextReportWriter {
    static let name = "html"
    static let fileExtension = "html"

    var options: ReportOptions

    init(options: ReportOptions) {
        self.options = options
    }

    func report(_ card: ScoreCard) -> String {
        ScoreReportModel.document(card, language: options.language).html
    }

    /// The reports one after another in one file, each starting on a new page.
    func report(_ cards: [ScoreCard]) -> String {
        ScoreReportModel.document(cards, language: options.language).html
    }
}
