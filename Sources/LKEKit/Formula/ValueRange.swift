import Foundation

/// A closed interval of numbers whose ends may be unbounded: what a formula can give when each code it names
/// lies in a known range (a simple interval analysis, used by `lke check` to prove that a question's value
/// stays within [0, 1]).
struct ValueRange: Sendable, Hashable, CustomStringConvertible {
    /// One end of a range: a number, or unbounded below or above.
    enum Bound: Sendable, Hashable, Comparable {
        case below
        case finite(Number)
        case above

        static func < (a: Bound, b: Bound) -> Bool {
            switch (a, b) {
            case (.below, .below), (.above, .above): return false
            case (.below, _), (_, .above): return true
            case (_, .below), (.above, _): return false
            case let (.finite(x), .finite(y)): return x < y
            }
        }

        /// -1, 0 or 1.
        var sign: Int {
            switch self {
            case .below: return -1
            case .above: return 1
            case .finite(let x): return x < 0 ? -1 : (x > 0 ? 1 : 0)
            }
        }

        static func unbounded(sign: Int) -> Bound { sign < 0 ? .below : (sign > 0 ? .above : .finite(0)) }

        static prefix func - (a: Bound) -> Bound {
            switch a {
            case .below: return .above
            case .above: return .below
            case .finite(let x): return .finite(-x)
            }
        }

        /// The sum; only ends of the same kind are added (lower with lower, upper with upper), so that an
        /// unbounded end never meets the opposite one.
        static func + (a: Bound, b: Bound) -> Bound {
            switch (a, b) {
            case let (.finite(x), .finite(y)): return .finite(x + y)
            case (.below, _), (_, .below): return .below
            default: return .above
            }
        }

        /// The product, with 0 times an unbounded end giving 0 (the convention of interval arithmetic).
        static func * (a: Bound, b: Bound) -> Bound {
            if case let .finite(x) = a, case let .finite(y) = b { return .finite(x * y) }
            return .unbounded(sign: a.sign * b.sign)
        }

        /// The quotient by `b`, a denominator that does not change sign; `towards` is the sign a zero `b` is
        /// approached from (the zero itself is left to the zero-denominator policy).
        func divided(by b: Bound, towards: Int) -> Bound {
            switch (self, b) {
            case let (.finite(x), .finite(y)) where y != 0: return .finite(x / y)
            case (.finite, .finite): return .unbounded(sign: sign * towards)
            case (.finite, _): return .finite(0)
            case (_, .finite(let y)) where y != 0: return .unbounded(sign: sign * (y < 0 ? -1 : 1))
            case (_, .finite): return .unbounded(sign: sign * towards)
            default: return .finite(0) // unbounded by unbounded: never an extreme of the quotient (see `/`)
            }
        }
    }

    var lower: Bound
    var upper: Bound

    init(_ lower: Bound, _ upper: Bound) {
        self.lower = lower
        self.upper = upper
    }

    /// The numbers from `lower` to `upper`.
    init(_ lower: Number, _ upper: Number) {
        self.init(.finite(lower), .finite(upper))
    }

    /// Every number.
    static let all = ValueRange(.below, .above)

    /// The least value, `nil` when unbounded below.
    var minimum: Number? { if case .finite(let x) = lower { return x } else { return nil } }
    /// The greatest value, `nil` when unbounded above.
    var maximum: Number? { if case .finite(let x) = upper { return x } else { return nil } }

    /// Whether every value of the range lies from `low` to `high`.
    func isWithin(_ low: Number, _ high: Number) -> Bool {
        guard let minimum, let maximum else { return false }
        return minimum >= low && maximum <= high
    }

    /// "[0, 1]", "[0, ∞)", "(-∞, ∞)".
    var description: String {
        let low = minimum.map { "[\($0)" } ?? "(-∞"
        let high = maximum.map { "\($0)]" } ?? "∞)"
        return "\(low), \(high)"
    }

    static prefix func - (r: ValueRange) -> ValueRange { ValueRange(-r.upper, -r.lower) }

    static func + (a: ValueRange, b: ValueRange) -> ValueRange { ValueRange(a.lower + b.lower, a.upper + b.upper) }

    static func * (a: ValueRange, b: ValueRange) -> ValueRange {
        let corners = [a.lower * b.lower, a.lower * b.upper, a.upper * b.lower, a.upper * b.upper]
        return ValueRange(corners.min()!, corners.max()!)
    }

    /// The quotient where the denominator is not zero. A quotient is monotonic in each operand while the
    /// denominator keeps its sign, so its extremes are at the corners; a denominator that reaches zero at one
    /// end is approached from its own side; one that crosses zero gives every number.
    static func / (a: ValueRange, b: ValueRange) -> ValueRange {
        let low = b.lower.sign, high = b.upper.sign
        if low < 0 && high > 0 { return .all }
        if low == 0 && high == 0 { return .all }
        let side = low > 0 || high > 0 ? 1 : -1
        var corners: [Bound] = []
        for x in [a.lower, a.upper] {
            for y in [b.lower, b.upper] { corners.append(x.divided(by: y, towards: side)) }
        }
        return ValueRange(corners.min()!, corners.max()!)
    }
}

extension Formula {
    /// The range of values the formula can give when each code it names lies in `rangeOf(code)` (every
    /// number for a code without one). A division by zero is not a value (the definition's zero-denominator
    /// policy decides it), so only the values near a zero denominator count.
    func range(_ rangeOf: (String) -> ValueRange?) -> ValueRange {
        func walk(_ e: Expression) -> ValueRange {
            switch e {
            case .number(let n): return ValueRange(n, n)
            case .reference(let code): return rangeOf(code) ?? .all
            case .negate(let inner): return -walk(inner)
            case .binary(let op, let l, let r):
                let a = walk(l), b = walk(r)
                switch op {
                case "+": return a + b
                case "-": return a + -b
                case "*": return a * b
                default: return a / b
                }
            case .call(let name, let args):
                let ranges = args.map(walk)
                let pick: ([ValueRange.Bound]) -> ValueRange.Bound = name == "min" ? { $0.min()! } : { $0.max()! }
                return ValueRange(pick(ranges.map(\.lower)), pick(ranges.map(\.upper)))
            }
        }
        return walk(expression)
    }
}
