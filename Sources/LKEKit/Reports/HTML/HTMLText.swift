/// Escaping for HTML and XML: text and attribute values from input files can never open a tag, close an
/// attribute or start an entity.
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references; control characters other than
    /// tab and line end are dropped (XML 1.0 does not allow them).
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 || $0 == 0x7F })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The URL of an evidence reference when it is a web address (`http://` or `https://`, any case, with a
    /// host and no space or control character); `nil` for paths and every other scheme (`javascript:`,
    /// `data:`, `file:`), which stay plain text.
    static func webURL(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        let rest = lower.drop(while: { $0 != "/" }).dropFirst(2)
        guard let first = rest.first, first != "/" else { return nil }
        guard !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" })
        else { return nil }
        return text
    }
}
