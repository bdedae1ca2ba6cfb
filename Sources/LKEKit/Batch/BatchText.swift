/// Escaping for the batch and diff writers: JSON strings, and short names for the shared CSV field writer
/// (`CSVReport.Dialect`) and Markdown escaper (`MarkdownText`).
enum BatchText {
    /// A CSV cell of plain CSV: `CSVReport.Dialect.standard.field` (the one CSV field writer).
    static func csv(_ text: String) -> String {
        CSVReport.Dialect.standard.field(text)
    }

    /// A record of plain CSV: cells joined by commas, ended by CRLF.
    static func csvRecord(_ cells: [String]) -> String {
        CSVReport.Dialect.standard.record(cells)
    }

    /// A JSON string literal, with the escapes JSON requires.
    static func json(_ text: String) -> String {
        var out = ""
        JSONValue.quote(text, into: &out)
        return out
    }

    /// A JSON string, or `null`.
    static func json(_ text: String?) -> String {
        text.map { json($0) } ?? "null"
    }

    /// Text for a Markdown table cell: `MarkdownText.cell` (the one Markdown escaper).
    static func markdownCell(_ text: String) -> String {
        MarkdownText.cell(text)
    }

    /// Lowercase ASCII letters and digits of `text`, runs of anything else turned into one `-` (`Kantor Pajak` is
    /// `kantor-pajak`).
    static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if dash, !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
        }
        return out
    }

}
