import Foundation

/// A JSON value whose objects keep their keys in the order they were built, so that reports list keys in
/// their documented order, and whose numbers are written exactly as given.
///
/// `JSONSerialization` would sort or shuffle keys and print decimals through `Double`; the reports need
/// neither.
indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, written verbatim: the text must be a JSON number (`78.92`, `12`, `0.875`).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Key-value pairs in output order.
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(l), .bool(r)): return l == r
        case let (.number(l), .number(r)): return l == r
        case let (.string(l), .string(r)): return l == r
        case let (.array(l), .array(r)): return l == r
        case let (.object(l), .object(r)): return l.map(\.0) == r.map(\.0) && l.map(\.1) == r.map(\.1)
        default: return false
        }
    }

    /// A string, or `null` when `text` is nil.
    static func string(_ text: String?) -> JSONValue {
        text.map { .string($0) } ?? .null
    }

    /// The value pretty-printed with two-space indentation and `": "` after keys, without a final newline.
    /// Empty arrays and objects print as `[]` and `{}`.
    func pretty() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): JSONValue.quote(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in pairs.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                JSONValue.quote(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 1)
                out += index == pairs.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// Writes `text` as a JSON string (RFC 8259): `"` and `\` escaped, control characters as `\n`, `\t`, ...
    /// or `\u00XX`; everything else, including non-ASCII text, as UTF-8.
    static func quote(_ text: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: no control byte, quote or backslash, and no 0xE2 lead byte (U+2028 and
        // U+2029 start with it). They are copied whole instead of scalar by scalar (a batch writes thousands).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
