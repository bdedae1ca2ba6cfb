import Foundation

/// Where the parts of the worksheet are on a sheet: the header row and the column of each role, found by the
/// column titles anywhere in the first rows (a title merged across columns covers all of them).
struct SheetLayout: Sendable, Equatable {
    /// What a column holds.
    enum Role: String, Sendable, CaseIterable {
        case code, text, weight, explanation, type, answer, value, percent, note, evidence
    }

    /// The row of the column titles.
    var headerRow: Int
    /// The first row after the titles (after a title merged down over several rows).
    var firstDataRow: Int
    /// The columns of each role, left to right.
    var columns: [Role: [Int]]

    /// The first column of `role`.
    func column(_ role: Role) -> Int? { columns[role]?.first }

    /// How many rows from the top are searched for the titles.
    static let searchedRows = 20

    /// The role a column title names, from its words (case, spaces and punctuation ignored).
    static func role(ofTitle title: String) -> Role? {
        let t = normalized(title)
        if t.isEmpty { return nil }
        if t == "%" || t == "persen" || t == "persentase" { return .percent }
        if t == "kode" || t == "code" || t.hasPrefix("kode ") { return .code }
        if t.hasPrefix("pilihan") || t == "answer options" || t.hasPrefix("jenis jawaban") || t.hasPrefix("tipe jawaban") { return .type }
        if t.hasPrefix("jawaban") || t == "answer" || t.hasPrefix("answer ") { return .answer }
        if t.hasPrefix("catatan") || t.hasPrefix("keterangan") || t == "note" || t == "notes" { return .note }
        if t.hasPrefix("eviden") || t.hasPrefix("bukti") || t.hasPrefix("evidence") || t.hasPrefix("data dukung") || t.hasPrefix("link") { return .evidence }
        if t == "bobot" || t == "weight" || t.hasPrefix("bobot ") { return .weight }
        if t == "nilai" || t == "score" { return .value }
        if t.hasPrefix("penjelasan") || t == "explanation" || t.hasPrefix("kriteria") { return .explanation }
        let textTitles = ["komponen pertanyaan", "pertanyaan", "komponen", "penilaian", "uraian", "component question", "question",
                          "komponen sub komponen", "indikator", "item"]
        if textTitles.contains(t) || t.hasPrefix("komponen ") || t.hasPrefix("pertanyaan ") { return .text }
        return nil
    }

    /// Lowercased, punctuation as spaces (keeping `%`), spaces collapsed.
    static func normalized(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "%" {
                if space, !out.isEmpty { out += " " }
                space = false
                out.unicodeScalars.append(scalar)
            } else {
                space = true
            }
        }
        return out
    }

    /// Finds the header in the first rows of `sheet`: the row with an answer column and the most roles.
    /// `nil` when no row has a Jawaban column and a code or text column.
    static func find(in sheet: WorkbookSheet) -> SheetLayout? {
        var best: (layout: SheetLayout, score: Int)?
        let lastRow = min(sheet.maxRow, searchedRows)
        guard lastRow >= 1 else { return nil }
        for row in 1...lastRow {
            var columns: [Role: [Int]] = [:]
            var lastTitleRow = row
            var column = 1
            while column <= sheet.maxColumn {
                guard let cell = sheet.cell(row, column), case .text(let title) = cell.value, let role = role(ofTitle: title) else {
                    column += 1
                    continue
                }
                let merge = sheet.merge(startingAt: CellAddress(row: row, column: column))
                let span = merge.map { $0.last.column - column + 1 } ?? 1
                if let merge { lastTitleRow = max(lastTitleRow, merge.last.row) }
                // The first column with a role keeps it (a second "Jawaban" column, say of a reviewer, is not the answer).
                if columns[role] == nil || role == .evidence { columns[role, default: []].append(contentsOf: column..<(column + span)) }
                column += span
            }
            guard columns[.answer] != nil, columns[.code] != nil || columns[.text] != nil else { continue }
            let layout = SheetLayout(headerRow: row, firstDataRow: lastTitleRow + 1, columns: columns)
            let score = columns.count
            if best == nil || score > best!.score { best = (layout, score) }
        }
        guard var layout = best?.layout else { return nil }
        layout.addUntitledLinkColumns(sheet)
        return layout
    }

    /// Adds, as evidence, the columns right of the titled ones that have no title but hold web links.
    mutating func addUntitledLinkColumns(_ sheet: WorkbookSheet) {
        let titled = Set(columns.values.flatMap { $0 })
        let rightmost = titled.max() ?? 0
        guard rightmost < sheet.maxColumn else { return }
        var linkColumns = Set<Int>()
        for (address, cell) in sheet.cells where address.row >= firstDataRow && address.column > rightmost {
            if sheet.hyperlinks[address] != nil || Self.isLink(cell.text) { linkColumns.insert(address.column) }
        }
        for column in linkColumns.sorted() {
            let title = sheet.cell(headerRow, column)?.text.trimmingCharacters(in: .whitespaces) ?? ""
            if title.isEmpty { columns[.evidence, default: []].append(column) }
        }
    }

    /// Whether `text` starts with a web address.
    static func isLink(_ text: String) -> Bool {
        let lower = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }
}
