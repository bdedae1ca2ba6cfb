import Foundation

/// Fixed-point numbers for batch tables: a rounded decimal stored as an integer count of its last place
/// (`78.92` with 2 decimals is `7892`), so that a row stays small and prints without decimal arithmetic.
enum BatchNumber {
    /// `value`, already rounded to `decimals` places, as a count of 10^-decimals (clamped to the Int64 range).
    static func scaled(_ value: Number, decimals: Int) -> Int64 {
        let rounded = value.rounded(places: decimals, .halfAwayFromZero)
        return rounded.scaled(places: decimals) ?? (rounded.isNegative ? Int64.min : Int64.max)
    }

    /// The decimal a scaled number stands for.
    static func decimal(_ scaled: Int64, decimals: Int) -> Number {
        Number(coefficient: UInt128(scaled.magnitude), exponent: -decimals, isNegative: scaled < 0)
    }

    /// The text of a scaled number with exactly `decimals` places and `separator` before them
    /// (`"78,92"` for Indonesian, `"78.92"` for machines). Same digits as `NumberFormat.fixed`.
    static func text(_ scaled: Int64, decimals: Int, separator: Character = ".") -> String {
        var digits = String(scaled.magnitude)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(separator, at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return scaled < 0 ? "-" + digits : digits
    }

    /// The text of a scaled number in `language` (a decimal comma for Indonesian) or for machines (`nil`: a dot).
    static func text(_ scaled: Int64, decimals: Int, language: Language?) -> String {
        text(scaled, decimals: decimals, separator: language == .id ? "," : ".")
    }
}
