/// A problem found in a workbook, at a cell: rendered `BOOK.xlsx:LKE!F23: warning: message`.
public struct WorkbookDiagnostic: Sendable, Hashable {
    /// How bad the problem is.
    public internal(set) var severity: Diagnostic.Severity
    /// The workbook's path as the user named it.
    var book: String
    var sheet: String?
    var cell: CellAddress?
    var message: Localized

    /// A diagnostic at `cell` of `sheet` (either may be `nil` for the whole sheet or book).
    init(_ severity: Diagnostic.Severity, book: String, sheet: String?, cell: CellAddress?, _ message: Localized) {
        self.severity = severity
        self.book = book
        self.sheet = sheet
        self.cell = cell
        self.message = message
    }

    /// `BOOK.xlsx:LKE!F23`, `BOOK.xlsx:'LKE ZI'!F23` (a sheet name other than letters, digits and `_` is quoted,
    /// as in a spreadsheet reference), `BOOK.xlsx:LKE` or `BOOK.xlsx`.
    var location: String {
        guard let sheet else { return book }
        var out = book + ":" + Self.quotedSheet(sheet)
        if let cell { out += "!" + cell.description }
        return out
    }

    /// The one-line text: `location: severity: message`.
    public func rendered(_ language: Language) -> String {
        location + ": " + severity.rawValue + ": " + message.text(language) + "\n"
    }

    static func quotedSheet(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

extension Array where Element == WorkbookDiagnostic {
    /// Whether any diagnostic is an error.
    var hasErrors: Bool { contains { $0.severity == .error } }
}
