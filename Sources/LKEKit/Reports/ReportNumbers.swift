import Foundation

/// How a report writes numbers: scores and percentages rounded as the definition declares and printed with
/// exactly that many decimals, with a decimal comma (Indonesian reports, Excel CSV) or a dot.
struct ReportNumbers: Sendable {
    var rounding: Rounding
    /// Whether the decimal separator is a comma.
    var decimalComma: Bool

    init(rounding: Rounding, decimalComma: Bool) {
        self.rounding = rounding
        self.decimalComma = decimalComma
    }

    /// A score, weight or percentage value: rounded as declared, with the declared decimals (`17,50`).
    func fixed(_ value: Number) -> String {
        NumberFormat.fixed(rounding.apply(value), places: rounding.decimals, language: decimalComma ? .id : .en)
    }

    /// A percentage with its sign (`87,50%`).
    func percent(_ value: Number) -> String {
        fixed(value) + "%"
    }

    /// A difference with an explicit sign (`+3,92`, `-2,08`, `0,00`).
    func signed(_ value: Number) -> String {
        let rounded = rounding.apply(value)
        let text = fixed(rounded)
        return rounded > 0 ? "+" + text : text
    }

    /// A number as entered (a count or an index): with `places` decimals (`12`, `3,62`).
    func entered(_ value: Number, places: Int) -> String {
        NumberFormat.fixed(value, places: places, language: decimalComma ? .id : .en)
    }

    /// A computed count (a derived row): whole numbers without decimals, others rounded as declared.
    func count(_ value: Number) -> String {
        let snapped = Rounding.snap(value)
        let whole = snapped.rounded(places: 0, .halfAwayFromZero)
        return whole == snapped ? entered(whole, places: 0) : fixed(snapped)
    }
}
