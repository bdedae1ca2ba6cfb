/// Escapes text from definitions and answer files for GitHub-flavoured Markdown, so that it prints as
/// written on a git forge and through pandoc, and stays readable on a terminal (only characters that
/// could start markup are escaped). The one escaper of every Markdown report (`score`, `gap`, `batch`,
/// `diff`, `survey`): no raw HTML (`<script>`, `<img onerror=...>`), link or autolink
/// (`[x](javascript:...)`, `<javascript:...>`), emphasis or code span can come from input text.
enum MarkdownText {
    /// `text` as inline Markdown on one line: line ends become spaces; `\`, `|`, `*`, `` ` ``, `[`, `]` are
    /// backslash-escaped; `_`, `~`, `<`, `&` and a leading `#`, `>`, `+`, `-`, `=` only where they could
    /// start markup (`_` at a word boundary, `<` before a tag or autolink, `&` before an entity, `~~`).
    static func inline(_ text: String) -> String {
        escape(text, blockStart: true)
    }

    /// `text` for a table cell: as `inline`, but a leading `#`, `>`, `+`, `-` or `=` stays as it is (inside
    /// a cell it cannot start a block, and `-1,25` reads better without a backslash).
    static func cell(_ text: String) -> String {
        escape(text, blockStart: false)
    }

    /// `text` as a code span on one line (a code, an id), with a fence longer than any run of backticks in
    /// it; pipes are escaped, since a table row ends at one even inside a code span.
    static func code(_ text: String) -> String {
        var flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        flat = flat.replacingOccurrences(of: "|", with: "\\|")
        var longest = 0, run = 0
        for scalar in flat.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        if longest == 0, !flat.isEmpty { return "`" + flat + "`" }
        let fence = String(repeating: "`", count: longest + 1)
        return fence + " " + flat + " " + fence
    }

    private static func escape(_ text: String, blockStart: Bool) -> String {
        if !needsWork(text, blockStart: blockStart) { return text }
        // A line end (CRLF, LF or CR) becomes one space.
        let folded = text.utf8.contains(UInt8(ascii: "\r")) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        let scalars = Array(folded.unicodeScalars.map { $0 == "\r" || $0 == "\n" ? " " as Unicode.Scalar : $0 })
        var out = String.UnicodeScalarView()
        func isWord(_ index: Int) -> Bool {
            guard index >= 0, index < scalars.count else { return false }
            let s = scalars[index]
            return s.properties.isAlphabetic || ("0"..."9").contains(s)
        }
        for (index, scalar) in scalars.enumerated() {
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            var escape = false
            switch scalar {
            case "\\", "|", "*", "`", "[", "]":
                escape = true
            case "_":
                escape = !(isWord(index - 1) && isWord(index + 1))
            case "~":
                escape = next == "~" || (index > 0 && scalars[index - 1] == "~")
            case "<":
                if let next { escape = next.properties.isAlphabetic || next == "/" || next == "!" || next == "?" }
            case "&":
                if let next { escape = next.properties.isAlphabetic || next == "#" }
            case "#", ">", "+", "-", "=":
                escape = blockStart && out.allSatisfy { $0 == " " }
            default:
                break
            }
            if escape { out.append("\\") }
            out.append(scalar)
        }
        return String(out).trimmingSpaces()
    }

    /// Whether `text` holds anything `inline` would change: a character that may need a backslash, a line
    /// end, a space at either end, or a leading character that could start a block. Most titles and codes
    /// hold none, and are returned as they are.
    private static func needsWork(_ text: String, blockStart: Bool) -> Bool {
        let utf8 = text.utf8
        switch utf8.first {
        case UInt8(ascii: " "): return true
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "="): if blockStart { return true }
        default: break
        }
        if utf8.last == UInt8(ascii: " ") { return true }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                return true
            default:
                continue
            }
        }
        return false
    }

    /// A table row: the cells joined by pipes.
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// A header row and its delimiter row; `alignments` holds `l` or `r` per column.
    static func header(_ cells: [String], _ alignments: String) -> String {
        let delimiters = alignments.map { $0 == "r" ? "--:" : ":--" }
        return row(cells) + "\n" + row(delimiters) + "\n"
    }

    /// `text` in bold, or empty for empty text.
    static func bold(_ text: String) -> String {
        text.isEmpty ? "" : "**" + text + "**"
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
