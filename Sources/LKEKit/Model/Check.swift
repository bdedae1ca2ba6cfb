import Foundation

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

    /// The rule's two sides and whether it holds, once every code it names has a value (`nil` before).
    public func evaluate(_ value: (String) -> Decimal?) -> (holds: Bool, left: Decimal, right: Decimal)? {
        guard references.allSatisfy({ value($0) != nil }),
              let l = (try? left.evaluate(value)) ?? nil, let r = (try? right.evaluate(value)) ?? nil else { return nil }
        let holds: Bool
        switch comparison {
        case .lessOrEqual: holds = l <= r
        case .less: holds = l < r
        case .greaterOrEqual: holds = l >= r
        case .greater: holds = l > r
        case .equal: holds = l == r
        case .notEqual: holds = l != r
        }
        return (holds, l, r)
    }

    /// Every code the rule refers to.
    public var references: [String] { Array(Set(left.references).union(right.references)).sorted() }
}
