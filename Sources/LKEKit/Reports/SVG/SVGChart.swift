import Foundation

/// Draws a `Chart` as inline SVG inside a `<figure>`: a title, axis labels, the value of every bar, and a
/// text equivalent (the SVG's `<title>` and `<desc>`, and a table of the values for screen readers).
/// Greyscale-safe: a bar that meets its target is solid dark, one that does not is hatched; thresholds are
/// dashed lines with their labels.
struct SVGChart {
    let chart: Chart
    /// A prefix for the element ids, unique within the document.
    let id: String

    static let width = 720.0
    private let labelWidth = 250.0
    private let valueWidth = 110.0
    private var plotLeft: Double { labelWidth + 8 }
    private var plotRight: Double { Self.width - valueWidth }
    private var plotWidth: Double { plotRight - plotLeft }

    /// The `<figure>` element.
    func figure() -> String {
        let (height, body) = draw()
        var out = "<figure class=\"chart\">\n<figcaption id=\"\(id)-t\">" + esc(chart.title) + "</figcaption>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\""
            + " width=\"\(n(Self.width))\" height=\"\(n(height))\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"11\">\n"
        out += "<title>" + esc(chart.title) + "</title>\n<desc id=\"\(id)-d\">" + esc(chart.description) + "</desc>\n"
        out += "<defs><pattern id=\"\(id)-h\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#222\" stroke-width=\"2.5\"/></pattern></defs>\n"
        out += body
        out += "</svg>\n"
        out += "<table class=\"sr\"><caption>" + esc(chart.title) + "</caption>\n<thead><tr>"
            + chart.columns.map { "<th scope=\"col\">" + esc($0) + "</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in chart.rows { out += "<tr>" + row.map { "<td>" + esc($0) + "</td>" }.joined() + "</tr>\n" }
        out += "</tbody></table>\n</figure>"
        return out
    }

    private func esc(_ text: String) -> String { HTMLText.escape(text) }

    /// A coordinate with at most one decimal, locale-independent.
    private func n(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(format: "%.1f", tenths / 10)
    }

    private func text(_ content: String, x: Double, y: Double, anchor: String = "start", weight: String? = nil, size: Double? = nil) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\"" + (weight.map { " font-weight=\"\($0)\"" } ?? "")
            + (size.map { " font-size=\"\(n($0))\"" } ?? "") + ">" + esc(content) + "</text>\n"
    }

    /// `text` cut to `limit` characters with an ellipsis (the full text is in the table).
    private func short(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    private func draw() -> (Double, String) {
        switch chart.kind {
        case .bars(let bars, let maximum, let lines): return drawBars(bars, maximum: maximum, lines: lines)
        case .histogram(let bins, let lower, let upper, let lines): return drawHistogram(bins, lower: lower, upper: upper, lines: lines)
        case .boxes(let boxes, let maximum, let lines): return drawBoxes(boxes, maximum: maximum, lines: lines)
        }
    }

    // MARK: - Bars

    private func drawBars(_ bars: [Chart.Bar], maximum: Double, lines: [Chart.Line]) -> (Double, String) {
        let row = 24.0, barHeight = 15.0
        let top = 16.0 + 14.0 * Double(max(lines.count, bars.contains { !$0.marks.isEmpty } ? 1 : 0))
        let bottom = top + row * Double(bars.count)
        var out = ""
        // Grid and axis: five ticks over the scale (a fraction of each bar's own capacity when it has one).
        let relative = bars.contains { $0.capacity != nil }
        for step in 0...4 {
            let x = plotLeft + plotWidth * Double(step) / 4
            out += "<line x1=\"\(n(x))\" y1=\"\(n(top - 4))\" x2=\"\(n(x))\" y2=\"\(n(bottom))\" stroke=\"#bbb\" stroke-width=\"0.5\"/>\n"
            let label = relative ? "\(step * 25)%" : n(maximum * Double(step) / 4)
            out += text(label, x: x, y: bottom + 13, anchor: "middle", size: 10)
        }
        out += text(chart.axisLabel, x: plotLeft + plotWidth / 2, y: bottom + 28, anchor: "middle", size: 10.5)
        for (index, bar) in bars.enumerated() {
            let y = top + row * Double(index) + (row - barHeight) / 2
            let scale = bar.capacity ?? maximum
            let fraction = scale > 0 ? min(max(bar.value / scale, 0), 1) : 0
            out += text(short(bar.label, 40), x: labelWidth, y: y + barHeight - 3.5, anchor: "end")
            if bar.capacity != nil {
                out += "<rect x=\"\(n(plotLeft))\" y=\"\(n(y))\" width=\"\(n(plotWidth))\" height=\"\(n(barHeight))\" fill=\"#fff\" stroke=\"#555\" stroke-width=\"0.8\"/>\n"
            }
            let fill = bar.met ? "#3a3a3a" : "url(#\(id)-h)"
            out += "<rect x=\"\(n(plotLeft))\" y=\"\(n(y))\" width=\"\(n(plotWidth * fraction))\" height=\"\(n(barHeight))\" fill=\"\(fill)\" stroke=\"#111\" stroke-width=\"0.8\"/>\n"
            for (position, mark) in bar.marks.enumerated() where scale > 0 {
                let x = plotLeft + plotWidth * min(max(mark.value / scale, 0), 1)
                out += "<line x1=\"\(n(x))\" y1=\"\(n(y - 3))\" x2=\"\(n(x))\" y2=\"\(n(y + barHeight + 3))\" stroke=\"#fff\" stroke-width=\"4\"/>\n"
                out += "<line x1=\"\(n(x))\" y1=\"\(n(y - 3))\" x2=\"\(n(x))\" y2=\"\(n(y + barHeight + 3))\" stroke=\"#000\" stroke-width=\"2\"\(dash(position))/>\n"
            }
            out += text(bar.valueText, x: plotRight + 6, y: y + barHeight - 3.5, weight: "bold")
        }
        // Threshold lines across every bar, each label on its own line above the plot.
        for (index, line) in lines.enumerated() where maximum > 0 {
            let x = plotLeft + plotWidth * min(max(line.value / maximum, 0), 1)
            out += "<line x1=\"\(n(x))\" y1=\"\(n(top - 4))\" x2=\"\(n(x))\" y2=\"\(n(bottom))\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"\(index == 0 ? "5 3" : "2 2")\"/>\n"
            out += text(line.label + " " + line.valueText, x: x, y: 12 + 14 * Double(index), anchor: "middle", weight: "bold", size: 10)
        }
        if let legend = bars.first(where: { !$0.marks.isEmpty })?.marks, lines.isEmpty {
            var x = plotLeft
            for (position, mark) in legend.enumerated() {
                out += "<line x1=\"\(n(x))\" y1=\"2\" x2=\"\(n(x))\" y2=\"15\" stroke=\"#000\" stroke-width=\"2\"\(dash(position))/>\n"
                out += text(mark.label, x: x + 6, y: 12, size: 10)
                x += 20 + Double(mark.label.count) * 6
            }
        }
        return (bottom + 36, out)
    }

    /// The first mark solid, the others dashed.
    private func dash(_ position: Int) -> String {
        position == 0 ? "" : " stroke-dasharray=\"3 2\""
    }

    // MARK: - Histogram

    private func drawHistogram(_ bins: [Chart.Bin], lower: Double, upper: Double, lines: [Chart.Line]) -> (Double, String) {
        let left = 60.0, right = Self.width - 20, top = 18.0 + 14.0 * Double(lines.count), plotHeight = 170.0
        let bottom = top + plotHeight
        let span = max(upper - lower, 1)
        let highest = max(bins.map(\.count).max() ?? 0, 1)
        func x(_ value: Double) -> Double { left + (right - left) * (min(max(value, lower), upper) - lower) / span }
        var out = ""
        let ticks = Set([0, highest / 2, highest]).sorted()
        for tick in ticks {
            let y = bottom - plotHeight * Double(tick) / Double(highest)
            out += "<line x1=\"\(n(left))\" y1=\"\(n(y))\" x2=\"\(n(right))\" y2=\"\(n(y))\" stroke=\"#bbb\" stroke-width=\"0.5\"/>\n"
            out += text(String(tick), x: left - 6, y: y + 4, anchor: "end", size: 10)
        }
        for bin in bins {
            let x0 = x(bin.lower), x1 = x(bin.upper)
            let height = plotHeight * Double(bin.count) / Double(highest)
            out += "<rect x=\"\(n(x0 + 1))\" y=\"\(n(bottom - height))\" width=\"\(n(max(x1 - x0 - 2, 1)))\" height=\"\(n(height))\" fill=\"#4a4a4a\" stroke=\"#111\" stroke-width=\"0.8\"/>\n"
            if bin.count > 0 { out += text(String(bin.count), x: (x0 + x1) / 2, y: bottom - height - 3, anchor: "middle", weight: "bold", size: 10) }
        }
        let step = span <= 30 ? 5.0 : 10.0
        var tick = (lower / step).rounded(.up) * step
        while tick <= upper + 0.0001 {
            out += text(n(tick), x: x(tick), y: bottom + 13, anchor: "middle", size: 10)
            tick += step
        }
        out += "<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(right))\" y2=\"\(n(bottom))\" stroke=\"#111\"/>\n"
        for (index, line) in lines.enumerated() {
            let lx = x(line.value)
            out += "<line x1=\"\(n(lx))\" y1=\"\(n(top - 4))\" x2=\"\(n(lx))\" y2=\"\(n(bottom))\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"\(index == 0 ? "5 3" : "2 2")\"/>\n"
            out += text(line.label + " " + line.valueText, x: lx, y: 12 + 14 * Double(index), anchor: "middle", weight: "bold", size: 10)
        }
        out += text(chart.axisLabel, x: (left + right) / 2, y: bottom + 28, anchor: "middle", size: 10.5)
        out += "<text x=\"14\" y=\"\(n(top + plotHeight / 2))\" text-anchor=\"middle\" font-size=\"10.5\" transform=\"rotate(-90 14 \(n(top + plotHeight / 2)))\">"
            + esc(chart.columns.count > 1 ? chart.columns[1] : "") + "</text>\n"
        return (bottom + 36, out)
    }

    // MARK: - Box plots

    private func drawBoxes(_ boxes: [Chart.Box], maximum: Double, lines: [Chart.Line]) -> (Double, String) {
        let row = 26.0, top = 10.0 + 14.0 * Double(lines.count)
        let bottom = top + row * Double(boxes.count)
        func x(_ value: Double) -> Double { plotLeft + plotWidth * min(max(value / max(maximum, 1), 0), 1) }
        var out = ""
        for step in 0...4 {
            let value = maximum * Double(step) / 4
            out += "<line x1=\"\(n(x(value)))\" y1=\"\(n(top))\" x2=\"\(n(x(value)))\" y2=\"\(n(bottom))\" stroke=\"#bbb\" stroke-width=\"0.5\"/>\n"
            out += text(n(value), x: x(value), y: bottom + 13, anchor: "middle", size: 10)
        }
        for (index, box) in boxes.enumerated() where box.values.count == 5 {
            let v = box.values.map(x)
            let mid = top + row * Double(index) + row / 2
            out += text(short(box.label, 40), x: labelWidth, y: mid + 4, anchor: "end")
            out += "<line x1=\"\(n(v[0]))\" y1=\"\(n(mid))\" x2=\"\(n(v[4]))\" y2=\"\(n(mid))\" stroke=\"#111\" stroke-width=\"1\"/>\n"
            for end in [v[0], v[4]] {
                out += "<line x1=\"\(n(end))\" y1=\"\(n(mid - 5))\" x2=\"\(n(end))\" y2=\"\(n(mid + 5))\" stroke=\"#111\" stroke-width=\"1.2\"/>\n"
            }
            out += "<rect x=\"\(n(v[1]))\" y=\"\(n(mid - 8))\" width=\"\(n(max(v[3] - v[1], 1)))\" height=\"16\" fill=\"#d0d0d0\" stroke=\"#111\" stroke-width=\"1\"/>\n"
            out += "<line x1=\"\(n(v[2]))\" y1=\"\(n(mid - 8))\" x2=\"\(n(v[2]))\" y2=\"\(n(mid + 8))\" stroke=\"#000\" stroke-width=\"2.5\"/>\n"
            out += text(box.texts.count > 2 ? box.texts[2] : "", x: plotRight + 6, y: mid + 4, weight: "bold")
        }
        for (index, line) in lines.enumerated() {
            let lx = x(line.value)
            out += "<line x1=\"\(n(lx))\" y1=\"\(n(top - 4))\" x2=\"\(n(lx))\" y2=\"\(n(bottom))\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"\(index == 0 ? "5 3" : "2 2")\"/>\n"
            out += text(line.label + " " + line.valueText, x: lx, y: 12 + 14 * Double(index), anchor: "middle", weight: "bold", size: 10)
        }
        out += text(chart.axisLabel, x: plotLeft + plotWidth / 2, y: bottom + 28, anchor: "middle", size: 10.5)
        return (bottom + 36, out)
    }
}
