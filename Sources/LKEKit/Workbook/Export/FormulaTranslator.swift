import Foundation

/// Translates the definition's formulas (numbers, codes, `+ - * /`, unary minus, `min`, `max`) into
/// spreadsheet formulas, generically: each code becomes the cell that holds its value, and the definition's
/// zero-denominator policy, clamp and rounding become `IF`, `MIN`/`MAX` and `ROUND`.
struct FormulaTranslator: Sendable {
    /// The cell (A1 reference, possibly on another sheet) holding the value of a code.
    var cell: @Sendable (String) -> String?

    /// The expression as spreadsheet formula text (without `=`). A code without a cell (which the loader does
    /// not let through) becomes `NA()`, so that the cell shows an error rather than a wrong number.
    func expression(_ e: Formula.Expression) -> String {
        switch e {
        case .number(let n): return Self.number(n)
        case .reference(let code):
            return cell(code) ?? "NA()"
        case .negate(let inner): return "-" + (operand(inner))
        case .binary(let op, let l, let r):
            let left = operand(l), right = operand(r)
            return left + String(op) + right
        case .call(let name, let args):
            return name.uppercased() + "(" + (args.map(expression).joined(separator: ",")) + ")"
        }
    }

    /// A sub-expression in parentheses unless it is a single number, cell or call.
    private func operand(_ e: Formula.Expression) -> String {
        switch e {
        case .number(let n) where n >= 0: return Self.number(n)
        case .reference, .call: return expression(e)
        default: return "(" + (expression(e)) + ")"
        }
    }

    /// The value of a computed question: the formula with every division guarded as the definition's zero
    /// policy says, then clamped.
    ///
    /// `lke` evaluates left operand, right operand, then the operation, and the first division by zero decides
    /// the value (with that division's numerator for a policy by numerator). The translation tests the
    /// denominators in that same order with nested `IF`s, so each is evaluated only when every division before
    /// it was safe, and the first zero found gives the policy's value. A policy that leaves the question
    /// without value gives the empty text.
    func guarded(_ formula: Formula, zero: Question.ZeroPolicy, clamp: ClosedRange<Number>?) -> String {
        var divisions: [(numerator: Formula.Expression, denominator: Formula.Expression)] = []
        func collect(_ e: Formula.Expression) {
            switch e {
            case .number, .reference: break
            case .negate(let inner): collect(inner)
            case .binary(let op, let l, let r):
                collect(l)
                collect(r)
                // A constant denominator other than zero needs no guard.
                if op == "/", !Self.isNonZeroConstant(r) { divisions.append((l, r)) }
            case .call(_, let args): args.forEach(collect)
            }
        }
        collect(formula.expression)
        var result = clamped(expression(formula.expression), clamp)
        for division in divisions.reversed() {
            let whenZero: String
            switch zero {
            case .value(let v): whenZero = Self.number(Self.clamp(v, clamp))
            case .unanswered, .notNeeded: whenZero = "\"\""
            case .byNumerator(let z, let otherwise):
                whenZero = "IF(\(operand(division.numerator))=0,\(Self.number(Self.clamp(z, clamp))),\(Self.number(Self.clamp(otherwise, clamp))))"
            }
            result = "IF(\(operand(division.denominator))=0,\(whenZero),\(result))"
        }
        return result
    }

    private static func isNonZeroConstant(_ e: Formula.Expression) -> Bool {
        switch e {
        case .number(let n): return n != 0
        case .negate(let inner): return isNonZeroConstant(inner)
        default: return false
        }
    }

    private func clamped(_ text: String, _ clamp: ClosedRange<Number>?) -> String {
        guard let clamp else { return text }
        return "MIN(MAX(\(text),\(Self.number(clamp.lowerBound))),\(Self.number(clamp.upperBound)))"
    }

    private static func clamp(_ value: Number, _ clamp: ClosedRange<Number>?) -> Number {
        guard let clamp else { return value }
        return Swift.min(Swift.max(value, clamp.lowerBound), clamp.upperBound)
    }

    /// `text` rounded as the definition declares: `ROUND` for half away from zero (as `lke` rounds), a
    /// half-to-even rounding built from `ROUND` and `MOD`, or `TRUNC` for rounding down.
    static func rounded(_ text: String, _ rounding: Rounding) -> String {
        let d = rounding.decimals
        switch rounding.mode {
        case .halfAwayFromZero:
            return "ROUND(\(text),\(d))"
        case .halfEven:
            let scale = "10^\(d)"
            return "IF(MOD(ABS(\(text))*\(scale),1)=0.5,2*ROUND(\(text)*\(scale)/2,0)/\(scale),ROUND(\(text),\(d)))"
        case .down:
            return "TRUNC(\(text),\(d))"
        }
    }

    /// A decimal as formula text (`0.5`, `-2`), exactly as the definition writes it.
    static func number(_ value: Number) -> String {
        var text = "\(value)"
        if text.hasPrefix("-.") { text = "-0" + text.dropFirst() }
        return text
    }

    /// A text literal in a formula: in double quotes, with quotes doubled.
    static func string(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
