/// Numbers by code: the numbers and count inputs of an answer set.
struct NumberTable: Sendable, ExpressibleByDictionaryLiteral {
    private var values: [String: Number]

    init(_ values: [String: Number] = [:]) {
        self.values = values
    }

    init(dictionaryLiteral elements: (String, Number)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The number of `code`, `nil` when it has none.
    subscript(code: String) -> Number? {
        get { values[code] }
        set { values[code] = newValue }
    }

    /// Whether `code` has a number.
    func contains(_ code: String) -> Bool {
        values[code] != nil
    }
}
