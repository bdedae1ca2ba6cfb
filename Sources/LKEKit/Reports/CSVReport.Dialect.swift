extension CSVReport {
    /// The two kinds of CSV `lke` writes, and the one CSV field writer of every report (`score`, `batch`,
    /// `diff`, `survey`). Both end records with CRLF, quote a field (doubling its quotes) when it holds the
    /// separator, a quote, CR or LF (RFC 4180), and put an apostrophe before a field that starts with `=`,
    /// `+`, `-`, `@`, a tab or CR, so that a spreadsheet never runs it as a formula; a field that is just a
    /// number in the dialect's notation (`-1.25`, or `-1,25` for Excel) is no formula and stays as it is.
    public enum Dialect: String, Sendable, Hashable, CaseIterable {
        /// RFC 4180 for programs: comma separator, decimal dot, no byte-order mark.
        case standard
        /// What Excel in an Indonesian locale opens as columns and numbers: a UTF-8 byte-order mark,
        /// semicolon separator, decimal comma.
        case excel

        /// The field separator.
        var separator: Character { self == .excel ? ";" : "," }

        /// Whether numbers are written with a decimal comma.
        var usesDecimalComma: Bool { self == .excel }

        /// What the file starts with: the UTF-8 byte-order mark for Excel, nothing otherwise.
        var preamble: String { self == .excel ? "\u{FEFF}" : "" }

        /// One field as written: neutralised against formula injection, then quoted when needed.
        func field(_ text: String) -> String {
            var value = text
            if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first), !isNumber(value) {
                value = "'" + value
            }
            let needsQuotes = value.unicodeScalars.contains {
                $0 == "\"" || $0 == "\r" || $0 == "\n" || Character($0) == separator
            }
            guard needsQuotes else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }

        /// Whether `text` is a plain number as this dialect writes it: an optional sign, digits, optionally
        /// the decimal mark (a dot, or a comma for Excel) and more digits.
        func isNumber(_ text: String) -> Bool {
            let mark = usesDecimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
            var bytes = text.utf8[...]
            if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            let parts = bytes.split(separator: mark, omittingEmptySubsequences: false)
            guard parts.count == 1 || parts.count == 2 else { return false }
            return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
        }

        /// One record: the fields joined by the separator, ended by CRLF.
        func record(_ fields: [String]) -> String {
            fields.map(field).joined(separator: String(separator)) + "\r\n"
        }
    }
}
