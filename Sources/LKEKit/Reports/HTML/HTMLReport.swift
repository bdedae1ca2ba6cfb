/// The report as one self-contained HTML file to read in a browser and print (A4, page numbers, the
/// worksheet's header on every page), with the charts drawn as inline SVG. Same content as the Markdown
/// report: both render `ScoreReportModel`.
public struct HTMLReport: TextReportWriter {
    public static let name = "html"
    public static let fileExtension = "html"

    public var options: ReportOptions

    public init(options: ReportOptions) {
        self.options = options
    }

    public func report(_ card: ScoreCard) -> String {
        ScoreReportModel.document(card, language: options.language).html
    }

    /// The reports one after another in one file, each starting on a new page.
    public func report(_ cards: [ScoreCard]) -> String {
        ScoreReportModel.document(cards, language: options.language).html
    }
}
