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

    /// "126 (4 local files, 122 web addresses)": the entries of `report`.
    static func entries(_ report: EvidenceReport) -> Localized {
        let all = report.entries.count, urls = report.entries.filter(\.isURL).count
        return Localized(id: "\(all) (\(all - urls) berkas lokal, \(urls) alamat web)", en: "\(all) (\(all - urls) local files, \(urls) web addresses)")
    }

    /// "27 (draft 23, no evidence 3, not listed 1)", or "none": the findings of `report` by kind.
    static func problems(_ report: EvidenceReport) -> Localized {
        guard !report.findings.isEmpty else { return Localized(id: "tidak ada", en: "none") }
        func list(_ language: Language) -> String {
            "\(report.findings.count) (" + report.counts.map { kind($0.kind).text(language) + " \($0.count)" }.joined(separator: ", ") + ")"
        }
        return Localized(id: list(.id), en: list(.en))
    }

    /// How the evidence index is computed.
    static let indexDefinition = Localized(
        id: "Indeks bukti = bobot pertanyaan yang buktinya lengkap (paling sedikit satu entri, tanpa berkas yang hilang, kosong, di luar folder, draf atau alamat yang salah) / bobot semua pertanyaan x 100, dengan bobot menurut definisi. Pemeriksaan ini membaca disk dan tidak mengubah nilai.",
        en: "Evidence index = weight of the questions whose evidence is complete (at least one entry, no file missing, empty, outside the folder or a draft, no bad address) / weight of all questions x 100, weighted as the definition weighs them. These checks read the disk and change no score.")

    /// What a score report says before its evidence part.
    static let checkedSeparately = Localized(
        id: "Diperiksa terpisah dari penilaian: angka ini membaca berkas di disk dan tidak mengubah nilai di atas.",
        en: "Checked separately from the score: these figures read the files on disk and change nothing above.")

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
