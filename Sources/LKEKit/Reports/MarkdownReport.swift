import Foundation

/// The report for people: GitHub-flavoured Markdown with plain pipe tables (no HTML), so that it reads
/// well on a terminal, on a git forge and through pandoc.
///
/// Sections: the unit, a summary (total, WBK/WBBM verdicts, completeness, warnings), scores per component
/// and per area, the predicates rule by rule, the eligibility checklist, what is unanswered, the warnings,
/// the full worksheet, and a reproducibility stamp. Numbers have the definition's decimals, with a decimal
/// comma in Indonesian (`17,50`, `100,00%`) and a dot in English.
public struct MarkdownReport: TextReportWriter {
    /// The format's name for `--format`.
    public static let name = "md"
    /// The usual file extension.
    public static let fileExtension = "md"

    var options: ReportOptions

    /// A Markdown writer in the options' language.
    public init(options: ReportOptions) {
        self.options = options
    }

    func report(_ card: ScoreCard) -> String {
        ScoreReportModel.document(card, language: options.language).markdown
    }

    /// The reports one after another, separated by a horizontal rule.
    func report(_ cards: [ScoreCard]) -> String {
        cards.map(report).joined(separator: "\n---\n\n")
    }
}
