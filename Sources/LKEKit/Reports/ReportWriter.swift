/// What every report writer is given besides the score cards.
public struct ReportOptions: Sendable, Hashable {
    /// The language of the report's own words (headings, labels, verdicts). Texts taken from the definition
    /// and the answer file (titles, questions, notes) are printed as written.
    public var language: Language
    /// The CSV variant; other formats ignore it.
    public var csvDialect: CSVReport.Dialect

    public init(language: Language = .id, csvDialect: CSVReport.Dialect = .standard) {
        self.language = language
        self.csvDialect = csvDialect
    }
}

/// Renders scored answer files as one document in one format: a pure function of the score cards and the
/// options, with no timestamps, so that the same input gives the same bytes.
///
/// Modelled on SwiftFormat's `Reporter`: each format is a type with a name and a file extension, and
/// `ReportFormats` looks them up.
public protocol ReportWriter: Sendable {
    /// The format's name for `--format` (`md`, `csv`, `json`).
    static var name: String { get }
    /// The usual file extension, without a dot.
    static var fileExtension: String { get }

    init(options: ReportOptions)

    /// The report of one answer file.
    func report(_ card: ScoreCard) -> String

    /// One document for several answer files (JSON: an array; CSV: leading file and unit columns;
    /// Markdown: the reports one after another, separated by horizontal rules). The shape does not depend
    /// on how many cards are given, so a caller that was asked for several files gets the same shape even
    /// when only one of them could be scored.
    func report(_ cards: [ScoreCard]) -> String
}

/// The registry of report formats.
public enum ReportFormats {
    /// Every format, the default (Markdown) first.
    public static let all: [any ReportWriter.Type] = [MarkdownReport.self, CSVReport.self, JSONReport.self]

    /// The names `--format` accepts, in the order of `all`.
    public static var names: [String] { all.map { $0.name } }

    /// The format called `name` (exactly, as `--format` takes it).
    public static func named(_ name: String) -> (any ReportWriter.Type)? {
        all.first { $0.name == name }
    }

    /// The format whose extension `path` ends with (`report.csv` is CSV), ignoring case; `nil` otherwise.
    public static func inferred(fromPath path: String) -> (any ReportWriter.Type)? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        return all.first { $0.fileExtension == ext || $0.name == ext }
    }
}
