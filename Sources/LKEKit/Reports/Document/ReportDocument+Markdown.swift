/// Renders a `ReportDocument` as GitHub-flavoured Markdown with plain pipe tables: text from input files is
/// escaped with `MarkdownText`, the report's own words are written as they are. Charts and the signature
/// block are left out: their content is in the tables, and a Markdown file is not signed.
extension ReportDocument {
    /// The Markdown text: every block followed by a blank line, the last by a single line end.
    var markdown: String {
        var out = ""
        for block in blocks { Self.write(block, to: &out) }
        if out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    private static func write(_ block: Block, to out: inout String) {
        switch block {
        case .heading(let level, let runs):
            out += String(repeating: "#", count: level) + " " + markdown(runs) + "\n\n"
        case .paragraph(let runs):
            out += markdown(runs) + "\n\n"
        case .list(let items):
            for item in items { out += "- " + markdown(item) + "\n" }
            out += "\n"
        case .table(let table):
            let alignments = String(table.columns.map { $0.alignment == .right ? "r" : "l" })
            out += MarkdownText.header(table.columns.map { markdown($0.header) }, alignments)
            for row in table.rows { out += MarkdownText.row(row.cells.map(markdown)) + "\n" }
            out += "\n"
        case .rule:
            out += "---\n\n"
        case .chart, .signature:
            break
        }
    }

    /// Runs as inline Markdown.
    static func markdown(_ runs: [Inline]) -> String {
        var out = ""
        for run in runs {
            switch run {
            case .text(let text), .link(let text): out += MarkdownText.inline(text)
            case .plain(let text): out += text
            case .strong(let inner): out += MarkdownText.bold(markdown(inner))
            case .code(let text): out += "`" + text + "`"
            }
        }
        return out
    }
}
