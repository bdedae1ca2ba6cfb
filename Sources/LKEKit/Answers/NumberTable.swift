/// Numbers by code: the numbers and count inputs of an answer set.
public struct NumberTable: Sendable, ExpressibleByDictionaryLiteral {
    private var values: [String: Number]

    public init(_ values: [String: Number] = [:]) {
        self.values = values
    }

    public init(dictionaryLiteral elements: (String, Number)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The number of `code`, `nil` when it has none.
    public subscript(code: String) -> Number? {
        get { values[code] }
        set { values[code] = newValue }
    }

    /// Whether `code` has a number.
    public func contains(_ code: String) -> Bool {
        values[code] != nil
    }
}
