import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `Number` against Foundation's `Decimal` as an independent reference: the same numbers, exactly where
/// `Decimal` is exact, and the same to the 20 places reports use where a quotient does not end.
@Suite struct NumberTests {
    /// The `Decimal` with the same digits.
    static func decimal(_ n: Number) -> Decimal { Decimal(string: n.description)! }

    /// `Rounding.apply` done with Foundation: brought to 20 places half away from zero, then rounded in `mode`.
    static func reference(_ value: Decimal, _ rounding: Rounding) -> Decimal {
        var input = value, snapped = Decimal(), result = Decimal()
        NSDecimalRound(&snapped, &input, 20, .plain)
        let mode: NSDecimalNumber.RoundingMode
        switch rounding.mode {
        case .halfAwayFromZero: mode = .plain
        case .halfEven: mode = .bankers
        case .down: mode = snapped < 0 ? .up : .down
        }
        NSDecimalRound(&result, &snapped, rounding.decimals, mode)
        return result
    }

    /// A random decimal text with up to `digits` digits and up to `places` of them after the point.
    static func randomText(_ rng: inout SeededGenerator, digits: Int = 18, places: Int = 10) -> String {
        let count = Int.random(in: 1...digits, using: &rng)
        var text = (0..<count).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
        let point = Int.random(in: 0...min(places, count - 1), using: &rng)
        if point > 0 { text.insert(".", at: text.index(text.endIndex, offsetBy: -point)) }
        if Bool.random(using: &rng) { text = "-" + text }
        return text
    }

    static func pair(_ text: String) throws -> (Number, Decimal) {
        (try #require(Number(text: text), "\(text)"), try #require(Decimal(string: text), "\(text)"))
    }

    @Test func readsWhatDefinitionsAndAnswersWrite() throws {
        for (text, expected) in [("17", "17"), ("-0.25", "-0.25"), ("0.50", "0.5"), ("007.100", "7.1"), ("-0", "0"), ("0.000", "0"),
                                 ("12345678901234567890123456789012345678", "12345678901234567890123456789012345678")] {
            #expect(Number(text: text)?.description == expected, "\(text)")
        }
        for text in ["", "-", ".5", "3.", "1e3", "+1", " 1", "1 ", "1.2.3", "1,5", "--1", "1-"] {
            #expect(Number(text: text) == nil, "\(text)")
            #expect(FormulaParser.isDecimal(text) == (Number(text: text) != nil), "\(text)")
        }
        // Past 38 significant digits the number is rounded half away from zero.
        #expect(Number(text: "1234567890123456789012345678901234567850")?.description == "1234567890123456789012345678901234567900")
        #expect(Number(text: "0.99999999999999999999999999999999999999999")?.description == "1")
    }

    @Test func equalNumbersAreEqualValuesWithEqualHashes() throws {
        let a = try #require(Number(text: "1.50")), b = try #require(Number(text: "1.5"))
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(Number(text: "-0") == Number.zero && !(Number(text: "-0")!.isNegative))
        #expect(Number(3) / Number(4) == Number(text: "0.75"))
        #expect((Number(1) / Number(3) * Number(3)).description == "0.99999999999999999999999999999999999999",
                "a third carried to 38 digits, times 3, is not 1")
    }

    @Test func sumsDifferencesAndProductsAreExactlyThoseOfDecimal() throws {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<4_000 {
            let (a, x) = try Self.pair(Self.randomText(&rng))
            let (b, y) = try Self.pair(Self.randomText(&rng))
            #expect(Self.decimal(a + b) == x + y && (a + b).description == "\(x + y)", "\(x) + \(y)")
            #expect(Self.decimal(a - b) == x - y && (a - b).description == "\(x - y)", "\(x) - \(y)")
            #expect(Self.decimal(a * b) == x * y && (a * b).description == "\(x * y)", "\(x) * \(y)")
            #expect((a < b) == (x < y) && (a == b) == (x == y), "\(x) < \(y)")
            #expect(Number(text: "\(x)") == a && Self.decimal(a) == x, "\(x)")
        }
    }

    @Test func quotientsAgreeWithDecimalToTwentyPlaces() throws {
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<4_000 {
            let (a, x) = try Self.pair(Self.randomText(&rng, digits: 12, places: 6))
            let (b, y) = try Self.pair(Self.randomText(&rng, digits: 8, places: 4))
            guard !b.isZero else { continue }
            let fast = a / b, foundation = x / y
            #expect(Self.decimal(Rounding.snap(fast)) == Self.reference(foundation, Rounding(decimals: 20, mode: .halfAwayFromZero)), "\(x) / \(y)")
            // A quotient that ends is exact, digit for digit.
            #expect((a * b) / b == a, "\(x) * \(y) / \(y)")
        }
        #expect((Number(2) / Number(3)).description == "0.66666666666666666666666666666666666667")
        #expect((Number(-1) / Number(7)).description == "-0.14285714285714285714285714285714285714")
    }

    /// Operands of 38 digits: a result that does not fit is rounded to 38 digits, within one unit of the last.
    @Test func resultsBeyondThirtyEightDigitsAreRounded() throws {
        let big = try #require(Number(text: "99999999999999999999999999999999999999"))
        let tiny = try #require(Number(text: "0.000000000000000000000000000000000000001"))
        #expect((big + Number.one).description == "100000000000000000000000000000000000000")
        #expect((big + tiny) == big)
        #expect((big * big).description == "9999999999999999999999999999999999999800000000000000000000000000000000000000")
        let third = Number(1) / Number(3)
        #expect((third * Number(100)).description == "33.333333333333333333333333333333333333")
        #expect((third + Number(1000)).description == "1000.3333333333333333333333333333333333")
    }

    /// Wide operands, whose exact results may pass 38 digits: sums and products agree with `Decimal` to 30
    /// significant digits. `Decimal` keeps as few as 20 digits of such quotients, so a quotient is checked by
    /// multiplying back; two are pinned to Python's `decimal` at 38 digits, rounded half up.
    @Test func wideOperandsAgreeWithDecimalToThirtyDigits() throws {
        var rng = SeededGenerator(seed: 13)
        func close(_ fast: Number, _ decimal: Decimal) -> Bool { close(fast, Number(text: "\(decimal)")!) }
        func close(_ fast: Number, _ other: Number) -> Bool {
            let difference = other - fast
            let top = fast.exponent + String(fast.coefficient).count
            let unit = Number(coefficient: 1, exponent: top - 30)
            return !(unit < (difference.isNegative ? -difference : difference))
        }
        for _ in 0..<3_000 {
            let (a, x) = try Self.pair(Self.randomText(&rng, digits: 37, places: 30))
            let (b, y) = try Self.pair(Self.randomText(&rng, digits: 37, places: 30))
            #expect(close(a + b, x + y), "\(x) + \(y)")
            #expect(close(a * b, x * y), "\(x) * \(y)")
            guard !b.isZero else { continue }
            let quotient = a / b
            #expect(close(quotient * b, a), "\(x) / \(y) times \(y)")
        }
        let short = try #require(Number(text: "2.019")), long = try #require(Number(text: "14214606.837242748086602754"))
        #expect((short / long).description == "0.0000001420369921671102489969363357164175299")
        let dividend = try #require(Number(text: "957263777988.00")), divisor = try #require(Number(text: "6011619.08733921830334943042662813359"))
        #expect((dividend / divisor).description == "159235.6009388630729817715574205848131")
    }

    @Test(arguments: Rounding.Mode.allCases)
    func roundingIsThatOfDecimal(_ mode: Rounding.Mode) throws {
        var rng = SeededGenerator(seed: 5)
        var texts = ["2.5", "-2.5", "3.5", "0.125", "-0.125", "1.005", "99.995", "-99.995", "0.0049999", "0", "17"]
        for _ in 0..<2_000 { texts.append(Self.randomText(&rng, digits: 10, places: 8)) }
        for text in texts {
            let (fast, decimal) = try Self.pair(text)
            for places in 0...4 {
                let rounding = Rounding(decimals: places, mode: mode)
                #expect(Self.decimal(rounding.apply(fast)) == Self.reference(decimal, rounding), "\(text) at \(places) (\(mode))")
            }
        }
        // Through a quotient: a third of a half rounds the same way.
        let rounding = Rounding(decimals: 2, mode: mode)
        #expect(Self.decimal(rounding.apply(Number(1) / Number(6))) == Self.reference(Decimal(1) / Decimal(6), rounding))
    }

    @Test func readsWhatSpreadsheetsWrite() throws {
        for (text, expected) in [("9.0909090909090905E-2", "0.090909090909090905"), ("-1.5e3", "-1500"), ("+2", "2"), (".5", "0.5"),
                                 ("3.", "3"), ("0E+5", "0"), ("17.50", "17.5")] {
            #expect(Number(scientific: text)?.description == expected, "\(text)")
        }
        for text in ["", "e5", "1e", "1e+", "--1", "1.2.3", "1e99999", "1,5", " 1", "."] {
            #expect(Number(scientific: text) == nil, "\(text)")
        }
    }

    @Test func integerPartsMagnitudesAndDoubles() throws {
        #expect(try #require(Number(text: "-17.99")).integerPart == -17)
        #expect(try #require(Number(text: "3.5")).integerPart == 3)
        #expect(try #require(Number(text: "99999999999999999999999")).integerPart == Int.max)
        #expect(try #require(Number(text: "-2.5")).magnitude == Number(text: "2.5"))
        #expect(try #require(Number(text: "3.61")).double == 3.61)
        var x: Number = 10
        x /= 4; x *= 2; x -= 1
        #expect(x == Number(4))
    }

    @Test func scaledGivesTheCountOfTheLastPlace() throws {
        #expect(Number(text: "78.92")?.scaled(places: 2) == 7892)
        #expect(Number(text: "-0.5")?.scaled(places: 2) == -50)
        #expect(Number(text: "100")?.scaled(places: 2) == 10000)
        #expect(Number(text: "0.125")?.scaled(places: 2) == nil, "more places than asked: round first")
        #expect(Number(text: "99999999999999999999")?.scaled(places: 2) == nil, "beyond Int64")
        #expect(Number.zero.scaled(places: 2) == 0)
    }
}
