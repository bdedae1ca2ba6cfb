import Foundation

/// The unit header and the eligibility statements of a "Ringkasan" (or "Summary") sheet: rows whose first
/// column holds a key (`unit`, `instansi`, `period`, `layer`, `assessor`, `predicate`, `questionnaire`) with the
/// value in the third column, and prerequisite rows (first column the prerequisite's id) with `ya`/`tidak` in
/// the column titled "Dinyatakan" (or "Stated"; else the fourth).
struct SummaryReader {
    static let sheetNames = ["ringkasan", "summary"]
    static let keys = ["questionnaire", "unit", "instansi", "period", "layer", "assessor", "predicate"]

    /// Header values by key (empty cells left out).
    var header: [String: String] = [:]
    /// Prerequisite statements in row order.
    var eligibility: [(id: String, met: Bool)] = []
    /// Problems, by cell.
    var problems: [(CellAddress, Diagnostic.Severity, Localized)] = []

    /// Reads `sheet`; `prerequisites` are the ids the definition knows (`nil` takes every id-like row after a
    /// "Dinyatakan" title).
    init(_ sheet: WorkbookSheet, prerequisites: Set<String>?) {
        var statedColumn = 4
        for (address, cell) in sheet.cells {
            let title = SheetLayout.normalized(cell.text)
            if title == "dinyatakan" || title == "stated" { statedColumn = address.column }
        }
        guard sheet.maxRow >= 1 else { return }
        for row in 1...sheet.maxRow {
            guard let key = sheet.cell(row, 1)?.text.trimmingCharacters(in: .whitespaces), !key.isEmpty else { continue }
            if Self.keys.contains(key) {
                let value = AnswerCellReader.tidy(sheet.cell(row, 3)?.text ?? "")
                if !value.isEmpty { header[key] = value }
                continue
            }
            guard prerequisites?.contains(key) ?? false else { continue }
            let address = CellAddress(row: row, column: statedColumn)
            let typed = AnswerCellReader.tidy(sheet.cell(row, statedColumn)?.text ?? "")
            switch typed.lowercased() {
            case "": continue
            case "ya", "y": eligibility.append((key, true))
            case "tidak", "t": eligibility.append((key, false))
            default:
                problems.append((address, .error, Message.Workbook.prerequisiteNotYesNo(key, typed: typed)))
                continue
            }
            if typed != "ya", typed != "tidak" {
                let met = eligibility.last!.met ? "ya" : "tidak"
                problems.append((address, .warning, Message.Workbook.readAs(typed, as: met)))
            }
        }
    }
}
