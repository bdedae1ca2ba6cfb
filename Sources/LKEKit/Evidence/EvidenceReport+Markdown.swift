import Foundation

/// The evidence report for people: the folder looked in, the index per part, the findings with their
/// `path:line:col`, and the local files (with SHA-256 when asked).
struct EvidenceMarkdown: EvidenceReportWriter {
    static let name = "md"
    static let fileExtension = "md"
    let language: Language

    init(language: Language) { self.language = language }

    func render(_ reports: [EvidenceReport]) -> String {
        reports.map(report).joined(separator: "\n---\n\n")
    }

    func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
    private func esc(_ text: String) -> String { MarkdownText.inline(text) }

    /// One report.
    func report(_ r: EvidenceReport) -> String {
        var out = "# " + t("Bukti dukung: ", "Evidence: ") + esc(r.unit) + "\n\n"
        out += "- **" + t("Berkas jawaban", "Answer file") + ":** " + esc(r.path) + "\n"
        out += section(r, heading: "##")
        return out
    }

    /// The report's body under a heading level: what `lke score` appends as its evidence section.
    func section(_ r: EvidenceReport, heading: String) -> String {
        let numbers = ReportNumbers(rounding: r.rounding, decimalComma: language == .id)
        var out = "- **" + t("Folder bukti", "Evidence folder") + ":** " + esc(r.folder)
            + (r.folderExists ? "" : t(" (tidak ada)", " (does not exist)")) + "\n"
        out += "- **" + t("Entri bukti", "Evidence entries") + ":** " + EvidenceWords.entries(r).text(language) + "\n"
        out += "- **" + t("Masalah", "Problems") + ":** " + EvidenceWords.problems(r).text(language) + "\n\n"
        out += EvidenceWords.indexDefinition.text(language) + "\n\n"
        out += heading + " " + t("Indeks bukti", "Evidence index") + "\n\n"
        let header = [t("Kode", "Code"), t("Bagian", "Part"), t("Indeks", "Index"), t("Lengkap", "Complete"), t("Masalah", "Problems")]
        out += MarkdownText.header(header, "llrrr")
        for row in r.index where row.kind == .node {
            out += line(row, numbers, indent: row.depth) + "\n"
        }
        out += "\n"
        if r.index.contains(where: { $0.kind == .group }) {
            out += MarkdownText.header(header, "llrrr")
            for row in r.index where row.kind == .group { out += line(row, numbers, indent: row.depth) + "\n" }
            out += "\n"
        }
        out += heading + " " + t("Temuan", "Findings") + "\n\n"
        if r.findings.isEmpty {
            out += t("Tidak ada temuan.", "No findings.") + "\n\n"
        } else {
            out += MarkdownText.header([t("Lokasi", "Location"), t("Kode", "Code"), t("Jenis", "Kind"), t("Keterangan", "Detail")], "llll")
            for finding in r.findings {
                out += MarkdownText.row([esc(finding.location?.description ?? r.path), esc(finding.code ?? ""),
                                         EvidenceWords.kind(finding.kind).text(language), esc(finding.message.text(language))]) + "\n"
            }
            out += "\n"
        }
        let local = r.entries.filter { !$0.isURL }
        if !local.isEmpty {
            out += heading + " " + t("Berkas lokal", "Local files") + "\n\n"
            let hashes = local.contains { $0.sha256 != nil }
            var columns = [t("Kode", "Code"), t("Berkas", "File"), t("Status", "Status"), t("Ukuran (bita)", "Size (bytes)")]
            if hashes { columns.append("SHA-256") }
            out += MarkdownText.header(columns, hashes ? "lllrl" : "lllr")
            for entry in local {
                var cells = [esc(entry.code), esc(entry.text), EvidenceWords.status(entry).text(language), entry.size.map { "\($0)" } ?? ""]
                if hashes { cells.append(entry.sha256.map { "`" + $0 + "`" } ?? "") }
                out += MarkdownText.row(cells) + "\n"
            }
            out += "\n"
        }
        return out
    }

    private func line(_ row: EvidenceReport.IndexRow, _ numbers: ReportNumbers, indent: Int) -> String {
        let title = String(repeating: "↳ ", count: max(0, indent - 1)) + esc(row.title)
        let cells = [esc(row.code), title, numbers.percent(row.index), "\(row.completeQuestions)/\(row.questions)", "\(row.problems)"]
        return MarkdownText.row(indent == 0 ? cells.map(MarkdownText.bold) : cells)
    }
}
