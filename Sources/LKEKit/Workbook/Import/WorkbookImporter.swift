import Foundation

/// What an import found: the answer sheet, and every warning and error by cell.
public struct WorkbookImport: Sendable {
    /// The answers, notes, evidence, unit header and eligibility read from the workbook. Answers that are in
    /// error (outside their scale, a formula) are left out.
    public internal(set) var sheet: AnswerSheet
    /// The questionnaire the workbook's answers were read against.
    public internal(set) var questionnaire: Questionnaire
    /// The worksheet the answers were read from.
    public internal(set) var sheetName: String
    var layout: SheetLayout
    /// Problems found in the workbook's cells, each at its cell: at most `Diagnostic.perFile`, then one line at
    /// the book saying how many more were found (`errorCount` and `warningCount` count them all).
    public internal(set) var diagnostics: [WorkbookDiagnostic]
    /// How many errors were found, shown or not.
    public internal(set) var errorCount: Int
    /// How many warnings were found, shown or not.
    public internal(set) var warningCount: Int
    /// Rows that carry an answer, note or evidence but match no code (left unanswered).
    public internal(set) var unmatchedRows: [Int]
    /// How many answer values were read.
    public internal(set) var answerCount: Int
    /// How many cached results (node sums, percentages, subtotals) were compared with what `lke` computes.
    public internal(set) var comparedCount: Int

    /// Whether any diagnostic is an error (nothing should be written without `--force`).
    var hasErrors: Bool { diagnostics.hasErrors }
}

/// Reads the answers of a workbook: a `lke` export, or the worksheet a unit kept (see docs/xlsx.md, Import).
///
/// The worksheet is the sheet given by name or else the first whose header row has a Jawaban column; columns
/// are found by their titles, rows matched to codes by the Kode column or by their text and order. Computed
/// rows (percentages, subtotals, node sums) are not read as answers; where their cached value differs from
/// what `lke` computes from the same inputs, a warning says so.
public struct WorkbookImporter: Sendable {
    var library: QuestionnaireLibrary
    /// The definition used when neither the caller nor a Ringkasan sheet names one.
    var defaultQuestionnaire: String

    /// An importer that finds definitions in `library`.
    public init(library: QuestionnaireLibrary, defaultQuestionnaire: String = "lke-zi-2021") {
        self.library = library
        self.defaultQuestionnaire = defaultQuestionnaire
    }

    /// Imports the workbook `bytes`, named `path` in messages.
    /// - Parameters:
    ///   - sheetName: the worksheet's name; `nil` finds it by its header row.
    ///   - questionnaireID: the definition; `nil` takes the Ringkasan's, else `defaultQuestionnaire`.
    func read(_ bytes: [UInt8], path: String, sheetName: String? = nil, questionnaireID: String? = nil) throws(WorkbookError) -> WorkbookImport {
        let book = try XLSXWorkbook(bytes)
        let (worksheet, layout) = try findWorksheet(book, named: sheetName)
        let summaryInfo = Self.summary(of: worksheet.name, in: book)
        let summarySheet = try summaryInfo.map { info throws(WorkbookError) in try book.read(info) }
        let id = questionnaireID ?? summarySheet.flatMap { SummaryReader($0, prerequisites: []).header["questionnaire"] } ?? defaultQuestionnaire
        guard let questionnaire = library.questionnaire(id), questionnaire.kind == .lke else {
            throw WorkbookError(Message.Workbook.unknownQuestionnaire(id, available: library.ids))
        }
        var run = ImportRun(book: path, sheet: worksheet, layout: layout, questionnaire: questionnaire)
        run.readRows()
        run.readSummary(summarySheet)
        run.validateAndCompare()
        return WorkbookImport(sheet: run.answers, questionnaire: questionnaire, sheetName: worksheet.name, layout: layout,
                              diagnostics: run.shownDiagnostics, errorCount: run.counts[.error, default: 0],
                              warningCount: run.counts[.warning, default: 0], unmatchedRows: run.unmatched, answerCount: run.answerCount,
                              comparedCount: run.comparedCount)
    }

    /// Imports the workbook `data`.
    public func read(data: Data, path: String, sheetName: String? = nil, questionnaireID: String? = nil) throws(WorkbookError) -> WorkbookImport {
        try read([UInt8](data), path: path, sheetName: sheetName, questionnaireID: questionnaireID)
    }

    /// Whether `name` is a summary sheet's: `Ringkasan` or `Summary`, maybe numbered (`Ringkasan 2`).
    static func isSummary(_ name: String) -> Bool {
        let lower = name.trimmingCharacters(in: .whitespaces).lowercased()
        return SummaryReader.sheetNames.contains { lower == $0 || (lower.hasPrefix($0 + " ") && Int(lower.dropFirst($0.count + 1)) != nil) }
    }

    /// The summary sheet that goes with the worksheet `name`: for `LKE 2` (the second unit of a workbook of
    /// several) `Ringkasan 2`, else `Ringkasan` (or `Summary`).
    static func summary(of name: String, in book: XLSXWorkbook) -> XLSXWorkbook.SheetInfo? {
        let words = name.trimmingCharacters(in: .whitespaces).split(separator: " ")
        let suffix = words.count > 1 && Int(words.last!) != nil ? " " + words.last! : ""
        return SummaryReader.sheetNames.lazy.compactMap { book.sheet(named: $0 + suffix) }.first
            ?? SummaryReader.sheetNames.lazy.compactMap { book.sheet(named: $0) }.first
    }

    private func findWorksheet(_ book: XLSXWorkbook, named name: String?) throws(WorkbookError) -> (WorkbookSheet, SheetLayout) {
        let names = book.sheets.map(\.name)
        if let name {
            guard let info = book.sheet(named: name) else {
                throw WorkbookError(Message.Workbook.noSuchSheet(name, sheets: names))
            }
            let sheet = try book.read(info)
            guard let layout = SheetLayout.find(in: sheet) else {
                throw WorkbookError(Message.Workbook.noHeaderRow(sheet: info.name, searchedRows: SheetLayout.searchedRows))
            }
            return (sheet, layout)
        }
        // Sheets named like the worksheet first, visible before hidden.
        let ordered = book.sheets.filter { !Self.isSummary($0.name) }.enumerated().sorted { a, b in
            func rank(_ info: XLSXWorkbook.SheetInfo) -> Int { (info.name.lowercased().contains("lke") ? 0 : 2) + (info.hidden ? 1 : 0) }
            return (rank(a.element), a.offset) < (rank(b.element), b.offset)
        }.map(\.element)
        for info in ordered {
            let sheet = try book.read(info)
            if let layout = SheetLayout.find(in: sheet) { return (sheet, layout) }
        }
        throw WorkbookError(Message.Workbook.noWorksheet(sheets: names))
    }
}
