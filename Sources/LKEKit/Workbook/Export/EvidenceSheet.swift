import Foundation

/// The evidence part of a score workbook (`lke score -o lke.xlsx` with the evidence folder checked): one sheet
/// "Bukti" after the unit's three sheets, with what the Markdown report's evidence section says, as values (the
/// checks read the disk, so no formula could recompute them): the folder, the entries and problems counted, the
/// evidence index per part of the tree (and per group), the findings, and the local files.
///
/// Columns are shared by the tables: A code, B title, detail or file (wide), C index, kind or status, D complete,
/// location or size, E problems.
struct EvidenceSheet: Sendable {
    private(set) var sheet: SpreadsheetSheet
    private let report: EvidenceReport
    private let language: Language

    init(name: String, report: EvidenceReport, language: Language) {
        self.report = report
        self.language = language
        sheet = SpreadsheetSheet(name: name)
        build()
    }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }

    private mutating func build() {
        text([t("Bukti dukung: ", "Evidence: ") + report.unit], style: .title)
        text([EvidenceWords.checkedSeparately.text(language)], style: .bare)
        let folder = report.folder + (report.folderExists ? "" : t(" (tidak ada)", " (does not exist)"))
        text([t("Berkas jawaban", "Answer file"), report.path], style: .bare)
        text([t("Folder bukti", "Evidence folder"), folder], style: .bare)
        text([t("Entri bukti", "Evidence entries"), EvidenceWords.entries(report).text(language)], style: .bare)
        text([t("Masalah", "Problems"), EvidenceWords.problems(report).text(language)], style: .bare)
        text(["", EvidenceWords.indexDefinition.text(language)], style: CellStyle(border: false, wrap: true))

        let header = [t("Kode", "Code"), t("Bagian", "Part"), t("Indeks", "Index"), t("Lengkap", "Complete"), t("Masalah", "Problems")]
        let groups = report.index.filter { $0.kind == .group }
        for rows in [report.index.filter { $0.kind == .node }, groups] where !rows.isEmpty {
            sheet.append([])
            text(header, style: .header)
            for row in rows { index(row) }
        }

        sheet.append([])
        text([t("Temuan", "Findings")], style: CellStyle(bold: true, border: false))
        if report.findings.isEmpty {
            text([t("Tidak ada temuan.", "No findings.")], style: .bare)
        } else {
            text([t("Kode", "Code"), t("Keterangan", "Detail"), t("Jenis", "Kind"), t("Lokasi", "Location")], style: .header)
            for finding in report.findings {
                text([finding.code ?? "", finding.message.text(language), EvidenceWords.kind(finding.kind).text(language),
                      finding.location?.description ?? report.path], style: .wrapped)
            }
        }

        let local = report.entries.filter { !$0.isURL }
        if !local.isEmpty {
            sheet.append([])
            text([t("Berkas lokal", "Local files")], style: CellStyle(bold: true, border: false))
            text([t("Kode", "Code"), t("Berkas", "File"), t("Status", "Status"), t("Ukuran (bita)", "Size (bytes)")], style: .header)
            for entry in local {
                sheet.append([.init(column: 1, value: .text(entry.code), style: .wrapped),
                              .init(column: 2, value: .text(entry.text), style: .wrapped),
                              .init(column: 3, value: .text(EvidenceWords.status(entry).text(language)), style: .wrapped),
                              .init(column: 4, value: entry.size.map { .number(Double($0)) } ?? .text(""), style: CellStyle(format: .integer))])
            }
        }

        sheet.columnWidths = [14, 70, 14, 30, 12]
        sheet.print.landscape = false
        sheet.print.footer = "&L&A&R" + t("Halaman &P dari &N", "Page &P of &N")
    }

    /// A row of text cells from column A, all in one style.
    private mutating func text(_ cells: [String], style: CellStyle) {
        sheet.append(cells.enumerated().map { .init(column: $0.offset + 1, value: .text($0.element), style: style) })
    }

    /// A row of an index table: the whole (depth 0) and the components bold on the node fill, parts indented.
    private mutating func index(_ row: EvidenceReport.IndexRow) {
        let emphasis = row.depth <= 1 && row.kind == .node
        func style(_ base: CellStyle) -> CellStyle {
            var style = base
            if emphasis { style.bold = true; style.fill = .node }
            return style
        }
        var title = CellStyle.wrapped
        title.indent = max(0, row.depth - 1)
        let places = report.rounding.decimals
        sheet.append([
            .init(column: 1, value: .text(row.code), style: style(.plain)),
            .init(column: 2, value: .text(row.title), style: style(title)),
            .init(column: 3, value: .number(XLSXExport.double(report.rounding.apply(row.index))), style: style(CellStyle(format: .points(places)))),
            .init(column: 4, value: .text("\(row.completeQuestions)/\(row.questions)"), style: style(CellStyle(horizontal: .right))),
            .init(column: 5, value: .number(Double(row.problems)), style: style(CellStyle(format: .integer))),
        ])
    }
}
