extension BatchReport {
    /// The CSV column names: fixed words and the layout's keys, the same in every language.
    public var csvHeader: [String] {
        var header = ["file", "status", "unit", "instansi", "period", "layer", "total"]
        if let layout = result.layout {
            header += layout.components.map(\.key)
            for area in layout.areas { header += ["\(area.key)_score", "\(area.key)_percent"] }
            header += layout.predicates.map(\.id)
        }
        header += ["answered", "questions", "completeness", "warnings", "errors"]
        if result.checksEvidence, let layout = result.layout { header += layout.areas.map { "\($0.key)_evidence" } }
        return header
    }

    /// One CSV record per row, scored units first (by total, highest first), then failed files.
    func writeCSV<Target: TextOutputStream>(to target: inout Target) {
        target.write(BatchText.csvRecord(csvHeader))
        let layout = result.layout
        forEachRow { _, row in
            let d = row.decimals
            func number(_ value: Int64) -> String { BatchNumber.text(value, decimals: d, separator: ".") }
            var cells = [row.path, row.status.rawValue, row.unit, row.instansi ?? "", row.period ?? "", row.layer ?? ""]
            let componentCount = layout?.components.count ?? 0
            let areaCount = layout?.areas.count ?? 0
            let predicateCount = layout?.predicates.count ?? 0
            if row.status == .scored {
                cells.append(number(row.total))
                cells += (0..<componentCount).map { $0 < row.components.count ? number(row.components[$0]) : "" }
                for area in 0..<areaCount {
                    cells.append(area < row.areaScores.count ? number(row.areaScores[area]) : "")
                    cells.append(area < row.areaPercents.count ? number(row.areaPercents[area]) : "")
                }
                cells += (0..<predicateCount).map { $0 < row.verdicts.count ? (row.verdicts[$0] ? "true" : "false") : "" }
                cells += [String(row.answered), String(row.questions), number(row.completeness), String(row.warnings), "0"]
            } else {
                cells += Array(repeating: "", count: 1 + componentCount + 2 * areaCount + predicateCount + 4)
                cells.append(String(row.errors))
            }
            if result.checksEvidence {
                cells += (0..<areaCount).map { row.status == .scored && $0 < row.evidence.count ? number(row.evidence[$0]) : "" }
            }
            target.write(BatchText.csvRecord(cells))
        }
    }
}
