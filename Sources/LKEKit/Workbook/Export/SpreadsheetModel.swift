import Foundation

/// A worksheet as `lke` writes it: cells by row, with the sheet-level settings SpreadsheetML needs (column
/// widths, frozen header, merged cells, data validation, hyperlinks, autofilter, print setup).
///
/// The model holds no XML: `SheetXML` turns it into the part `xl/worksheets/sheetN.xml`, and `WorkbookParts`
/// puts the sheets together. Rows and columns are 1-based, as in the A1 notation.
struct SpreadsheetSheet: Sendable {
    /// What a cell holds.
    enum Value: Sendable, Equatable {
        /// Text, written as a shared string: never read as a formula, whatever it starts with.
        case text(String)
        /// A number, written as its shortest round-trip decimal text.
        case number(Double)
        /// TRUE or FALSE.
        case bool(Bool)
        /// A formula (without the leading `=`) and the value it had when written, for viewers that do not
        /// recalculate.
        case formula(String, cached: Cached)
    }

    /// The cached result of a formula.
    enum Cached: Sendable, Equatable {
        case number(Double)
        case text(String)
        case bool(Bool)
    }

    struct Cell: Sendable {
        var column: Int
        var value: Value
        var style: CellStyle
    }

    /// A row: its cells. Rows carry no height, so that spreadsheet programs fit each row to its wrapped text.
    struct Row: Sendable {
        var cells: [Cell] = []
    }

    /// A data validation rule on some cells.
    struct Validation: Sendable {
        enum Kind: Sendable, Equatable {
            /// One of the values in a range (`Skala!$C$2:$C$3`).
            case list(String)
            /// A whole number in a range.
            case whole(min: Number, max: Number)
            /// A decimal number in a range.
            case decimal(min: Number, max: Number)
        }

        var kind: Kind
        /// The cells, in A1 notation.
        var cells: [String]
        var errorTitle: String
        var error: String
    }

    /// Print settings: A4 landscape, fitted to the page width, with repeated rows.
    struct PrintSetup: Sendable {
        var landscape = true
        var fitToWidth = true
        /// Rows repeated at the top of every printed page (1-based, inclusive).
        var titleRows: ClosedRange<Int>?
        /// The footer, in the SpreadsheetML header/footer code (`&P` for the page number).
        var footer: String?
    }

    var name: String
    var rows: [Row] = []
    /// Column widths in characters, from column 1.
    var columnWidths: [Double] = []
    /// Rows frozen at the top (0 for none).
    var frozenRows = 0
    /// Merged ranges in A1 notation (`J1:L1`).
    var merges: [String] = []
    var validations: [Validation] = []
    /// Cells whose text is a link: A1 reference and target URL.
    var hyperlinks: [(cell: String, url: String)] = []
    /// The range with an autofilter (`A1:K20`), if any.
    var autoFilter: String?
    var print = PrintSetup()

    init(name: String) {
        self.name = name
    }

    /// Appends a row and returns its 1-based number.
    @discardableResult
    mutating func append(_ cells: [Cell]) -> Int {
        rows.append(Row(cells: cells))
        return rows.count
    }

    /// The number the next appended row gets.
    var nextRow: Int { rows.count + 1 }

    /// The highest column used by any row.
    var lastColumn: Int { rows.flatMap { $0.cells.map(\.column) }.max() ?? 1 }
}

/// A1 references.
enum CellReference {
    /// `1` is `A`, `27` is `AA`.
    static func column(_ index: Int) -> String {
        var n = index
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `A1` for column 1, row 1.
    static func cell(_ column: Int, _ row: Int) -> String {
        Self.column(column) + String(row)
    }

    /// `$A$1`.
    static func absolute(_ column: Int, _ row: Int) -> String {
        "$" + self.column(column) + "$" + String(row)
    }

    /// A reference to a cell on another sheet (`LKE!G5`); the sheet name is quoted when it needs to be.
    static func onSheet(_ sheet: String, _ reference: String) -> String {
        let plain = sheet.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        return (plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'") + "!" + reference
    }
}
