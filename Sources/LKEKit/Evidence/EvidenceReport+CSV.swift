import Foundation

/// The evidence report as one RFC 4180 table (decimal dot): a record per index part, per evidence entry and per
/// finding, told apart by the first column (`indeks`, `bukti`, `temuan`; English words with `--lang en`).
struct EvidenceCSV: EvidenceReportWriter {
    static let name = "csv"
    static let fileExtension = "csv"
    let language: Language

    init(language: Language) { self.language = language }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }

    var header: [String] {
        [t("Berkas", "File"), t("Rekaman", "Record"), t("Kode", "Code"), t("Judul atau butir", "Title or item"), t("Indeks", "Index"),
         t("Lengkap", "Complete"), t("Pertanyaan", "Questions"), t("Masalah", "Problems"), t("Lokasi", "Location"),
         t("Status atau jenis", "Status or kind"), t("Ukuran", "Size"), "SHA-256", t("Pesan", "Message")]
    }

    func render(_ reports: [EvidenceReport]) -> String {
        let dialect = CSVReport.Dialect.standard
        var out = dialect.record(header)
        for r in reports {
            let numbers = ReportNumbers(rounding: r.rounding, decimalComma: false)
            for row in r.index {
                out += dialect.record([r.path, t("indeks", "index"), row.code, row.title, numbers.fixed(row.index), "\(row.completeQuestions)",
                                       "\(row.questions)", "\(row.problems)", "", row.kind.rawValue, "", "", ""])
            }
            for entry in r.entries {
                out += dialect.record([r.path, t("bukti", "evidence"), entry.code, entry.text, "", entry.isUsable ? "1" : "0", "", "",
                                       entry.location?.description ?? "", entry.status.rawValue + (entry.isDraft ? "+draft" : ""),
                                       entry.size.map { "\($0)" } ?? "", entry.sha256 ?? "", ""])
            }
            for finding in r.findings {
                out += dialect.record([r.path, t("temuan", "finding"), finding.code ?? "", finding.item ?? "", "", "", "", "",
                                       finding.location?.description ?? "", finding.kind.rawValue, "", "", finding.message.text(language)])
            }
        }
        return out
    }
}
