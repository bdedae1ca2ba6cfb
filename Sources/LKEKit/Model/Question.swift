import Foundation

/// One scored question.
public struct Question: Sendable {
    public enum Kind: Sendable {
        case choice(Choice)
        case number(NumberSpec)
        case computed(Computed)
    }

    /// A choice on a scale.
    public struct Choice: Sendable {
        public var scale: Scale
        /// Criterion text by option code.
        public var criteria: [String: String]
        /// The printed "Ya, jika ..." condition, for a question that gives one instead of criteria.
        public var condition: String?
    }

    /// A number whose value is a formula over `x`.
    public struct NumberSpec: Sendable {
        public var min: Number
        public var max: Number
        public var decimals: Int
        public var value: Formula
    }

    /// A count input of a computed question.
    public struct Input: Sendable {
        public var code: String
        public var label: String
        public var min: Number
        public var max: Number
        public var decimals: Int
        public var location: SourceLocation
    }

    /// A row computed from the inputs (a printed subtotal).
    public struct Derived: Sendable {
        public var code: String
        public var label: String
        public var formula: Formula
    }

    /// What a division by zero in the formula gives.
    public enum ZeroPolicy: Sendable, Hashable {
        case value(Number)
        case unanswered
        case byNumerator(zero: Number, otherwise: Number)
        /// The formula has no division.
        case notNeeded
    }

    /// A value computed from count inputs.
    public struct Computed: Sendable {
        public var inputs: [Input]
        public var derived: [Derived]
        public var formula: Formula
        public var clamp: ClosedRange<Number>?
        public var zeroDenominator: ZeroPolicy
    }

    public var code: String
    public var text: String
    public var kind: Kind
    public var weight: Number?
    public var explanation: String?
    public var guidance: String?
    public var evidence: [String]
    public var location: SourceLocation

    public init(code: String, text: String, kind: Kind, weight: Number?, explanation: String?, guidance: String?,
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
    public var typeName: String {
        switch kind {
        case .choice(let choice): return choice.scale.title
        case .number(let spec): return "Nilai (\(spec.min)-\(spec.max))"
        case .computed: return "%"
        }
    }
}
