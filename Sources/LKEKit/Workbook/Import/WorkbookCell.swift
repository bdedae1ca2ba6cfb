import Foundation

/// A cell address: 1-based row and column.
struct CellAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    var row: Int
    var column: Int

    /// The cell at 1-based `row` and `column`.
    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `F23` (absolute markers `$` allowed). Columns up to XFD (16384), rows up to 1048576.
    init?(_ text: Substring) {
        var column = 0, row = 0
        var sawDigit = false
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                if sawDigit { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                if column > 16384 { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                if row > 1_048_576 { return nil }
            default:
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// Parses `F23`; see `init?(_: Substring)`.
    init?(_ text: String) { self.init(Substring(text)) }

    /// The column letters (`F`).
    static func letters(_ column: Int) -> String {
        var n = column, out = ""
        while n > 0 {
            let digit = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + digit))) + out
            n = (n - 1) / 26
        }
        return out
    }

    var description: String { Self.letters(column) + String(row) }

    static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangle of cells (`B2:G2`).
struct CellRange: Sendable, Hashable {
    var first: CellAddress
    var last: CellAddress

    /// Parses `B2:G2` or a single cell.
    init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let a = CellAddress(parts[0]) else { return nil }
        let b = parts.count == 2 ? CellAddress(parts[1]) : a
        guard let b else { return nil }
        first = CellAddress(row: min(a.row, b.row), column: min(a.column, b.column))
        last = CellAddress(row: max(a.row, b.row), column: max(a.column, b.column))
    }

    /// Whether `address` lies in the rectangle.
    func contains(_ address: CellAddress) -> Bool {
        (first.row...last.row).contains(address.row) && (first.column...last.column).contains(address.column)
    }
}

/// One cell as stored: its value (for a formula, the cached result) and its formula, if any.
struct WorkbookCell: Sendable, Equatable {
    /// What a cell holds (for a formula cell, its cached result).
    enum Value: Sendable, Equatable {
        case empty
        case text(String)
        /// A number as written in the file (`0.9090909090909091`), for exact decimal reading.
        case number(String)
        case bool(Bool)
        /// An error value such as `#DIV/0!`.
        case error(String)
    }

    var value: Value
    /// The formula text without `=`; empty for a cell that shares a formula written elsewhere.
    var formula: String?

    /// A cell with `value` and, for a formula cell, the formula (without `=`).
    init(value: Value, formula: String? = nil) {
        self.value = value
        self.formula = formula
    }

    /// The value as text: text as is, numbers as written, booleans as `TRUE`/`FALSE`.
    var text: String {
        switch value {
        case .empty: return ""
        case .text(let text), .number(let text), .error(let text): return text
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        }
    }

    /// The number of a numeric value.
    var number: Number? {
        if case .number(let text) = value { return WorkbookCell.decimal(text) }
        return nil
    }

    /// Parses a number as spreadsheets write it (`12`, `-0.5`, `9.0909090909090905E-2`).
    static func decimal(_ text: String) -> Number? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x45 || $0 == 0x65 }) else {
            return nil
        }
        return Number(scientific: trimmed)
    }
}
