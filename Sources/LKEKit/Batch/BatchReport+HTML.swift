import Foundation

extension BatchReport {
    /// The HTML page: the Markdown report read into a document, with a histogram of the totals (the
    /// predicates' minimum totals as lines) before the unit table and a box plot of each area's spread
    /// (the quartiles of the Markdown table) after it.
    func writeHTML<Target: TextOutputStream>(to target: inout Target) {
        var markdown = ""
        writeMarkdown(to: &markdown)
        var document = ReportDocument(markdown: markdown, language: language)
        if let chart = totalsChart(), !document.sections.isEmpty {
            let section = document.sections[0].blocks
            let at = section.firstIndex { if case .table = $0 { return true } else { return false } } ?? section.count
            document.sections[0].blocks.insert(.chart(chart), at: at)
        }
        if let chart = spreadChart() {
            // After the table of quartiles (the only one with a row per area and seven columns).
            outer: for (index, section) in document.sections.enumerated() {
                for (position, block) in section.blocks.enumerated() {
                    if case .table(let table) = block, table.columns.count == 7, table.rows.count == statistics.distributions.count {
                        document.sections[index].blocks.insert(.chart(chart), at: position + 1)
                        break outer
                    }
                }
            }
        }
        target.write(document.html)
    }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
    private func double(_ value: Number) -> Double { value.double }

    /// How many units have a total in each class of width 5 (10 when the totals spread over more than 50).
    private func totalsChart() -> Chart? {
        guard let layout = result.layout else { return nil }
        var totals: [Double] = []
        forEachRow { _, row in
            if row.status == .scored { totals.append(double(BatchNumber.decimal(row.total, decimals: layout.decimals))) }
        }
        guard let lowest = totals.min(), let highest = totals.max() else { return nil }
        let lines = layout.predicates.compactMap { column in
            column.minimumTotal.map { Chart.Line(label: column.title, value: double($0),
                                                 valueText: NumberFormat.fixed($0, places: layout.decimals, language: language)) }
        }
        let low = min(lowest, lines.map(\.value).min() ?? lowest), high = max(highest, lines.map(\.value).max() ?? highest)
        let width = high - low > 50 ? 10.0 : 5.0
        let start = (low / width).rounded(.down) * width
        let end = max((high / width).rounded(.down) * width + width, start + width)
        var bins: [Chart.Bin] = []
        var lower = start
        while lower < end - 0.0001 {
            let upper = lower + width
            let last = upper >= end - 0.0001
            let count = totals.filter { $0 >= lower && ($0 < upper || (last && $0 <= upper)) }.count
            bins.append(Chart.Bin(lower: lower, upper: upper, label: "\(Int(lower))–\(Int(upper))", count: count))
            lower = upper
        }
        let names = lines.map { "\($0.label) \($0.valueText)" }.joined(separator: ", ")
        return Chart(title: t("Sebaran nilai total", "Distribution of totals"),
                     description: t("Banyaknya unit per rentang nilai total (\(totals.count) unit), dengan nilai total minimal \(names).",
                                    "Number of units per range of totals (\(totals.count) units), with the minimum totals \(names)."),
                     axisLabel: t("Nilai total", "Total score"), columns: [t("Rentang nilai", "Range"), t("Jumlah unit", "Units")],
                     kind: .histogram(bins, lower: start, upper: end, lines: lines))
    }

    /// Each area's minimum, quartiles, median and maximum percentage.
    private func spreadChart() -> Chart? {
        guard !statistics.distributions.isEmpty, let layout = result.layout else { return nil }
        func text(_ value: Number) -> String { NumberFormat.fixed(value, places: layout.decimals, language: language) + "%" }
        let boxes = statistics.distributions.map { d in
            let values = [d.minimum, d.lowerQuartile, d.median, d.upperQuartile, d.maximum]
            return Chart.Box(label: d.area.key + " " + d.area.title, values: values.map(double), texts: values.map(text))
        }
        let lines = layout.predicates.compactMap { column in
            column.minimumAreaPercent.map { Chart.Line(label: column.title, value: double($0),
                                                       valueText: NumberFormat.fixed($0, places: layout.decimals, language: language) + "%") }
        }
        let minimums = lines.map { $0.label + " " + $0.valueText }
        return Chart(title: t("Sebaran persentase area", "Spread of area percentages"),
                     description: t("Untuk setiap area: minimum, kuartil 1, median, kuartil 3 dan maksimum persentase nilai; minimal per area: ",
                                    "For each area: minimum, first quartile, median, third quartile and maximum percentage; minimum per area: ")
                        + minimums.joined(separator: ", ") + ".",
                     axisLabel: t("Persentase dari bobot area (%)", "Percentage of the area's weight (%)"),
                     columns: ["Area", "Min", t("Kuartil 1", "Quartile 1"), "Median", t("Kuartil 3", "Quartile 3"), t("Maks", "Max")],
                     kind: .boxes(boxes, maximum: 100, lines: lines))
    }
}
