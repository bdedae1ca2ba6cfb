import Foundation

/// Reads the Markdown that lke's own report writers produce (headings, paragraphs, lists, pipe tables,
/// rules, `**bold**`, `` `code` `` and backslash escapes) back into a `ReportDocument`, so that the batch,
/// diff, survey and gap reports get their HTML and DOCX forms from the one Markdown writer each has, with
/// no second copy of their content. It is not a general Markdown parser: it knows the subset those
/// writers emit, and reads anything else as paragraph text (which every renderer escapes).
extension ReportDocument {
    /// The document of `markdown`; each `#` heading starts a section (a new page when printed): these reports
    /// are short, and their `##` parts follow one another on the page.
    public init(markdown: String, language: Language) {
        var sections: [Section] = []
        var blocks: [Block] = []
        var paragraph: [String] = []
        var items: [[Inline]] = []
        var table: [[String]] = []
        var title = ""

        func flushParagraph() {
            if !paragraph.isEmpty { blocks.append(.paragraph(Self.inlines(paragraph.joined(separator: " ")))) }
            paragraph = []
        }
        func flushList() {
            if !items.isEmpty { blocks.append(.list(items)) }
            items = []
        }
        func flushTable() {
            defer { table = [] }
            guard table.count >= 2 else {
                for row in table { paragraph.append(row.joined(separator: " | ")) }
                return
            }
            let alignments = table[1].map { cell -> Column.Alignment in
                let cell = cell.trimmingCharacters(in: .whitespaces)
                if cell.hasPrefix(":"), cell.hasSuffix(":") { return .center }
                return cell.hasSuffix(":") ? .right : .left
            }
            let header = table[0]
            let columns = header.indices.map { index in
                let alignment = index < alignments.count ? alignments[index] : .left
                return Column(Self.inlines(header[index]), alignment, alignment == .left ? .text : .number)
            }
            let rows = table.dropFirst(2).map { cells in
                Row(header.indices.map { $0 < cells.count ? Self.inlines(cells[$0]) : [] },
                    emphasis: cells.allSatisfy { $0.isEmpty || ($0.hasPrefix("**") && $0.hasSuffix("**")) })
            }
            blocks.append(.table(Table(columns: columns, rows: Array(rows), isLong: rows.count > 30)))
        }
        func flushAll() {
            flushParagraph()
            flushList()
            flushTable()
        }

        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flushAll()
                continue
            }
            if trimmed.hasPrefix("|") {
                flushParagraph()
                flushList()
                table.append(Self.cells(trimmed))
                continue
            }
            flushTable()
            if let level = Self.headingLevel(line) {
                flushAll()
                let text = String(line.dropFirst(level + 1))
                if level == 1, !blocks.isEmpty {
                    sections.append(Section(blocks))
                    blocks = []
                }
                if title.isEmpty { title = Self.inlines(text).plainText }
                blocks.append(.heading(level: level, Self.inlines(text)))
            } else if trimmed == "---" {
                flushAll()
                blocks.append(.rule)
            } else if trimmed.hasPrefix("- ") {
                flushParagraph()
                let nested = line.hasPrefix(" ")
                items.append((nested ? [.plain("↳ ")] : []) + Self.inlines(String(trimmed.dropFirst(2))))
            } else if !items.isEmpty, line.hasPrefix("  ") {
                items[items.count - 1] += [.plain(" ")] + Self.inlines(trimmed)
            } else {
                flushList()
                paragraph.append(trimmed)
            }
        }
        flushAll()
        if !blocks.isEmpty { sections.append(Section(blocks)) }
        self.init(title: title, language: language, sections: sections)
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// The cells of a pipe-table row, split at pipes that are not backslash-escaped.
    private static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line.dropFirst() {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { cells.append(last) }
        return cells
    }

    /// Inline Markdown as runs: `**bold**`, `` `code` ``, backslash escapes; everything else is text.
    static func inlines(_ source: String) -> [Inline] {
        var runs: [Inline] = []
        var text = ""
        var bold: [Inline]?
        let characters = Array(source)
        var index = 0
        func flush() {
            guard !text.isEmpty else { return }
            if bold != nil { bold!.append(.text(text)) } else { runs.append(.text(text)) }
            text = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isPunctuation || characters[index + 1].isSymbol {
                text.append(characters[index + 1])
                index += 2
            } else if character == "*", index + 1 < characters.count, characters[index + 1] == "*" {
                flush()
                if let inner = bold {
                    runs.append(.strong(inner))
                    bold = nil
                } else {
                    bold = []
                }
                index += 2
            } else if character == "`", let end = characters[(index + 1)...].firstIndex(of: "`") {
                flush()
                let code = String(characters[(index + 1)..<end])
                if bold != nil { bold!.append(.code(code)) } else { runs.append(.code(code)) }
                index = end + 1
            } else {
                text.append(character)
                index += 1
            }
        }
        flush()
        if let inner = bold { runs.append(.plain("**")); runs += inner }
        return runs
    }
}
