import Foundation

/// An arithmetic formula over codes: numbers, references, `+ - * /`, unary minus, parentheses, `min`, `max`.
struct Formula: Sendable, CustomStringConvertible {
    indirect enum Expression: Sendable, Hashable {
        case number(Number)
        case reference(String)
        case negate(Expression)
        case binary(Character, Expression, Expression)
        case call(String, [Expression])
    }

    /// Raised when a division meets a zero denominator; carries the numerator of that division.
    struct ZeroDivision: Error, Sendable {
        var numerator: Number
    }

    var expression: Expression
    /// The formula as written.
    var text: String

    init(expression: Expression, text: String) {
        self.expression = expression
        self.text = text
    }

    var description: String { text }

    /// Every code the formula refers to, in order of first appearance.
    var references: [String] {
        var seen: [String] = []
        func walk(_ e: Expression) {
            switch e {
            case .number: break
            case .reference(let code): if !seen.contains(code) { seen.append(code) }
            case .negate(let inner): walk(inner)
            case .binary(_, let l, let r): walk(l); walk(r)
            case .call(_, let args): args.forEach(walk)
            }
        }
        walk(expression)
        return seen
    }

    /// Whether the formula divides anywhere.
    var divides: Bool {
        func walk(_ e: Expression) -> Bool {
            switch e {
            case .number, .reference: return false
            case .negate(let inner): return walk(inner)
            case .binary(let op, let l, let r): return op == "/" || walk(l) || walk(r)
            case .call(_, let args): return args.contains(where: walk)
            }
        }
        return walk(expression)
    }

    /// A result too large or too small for an evaluation: every sum, product and quotient of an evaluation must
    /// stay between 10^-120 and 10^120 in size (a worksheet's values stay within 10^-20 and 10^10), so that no
    /// formula, however deeply it nests, can push a `Number`'s exponent without bound.
    struct OutOfRange: Error, Sendable {}

    /// The power of ten of `d`'s leading digit, plus one (0 for zero): 1 for 5, 3 for 123.4, -1 for 0.05.
    static func magnitude(_ d: Number) -> Int {
        d.isZero ? 0 : Number.digitCount(d.coefficient) + d.exponent
    }

    static func checkMagnitude(_ magnitude: Int) throws {
        if magnitude > 120 { throw OutOfRange() }
    }

    /// Evaluates with `value(code)` for references; `nil` when a reference has no value.
    /// - Throws: `ZeroDivision` when a denominator is zero, `OutOfRange` when a value would leave 10^-120 to 10^120.
    func evaluate(_ value: (String) -> Number?) throws -> Number? {
        try Self.evaluate(expression, value)
    }

    private static func evaluate(_ e: Expression, _ value: (String) -> Number?) throws -> Number? {
        switch e {
        case .number(let n): return n
        case .reference(let code): return value(code)
        case .negate(let inner): return try evaluate(inner, value).map { -$0 }
        case .binary(let op, let l, let r):
            guard let a = try evaluate(l, value), let b = try evaluate(r, value) else { return nil }
            switch op {
            case "+":
                try checkMagnitude(max(magnitude(a), magnitude(b)) + 1)
                return a + b
            case "-":
                try checkMagnitude(max(magnitude(a), magnitude(b)) + 1)
                return a - b
            case "*":
                if a.isZero || b.isZero { return 0 }
                try checkMagnitude(magnitude(a) + magnitude(b))
                try checkMagnitude(-(magnitude(a) + magnitude(b)))
                return a * b
            default:
                if b.isZero { throw ZeroDivision(numerator: a) }
                if a.isZero { return 0 }
                try checkMagnitude(magnitude(a) - magnitude(b) + 1)
                try checkMagnitude(-(magnitude(a) - magnitude(b) - 1))
                return a / b
            }
        case .call(let name, let args):
            let isMinimum = name == "min"
            var result: Number?
            for arg in args {
                guard let v = try evaluate(arg, value) else { return nil }
                if let r = result { result = isMinimum ? Swift.min(r, v) : Swift.max(r, v) } else { result = v }
            }
            return result
        }
    }
}
