/// A chart in a report, as data: what is drawn (bars against targets, a histogram with thresholds, box
/// plots) with every label and value already worded and formatted in the report's language. The SVG
/// renderer draws it; its text equivalent is a table of the same values.
struct Chart: Sendable, Equatable {
    /// A horizontal bar: a value on the chart's scale, or on a scale of its own (`capacity`: the bar's
    /// maximum, drawn as an outline the full width of the chart), with marks of its own (its targets).
    struct Bar: Sendable, Equatable {
        var label: String
        var value: Double
        var valueText: String
        var capacity: Double?
        var marks: [Line]
        /// Whether the value reaches what it is measured against (drawn dark when it does, hatched when not).
        var met: Bool

        init(label: String, value: Double, valueText: String, capacity: Double? = nil, marks: [Line] = [], met: Bool) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.capacity = capacity
            self.marks = marks
            self.met = met
        }
    }

    /// A vertical line across the whole chart at `value` (a predicate's threshold).
    struct Line: Sendable, Equatable {
        var label: String
        var value: Double
        var valueText: String

        init(label: String, value: Double, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    /// One class of a histogram: values in [lower, upper).
    struct Bin: Sendable, Equatable {
        var lower: Double
        var upper: Double
        var label: String
        var count: Int

        init(lower: Double, upper: Double, label: String, count: Int) {
            self.lower = lower
            self.upper = upper
            self.label = label
            self.count = count
        }
    }

    /// The five numbers of a box plot, with their texts.
    struct Box: Sendable, Equatable {
        var label: String
        var values: [Double]
        var texts: [String]

        init(label: String, values: [Double], texts: [String]) {
            self.label = label
            self.values = values
            self.texts = texts
        }
    }

    enum Kind: Sendable, Equatable {
        /// Bars on a scale from 0 to `maximum`, with threshold lines.
        case bars([Bar], maximum: Double, lines: [Line])
        /// Counts per class on a value axis from `lower` to `upper`, with threshold lines.
        case histogram([Bin], lower: Double, upper: Double, lines: [Line])
        /// Box plots (minimum, quartiles, median, maximum) on a scale from 0 to `maximum`, with threshold lines.
        case boxes([Box], maximum: Double, lines: [Line])
    }

    var title: String
    /// One sentence on what the chart shows, for screen readers.
    var description: String
    /// The value axis' label (`Persentase (%)`).
    var axisLabel: String
    /// The headers of the text-equivalent table.
    var columns: [String]
    var kind: Kind

    init(title: String, description: String, axisLabel: String, columns: [String], kind: Kind) {
        self.title = title
        self.description = description
        self.axisLabel = axisLabel
        self.columns = columns
        self.kind = kind
    }

    /// The chart's values as table rows, in the order of `columns`: its text equivalent.
    var rows: [[String]] {
        switch kind {
        case .bars(let bars, _, _):
            return bars.map { bar in [bar.label, bar.valueText] + bar.marks.map(\.valueText) }
        case .histogram(let bins, _, _, _):
            return bins.map { [$0.label, String($0.count)] }
        case .boxes(let boxes, _, _):
            return boxes.map { [$0.label] + $0.texts }
        }
    }
}
