import Foundation

/// The sheet that turns answers into values: one row per option of every scale of the definition (and one per
/// label or alias that differs from the code), keyed `scale|answer`. The worksheet's formulas look answers up
/// here (`VLOOKUP`, which ignores letter case as `lke` does), and the answer lists of the data validation
/// are its option rows, so no value of a scale is written into a formula.
struct ScaleSheet: Sendable {
    /// The sheet's name.
    let name: String
    private(set) var sheet: SpreadsheetSheet
    /// The lookup table (`Skala!$A$2:$E$20`).
    private(set) var table = ""
    /// For each scale id, the range of its option codes (`Skala!$C$2:$C$3`), for answer lists.
    private(set) var optionRanges: [String: String] = [:]
    /// The scale ids in sheet order.
    private(set) var optionOrder: [String] = []

    /// The column of the values in the lookup table.
    static let valueColumn = 5

    init(name: String, scales: [Scale], language: Language) {
        self.name = name
        sheet = SpreadsheetSheet(name: name)
        let header = language == .en ? ["Key", "Scale", "Option", "Label or alias", "Value"] : ["Kunci", "Skala", "Pilihan", "Label atau alias", "Nilai"]
        sheet.append(header.enumerated().map { .init(column: $0.offset + 1, value: .text($0.element), style: .header) })
        sheet.frozenRows = 1
        sheet.print.titleRows = 1...1
        for scale in scales {
            let first = sheet.nextRow
            for option in scale.options { add(scale, option, option.code) }
            optionOrder.append(scale.id)
            optionRanges[scale.id] = CellReference.onSheet(name, CellReference.absolute(3, first) + ":" + CellReference.absolute(3, sheet.nextRow - 1))
            for option in scale.options {
                var seen = [option.code.lowercased()]
                for other in [option.label] + option.aliases where !seen.contains(other.lowercased()) {
                    seen.append(other.lowercased())
                    add(scale, option, other)
                }
            }
        }
        table = CellReference.onSheet(name, CellReference.absolute(1, 2) + ":" + CellReference.absolute(Self.valueColumn, max(2, sheet.nextRow - 1)))
        sheet.columnWidths = [20, 14, 10, 22, 9]
    }

    private mutating func add(_ scale: Scale, _ option: Scale.Option, _ answer: String) {
        sheet.append([
            .init(column: 1, value: .text(Self.key(scale.id, answer)), style: .plain),
            .init(column: 2, value: .text(scale.id), style: .plain),
            .init(column: 3, value: .text(option.code), style: .plain),
            .init(column: 4, value: .text(answer), style: .plain),
            .init(column: 5, value: .number(XLSXExport.double(option.value)), style: CellStyle(format: .general)),
        ])
    }

    /// The lookup key of an answer on a scale.
    static func key(_ scale: String, _ answer: String) -> String {
        scale + "|" + answer
    }

    /// The value of the answer in `cell` on `scale`: empty text when the cell is blank; an error (#N/A) when
    /// the answer is not on the scale, as `lke` would reject it.
    func lookup(_ cell: String, scale: String) -> String {
        "IF(TRIM(\(cell))=\"\",\"\",VLOOKUP(\(FormulaTranslator.string(scale + "|"))&TRIM(\(cell)),\(table),\(Self.valueColumn),FALSE))"
    }
}
