import Foundation

/// Puts the values of a respondent attribute into groups: a declared value (matched by label or alias,
/// ignoring case and punctuation), an age group for binned attributes, or the text as written; `nil` for a
/// blank cell. Results are cached by the cell's bytes.
struct SurveyAttributeGrouper {
    let attribute: SurveyDefinition.Attribute?
    private let values: [String: String]
    private var cache = SurveyByteCache<String?>()

    /// A grouper for a declared attribute, or for a plain column (`nil`): the trimmed text.
    init(_ attribute: SurveyDefinition.Attribute?) {
        self.attribute = attribute
        var values: [String: String] = [:]
        for value in attribute?.values ?? [] {
            for spelling in [value.label] + value.aliases { values[SurveyText.key(spelling)] = value.label }
        }
        self.values = values
    }

    /// The group of a cell: its raw bytes (the cache key) and its text.
    mutating func group(_ bytes: ArraySlice<UInt8>, text: @autoclosure () -> String) -> String? {
        if let known = cache.value(for: bytes) { return known }
        let group = classify(text())
        cache.insert(group, for: bytes)
        return group
    }

    private func classify(_ raw: String) -> String? {
        guard let text = SurveyText.trimmed(raw) else { return nil }
        if let attribute, !attribute.bins.isEmpty {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let number = Int(digits) else { return text }
            return Self.binLabel(of: number, bins: attribute.bins)
        }
        return values[SurveyText.key(text)] ?? text
    }

    /// The label of the group of `number`: "< 20", "20-29", ..., "≥ 60".
    static func binLabel(of number: Int, bins: [Int]) -> String {
        guard let first = bins.first, number >= first else { return "< \(bins.first ?? 0)" }
        for (offset, bound) in bins.enumerated().reversed() where number >= bound {
            return offset == bins.count - 1 ? "≥ \(bound)" : "\(bound)-\(bins[offset + 1] - 1)"
        }
        return "< \(first)"
    }

    /// Every group label of a binned attribute, in order.
    static func binLabels(_ bins: [Int]) -> [String] {
        guard let first = bins.first else { return [] }
        return ["< \(first)"] + bins.enumerated().map { offset, bound in
            offset == bins.count - 1 ? "≥ \(bound)" : "\(bound)-\(bins[offset + 1] - 1)"
        }
    }

    /// The declared order of group labels (declared values, or age groups).
    var declaredOrder: [String] {
        guard let attribute else { return [] }
        return attribute.bins.isEmpty ? attribute.values.map(\.label) : Self.binLabels(attribute.bins)
    }
}
