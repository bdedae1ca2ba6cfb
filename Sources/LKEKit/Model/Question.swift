import Foundation

/// One scored question.
public struct Question: Sendable {
    /// How a question is answered and valued.
    public enum Kind: Sendable {
        case choice(Choice)
        case number(NumberSpec)
        case computed(Computed)
    }

    /// A choice on a scale.
    public struct Choice: Sendable {
        /// The scale whose options the answer chooses from.
        public let scale: Scale
        /// Criterion text by option code.
        var criteria: [String: String]
        /// The printed "Ya, jika ..." condition, for a question that gives one instead of criteria.
        var condition: String?
    }

    /// A number whose value is a formula over `x`.
    public struct NumberSpec: Sendable {
        var min: Number
        var max: Number
        var decimals: Int
        var value: Formula
    }

    /// A count input of a computed question.
    struct Input: Sendable {
        var code: String
        var label: String
        var min: Number
        var max: Number
        var decimals: Int
        var location: SourceLocation
    }

    /// A row computed from the inputs (a printed subtotal).
    struct Derived: Sendable {
        var code: String
        var label: String
        var formula: Formula
    }

    /// What a division by zero in the formula gives.
    enum ZeroPolicy: Sendable, Hashable {
        case value(Number)
        case unanswered
        case byNumerator(zero: Number, otherwise: Number)
        /// The formula has no division.
        case notNeeded
    }

    /// A value computed from count inputs.
    public struct Computed: Sendable {
        var inputs: [Input]
        var derived: [Derived]
        var formula: Formula
        var clamp: ClosedRange<Number>?
        var zeroDenominator: ZeroPolicy
    }

    /// The question's code, unique in the definition; answer files answer it under this code.
    public internal(set) var code: String
    /// The question, as the definition writes it.
    public internal(set) var text: String
    /// How the question is answered and valued.
    public let kind: Kind
    var weight: Number?
    var explanation: String?
    var guidance: String?
    var evidence: [String]
    var location: SourceLocation

    init(code: String, text: String, kind: Kind, weight: Number?, explanation: String?, guidance: String?,
                evidence: [String], location: SourceLocation) {
        self.code = code
        self.text = text
        self.kind = kind
        self.weight = weight
        self.explanation = explanation
        self.guidance = guidance
        self.evidence = evidence
        self.location = location
    }

    /// A short name of the answer type: the scale's title, "Nilai min-max" or "%".
    var typeName: String {
        switch kind {
        case .choice(let choice): return choice.scale.title
        case .number(let spec): return "Nilai (\(spec.min)-\(spec.max))"
        case .computed: return "%"
        }
    }
}
