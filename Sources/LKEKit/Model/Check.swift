/// A cross-item validation rule: two formulas compared.
public struct Check: Sendable {
    public enum Comparison: String, Sendable, CaseIterable {
        case lessOrEqual = "<=", less = "<", greaterOrEqual = ">=", greater = ">", equal = "==", notEqual = "!="
    }

    public var id: String
    public var left: Formula
    public var comparison: Comparison
    public var right: Formula
    public var message: String
    public var severity: Diagnostic.Severity
    public var location: SourceLocation

    /// Every code the rule refers to.
    public var references: [String] { Array(Set(left.references).union(right.references)).sorted() }
}
