import Foundation

/// Numbers by code (the numbers and count inputs of an answer set), kept as `FastDecimal` for the scorer and
/// read and written as `Decimal` by everything else.
public struct NumberTable: Sendable, ExpressibleByDictionaryLiteral {
    private var values: [String: FastDecimal]

    public init(_ values: [String: Decimal] = [:]) {
        self.values = values.mapValues(FastDecimal.init)
    }

    public init(dictionaryLiteral elements: (String, Decimal)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The number of `code`, `nil` when it has none.
    public subscript(code: String) -> Decimal? {
        get { values[code]?.decimal }
        set { values[code] = newValue.map(FastDecimal.init) }
    }

    /// The number of `code` as the scorer reads it.
    subscript(fast code: String) -> FastDecimal? {
        get { values[code] }
        set { values[code] = newValue }
    }

    /// Whether `code` has a number.
    public func contains(_ code: String) -> Bool {
        values[code] != nil
    }
}
