import Foundation

/// An arithmetic formula over codes: numbers, references, `+ - * /`, unary minus, parentheses, `min`, `max`.
public struct Formula: Sendable, CustomStringConvertible {
    public indirect enum Expression: Sendable, Hashable {
        case number(Decimal)
        case reference(String)
        case negate(Expression)
        case binary(Character, Expression, Expression)
        case call(String, [Expression])
    }

    /// Raised when a division meets a zero denominator; carries the numerator of that division.
    public struct ZeroDivision: Error, Sendable {
        public var numerator: Decimal
    }

    /// Raised by `evaluateFast` when a division meets a zero denominator; carries the numerator of that division.
    struct FastZeroDivision: Error {
        var numerator: FastDecimal
    }

    public var expression: Expression {
        didSet { fast = FastExpression(expression) }
    }
    /// The formula as written.
    public var text: String
    /// The expression with its numbers as `FastDecimal`, for the scorer and the validator.
    private(set) var fast: FastExpression

    public init(expression: Expression, text: String) {
        self.expression = expression
        self.text = text
        self.fast = FastExpression(expression)
    }

    public var description: String { text }

    /// Every code the formula refers to, in order of first appearance.
    public var references: [String] {
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
    public var divides: Bool {
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

    /// Evaluates in `FastDecimal` with `value(code)` for references; `nil` when a reference has no value.
    /// - Throws: `FastZeroDivision` when a denominator is zero.
    func evaluateFast(_ value: (String) -> FastDecimal?) throws -> FastDecimal? {
        try fast.evaluate(value)
    }

    /// A result too large or too small for `Decimal`, whose arithmetic traps on overflow and underflow instead
    /// of reporting them: every product and quotient of an evaluation must stay between 10^-120 and 10^120 in
    /// size (a worksheet's values stay within 10^-20 and 10^10).
    public struct OutOfRange: Error, Sendable {}

    /// The power of ten of `d`'s leading digit, plus one (0 for zero): 1 for 5, 3 for 123.4, -1 for 0.05.
    static func magnitude(_ d: Decimal) -> Int {
        if d == 0 { return 0 }
        var digits = 0
        var significand = d.significand.magnitude
        while significand >= 1 { significand /= 10; digits += 1 }
        return digits + d.exponent
    }

    static func checkMagnitude(_ magnitude: Int) throws {
        if magnitude > 120 { throw OutOfRange() }
    }

    /// Evaluates with `value(code)` for references; `nil` when a reference has no value.
    /// - Throws: `ZeroDivision` when a denominator is zero, `OutOfRange` when a value would leave 10^-120 to 10^120.
    public func evaluate(_ value: (String) -> Decimal?) throws -> Decimal? {
        func eval(_ e: Expression) throws -> Decimal? {
            switch e {
            case .number(let n): return n
            case .reference(let code): return value(code)
            case .negate(let inner): return try eval(inner).map { -$0 }
            case .binary(let op, let l, let r):
                guard let a = try eval(l), let b = try eval(r) else { return nil }
                switch op {
                case "+":
                    try Self.checkMagnitude(max(Self.magnitude(a), Self.magnitude(b)) + 1)
                    return a + b
                case "-":
                    try Self.checkMagnitude(max(Self.magnitude(a), Self.magnitude(b)) + 1)
                    return a - b
                case "*":
                    if a == 0 || b == 0 { return 0 }
                    try Self.checkMagnitude(Self.magnitude(a) + Self.magnitude(b))
                    try Self.checkMagnitude(-(Self.magnitude(a) + Self.magnitude(b)))
                    return a * b
                default:
                    if b == 0 { throw ZeroDivision(numerator: a) }
                    if a == 0 { return 0 }
                    try Self.checkMagnitude(Self.magnitude(a) - Self.magnitude(b) + 1)
                    try Self.checkMagnitude(-(Self.magnitude(a) - Self.magnitude(b) - 1))
                    return a / b
                }
            case .call(let name, let args):
                var values: [Decimal] = []
                for arg in args {
                    guard let v = try eval(arg) else { return nil }
                    values.append(v)
                }
                return name == "min" ? values.min() : values.max()
            }
        }
        return try eval(expression)
    }
}

/// A formula's expression with its numbers read once as `FastDecimal`.
indirect enum FastExpression: Sendable {
    case number(FastDecimal)
    case reference(String)
    case negate(FastExpression)
    case binary(Character, FastExpression, FastExpression)
    case call(isMinimum: Bool, [FastExpression])

    init(_ expression: Formula.Expression) {
        switch expression {
        case .number(let n): self = .number(FastDecimal(n))
        case .reference(let code): self = .reference(code)
        case .negate(let inner): self = .negate(FastExpression(inner))
        case .binary(let op, let l, let r): self = .binary(op, FastExpression(l), FastExpression(r))
        case .call(let name, let args): self = .call(isMinimum: name == "min", args.map(FastExpression.init))
        }
    }

    /// The value, `nil` when a reference has none.
    /// - Throws: `Formula.FastZeroDivision` when a denominator is zero.
    func evaluate(_ value: (String) -> FastDecimal?) throws -> FastDecimal? {
        switch self {
        case .number(let n): return n
        case .reference(let code): return value(code)
        case .negate(let inner): return try inner.evaluate(value).map { -$0 }
        case .binary(let op, let l, let r):
            guard let a = try l.evaluate(value), let b = try r.evaluate(value) else { return nil }
            switch op {
            case "+": return a + b
            case "-": return a - b
            case "*": return a * b
            default:
                if b.isZero { throw Formula.FastZeroDivision(numerator: a) }
                return a / b
            }
        case .call(let isMinimum, let args):
            var result: FastDecimal?
            for arg in args {
                guard let v = try arg.evaluate(value) else { return nil }
                if let r = result { result = isMinimum ? Swift.min(r, v) : Swift.max(r, v) } else { result = v }
            }
            return result
        }
    }
}
