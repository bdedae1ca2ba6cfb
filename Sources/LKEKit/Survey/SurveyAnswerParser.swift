import Foundation

/// Reads the answer cells of one item: a whole number on the scale, a label (the item's own options, or the
/// scale's labels and aliases), or a number followed by its label ("4 - Sangat sesuai"). A blank cell is "not
/// answered". Outcomes are cached by the cell's bytes, since a column holds few distinct texts.
struct SurveyAnswerParser {
    enum Outcome: Equatable {
        case value(Int)
        case blank
        case bad(Localized)
    }

    let item: SurveyDefinition.Item
    let scale: SurveyDefinition.Scale
    private let labels: [String: Int]
    private var cache = SurveyByteCache<Outcome>()

    init(item: SurveyDefinition.Item, scale: SurveyDefinition.Scale) {
        self.item = item
        self.scale = scale
        var labels: [String: Int] = [:]
        for option in scale.options {
            for spelling in [option.label] + option.aliases { labels[SurveyText.key(spelling)] = option.value }
        }
        for (offset, label) in item.options.enumerated() { labels[SurveyText.key(label)] = scale.min + offset }
        self.labels = labels
    }

    /// The outcome of a cell: its raw bytes (the cache key) and its text.
    mutating func parse(_ bytes: ArraySlice<UInt8>, text: @autoclosure () -> String) -> Outcome {
        if let known = cache.value(for: bytes) { return known }
        let outcome = read(text())
        cache.insert(outcome, for: bytes)
        return outcome
    }

    private func read(_ raw: String) -> Outcome {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .blank }
        if let number = NumberFormat.parse(text, allowComma: true) {
            let whole = number.rounded(places: 0, .halfAwayFromZero)
            guard whole == number else {
                return .bad(Message.Survey.notWholeNumber(text, item: item.code, min: scale.min, max: scale.max))
            }
            let value = whole.integerPart
            guard value >= scale.min, value <= scale.max else {
                return .bad(Message.Survey.outsideScale(text, item: item.code, min: scale.min, max: scale.max))
            }
            return .value(value)
        }
        let key = SurveyText.key(text)
        if let value = labels[key] { return .value(value) }
        // "4 - Sangat sesuai", "4. Sangat sesuai": a value and its label.
        if let space = key.firstIndex(of: " "), let value = Int(key[..<space]), value >= scale.min, value <= scale.max {
            if let labelled = labels[String(key[key.index(after: space)...])] {
                if labelled == value { return .value(value) }
                return .bad(Message.Survey.inconsistentAnswer(text, number: value, label: labelled))
            }
        }
        return .bad(Message.Survey.notAnAnswer(text, item: item.code, title: item.title, min: scale.min, max: scale.max,
                                               choices: item.options.isEmpty ? scale.options.map(\.label) : item.options))
    }
}
