/// Escaping for the batch and diff writers: CSV cells (RFC 4180), JSON strings and Markdown table cells.
public enum BatchText {
    /// A CSV cell per RFC 4180: quoted (with `"` doubled) when it holds a comma, a quote, CR or LF. A cell that
    /// starts with `=`, `+`, `-`, `@`, a tab or CR first gets a leading apostrophe, so that a spreadsheet shows
    /// it as text instead of running it as a formula (CSV injection); a cell that is just a number (`-1.25`) is
    /// no formula and stays as it is.
    public static func csv(_ text: String) -> String {
        var cell = text
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isNumber(cell) {
            cell = "'" + cell
        }
        // Bytes, not Characters: the four that need quoting are ASCII, and a batch writes every cell of thousands of
        // rows (a CRLF Character holds the CR byte).
        guard cell.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether `text` is a plain decimal number: an optional sign, digits, optionally a dot and more digits.
    static func isNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
    }

    /// A CSV record: cells joined by commas, ended by CRLF.
    public static func csvRecord(_ cells: [String]) -> String {
        cells.map(csv).joined(separator: ",") + "\r\n"
    }

    /// A JSON string literal, with the escapes JSON requires.
    public static func json(_ text: String) -> String {
        var out = ""
        JSONValue.quote(text, into: &out)
        return out
    }

    /// A JSON string, or `null`.
    public static func json(_ text: String?) -> String {
        text.map { json($0) } ?? "null"
    }

    /// Text for a Markdown table cell: pipes escaped, line breaks turned into spaces.
    public static func markdownCell(_ text: String) -> String {
        // Most cells (names, numbers, verdicts) have nothing to change; the bytes tell without walking Characters.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else { return text }
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// Lowercase ASCII letters and digits of `text`, runs of anything else turned into one `-` (`Kantor Pajak` is
    /// `kantor-pajak`).
    public static func slug(_ text: String) -> String {
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
