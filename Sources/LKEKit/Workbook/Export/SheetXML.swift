import Foundation

/// The shared-string table of a workbook: each distinct text once, numbered in order of first use.
struct SharedStrings: Sendable {
    private(set) var strings: [String] = []
    private var index: [String: Int] = [:]
    /// How many cells refer to a string (the `count` attribute).
    private(set) var references = 0

    /// The index of `text`, adding it on first use.
    mutating func id(_ text: String) -> Int {
        references += 1
        if let existing = index[text] { return existing }
        strings.append(text)
        index[text] = strings.count - 1
        return strings.count - 1
    }

    /// The part `xl/sharedStrings.xml`.
    var xml: String {
        var out = XMLText.declaration
        out += "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            out += XMLText.needsPreserve(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>"
            out += XMLText.content(text) + "</t></si>"
        }
        out += "</sst>"
        return out
    }
}

/// Writes a `SpreadsheetSheet` as the part `xl/worksheets/sheetN.xml` (ECMA-376 Part 1, §18.3), registering its
/// texts and styles in the workbook's tables. Elements come in the order the schema requires.
enum SheetXML {
    /// The most characters a cell may hold (Excel's limit); longer texts are cut there.
    static let maximumCellText = 32_767

    /// The worksheet part; `relationships` receives the hyperlink targets, numbered `rId1`, `rId2`, ...
    static func xml(_ sheet: SpreadsheetSheet, strings: inout SharedStrings, styles: inout WorkbookStyles) -> String {
        var out = XMLText.declaration
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        out += "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        if sheet.print.fitToWidth || sheet.autoFilter != nil {
            out += "<sheetPr"
            out += ">"
            if sheet.print.fitToWidth { out += "<pageSetUpPr fitToPage=\"1\"/>" }
            out += "</sheetPr>"
        }
        let lastRow = max(sheet.rows.count, 1)
        out += "<dimension ref=\"A1:\(CellReference.cell(sheet.lastColumn, lastRow))\"/>"
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            let top = CellReference.cell(1, sheet.frozenRows + 1)
            out += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            out += "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/>"
        }
        out += "</sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"13.2\"/>"
        if !sheet.columnWidths.isEmpty {
            out += "<cols>"
            for (i, width) in sheet.columnWidths.enumerated() {
                out += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(number(width))\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        // A merged range's text wraps in the width of all its columns; the other cells of the range are empty.
        var mergedWidths: [Int: [Int: Double]] = [:]
        for range in sheet.merges {
            let ends = range.split(separator: ":").map { part -> (column: Int, row: Int) in
                let letters = part.prefix { $0.isLetter }
                let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
                return (column, Int(part.dropFirst(letters.count)) ?? 0)
            }
            guard ends.count == 2, ends[1].column >= ends[0].column, ends[1].row == ends[0].row else { continue }
            let width = (ends[0].column...ends[1].column).reduce(0.0) { $0 + ($1 <= sheet.columnWidths.count ? sheet.columnWidths[$1 - 1] : 8.43) }
            mergedWidths[ends[0].row, default: [:]][ends[0].column] = width
        }
        out += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            out += "<row r=\"\(r + 1)\""
            if let height = RowHeight.estimate(row.cells, widths: sheet.columnWidths, merged: mergedWidths[r + 1] ?? [:]) {
                out += " ht=\"\(number(height))\""
            }
            out += ">"
            for cell in row.cells.sorted(by: { $0.column < $1.column }) {
                out += self.cell(cell, row: r + 1, strings: &strings, styles: &styles)
            }
            out += "</row>"
        }
        out += "</sheetData>"
        if let filter = sheet.autoFilter { out += "<autoFilter ref=\"\(filter)\"/>" }
        if !sheet.merges.isEmpty {
            out += "<mergeCells count=\"\(sheet.merges.count)\">"
            for range in sheet.merges { out += "<mergeCell ref=\"\(range)\"/>" }
            out += "</mergeCells>"
        }
        if !sheet.validations.isEmpty {
            out += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations { out += self.validation(validation) }
            out += "</dataValidations>"
        }
        if !sheet.hyperlinks.isEmpty {
            out += "<hyperlinks>"
            for (i, link) in sheet.hyperlinks.enumerated() {
                out += "<hyperlink ref=\"\(link.cell)\" r:id=\"rId\(i + 1)\"/>"
            }
            out += "</hyperlinks>"
        }
        out += "<printOptions gridLines=\"0\"/>"
        out += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        out += "<pageSetup paperSize=\"9\" orientation=\"\(sheet.print.landscape ? "landscape" : "portrait")\""
        if sheet.print.fitToWidth { out += " fitToWidth=\"1\" fitToHeight=\"0\"" }
        out += "/>"
        if let footer = sheet.print.footer {
            out += "<headerFooter><oddFooter>\(XMLText.content(footer))</oddFooter></headerFooter>"
        }
        out += "</worksheet>"
        return out
    }

    /// The relationships part of a sheet with hyperlinks (`xl/worksheets/_rels/sheetN.xml.rels`), or `nil`.
    static func relationships(_ sheet: SpreadsheetSheet) -> String? {
        guard !sheet.hyperlinks.isEmpty else { return nil }
        var out = XMLText.declaration
        out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (i, link) in sheet.hyperlinks.enumerated() {
            out += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
            out += "Target=\"\(XMLText.attribute(link.url))\" TargetMode=\"External\"/>"
        }
        out += "</Relationships>"
        return out
    }

    private static func cell(_ cell: SpreadsheetSheet.Cell, row: Int, strings: inout SharedStrings, styles: inout WorkbookStyles) -> String {
        let reference = CellReference.cell(cell.column, row)
        let style = styles.id(cell.style)
        let s = style == 0 ? "" : " s=\"\(style)\""
        switch cell.value {
        case .text(let text) where XMLText.cleaned(text).isEmpty:
            // An empty cell keeps its style (border, fill) and holds nothing.
            return "<c r=\"\(reference)\"\(s)/>"
        case .text(let text):
            let id = strings.id(clipped(XMLText.cleaned(text)))
            return "<c r=\"\(reference)\"\(s) t=\"s\"><v>\(id)</v></c>"
        case .number(let value):
            return "<c r=\"\(reference)\"\(s)><v>\(number(value))</v></c>"
        case .bool(let value):
            return "<c r=\"\(reference)\"\(s) t=\"b\"><v>\(value ? 1 : 0)</v></c>"
        case .formula(let formula, let cached):
            let f = "<f>" + XMLText.content(formula) + "</f>"
            switch cached {
            case .number(let value):
                return "<c r=\"\(reference)\"\(s)>\(f)<v>\(number(value))</v></c>"
            case .text(let text):
                return "<c r=\"\(reference)\"\(s) t=\"str\">\(f)<v>\(XMLText.content(clipped(text)))</v></c>"
            case .bool(let value):
                return "<c r=\"\(reference)\"\(s) t=\"b\">\(f)<v>\(value ? 1 : 0)</v></c>"
            }
        }
    }

    private static func validation(_ validation: SpreadsheetSheet.Validation) -> String {
        var out = "<dataValidation"
        let formulas: [String]
        switch validation.kind {
        case .list(let range):
            out += " type=\"list\""
            formulas = [range]
        case .whole(let min, let max):
            out += " type=\"whole\" operator=\"between\""
            formulas = ["\(min)", "\(max)"]
        case .decimal(let min, let max):
            out += " type=\"decimal\" operator=\"between\""
            formulas = ["\(min)", "\(max)"]
        }
        out += " allowBlank=\"1\" showErrorMessage=\"1\" errorTitle=\"\(XMLText.attribute(validation.errorTitle))\""
        out += " error=\"\(XMLText.attribute(validation.error))\" sqref=\"\(validation.cells.joined(separator: " "))\">"
        out += "<formula1>\(XMLText.content(formulas[0]))</formula1>"
        if formulas.count > 1 { out += "<formula2>\(XMLText.content(formulas[1]))</formula2>" }
        out += "</dataValidation>"
        return out
    }

    /// A number as SpreadsheetML writes it: the shortest decimal that reads back as the same double, without
    /// a trailing `.0`, and 0 for a value that is not finite.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// `text` cut to `maximumCellText` UTF-16 units (Excel's limit for a cell), at a character boundary.
    static func clipped(_ text: String) -> String {
        guard text.utf16.count > maximumCellText else { return text }
        var out = ""
        var units = 0
        for character in text {
            let length = character.utf16.count
            if units + length > maximumCellText { break }
            out.append(character)
            units += length
        }
        return out
    }
}
