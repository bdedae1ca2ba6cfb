import Foundation

/// The survey results as plain CSV for spreadsheets: one row per group of respondents (all, each month, each
/// value of the `--by` column) with the respondents, each item's mean (NRR), the weighted mean, the index
/// and, where the definition has them, the converted value and the grade. Numbers use a dot.
public enum SurveyCSVReport {
    /// The CSV text, header row first, LF line ends.
    public static func render(_ analysis: SurveyAnalysis) -> String {
        let d = analysis.definition
        var header = ["scope", "group", "respondents"] + d.items.map(\.code) + ["mean", "index"]
        if d.converted != nil { header.append("converted") }
        if d.bands != nil { header += ["grade", "label"] }
        var out = header.map(field).joined(separator: ",") + "\n"
        func row(_ scope: String, _ group: String, _ result: SurveyResult) {
            var cells = [scope, group, String(result.respondents)]
            cells += result.items.map { number($0.mean, d.nrrDecimals, d) }
            cells.append(number(result.mean, d.nrrDecimals, d))
            cells.append(number(result.index, d.indexDecimals, d))
            if d.converted != nil { cells.append(number(result.converted, d.convertedDecimals, d)) }
            if d.bands != nil { cells += [result.band?.grade ?? "", result.band?.label ?? ""] }
            out += cells.map(field).joined(separator: ",") + "\n"
        }
        row("all", "", analysis.overall)
        for group in analysis.months { row("month", group.key ?? "", group.result) }
        if let breakdown = analysis.breakdown {
            for group in breakdown.groups { row("by:" + breakdown.column, group.key ?? "", group.result) }
        }
        return out
    }

    static func number(_ value: Number?, _ places: Int, _ d: SurveyDefinition) -> String {
        value.map { NumberFormat.fixed(d.rounded($0, places: places), places: places) } ?? ""
    }

    /// A CSV field: the one CSV field writer (`CSVReport.Dialect.standard`), which also keeps a spreadsheet
    /// from running a field as a formula.
    static func field(_ text: String) -> String {
        CSVReport.Dialect.standard.field(text)
    }
}
