import Foundation

/// How a cell looks: font, fill, border, number format and alignment. `WorkbookStyles` turns the styles a
/// workbook uses into `xl/styles.xml`, each distinct style once, numbered in order of first use.
struct CellStyle: Sendable, Hashable {
    enum Fill: Sendable, Hashable {
        case none
        /// Column titles.
        case header
        /// Rows of the tree above the questions (components, areas, sub-indicators).
        case node
        /// Cells a team fills in (answers, counts).
        case input
    }

    enum NumberFormat: Sendable, Hashable {
        case general
        /// Two decimals (more generally: the definition's decimals) with thousands separators: `1.234,50`.
        case decimals(Int)
        /// A fraction shown as a percentage with decimals: `0.785` is `78,50%`.
        case percent(Int)
        /// Percentage points shown with a percent sign: `78.5` is `78,50%`.
        case points(Int)
        /// A whole number.
        case integer

        /// The format code, or `nil` for General.
        var code: String? {
            func places(_ n: Int) -> String { n > 0 ? "." + String(repeating: "0", count: n) : "" }
            // [$-421]: the Indonesian locale, so that a decimal comma and a thousands dot show whatever the
            // viewer's own locale (LibreOffice honours it; Excel uses the system's separators).
            switch self {
            case .general: return nil
            case .decimals(let n): return "[$-421]#,##0" + places(n)
            case .percent(let n): return "[$-421]0" + places(n) + "%"
            case .points(let n): return "[$-421]#,##0" + places(n) + "\"%\""
            case .integer: return "0"
            }
        }
    }

    enum Horizontal: String, Sendable, Hashable { case general, left, center, right }

    var bold = false
    /// Larger text for sheet titles.
    var large = false
    /// Blue, underlined: a clickable link.
    var link = false
    var fill: Fill = .none
    var border = true
    var format: NumberFormat = .general
    var wrap = false
    var indent = 0
    var horizontal: Horizontal = .general

    /// A table cell: thin border, top-aligned.
    static let plain = CellStyle()
    /// Wrapped text in a table.
    static let wrapped = CellStyle(wrap: true)
    /// A column title.
    static let header = CellStyle(bold: true, fill: .header, wrap: true, horizontal: .center)
    /// A sheet title, without border.
    static let title = CellStyle(bold: true, large: true, border: false)
    /// Text outside a table.
    static let bare = CellStyle(border: false)
}

/// The `xl/styles.xml` of a workbook: the distinct cell styles in order of first use (index 0 is the default).
struct WorkbookStyles: Sendable {
    private(set) var styles: [CellStyle] = [CellStyle(border: false)]
    private var index: [CellStyle: Int] = [CellStyle(border: false): 0]

    /// The `s` attribute of a cell with `style`, registering the style on first use.
    mutating func id(_ style: CellStyle) -> Int {
        if let existing = index[style] { return existing }
        styles.append(style)
        index[style] = styles.count - 1
        return styles.count - 1
    }

    /// The styles part.
    var xml: String {
        // Number formats: the custom codes, numbered from 164 as SpreadsheetML reserves lower ids.
        var formats: [String] = []
        for style in styles { if let code = style.format.code, !formats.contains(code) { formats.append(code) } }
        struct Font: Hashable { var bold, large, link: Bool }
        var fonts: [Font] = [Font(bold: false, large: false, link: false)]
        for style in styles {
            let font = Font(bold: style.bold, large: style.large, link: style.link)
            if !fonts.contains(font) { fonts.append(font) }
        }
        let fills: [CellStyle.Fill] = [.none, .header, .node, .input]

        var out = XMLText.declaration
        out += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        if !formats.isEmpty {
            out += "<numFmts count=\"\(formats.count)\">"
            for (i, code) in formats.enumerated() {
                out += "<numFmt numFmtId=\"\(164 + i)\" formatCode=\"\(XMLText.attribute(code))\"/>"
            }
            out += "</numFmts>"
        }
        out += "<fonts count=\"\(fonts.count)\">"
        for font in fonts {
            out += "<font>" + (font.bold ? "<b/>" : "") + (font.link ? "<u/>" : "")
            out += "<sz val=\"\(font.large ? 14 : 10)\"/>"
            out += font.link ? "<color rgb=\"FF0563C1\"/>" : ""
            out += "<name val=\"Arial\"/><family val=\"2\"/></font>"
        }
        out += "</fonts>"
        out += "<fills count=\"\(fills.count + 1)\">"
        out += "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        for fill in fills.dropFirst() {
            let rgb: String
            switch fill {
            case .header: rgb = "FFD9E1F2"
            case .node: rgb = "FFF2F2F2"
            case .input: rgb = "FFFFF2CC"
            case .none: rgb = "FFFFFFFF"
            }
            out += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(rgb)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        out += "</fills>"
        out += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        out += "<border><left style=\"thin\"><color rgb=\"FF808080\"/></left><right style=\"thin\"><color rgb=\"FF808080\"/></right>"
        out += "<top style=\"thin\"><color rgb=\"FF808080\"/></top><bottom style=\"thin\"><color rgb=\"FF808080\"/></bottom><diagonal/></border></borders>"
        out += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        out += "<cellXfs count=\"\(styles.count)\">"
        for style in styles {
            let format = style.format.code.map { 164 + formats.firstIndex(of: $0)! } ?? 0
            let font = fonts.firstIndex(of: Font(bold: style.bold, large: style.large, link: style.link))!
            let fill = style.fill == .none ? 0 : fills.firstIndex(of: style.fill)! + 1
            let border = style.border ? 1 : 0
            out += "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" xfId=\"0\""
            if format != 0 { out += " applyNumberFormat=\"1\"" }
            if font != 0 { out += " applyFont=\"1\"" }
            if fill != 0 { out += " applyFill=\"1\"" }
            if border != 0 { out += " applyBorder=\"1\"" }
            out += " applyAlignment=\"1\"><alignment"
            // An indent only shows on left-aligned cells.
            let horizontal: CellStyle.Horizontal = style.indent > 0 && style.horizontal == .general ? .left : style.horizontal
            if horizontal != .general { out += " horizontal=\"\(horizontal.rawValue)\"" }
            out += " vertical=\"top\""
            if style.wrap { out += " wrapText=\"1\"" }
            if style.indent > 0 { out += " indent=\"\(style.indent)\"" }
            out += "/></xf>"
        }
        out += "</cellXfs>"
        out += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        out += "</styleSheet>"
        return out
    }
}
