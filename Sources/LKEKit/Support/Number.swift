/// The one number type of the engine: an exact decimal kept as a sign, a coefficient of at most 38 digits and a
/// power of ten. Weights, values, counts, formulas, scores and thresholds are all `Number`s.
///
/// Sums, differences and products are exact whenever the result has at most 38 significant digits (every
/// weight, value and count of a definition, and their sums and products, have far fewer), and a quotient that
/// does not end is carried to 38 significant digits, rounded half away from zero, as Foundation's `Decimal`
/// does. Reports bring values to 20 decimal places before rounding (`Rounding.snap`), so the last digits of a
/// quotient never show. An operation is a few 128-bit integer steps and never allocates (a `Decimal` on Linux
/// allocates arrays for each), which is what lets a batch score thousands of files a second. No operation
/// traps except a division by zero, which callers rule out first.
///
/// Values are kept in one canonical form (no trailing zeros in the coefficient, zero is positive), so equal
/// numbers are equal values and hash alike.
public struct Number: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// The coefficient, below 10^38, without trailing zeros.
    private(set) var coefficient: UInt128
    /// The power of ten the coefficient is multiplied by.
    private(set) var exponent: Int
    /// Whether the number is below zero (never for zero).
    private(set) var isNegative: Bool

    /// The largest number of significant digits.
    static let precision = 38

    static let zero = Number(coefficient: 0, exponent: 0, isNegative: false)
    static let one = Number(coefficient: 1, exponent: 0, isNegative: false)
    static let hundred = Number(coefficient: 1, exponent: 2, isNegative: false)

    /// `coefficient` x 10^`exponent`, negated when `isNegative`; brought to the canonical form.
    init(coefficient: UInt128, exponent: Int, isNegative: Bool = false) {
        precondition(coefficient < Self.limit, "a Number coefficient has at most 38 digits")
        self.coefficient = coefficient
        self.exponent = exponent
        self.isNegative = isNegative
        normalize()
    }

    /// An integer.
    init(_ value: Int) {
        self.init(coefficient: UInt128(value.magnitude), exponent: 0, isNegative: value < 0)
    }

    /// An integer written in code (`0`, `100`).
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// Reads a number as spreadsheets and YAML write it: an optional sign, digits with an optional `.` and
    /// fraction (`.5` and `3.` too), and an optional exponent (`1.5E-3`). Digits past the 38th significant one
    /// are rounded half away from zero. `nil` for anything else, and for an exponent of more than four digits.
    init?(scientific text: some StringProtocol) {
        var mantissa = Substring(text)
        var power = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let digits = mantissa[mantissa.index(after: e)...]
            let unsigned = digits.first == "+" || digits.first == "-" ? digits.dropFirst() : digits
            guard !unsigned.isEmpty, unsigned.count <= 4, unsigned.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(unsigned) else { return nil }
            power = digits.first == "-" ? -value : value
            mantissa = mantissa[..<e]
        }
        var negative = false
        if mantissa.first == "+" || mantissa.first == "-" {
            negative = mantissa.first == "-"
            mantissa = mantissa.dropFirst()
        }
        guard mantissa.contains(where: { $0.isASCII && $0.isNumber }) else { return nil }
        if mantissa.first == "." { mantissa = "0" + mantissa }
        if mantissa.last == "." { mantissa = mantissa.dropLast() }
        guard mantissa.first != "-", var value = Number(text: mantissa) else { return nil }
        if !value.isZero { value.exponent += power }
        if negative { value = -value }
        self = value
    }

    /// The number as the nearest `Double`, for what is approximate by nature (chart lengths, square roots).
    var double: Double {
        Double(description) ?? 0
    }

    /// The integer part (toward zero), clamped to the range of `Int`.
    var integerPart: Int {
        let whole = rounded(places: 0, .down)
        return whole.scaled(places: 0).map { Int($0) } ?? (isNegative ? Int.min : Int.max)
    }

    /// The absolute value.
    var magnitude: Number {
        isNegative ? -self : self
    }

    /// Reads a plain decimal as definitions and answers write it: an optional `-`, digits, and optionally `.`
    /// and more digits (`17`, `-0.25`). Digits beyond the 38th significant one are rounded half away from zero.
    /// `nil` for anything else (`.5`, `3.`, `1e3`, `+1`, spaces).
    init?(text: some StringProtocol) {
        var coefficient: UInt128 = 0
        var exponent = 0
        var digits = 0
        var negative = false
        var seenDot = false
        var digitsBeforeDot = 0
        var digitsAfterDot = 0
        var dropped = false
        var roundUp = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0:
                negative = true
            case UInt8(ascii: "."):
                guard !seenDot, digitsBeforeDot > 0 else { return nil }
                seenDot = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenDot { digitsAfterDot += 1 } else { digitsBeforeDot += 1 }
                let digit = UInt128(byte - UInt8(ascii: "0"))
                if digits < Self.precision {
                    if coefficient != 0 || digit != 0 { digits += 1 }
                    coefficient = coefficient * 10 + digit
                    if seenDot { exponent -= 1 }
                } else {
                    // A digit past the precision: the first decides the rounding; the integer part keeps its size.
                    if !dropped { roundUp = digit >= 5 }
                    dropped = true
                    if !seenDot { exponent += 1 }
                }
            default:
                return nil
            }
        }
        guard digitsBeforeDot > 0, !seenDot || digitsAfterDot > 0 else { return nil }
        if roundUp { coefficient += 1 }
        if coefficient == Self.limit {
            coefficient /= 10
            exponent += 1
        }
        self.init(coefficient: coefficient, exponent: exponent, isNegative: negative && coefficient != 0)
    }

    /// The plain text of the number, as `Decimal` writes it: `17.5`, `-0.25`, `100`, `0`.
    public var description: String {
        var digits = String(coefficient)
        if exponent > 0 {
            digits += String(repeating: "0", count: exponent)
        } else if exponent < 0 {
            let places = -exponent
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return isNegative ? "-" + digits : digits
    }

    var isZero: Bool { coefficient == 0 }

    // MARK: - Arithmetic

    static prefix func - (value: Number) -> Number {
        var result = value
        result.isNegative = value.coefficient != 0 && !value.isNegative
        return result
    }

    static func + (lhs: Number, rhs: Number) -> Number {
        if lhs.coefficient == 0 { return rhs }
        if rhs.coefficient == 0 { return lhs }
        // `high` has the larger exponent; it is scaled down to the other's exponent, as far as 38 digits allow.
        let (high, low) = lhs.exponent >= rhs.exponent ? (lhs, rhs) : (rhs, lhs)
        let shift = high.exponent - low.exponent
        var highCoefficient = high.coefficient
        var lowCoefficient = low.coefficient
        var exponent = low.exponent
        if shift > 0 {
            let room = precision - digitCount(highCoefficient)
            if shift <= room {
                highCoefficient *= powers[shift]
            } else {
                highCoefficient *= powers[room]
                exponent = high.exponent - room
                lowCoefficient = roundedQuotient(lowCoefficient, dividedByPowerOfTen: shift - room)
            }
        }
        var coefficient: UInt128
        var negative: Bool
        if high.isNegative == low.isNegative {
            coefficient = highCoefficient + lowCoefficient
            negative = high.isNegative
        } else if highCoefficient >= lowCoefficient {
            coefficient = highCoefficient - lowCoefficient
            negative = high.isNegative
        } else {
            coefficient = lowCoefficient - highCoefficient
            negative = low.isNegative
        }
        if coefficient >= limit {
            coefficient = roundedQuotient(coefficient, dividedByPowerOfTen: 1)
            exponent += 1
        }
        return Number(coefficient: coefficient, exponent: exponent, isNegative: negative)
    }

    static func - (lhs: Number, rhs: Number) -> Number {
        lhs + (-rhs)
    }

    static func += (lhs: inout Number, rhs: Number) {
        lhs = lhs + rhs
    }

    static func -= (lhs: inout Number, rhs: Number) {
        lhs = lhs - rhs
    }

    static func *= (lhs: inout Number, rhs: Number) {
        lhs = lhs * rhs
    }

    /// - Precondition: `rhs` is not zero.
    static func /= (lhs: inout Number, rhs: Number) {
        lhs = lhs / rhs
    }

    static func * (lhs: Number, rhs: Number) -> Number {
        if lhs.coefficient == 0 || rhs.coefficient == 0 { return .zero }
        let product = lhs.coefficient.multipliedFullWidth(by: rhs.coefficient)
        var exponent = lhs.exponent + rhs.exponent
        let negative = lhs.isNegative != rhs.isNegative
        // The product has as many digits as both factors together, or one fewer; drop what passes 38 digits.
        var digits = digitCount(lhs.coefficient) + digitCount(rhs.coefficient)
        if isBelowPowerOfTen(product, digits - 1) { digits -= 1 }
        let drop = max(0, digits - precision)
        var coefficient: UInt128
        if drop == 0 {
            coefficient = product.low
        } else {
            let divisor = powers[drop]
            let (quotient, remainder) = divisor.dividingFullWidth(product)
            coefficient = quotient
            if remainder >= divisor - remainder { coefficient += 1 }
            exponent += drop
        }
        if coefficient >= limit {
            coefficient = roundedQuotient(coefficient, dividedByPowerOfTen: 1)
            exponent += 1
        }
        return Number(coefficient: coefficient, exponent: exponent, isNegative: negative)
    }

    /// The quotient, exact when it ends within 38 digits, else rounded half away from zero to 38 digits.
    /// - Precondition: `rhs` is not zero.
    static func / (lhs: Number, rhs: Number) -> Number {
        precondition(rhs.coefficient != 0, "division by zero")
        if lhs.coefficient == 0 { return .zero }
        var quotient = lhs.coefficient / rhs.coefficient
        var remainder = lhs.coefficient % rhs.coefficient
        var exponent = lhs.exponent - rhs.exponent
        if remainder != 0 {
            // Long division until the quotient has 38 digits: remainder x 10^more / divisor is below 10^more, and
            // may have fewer digits than that when the divisor is much longer than the dividend.
            while remainder != 0 {
                let more = precision - digitCount(quotient)
                guard more > 0 else { break }
                let (next, left) = rhs.coefficient.dividingFullWidth(remainder.multipliedFullWidth(by: powers[more]))
                quotient = quotient * powers[more] + next
                remainder = left
                exponent -= more
            }
            if remainder >= rhs.coefficient - remainder { quotient += 1 }
            if quotient >= limit {
                quotient /= 10
                exponent += 1
            }
        }
        return Number(coefficient: quotient, exponent: exponent, isNegative: lhs.isNegative != rhs.isNegative)
    }

    /// Numbers are ordered by value.
    public static func < (lhs: Number, rhs: Number) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let smaller = magnitudeIsBelow(lhs, rhs)
        let larger = magnitudeIsBelow(rhs, lhs)
        return lhs.isNegative ? larger : smaller
    }

    /// Whether |a| < |b|.
    private static func magnitudeIsBelow(_ a: Number, _ b: Number) -> Bool {
        if a.coefficient == 0 { return b.coefficient != 0 }
        if b.coefficient == 0 { return false }
        // Compare where the leading digits sit, then the coefficients brought to one exponent.
        let aTop = a.exponent + digitCount(a.coefficient)
        let bTop = b.exponent + digitCount(b.coefficient)
        if aTop != bTop { return aTop < bTop }
        if a.exponent >= b.exponent { return a.coefficient * powers[a.exponent - b.exponent] < b.coefficient }
        return a.coefficient < b.coefficient * powers[b.exponent - a.exponent]
    }

    // MARK: - Rounding

    /// The number rounded to `places` decimal places: half away from zero, half to even, or toward zero.
    func rounded(places: Int, _ mode: Rounding.Mode) -> Number {
        guard exponent < -places else { return self }
        let drop = -places - exponent
        var quotient: UInt128 = 0
        var remainder = coefficient
        var half = Ordering.below
        if drop <= Self.precision {
            let divisor = Self.powers[drop]
            quotient = coefficient / divisor
            remainder = coefficient % divisor
            half = remainder < divisor - remainder ? .below : remainder == divisor - remainder ? .exactly : .above
        }
        switch mode {
        case .halfAwayFromZero: if half != .below { quotient += 1 }
        case .halfEven: if half == .above || (half == .exactly && quotient % 2 == 1) { quotient += 1 }
        case .down: break
        }
        if quotient >= Self.limit {
            quotient /= 10
            return Number(coefficient: quotient, exponent: -places + 1, isNegative: isNegative)
        }
        return Number(coefficient: quotient, exponent: -places, isNegative: isNegative && quotient != 0)
    }

    private enum Ordering { case below, exactly, above }

    /// The coefficient scaled to `places` decimals, as an integer (`17.5` at 2 places is 1750); `nil` when it
    /// does not fit an `Int64` or the number has more places.
    func scaled(places: Int) -> Int64? {
        let shift = exponent + places
        guard shift >= 0, shift <= Self.precision else { return coefficient == 0 ? 0 : nil }
        let (value, overflow) = coefficient.multipliedReportingOverflow(by: Self.powers[shift])
        guard !overflow, value <= UInt128(Int64.max) else { return nil }
        return isNegative ? -Int64(value) : Int64(value)
    }

    // MARK: - Digits

    /// 10^38: one more than the largest coefficient.
    static let limit: UInt128 = powers[38]

    /// 10^0 through 10^38.
    static let powers: [UInt128] = {
        var powers: [UInt128] = [1]
        for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// The number of decimal digits of `value` (0 for 0).
    static func digitCount(_ value: UInt128) -> Int {
        if value == 0 { return 0 }
        // log10(2) is about 1233/4096: an estimate from the bit length that is exact or one short.
        let estimate = ((128 - value.leadingZeroBitCount) * 1233) >> 12
        return estimate < powers.count && value >= powers[estimate] ? estimate + 1 : estimate
    }

    /// Whether the 256-bit `value` is below 10^`power` (`power` at most 76).
    private static func isBelowPowerOfTen(_ value: (high: UInt128, low: UInt128), _ power: Int) -> Bool {
        let bound = power <= precision ? (high: UInt128(0), low: powers[power]) : powers[precision].multipliedFullWidth(by: powers[power - precision])
        return value.high != bound.high ? value.high < bound.high : value.low < bound.low
    }

    /// `value / 10^places`, rounded half away from zero.
    private static func roundedQuotient(_ value: UInt128, dividedByPowerOfTen places: Int) -> UInt128 {
        guard places <= precision else { return 0 }
        let divisor = powers[places]
        let quotient = value / divisor
        let remainder = value % divisor
        return remainder >= divisor - remainder ? quotient + 1 : quotient
    }

    /// Removes trailing zeros from the coefficient (raising the exponent) and gives zero its one form.
    private mutating func normalize() {
        if coefficient == 0 {
            exponent = 0
            isNegative = false
            return
        }
        // An odd coefficient has no trailing zero (most results); a small one is stripped in 64-bit arithmetic.
        if coefficient & 1 == 1 { return }
        if coefficient <= UInt128(UInt64.max) {
            var small = UInt64(coefficient)
            while small % 10 == 0 {
                small /= 10
                exponent += 1
            }
            coefficient = UInt128(small)
            return
        }
        while coefficient % Self.powers[8] == 0 {
            coefficient /= Self.powers[8]
            exponent += 8
        }
        while coefficient % 10 == 0 {
            coefficient /= 10
            exponent += 1
        }
    }
}
