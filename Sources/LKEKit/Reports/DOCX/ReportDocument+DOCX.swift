import Foundation

/// Renders a `ReportDocument` as a Word document (Office Open XML, ECMA-376), packaged with `ZipWriter`:
/// real styles (Heading 1-3, List Bullet, Report Table), tables with fitted column widths and repeated
/// header rows that never split a row, a landscape section for a long table, page numbers in the footer,
/// and evidence links as hyperlinks. Charts are left out: their numbers are in the tables.
extension ReportDocument {
    /// A4 in twips, and the margins.
    static let pageWidth = 11906, pageHeight = 16838, margin = 1134

    /// The parts of the package by name (XML as text), for tests and for `docx`.
    var docxParts: [(name: String, text: String)] {
        var body = DOCXBody(language: language)
        let document = body.document(self)
        return [
            ("[Content_Types].xml", DOCXParts.contentTypes),
            ("_rels/.rels", DOCXParts.packageRelationships),
            ("docProps/core.xml", DOCXParts.core(title: title, language: language)),
            ("docProps/app.xml", DOCXParts.app),
            ("word/document.xml", document),
            ("word/styles.xml", DOCXParts.styles(language: language)),
            ("word/settings.xml", DOCXParts.settings),
            ("word/numbering.xml", DOCXParts.numbering),
            ("word/footer1.xml", DOCXParts.footer(language: language)),
            ("word/_rels/document.xml.rels", body.relationships()),
        ]
    }

    /// The bytes of the .docx file.
    var docx: Data {
        var zip = ZipWriter()
        for part in docxParts {
            // The names are fixed and distinct, and a report is far below the format's 4 GiB: adding cannot fail.
            try? zip.add(part.name, Data(part.text.utf8))
        }
        return (try? zip.finish()) ?? Data()
    }
}

/// Writes `word/document.xml` and collects the hyperlink relationships it needs.
struct DOCXBody {
    let language: Language
    private var links: [String] = []
    private var linkIDs: [String: String] = [:]

    init(language: Language) {
        self.language = language
    }

    private func esc(_ text: String) -> String { HTMLText.escape(text) }

    mutating func document(_ document: ReportDocument) -> String {
        var out = DOCXParts.header + "<w:document xmlns:w=\"\(DOCXParts.wordNamespace)\" xmlns:r=\"\(DOCXParts.relationshipNamespace)\"><w:body>\n"
        for (index, section) in document.sections.enumerated() {
            let width = (section.landscape ? ReportDocument.pageHeight : ReportDocument.pageWidth) - 2 * ReportDocument.margin
            for block in section.blocks {
                write(block, width: width, to: &out)
            }
            let properties = sectionProperties(landscape: section.landscape)
            if index < document.sections.count - 1 {
                out += "<w:p><w:pPr><w:spacing w:after=\"0\"/>" + properties + "</w:pPr></w:p>\n"
            } else {
                out += properties
            }
        }
        if document.sections.isEmpty { out += sectionProperties(landscape: false) }
        out += "</w:body></w:document>\n"
        return out
    }

    /// The relationships of `word/document.xml`: the fixed parts, then one per distinct hyperlink.
    func relationships() -> String {
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var out = DOCXParts.header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        out += "<Relationship Id=\"rId1\" Type=\"\(type)styles\" Target=\"styles.xml\"/>"
        out += "<Relationship Id=\"rId2\" Type=\"\(type)settings\" Target=\"settings.xml\"/>"
        out += "<Relationship Id=\"rId3\" Type=\"\(type)numbering\" Target=\"numbering.xml\"/>"
        out += "<Relationship Id=\"rId4\" Type=\"\(type)footer\" Target=\"footer1.xml\"/>"
        for (index, url) in links.enumerated() {
            out += "\n<Relationship Id=\"rIdL\(index + 1)\" Type=\"\(type)hyperlink\" Target=\"\(esc(url))\" TargetMode=\"External\"/>"
        }
        return out + "</Relationships>\n"
    }

    private func sectionProperties(landscape: Bool) -> String {
        let size = landscape
            ? "<w:pgSz w:w=\"\(ReportDocument.pageHeight)\" w:h=\"\(ReportDocument.pageWidth)\" w:orient=\"landscape\"/>"
            : "<w:pgSz w:w=\"\(ReportDocument.pageWidth)\" w:h=\"\(ReportDocument.pageHeight)\"/>"
        let m = ReportDocument.margin
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/>" + size
            + "<w:pgMar w:top=\"\(m)\" w:right=\"\(m)\" w:bottom=\"\(m)\" w:left=\"\(m)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
    }

    private mutating func write(_ block: ReportDocument.Block, width: Int, to out: inout String) {
        switch block {
        case .heading(let level, let runs):
            out += "<w:p><w:pPr><w:pStyle w:val=\"Heading\(min(max(level, 1), 3))\"/></w:pPr>" + self.runs(runs) + "</w:p>\n"
        case .paragraph(let runs):
            out += "<w:p>" + self.runs(runs) + "</w:p>\n"
        case .list(let items):
            for item in items { out += "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/></w:pPr>" + runs(item) + "</w:p>\n" }
        case .table(let table):
            write(table, width: width, to: &out)
        case .rule:
            out += "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"111111\"/></w:pBdr></w:pPr></w:p>\n"
        case .chart:
            break
        case .signature(let signature):
            out += "<w:p><w:pPr><w:pStyle w:val=\"Signature\"/><w:spacing w:before=\"480\" w:after=\"0\"/></w:pPr>" + text(signature.placeAndDate) + "</w:p>\n"
            out += "<w:p><w:pPr><w:pStyle w:val=\"Signature\"/><w:spacing w:after=\"1200\"/></w:pPr>" + text(signature.position) + "</w:p>\n"
            out += "<w:p><w:pPr><w:pStyle w:val=\"Signature\"/></w:pPr><w:r><w:rPr><w:b/><w:u w:val=\"single\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\">" + esc(signature.name) + "</w:t></w:r></w:p>\n"
            out += "<w:p><w:pPr><w:pStyle w:val=\"Signature\"/></w:pPr>" + text(signature.nip) + "</w:p>\n"
        }
    }

    private func text(_ text: String, properties: String = "") -> String {
        "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>" + properties + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>"
    }

    private mutating func write(_ table: ReportDocument.Table, width: Int, to out: inout String) {
        let widths = DOCXColumnWidths.widths(table, total: width)
        out += "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        for value in widths { out += "<w:gridCol w:w=\"\(value)\"/>" }
        out += "</w:tblGrid>\n"
        if table.columns.contains(where: { !$0.header.plainText.isEmpty }) {
            out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            for (index, column) in table.columns.enumerated() {
                out += cell(column.header, width: widths[index], alignment: column.alignment, bold: true, shade: true)
            }
            out += "</w:tr>\n"
        }
        for row in table.rows {
            out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (index, column) in table.columns.enumerated() {
                let runs = index < row.cells.count ? row.cells[index] : []
                out += cell(runs, width: widths[index], alignment: column.alignment, bold: false, shade: row.emphasis)
            }
            out += "</w:tr>\n"
        }
        out += "</w:tbl>\n<w:p><w:pPr><w:spacing w:after=\"60\"/></w:pPr></w:p>\n"
    }

    private mutating func cell(_ runs: [ReportDocument.Inline], width: Int, alignment: ReportDocument.Column.Alignment,
                               bold: Bool, shade: Bool) -> String {
        var out = "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if shade { out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(bold ? "E4E4E4" : "F2F2F2")\"/>" }
        out += "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>"
        switch alignment {
        case .right: out += "<w:jc w:val=\"right\"/>"
        case .center: out += "<w:jc w:val=\"center\"/>"
        case .left: break
        }
        out += "</w:pPr>" + self.runs(runs, bold: bold) + "</w:p></w:tc>"
        return out
    }

    /// Runs as WordprocessingML: bold, code, hyperlinks (web addresses only); between two evidence links a
    /// line break instead of the Markdown's "; ".
    private mutating func runs(_ runs: [ReportDocument.Inline], bold: Bool = false) -> String {
        var out = ""
        let properties = bold ? "<w:b/>" : ""
        for (index, run) in runs.enumerated() {
            switch run {
            case .text(let value):
                out += text(value, properties: properties)
            case .plain(let value):
                if value == "; ", index > 0, index + 1 < runs.count, case .link = runs[index - 1], case .link = runs[index + 1] {
                    out += "<w:r><w:br/></w:r>"
                } else {
                    out += text(value, properties: properties)
                }
            case .strong(let inner):
                out += self.runs(inner, bold: true)
            case .code(let value):
                out += text(value, properties: "<w:rStyle w:val=\"Code\"/>" + properties)
            case .link(let value):
                guard let url = HTMLText.webURL(value) else {
                    out += text(value, properties: properties)
                    continue
                }
                out += "<w:hyperlink r:id=\"\(relationship(url))\" w:history=\"1\">"
                    + text(Self.breakable(value), properties: "<w:rStyle w:val=\"Hyperlink\"/>" + properties) + "</w:hyperlink>"
            }
        }
        return out
    }

    /// The relationship id of a hyperlink target, one per distinct URL.
    private mutating func relationship(_ url: String) -> String {
        if let id = linkIDs[url] { return id }
        links.append(url)
        let id = "rIdL\(links.count)"
        linkIDs[url] = id
        return id
    }

    /// A URL shown with a break opportunity (zero-width space) after each `/`, so that a long address wraps
    /// at its slashes instead of inside a word; the link's target is the URL as written.
    static func breakable(_ url: String) -> String {
        var out = ""
        var previous: Character = " "
        for character in url {
            out.append(character)
            if character == "/", previous != "/", previous != ":" { out.append("\u{200B}") }
            previous = character
        }
        return out
    }
}
