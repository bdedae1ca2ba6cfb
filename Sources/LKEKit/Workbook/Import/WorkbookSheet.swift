import Foundation

/// The cells of one sheet: values (shared and inline strings resolved), formulas with their cached values,
/// merged ranges and hyperlink targets.
struct WorkbookSheet: Sendable {
    var name: String
    var cells: [CellAddress: WorkbookCell]
    var merges: [CellRange]
    /// Hyperlink targets by cell (external URLs, or `#Sheet!A1` for links inside the workbook).
    var hyperlinks: [CellAddress: String]
    /// The largest row and column holding a cell.
    var maxRow: Int
    var maxColumn: Int

    /// A sheet of `cells`; the largest row and column are worked out from them.
    init(name: String, cells: [CellAddress: WorkbookCell] = [:], merges: [CellRange] = [], hyperlinks: [CellAddress: String] = [:]) {
        self.name = name
        self.cells = cells
        self.merges = merges
        self.hyperlinks = hyperlinks
        maxRow = cells.keys.map(\.row).max() ?? 0
        maxColumn = cells.keys.map(\.column).max() ?? 0
    }

    /// The cell at `row`, `column`, if the sheet stores one.
    func cell(_ row: Int, _ column: Int) -> WorkbookCell? {
        cells[CellAddress(row: row, column: column)]
    }

    /// The merged range whose top-left cell is `address`.
    func merge(startingAt address: CellAddress) -> CellRange? {
        merges.first { $0.first == address }
    }

    /// The most cells a sheet may hold.
    static let maxCells = 4_000_000

    static func parse(_ bytes: [UInt8], name: String, part: String, sharedStrings: [String], links: [String: String]) throws(WorkbookError) -> WorkbookSheet {
        var reader = try XLSXWorkbook.reader(bytes, part)
        var sheet = WorkbookSheet(name: name)
        var row = 0, column = 0
        // The cell being read.
        var address: CellAddress?
        var type = "n"
        var formula: String?
        var valueText: String?
        var inlineText: String?
        var capture: String?   // which child's text is being collected: "v", "f" or "t"
        var buffer = ""
        var inInline = false, phonetic = 0
        func finishCell() throws(WorkbookError) {
            guard let at = address else { return }
            let value: WorkbookCell.Value
            switch type {
            case "s":
                guard let index = valueText.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { value = .empty; break }
                guard sharedStrings.indices.contains(index) else {
                    throw WorkbookError(Message.Workbook.sharedStringMissing(sheet: name, cell: at, index: index))
                }
                value = .text(sharedStrings[index])
            case "inlineStr": value = inlineText.map { .text($0) } ?? .empty
            case "str", "d": value = valueText.map { .text($0) } ?? .empty
            case "b": value = valueText.map { .bool($0.trimmingCharacters(in: .whitespaces) == "1") } ?? .empty
            case "e": value = valueText.map { .error($0) } ?? .empty
            default: value = valueText.map { .number($0) } ?? .empty
            }
            if value != .empty || formula != nil {
                guard sheet.cells.count < maxCells else {
                    throw WorkbookError(Message.Workbook.tooManyCells(sheet: name, limit: maxCells))
                }
                sheet.cells[at] = WorkbookCell(value: value, formula: formula)
                sheet.maxRow = max(sheet.maxRow, at.row)
                sheet.maxColumn = max(sheet.maxColumn, at.column)
            }
            address = nil
        }
        while let event = try XLSXWorkbook.step(&reader, part) {
            switch event {
            case .start(let element):
                switch element.localName {
                case "row":
                    row = element.attribute("r").flatMap { Int($0) } ?? row + 1
                    guard (1...1_048_576).contains(row) else {
                        throw WorkbookError(Message.Workbook.invalidRowNumber(sheet: name))
                    }
                    column = 0
                case "c":
                    if let reference = element.attribute("r") {
                        guard let parsed = CellAddress(reference) else {
                            throw WorkbookError(Message.Workbook.invalidCellReference(sheet: name, reference: reference))
                        }
                        address = parsed
                        row = parsed.row
                        column = parsed.column
                    } else {
                        column += 1
                        address = row > 0 && column <= 16384 ? CellAddress(row: row, column: column) : nil
                    }
                    type = element.attribute("t") ?? "n"
                    formula = nil; valueText = nil; inlineText = nil; inInline = false
                case "f": capture = "f"; buffer = ""; formula = ""
                case "v": capture = "v"; buffer = ""
                case "is": inInline = true; inlineText = ""
                case "rPh": phonetic += 1
                case "t" where inInline && phonetic == 0: capture = "t"; buffer = ""
                case "mergeCell":
                    if let range = element.attribute("ref").flatMap(CellRange.init) { sheet.merges.append(range) }
                case "hyperlink":
                    guard let reference = element.attribute("ref"), let range = CellRange(reference) else { break }
                    let target: String?
                    if let id = element.attribute(local: "id"), let url = links[id] {
                        target = url + (element.attribute("location").map { "#" + $0 } ?? "")
                    } else {
                        target = element.attribute("location").map { "#" + $0 }
                    }
                    if let target { sheet.hyperlinks[range.first] = target }
                default: break
                }
            case .end(let qualified):
                switch XMLElement.split(qualified).local {
                case "c": try finishCell()
                case "f": if capture == "f" { formula = buffer }; capture = nil
                case "v": if capture == "v" { valueText = buffer }; capture = nil
                case "t": if capture == "t" { inlineText = (inlineText ?? "") + buffer }; capture = nil
                case "is": inInline = false
                case "rPh": phonetic -= 1
                default: break
                }
            case .text(let text):
                if capture != nil { buffer += text }
            }
        }
        return sheet
    }
}
