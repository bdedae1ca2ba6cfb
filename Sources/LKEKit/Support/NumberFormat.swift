import Foundation

/// Formats decimals for people and machines, without locale lookups (so output is the same on every machine).
public enum NumberFormat {
    /// `value` rounded half away from zero to `places` decimals, with a decimal comma for Indonesian
    /// (`17,50`) and a dot otherwise (`17.50`).
    public static func fixed(_ value: Number, places: Int, language: Language? = nil) -> String {
        var text = value.rounded(places: places, .halfAwayFromZero).description
        if places > 0 {
            if let dot = text.firstIndex(of: ".") {
                let decimals = text.distance(from: text.index(after: dot), to: text.endIndex)
                text += String(repeating: "0", count: max(0, places - decimals))
            } else {
                text += "." + String(repeating: "0", count: places)
            }
        }
        if language == .id { text = text.replacingOccurrences(of: ".", with: ",") }
        return text
    }

    /// The shortest exact text of a decimal, with a dot (`0.5`, `17.5`, `100`).
    public static func plain(_ value: Number) -> String {
        "\(value)"
    }

    /// A decimal as written in a definition or answer: digits with a dot or, when `allowComma`, a comma,
    /// between optional spaces. `Number(text:)` accepts exactly what `FormulaParser.isDecimal` does.
    static func parse(_ text: String, allowComma: Bool = false) -> Number? {
        let t = trimmed(text)
        if allowComma, !t.utf8.contains(UInt8(ascii: ".")), t.utf8.lazy.filter({ $0 == UInt8(ascii: ",") }).count == 1 {
            return Number(text: t.replacingOccurrences(of: ",", with: "."))
        }
        return Number(text: t)
    }

    /// The number of decimal places written in `text`.
    static func places(in text: String) -> Int {
        let t = trimmed(text)
        guard let dot = t.firstIndex(where: { $0 == "." || $0 == "," }) else { return 0 }
        return t.distance(from: t.index(after: dot), to: t.endIndex)
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without the Foundation call when there is nothing to trim
    /// (the usual case, and a hot one when thousands of answer files are read).
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        // Only an ASCII letter, digit or punctuation at both ends is certainly not whitespace.
        func plain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
        if plain(first), plain(last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
