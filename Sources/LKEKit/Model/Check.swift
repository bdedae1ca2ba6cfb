import Foundation

/// A cross-item validation rule: two formulas compared.
struct Check: Sendable {
    enum Comparison: String, Sendable, CaseIterable {
        case lessOrEqual = "<=", less = "<", greaterOrEqual = ">=", greater = ">", equal = "==", notEqual = "!="

        /// Whether `left` compares to `right` this way.
        func holds<Value: Comparable>(_ left: Value, _ right: Value) -> Bool {
            switch self {
            case .lessOrEqual: return left <= right
            case .less: return left < right
            case .greaterOrEqual: return left >= right
            case .greater: return left > right
            case .equal: return left == right
            case .notEqual: return left != right
            }
        }
    }

    var id: String
    var left: Formula { didSet { formulasChanged() } }
    var comparison: Comparison
    var right: Formula { didSet { formulasChanged() } }
    var message: String
    var severity: Diagnostic.Severity
    var location: SourceLocation
    /// Every code the rule refers to, sorted.
    private(set) var references: [String]
    /// The two formulas as written, without surrounding spaces, for messages (trimmed once, not per failed file).
    private(set) var leftText: String
    private(set) var rightText: String

    init(id: String, left: Formula, comparison: Comparison, right: Formula, message: String, severity: Diagnostic.Severity,
                location: SourceLocation) {
        self.id = id
        self.left = left
        self.comparison = comparison
        self.right = right
        self.message = message
        self.severity = severity
        self.location = location
        self.references = Self.references(left, right)
        self.leftText = left.text.trimmingCharacters(in: .whitespaces)
        self.rightText = right.text.trimmingCharacters(in: .whitespaces)
    }

    private mutating func formulasChanged() {
        references = Self.references(left, right)
        leftText = left.text.trimmingCharacters(in: .whitespaces)
        rightText = right.text.trimmingCharacters(in: .whitespaces)
    }

    private static func references(_ left: Formula, _ right: Formula) -> [String] {
        Array(Set(left.references).union(right.references)).sorted()
    }

    /// The rule's two sides and whether it holds, once every code it names has a value (`nil` before).
    func evaluate(_ value: (String) -> Number?) -> (holds: Bool, left: Number, right: Number)? {
        guard references.allSatisfy({ value($0) != nil }),
              let l = (try? left.evaluate(value)) ?? nil, let r = (try? right.evaluate(value)) ?? nil else { return nil }
        return (comparison.holds(l, r), l, r)
    }
}
