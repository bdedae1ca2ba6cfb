extension BatchReport {
    /// The CSV column names. Plain CSV: fixed English words and the layout's keys, the same in every language
    /// (`wbk_rules`: the score rules are met; `wbk_ready`: ready to propose, rules and prerequisites). Excel CSV:
    /// the same columns named in the report's language.
    var csvHeader: [String] {
        let id = csvDialect == .excel && language == .id
        func t(_ indonesian: String, _ english: String) -> String { id ? indonesian : english }
        var header = [t("berkas", "file"), "status", "unit", "instansi", t("periode", "period"), t("lapisan", "layer"), "total"]
        if let layout = result.layout {
            header += layout.components.map(\.key)
            for area in layout.areas { header += ["\(area.key)_" + t("nilai", "score"), "\(area.key)_" + t("persen", "percent")] }
            for predicate in layout.predicates { header += ["\(predicate.id)_" + t("nilai", "rules"), "\(predicate.id)_" + t("siap", "ready")] }
        }
        header += [t("terjawab", "answered"), t("pertanyaan", "questions"), t("kelengkapan", "completeness"), t("peringatan", "warnings"),
                   t("galat", "errors")]
        if result.checksEvidence, let layout = result.layout { header += layout.areas.map { "\($0.key)_" + t("bukti", "evidence") } }
        return header
    }

    /// One CSV record per row, scored units first (by total, highest first), then failed files.
    func writeCSV<Target: TextOutputStream>(to target: inout Target) {
        let dialect = csvDialect
        let people = dialect == .excel
        let en = language == .en
        let yes = people ? (en ? "yes" : "ya") : "true", no = people ? (en ? "no" : "tidak") : "false"
        let separator: Character = dialect.usesDecimalComma ? "," : "."
        target.write(dialect.preamble)
        target.write(dialect.record(csvHeader))
        let layout = result.layout
        forEachRow { _, row in
            let d = row.decimals
            func number(_ value: Int64) -> String { BatchNumber.text(value, decimals: d, separator: separator) }
            let status = people && !en ? (row.status == .scored ? "dinilai" : "gagal") : row.status.rawValue
            var cells = [row.path, status, row.unit, row.instansi ?? "", row.period ?? "", row.layer ?? ""]
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
                for index in 0..<predicateCount {
                    cells.append(index < row.verdicts.count ? (row.verdicts[index] ? yes : no) : "")
                    cells.append(index < row.ready.count ? (row.ready[index] ? yes : no) : "")
                }
                cells += [String(row.answered), String(row.questions), number(row.completeness), String(row.warnings), "0"]
            } else {
                cells += Array(repeating: "", count: 1 + componentCount + 2 * areaCount + 2 * predicateCount + 4)
                cells.append(String(row.errors))
            }
            if result.checksEvidence {
                cells += (0..<areaCount).map { row.status == .scored && $0 < row.evidence.count ? number(row.evidence[$0]) : "" }
            }
            target.write(dialect.record(cells))
        }
    }
}
