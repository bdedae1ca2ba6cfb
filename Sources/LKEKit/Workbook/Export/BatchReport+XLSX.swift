import Foundation

extension BatchReport {
    /// The batch table as an Office Open XML workbook: one sheet with the CSV's columns and rows (scored units
    /// by total, highest first, then failed files), numbers as numbers with the definition's decimals, verdicts
    /// as TRUE/FALSE, a frozen header row with an autofilter, and columns fitted to their content.
    public func workbook() -> Data {
        XLSXReport.package(WorkbookParts(sheets: [workbookSheet()]).parts)
    }

    /// The parts of `workbook()` (path and XML), for tests.
    func workbookParts() -> [(path: String, text: String)] {
        WorkbookParts(sheets: [workbookSheet()]).parts
    }

    func workbookSheet() -> SpreadsheetSheet {
        var sheet = SpreadsheetSheet(name: language == .en ? "Summary" : "Rekap")
        let header = csvHeader
        sheet.append(header.enumerated().map { .init(column: $0.offset + 1, value: .text($0.element), style: .header) })
        var widths = header.map { Double($0.count) + 3 }
        let layout = result.layout
        forEachRow { _, row in
            var values: [SpreadsheetSheet.Value] = [.text(row.path), .text(row.status.rawValue), .text(row.unit), .text(row.instansi ?? ""),
                                                    .text(row.period ?? ""), .text(row.layer ?? "")]
            let d = row.decimals
            func number(_ scaled: Int64) -> SpreadsheetSheet.Value { .number(XLSXExport.double(BatchNumber.decimal(scaled, decimals: d))) }
            let components = layout?.components.count ?? 0, areas = layout?.areas.count ?? 0, predicates = layout?.predicates.count ?? 0
            if row.status == .scored {
                values.append(number(row.total))
                values += (0..<components).map { $0 < row.components.count ? number(row.components[$0]) : .text("") }
                for area in 0..<areas {
                    values.append(area < row.areaScores.count ? number(row.areaScores[area]) : .text(""))
                    values.append(area < row.areaPercents.count ? number(row.areaPercents[area]) : .text(""))
                }
                values += (0..<predicates).map { $0 < row.verdicts.count ? .bool(row.verdicts[$0]) : .text("") }
                values += [.number(Double(row.answered)), .number(Double(row.questions)), number(row.completeness),
                           .number(Double(row.warnings)), .number(0)]
            } else {
                values += Array(repeating: .text(""), count: 1 + components + 2 * areas + predicates + 4)
                values.append(.number(Double(row.errors)))
            }
            let counts = 1 + components + 2 * areas + predicates
            sheet.append(values.enumerated().map { index, value in
                let column = index + 1
                let style: CellStyle
                switch value {
                case .number where index >= 6 && index < 6 + counts: style = CellStyle(format: .decimals(d))
                case .number where header[index] == "completeness": style = CellStyle(format: .decimals(d))
                case .number: style = CellStyle(format: .integer)
                case .bool: style = CellStyle(horizontal: .center)
                default: style = .plain
                }
                if case .text(let text) = value, column <= widths.count { widths[column - 1] = max(widths[column - 1], Double(text.count) + 1) }
                return .init(column: column, value: value, style: style)
            })
        }
        sheet.columnWidths = widths.map { min(max($0, 8), 50) }
        sheet.frozenRows = 1
        sheet.autoFilter = "A1:" + CellReference.cell(header.count, max(1, sheet.rows.count))
        sheet.print.titleRows = 1...1
        sheet.print.footer = "&L&A&R" + (language == .en ? "Page &P of &N" : "Halaman &P dari &N")
        return sheet
    }
}
