import Foundation

/// Text as it may appear in an XML part: escaped, and without the characters XML 1.0 does not allow.
enum XMLText {
    /// The declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Whether XML 1.0 allows `scalar` in a document (tab, LF, CR, and everything from U+0020 except U+FFFE/U+FFFF).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` with the characters XML does not allow removed (control characters, U+FFFE, U+FFFF).
    static func cleaned(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(scalars)
    }

    /// Element content: `&`, `<` and `>` escaped, disallowed characters removed.
    static func content(_ text: String) -> String {
        escape(cleaned(text), quotes: false)
    }

    /// An attribute value (in double quotes): also `"` escaped, and tab and line breaks as character references,
    /// so that they survive attribute-value normalisation.
    static func attribute(_ text: String) -> String {
        escape(cleaned(text), quotes: true)
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        let special = text.utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || (quotes && ($0 == 0x22 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D)) }
        guard special else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\t" where quotes: out += "&#9;"
            case "\n" where quotes: out += "&#10;"
            case "\r" where quotes: out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `text` needs `xml:space="preserve"` to keep its spaces (leading or trailing white space).
    static func needsPreserve(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        let space: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return space(first) || space(last)
    }
}
