/// The output formats of `lke batch` and `lke diff`.
public enum BatchFormat: String, Sendable, CaseIterable {
    /// Markdown for people: in the report's language, with a decimal comma in Indonesian.
    case md
    /// CSV: for machines (RFC 4180, CRLF, dot decimals, `true`/`false`, column names that do not change with
    /// the language), or with the Excel dialect for people (see `BatchReport.csvDialect`).
    case csv
    /// JSON for machines (dot decimals, keys that do not change with the language).
    case json
    /// A self-contained HTML page for people: the Markdown report's content, with charts, ready to print.
    case html

    /// The format whose name is the extension of `path` (`rekap.csv` is CSV), ignoring case; `nil` otherwise.
    public static func inferred(fromPath path: String) -> BatchFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        return ext == "markdown" ? .md : BatchFormat(rawValue: ext)
    }
}

/// A finished batch, ready to print: the rows in table order, the figures across units, the summary.
public struct BatchReport: Sendable {
    var result: BatchResult
    var statistics: BatchStatistics
    /// The language of the Markdown report, of the summary and of Excel CSV; plain CSV and JSON do not depend on it.
    var language: Language
    /// The CSV dialect: `.standard` for machines, or `.excel` (as `lke score --excel`: byte-order mark, `;`,
    /// decimal comma, column names and `ya`/`tidak` in the report's language).
    public var csvDialect: CSVReport.Dialect = .standard
    /// Row indices of the store in table order.
    let order: [Int]

    /// - Parameter target: the predicate whose blocking rules are summarised (default: `wbk`, else the first).
    public init(result: BatchResult, target: String? = nil, language: Language = .id) {
        self.result = result
        self.language = language
        let predicates = result.layout?.predicates.map(\.id) ?? []
        let chosen = target ?? (predicates.contains("wbk") ? "wbk" : predicates.first)
        statistics = BatchStatistics(result, target: chosen)
        order = result.store.tableOrder()
    }

    /// `12 unit, 5 memenuhi nilai WBK (2 siap diusulkan), 1 memenuhi nilai WBBM (0 siap diusulkan), 2 gagal`, in
    /// the report's language: units meeting the score rules, and of them those ready to propose (rules and
    /// prerequisites, as `lke score` evaluates them).
    public var summary: String {
        var parts = [language == .en ? "\(result.scored) units" : "\(result.scored) unit"]
        for column in result.layout?.predicates ?? [] {
            let met = result.met[column.id] ?? 0, ready = result.ready[column.id] ?? 0
            let name = column.id.uppercased()
            parts.append(language == .en ? "\(met) meet the \(name) score rules (\(ready) ready to propose)"
                                         : "\(met) memenuhi nilai \(name) (\(ready) siap diusulkan)")
        }
        parts.append(language == .en ? "\(result.failed) failed" : "\(result.failed) gagal")
        return parts.joined(separator: ", ")
    }

    /// Writes the report in `format` to `target`, a row at a time.
    public func write<Target: TextOutputStream>(_ format: BatchFormat, to target: inout Target) {
        switch format {
        case .csv: writeCSV(to: &target)
        case .md: writeMarkdown(to: &target)
        case .json: writeJSON(to: &target)
        case .html: writeHTML(to: &target)
        }
    }

    /// The whole report as one string (for small batches and tests).
    func text(_ format: BatchFormat) -> String {
        var out = ""
        write(format, to: &out)
        return out
    }

    /// Rows in table order, decoded one at a time.
    func forEachRow(_ body: (Int, BatchRow) -> Void) {
        for (rank, index) in order.enumerated() {
            body(rank, result.store.row(at: index))
        }
    }
}
