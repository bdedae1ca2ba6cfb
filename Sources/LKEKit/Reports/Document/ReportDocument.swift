/// The content of a report for people, independent of its format: sections of headings, paragraphs, lists,
/// tables and charts. Each format (Markdown, HTML, DOCX) has one renderer for it, so a report's words and
/// numbers are built once and only drawn differently.
///
/// Text from input files (titles, unit names, notes, evidence) is held as `Inline.text` and escaped by every
/// renderer for its own syntax; the report's own words and numbers are `Inline.plain`, safe in Markdown as
/// they are (HTML and XML renderers still escape them).
public struct ReportDocument: Sendable, Equatable {
    /// A run of text inside a heading, paragraph, list item or table cell.
    enum Inline: Sendable, Equatable {
        /// Text from an input file: escaped for every format.
        case text(String)
        /// The report's own words and numbers: written as they are in Markdown.
        case plain(String)
        /// Bold text.
        case strong([Inline])
        /// Code or a digest, in a monospaced font.
        case code(String)
        /// An evidence reference from an input file: a link when it is an http(s) URL, text otherwise.
        case link(String)
    }

    /// How a table column is aligned and how much room it needs.
    struct Column: Sendable, Equatable {
        enum Alignment: Sendable, Equatable { case left, right, center }
        /// What the column holds: codes and numbers are narrow, text is wide.
        enum Kind: Sendable, Equatable { case code, number, short, text }
        var header: [Inline]
        var alignment: Alignment
        var kind: Kind

        init(_ header: [Inline], _ alignment: Alignment = .left, _ kind: Kind = .text) {
            self.header = header
            self.alignment = alignment
            self.kind = kind
        }
    }

    /// A table row: one run list per column.
    struct Row: Sendable, Equatable {
        var cells: [[Inline]]
        /// A total or a tree node: drawn with emphasis in HTML and DOCX (Markdown puts it in the cells).
        var emphasis: Bool

        init(_ cells: [[Inline]], emphasis: Bool = false) {
            self.cells = cells
            self.emphasis = emphasis
        }
    }

    struct Table: Sendable, Equatable {
        var columns: [Column]
        var rows: [Row]
        /// A long table (the worksheet): printed landscape, its header repeated on every page.
        var isLong: Bool

        init(columns: [Column], rows: [Row], isLong: Bool = false) {
            self.columns = columns
            self.rows = rows
            self.isLong = isLong
        }
    }

    enum Block: Sendable, Equatable {
        case heading(level: Int, [Inline])
        case paragraph([Inline])
        case list([[Inline]])
        case table(Table)
        /// A chart; Markdown leaves it out (its numbers are in the tables next to it).
        case chart(Chart)
        /// A horizontal rule between reports.
        case rule
        /// Room for the unit head's signature; Markdown leaves it out (it is not a document to sign).
        case signature(Signature)
    }

    /// A run of blocks that starts on a new page when printed; a landscape section holds a wide table.
    struct Section: Sendable, Equatable {
        var blocks: [Block]
        var landscape: Bool

        init(_ blocks: [Block] = [], landscape: Bool = false) {
            self.blocks = blocks
            self.landscape = landscape
        }
    }

    /// The document's title (the first heading), for the HTML `<title>` and the DOCX properties.
    var title: String
    /// The language of the report's own words.
    var language: Language
    var sections: [Section]

    init(title: String, language: Language, sections: [Section] = []) {
        self.title = title
        self.language = language
        self.sections = sections
    }

    /// Every block in order.
    var blocks: [Block] { sections.flatMap(\.blocks) }
}

extension ReportDocument.Inline {
    /// The text without markup, as a screen reader or a document property would read it.
    var plainText: String {
        switch self {
        case .text(let text), .plain(let text), .code(let text), .link(let text): return text
        case .strong(let inner): return inner.map(\.plainText).joined()
        }
    }
}

extension Array where Element == ReportDocument.Inline {
    /// The runs' text without markup.
    var plainText: String { map(\.plainText).joined() }
}

extension ReportDocument {
    /// The closing block where the head of the unit signs: place and date, position, then room for the
    /// signature, the name and the NIP. What the answer file does not declare is left as a dotted line to
    /// fill by hand.
    struct Signature: Sendable, Equatable {
        var placeAndDate: String
        var position: String
        var name: String
        var nip: String

        init(placeAndDate: String, position: String, name: String, nip: String) {
            self.placeAndDate = placeAndDate
            self.position = position
            self.name = name
            self.nip = nip
        }
    }
}
