import Foundation

/// Fixed-point numbers for batch tables: a rounded decimal stored as an integer count of its last place
/// (`78.92` with 2 decimals is `7892`), so that a row stays small and prints without decimal arithmetic.
public enum BatchNumber {
    /// `value`, already rounded to `decimals` places, as a count of 10^-decimals (clamped to the Int64 range).
    public static func scaled(_ value: Decimal, decimals: Int) -> Int64 {
        // Fast path: a value with at most `decimals` places, times 10^decimals, is an integer that a double holds
        // exactly below 2^53; the double of the decimal is within a hair of it, so rounding finds it.
        let shiftedDouble = NSDecimalNumber(decimal: value).doubleValue * doublePower(decimals)
        if decimals <= 10, abs(shiftedDouble) < 1e15 { return Int64(shiftedDouble.rounded()) }
        var shifted = value * power(decimals)
        var whole = Decimal()
        NSDecimalRound(&whole, &shifted, 0, .plain)
        if let exact = Int64("\(whole)") { return exact }
        return whole < 0 ? Int64.min : Int64.max
    }

    /// The decimal a scaled number stands for.
    public static func decimal(_ scaled: Int64, decimals: Int) -> Decimal {
        let magnitude = Decimal(string: String(scaled.magnitude)) ?? 0
        return Decimal(sign: scaled < 0 ? .minus : .plus, exponent: -decimals, significand: magnitude)
    }

    /// The text of a scaled number with exactly `decimals` places and `separator` before them
    /// (`"78,92"` for Indonesian, `"78.92"` for machines). Same digits as `NumberFormat.fixed`.
    public static func text(_ scaled: Int64, decimals: Int, separator: Character = ".") -> String {
        var digits = String(scaled.magnitude)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(separator, at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return scaled < 0 ? "-" + digits : digits
    }

    /// The text of a scaled number in `language` (a decimal comma for Indonesian) or for machines (`nil`: a dot).
    public static func text(_ scaled: Int64, decimals: Int, language: Language?) -> String {
        text(scaled, decimals: decimals, separator: language == .id ? "," : ".")
    }

    private static func doublePower(_ decimals: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, decimals) { result *= 10 }
        return result
    }

    private static func power(_ decimals: Int) -> Decimal {
        var result = Decimal(1)
        for _ in 0..<max(0, decimals) { result *= 10 }
        return result
    }
}
