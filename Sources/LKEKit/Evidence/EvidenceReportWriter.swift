import Foundation

/// Renders evidence reports in one format: a pure function of the reports and the language.
/// Each format is a small type; `EvidenceReportFormats` lists them (an HTML writer joins by adding its type).
public protocol EvidenceReportWriter: Sendable {
    /// The name `--format` takes (`md`, `csv`, `json`).
    static var name: String { get }
    static var fileExtension: String { get }
    init(language: Language)
    /// One document for one or more reports (Markdown: one after another; CSV: one table; JSON: one object, or an
    /// array for several).
    func render(_ reports: [EvidenceReport]) -> String
}

/// The registry of evidence report formats.
public enum EvidenceReportFormats {
    static let all: [any EvidenceReportWriter.Type] = [EvidenceMarkdown.self, EvidenceCSV.self, EvidenceJSON.self]
    /// The names `--format` accepts for evidence reports.
    public static var names: [String] { all.map { $0.name } }
    /// The evidence report format called `name`.
    public static func named(_ name: String) -> (any EvidenceReportWriter.Type)? { all.first { $0.name == name } }
}

/// Words shared by the evidence writers.
enum EvidenceWords {
    static func kind(_ kind: EvidenceReport.Finding.Kind) -> Localized {
        switch kind {
        case .missing: return Localized(id: "tidak ada", en: "missing")
        case .empty: return Localized(id: "kosong", en: "empty")
        case .folder: return Localized(id: "folder", en: "folder")
        case .outside: return Localized(id: "di luar folder", en: "outside the folder")
        case .draft: return Localized(id: "masih draf", en: "draft")
        case .badURL: return Localized(id: "bukan http(s)", en: "not http(s)")
        case .noEvidence: return Localized(id: "tanpa bukti", en: "no evidence")
        case .unanswered: return Localized(id: "belum dijawab", en: "not answered")
        case .unlisted: return Localized(id: "tidak tercantum", en: "not listed")
        case .stray: return Localized(id: "di luar folder kode", en: "outside code folders")
        }
    }

    static func status(_ entry: EvidenceReport.Entry) -> Localized {
        var word: Localized
        switch entry.status {
        case .ok: word = entry.isURL ? Localized(id: "alamat web", en: "web address") : Localized(id: "ada", en: "present")
        case .missing: word = kind(.missing)
        case .empty: word = kind(.empty)
        case .folder: word = kind(.folder)
        case .outside: word = kind(.outside)
        case .badURL: word = kind(.badURL)
        }
        if entry.isDraft { word = Localized(id: word.id + ", masih draf", en: word.en + ", draft") }
        return word
    }
}
