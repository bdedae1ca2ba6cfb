import Foundation

/// What every report writer is given besides the score cards.
public struct ReportOptions: Sendable, Hashable {
    /// The language of the report's own words (headings, labels, verdicts). Texts taken from the definition
    /// and the answer file (titles, questions, notes) are printed as written.
    var language: Language
    /// The CSV variant; other formats ignore it.
    var csvDialect: CSVReport.Dialect

    /// Options for a report in `language`; `csvDialect` matters to CSV only.
    public init(language: Language = .id, csvDialect: CSVReport.Dialect = .standard) {
        self.language = language
        self.csvDialect = csvDialect
    }
}

/// A finished report: text (Markdown, CSV, JSON, HTML) or the bytes of a binary document (XLSX, DOCX).
public enum ReportOutput: Sendable, Equatable {
    case text(String)
    case binary(Data)

    /// The bytes to write to a file (text as UTF-8).
    public var data: Data {
        switch self {
        case .text(let text): return Data(text.utf8)
        case .binary(let data): return data
        }
    }
}

/// Renders scored answer files as one document in one format: a pure function of the score cards and the
/// options, with no timestamps, so that the same input gives the same bytes.
///
/// Modelled on SwiftFormat's `Reporter`: each format is a type with a name and a file extension, and
/// `ReportFormats` looks them up. Text formats conform to `TextReportWriter`, which supplies `render`.
public protocol ReportWriter: Sendable {
    /// The format's name for `--format` (`md`, `csv`, `json`).
    static var name: String { get }
    /// The usual file extension, without a dot.
    static var fileExtension: String { get }
    /// Whether the format is binary (a ZIP package): such a report is written to a file, never to a terminal.
    static var isBinary: Bool { get }

    init(options: ReportOptions)

    /// The report of one answer file.
    func render(_ card: ScoreCard) -> ReportOutput

    /// One document for several answer files (JSON: an array; CSV: leading file and unit columns;
    /// Markdown: the reports one after another, separated by horizontal rules). The shape does not depend
    /// on how many cards are given, so a caller that was asked for several files gets the same shape even
    /// when only one of them could be scored.
    func render(_ cards: [ScoreCard]) -> ReportOutput
}

/// A report format whose documents are text.
protocol TextReportWriter: ReportWriter {
    /// The report of one answer file.
    func report(_ card: ScoreCard) -> String

    /// One document for several answer files; see `ReportWriter.render(_:)`.
    func report(_ cards: [ScoreCard]) -> String
}

extension TextReportWriter {
    /// Text formats are never binary.
    public static var isBinary: Bool { false }
    /// The text report of one answer file (`report(_:)`) as a report output.
    public func render(_ card: ScoreCard) -> ReportOutput { .text(report(card)) }
    /// The text report of several answer files (`report(_:)`) as a report output.
    public func render(_ cards: [ScoreCard]) -> ReportOutput { .text(report(cards)) }
}

/// The registry of report formats.
public enum ReportFormats {
    /// Every format, the default (Markdown) first.
    public static let all: [any ReportWriter.Type] = [MarkdownReport.self, CSVReport.self, JSONReport.self, XLSXReport.self, HTMLReport.self,
                                                      DOCXReport.self]

    /// The names `--format` accepts, in the order of `all`.
    public static var names: [String] { all.map { $0.name } }

    /// The format called `name` (exactly, as `--format` takes it).
    public static func named(_ name: String) -> (any ReportWriter.Type)? {
        all.first { $0.name == name }
    }

    /// The format whose extension `path` ends with (`report.csv` is CSV), ignoring case; `nil` otherwise.
    public static func inferred(fromPath path: String) -> (any ReportWriter.Type)? {
        guard let ext = fileExtension(of: path) else { return nil }
        return all.first { $0.fileExtension == ext || $0.name == ext }
    }

    /// The extension of the last path component, lowercased, without the dot (`Laporan.PDF` gives `pdf`);
    /// `nil` when the name has none.
    public static func fileExtension(of path: String) -> String? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        return ext.isEmpty ? nil : ext
    }
}
