import Foundation

/// A whole workbook as the parts of an Office Open XML package (ECMA-376): content types, relationships,
/// the workbook, styles, shared strings and one part per sheet. The parts are a pure function of the sheets,
/// so the same sheets always give the same bytes; the ZIP container is written elsewhere.
struct WorkbookParts: Sendable {
    /// A defined name: `_xlnm.Print_Titles` for repeated rows, or a name of the workbook.
    struct DefinedName: Sendable {
        var name: String
        /// The sheet (0-based) the name belongs to, `nil` for the workbook.
        var sheet: Int?
        var value: String
    }

    var sheets: [SpreadsheetSheet]

    init(sheets: [SpreadsheetSheet]) {
        self.sheets = sheets
    }

    /// Every part, in the order they are stored: `[Content_Types].xml` first, as readers expect.
    var parts: [(path: String, text: String)] {
        var strings = SharedStrings()
        var styles = WorkbookStyles()
        var sheetParts: [(path: String, text: String)] = []
        for (i, sheet) in sheets.enumerated() {
            sheetParts.append(("xl/worksheets/sheet\(i + 1).xml", SheetXML.xml(sheet, strings: &strings, styles: &styles)))
            if let rels = SheetXML.relationships(sheet) { sheetParts.append(("xl/worksheets/_rels/sheet\(i + 1).xml.rels", rels)) }
        }
        return [("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships), ("xl/workbook.xml", workbook),
                ("xl/_rels/workbook.xml.rels", workbookRelationships), ("xl/styles.xml", styles.xml),
                ("xl/sharedStrings.xml", strings.xml)] + sheetParts
    }

    private var contentTypes: String {
        var out = XMLText.declaration
        out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for i in sheets.indices {
            out += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        out += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        out += "</Types>"
        return out
    }

    private var packageRelationships: String {
        XMLText.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>"
    }

    private var workbook: String {
        var out = XMLText.declaration
        out += "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        out += "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        out += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (i, sheet) in sheets.enumerated() {
            out += "<sheet name=\"\(XMLText.attribute(sheet.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        out += "</sheets>"
        var names: [DefinedName] = []
        for (i, sheet) in sheets.enumerated() {
            if let rows = sheet.print.titleRows {
                names.append(DefinedName(name: "_xlnm.Print_Titles", sheet: i,
                                         value: CellReference.onSheet(sheet.name, "$\(rows.lowerBound):$\(rows.upperBound)")))
            }
            if let filter = sheet.autoFilter {
                let absolute = filter.split(separator: ":").map { part -> String in
                    let letters = part.prefix { $0.isLetter }, digits = part.dropFirst(letters.count)
                    return "$" + letters + "$" + digits
                }.joined(separator: ":")
                names.append(DefinedName(name: "_xlnm._FilterDatabase", sheet: i, value: CellReference.onSheet(sheet.name, absolute)))
            }
        }
        if !names.isEmpty {
            out += "<definedNames>"
            for name in names {
                out += "<definedName name=\"\(name.name)\"" + (name.sheet.map { " localSheetId=\"\($0)\"" } ?? "")
                if name.name == "_xlnm._FilterDatabase" { out += " hidden=\"1\"" }
                out += ">" + XMLText.content(name.value) + "</definedName>"
            }
            out += "</definedNames>"
        }
        // Recalculate every formula on opening, so that the cached values are only a fallback.
        out += "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/>"
        out += "</workbook>"
        return out
    }

    private var workbookRelationships: String {
        var out = XMLText.declaration
        out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in sheets.indices {
            out += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            out += "Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        let n = sheets.count
        out += "<Relationship Id=\"rId\(n + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        out += "<Relationship Id=\"rId\(n + 2)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        out += "</Relationships>"
        return out
    }
}
