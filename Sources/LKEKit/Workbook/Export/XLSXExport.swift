import Foundation

/// Helpers shared by the workbook writers.
enum XLSXExport {
    /// A decimal as the double a spreadsheet stores: the double nearest to it.
    static func double(_ value: Number) -> Double {
        value.double
    }
}

/// Evidence items that are web addresses, as hyperlink targets.
enum Hyperlink {
    /// The target of `text` when it is an `http(s)://` address (surrounding spaces ignored), with the characters
    /// a URI may not hold percent-encoded; `nil` for anything else (a local path stays text).
    static func url(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), trimmed.utf8.count > 8,
              !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return nil }
        var out = ""
        for byte in trimmed.utf8 {
            if byte < 0x80, allowed.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }

    /// Unreserved and reserved URI characters (RFC 3986), and `%` for escapes already present.
    private static let allowed: Set<UInt8> = Set(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".utf8))
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
