import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Survey test vectors worked out from PermenPANRB 14/2017 (docs/sources.md, S1-S2), through the shipped definitions.
@Suite struct SurveyComputationTests {
    static func definition(_ name: String) -> SurveyDefinition {
        let outcome = SurveyLoader().load(path: ProjectPaths.path("questionnaires/\(name).yaml"))
        guard let definition = outcome.definition else { fatalError("\(name).yaml does not load: \(outcome.diagnostics)") }
        return definition
    }

    static let skm = definition("skm-2017")
    static let spak = definition("spak-2023")
    static let spkp = definition("spkp-2023")

    /// A tally of `respondents` people on a 1-4 scale where item i totals `totals[i]`, each answer a 3 or a 4
    /// (or a 4 and a 5 from 4 up).
    static func tally(totals: [Int], respondents: Int, minimum: Int = 1, maximum: Int = 4) -> SurveyTally {
        var counts: [[Int]] = []
        for total in totals {
            var row = Array(repeating: 0, count: maximum - minimum + 1)
            let base = total / respondents
            let higher = total - base * respondents
            row[base - minimum] += respondents - higher
            if higher > 0 { row[base + 1 - minimum] += higher }
            counts.append(row)
        }
        return SurveyTally(minimum: minimum, counts: counts, respondents: respondents)
    }

    func result(_ tally: SurveyTally, weights: String) throws -> SurveyResult {
        let d = Self.skm
        return SurveyResult.compute(tally, definition: d, weights: try #require(d.weightProfile(weights)),
                                    rule: try #require(d.indexRule(d.defaultIndexRule)))
    }

    /// GASPUL worked data: 29 respondents, unsur totals 105/101/100/116/102/105/106/105/115.
    @Test func gaspulDataGives9148ExactAnd9056WithThePrinted011() throws {
        let tally = Self.tally(totals: [105, 101, 100, 116, 102, 105, 106, 105, 115], respondents: 29)
        let exact = try result(tally, weights: "exact")
        #expect(exact.items.map(\.total) == [105, 101, 100, 116, 102, 105, 106, 105, 115])
        #expect(exact.items.allSatisfy { $0.answered == 29 })
        #expect(Self.skm.rounded(exact.items[3].mean!, places: 4) == Number(text: "4.0000"))
        #expect(Self.skm.rounded(exact.items[0].mean!, places: 4) == Number(text: "3.6207"))
        #expect(Self.skm.rounded(exact.index!, places: 4) == Number(text: "3.6590"))
        #expect(Self.skm.rounded(exact.converted!, places: 2) == Number(text: "91.48"))
        #expect(exact.band?.grade == "A")
        let legacy = try result(tally, weights: "legacy-0.11")
        #expect(Self.skm.rounded(legacy.index!, places: 4) == Number(text: "3.6224"))
        #expect(Self.skm.rounded(legacy.converted!, places: 2) == Number(text: "90.56"))
        #expect(legacy.graded == Number(text: "90.56"))
        #expect(legacy.band?.grade == "A")
        // Exact weights are 1/9 applied as sum/9: the weighted mean equals the sum of the NRR divided by 9.
        let sum = exact.items.compactMap(\.mean).reduce(0, +)
        #expect(Rounding.snap(exact.mean!) == Rounding.snap(sum / 9))
    }

    /// Every NRR 3,54: exact gives 88,50 (A); 0,11 gives 87,615 (B, classified on 87,62).
    @Test func everyNRR354IsAExactButBWithThePrinted011() throws {
        // 50 respondents, 27 fours and 23 threes: 177 / 50 = 3.54.
        let tally = Self.tally(totals: Array(repeating: 177, count: 9), respondents: 50)
        let exact = try result(tally, weights: "exact")
        #expect(exact.items.allSatisfy { $0.mean == Number(text: "3.54") })
        #expect(Rounding.snap(exact.index!) == Number(text: "3.54"))
        #expect(Rounding.snap(exact.converted!) == Number(text: "88.5"))
        #expect(exact.graded == Number(text: "88.50"))
        #expect(exact.band?.grade == "A")
        #expect(exact.band?.label == "Sangat baik")
        let legacy = try result(tally, weights: "legacy-0.11")
        #expect(legacy.index == Number(text: "3.5046"))
        #expect(legacy.converted == Number(text: "87.615"))
        #expect(legacy.graded == Number(text: "87.62"))
        #expect(legacy.band?.grade == "B")
        #expect(legacy.band?.label == "Baik")
    }

    @Test func allFoursGive100ExactAnd99WithThePrinted011() throws {
        let tally = Self.tally(totals: Array(repeating: 40, count: 9), respondents: 10)
        #expect(try result(tally, weights: "exact").graded == Number(text: "100.00"))
        let legacy = try result(tally, weights: "legacy-0.11")
        #expect(legacy.converted == 99)
        #expect(legacy.index == Number(text: "3.96"))
        #expect(legacy.band?.grade == "A")
    }

    @Test func allOnesGive25ExactAndFallBelowTabelIIWithThePrinted011() throws {
        let tally = Self.tally(totals: Array(repeating: 10, count: 9), respondents: 10)
        let exact = try result(tally, weights: "exact")
        #expect(exact.graded == 25)
        #expect(exact.band?.grade == "D")
        let legacy = try result(tally, weights: "legacy-0.11")
        #expect(legacy.converted == Number(text: "24.75"))
        #expect(legacy.band == nil)
    }

    /// The band edges of Tabel II, on NIK rounded to 2 decimals.
    @Test func tabelIIBandsReadTheRoundedConvertedValue() throws {
        let bands = try #require(Self.skm.bands)
        let cases: [(String, String?)] = [("88.31", "A"), ("88.30", "B"), ("76.61", "B"), ("76.60", "C"), ("65.00", "C"), ("64.99", "D"),
                                          ("25.00", "D"), ("24.99", nil), ("100.00", "A")]
        for (value, grade) in cases {
            #expect(bands.band(of: Number(text: value)!)?.grade == grade, "\(value)")
        }
        // 88.305 rounds half away from zero to 88.31: A.
        #expect(Self.skm.rounded(Number(text: "88.305")!, places: Self.skm.convertedDecimals) == Number(text: "88.31"))
    }

    /// A respondent who skipped an unsur is left out of that unsur's denominator (14/2017 Bab V.B.2.b.1).
    @Test func blankAnswersAreLeftOutOfTheItemsDenominator() throws {
        var tally = SurveyTally(items: 9, minimum: 1, maximum: 4)
        tally.add([4, 4, 4, 4, 4, 4, 4, 4, 4])
        tally.add([2, nil, 4, 4, 4, 4, 4, 4, 4])
        let r = try result(tally, weights: "exact")
        #expect(r.respondents == 2)
        #expect(r.items[0].mean == 3)
        #expect(r.items[1].answered == 1)
        #expect(r.items[1].mean == 4)
        // (3 + 8 x 4) / 9 = 35/9.
        #expect(Rounding.snap(r.mean!) == Rounding.snap(Number(35) / 9))
    }

    @Test func anItemNobodyAnsweredDropsOutOfEqualWeightsButBlocksFixedWeights() throws {
        var tally = SurveyTally(items: 9, minimum: 1, maximum: 4)
        tally.add([4, 4, 4, nil, 4, 4, 4, 4, 2])
        let exact = try result(tally, weights: "exact")
        #expect(exact.items[3].mean == nil)
        #expect(exact.items[3].weight == nil)
        // 1/X with X = 8 unsur answered: (7 x 4 + 2) / 8 = 3.75.
        #expect(exact.items[0].weight.map(Rounding.snap) == Number(text: "0.125"))
        #expect(Rounding.snap(exact.index!) == Number(text: "3.75"))
        let legacy = try result(tally, weights: "legacy-0.11")
        #expect(legacy.index == nil)
        #expect(legacy.problems.count == 1)
        #expect(legacy.problems[0].en.contains("'U4'"))
    }

    @Test func weakestItemsComeFirst() throws {
        var tally = SurveyTally(items: 9, minimum: 1, maximum: 4)
        tally.add([4, 3, 4, 2, 4, 3, 4, 4, 1])
        let r = try result(tally, weights: "exact")
        #expect(r.weakestFirst.map(\.code) == ["U9", "U4", "U2", "U6", "U1", "U3", "U5", "U7", "U8"])
    }

    /// SPAK/SPKP: 1-6 stars to the 0-4 index by the declared rule.
    @Test func starConversionRules() throws {
        for definition in [Self.spak, Self.spkp] {
            let n = definition.items.count
            // Every item mean 5.4: proportional gives 3.60; min-max 0-4 gives 3.52; min-max 1-4 gives 3.64.
            let tally = Self.tally(totals: Array(repeating: 54, count: n), respondents: 10, maximum: 6)
            func index(_ rule: String) throws -> Number {
                let r = SurveyResult.compute(tally, definition: definition, weights: try #require(definition.weightProfile(definition.defaultWeights)),
                                             rule: try #require(definition.indexRule(rule)))
                return definition.rounded(try #require(r.index), places: definition.indexDecimals)
            }
            #expect(definition.defaultIndexRule == "proportional")
            #expect(try index("proportional") == Number(text: "3.60"))
            #expect(try index("minmax-0-4") == Number(text: "3.52"))
            #expect(try index("minmax-1-4") == Number(text: "3.64"))
            #expect(definition.converted == nil)
            #expect(definition.bands == nil)
        }
    }

    /// Lampiran II of 14/2017, every row: the formula with λ² = 3.841, P = 0.5, d = 0.05, rounded to nearest.
    @Test func krejcieMorganTableOf14Of2017() throws {
        let table: [(Int, Int)] = [
            (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40), (50, 44), (55, 48), (60, 52), (65, 56),
            (70, 59), (75, 63), (80, 66), (85, 70), (90, 73), (95, 76), (100, 80), (110, 86), (120, 92), (130, 97), (140, 103),
            (150, 108), (160, 113), (170, 118), (180, 123), (190, 127), (200, 132), (210, 136), (220, 140), (230, 144), (240, 148),
            (250, 152), (260, 155), (270, 159), (280, 162), (290, 165), (300, 169), (320, 175), (340, 181), (360, 186), (380, 191),
            (400, 196), (420, 201), (440, 205), (460, 210), (480, 214), (500, 217), (550, 226), (600, 234), (650, 242), (700, 248),
            (750, 254), (800, 260), (850, 265), (900, 269), (950, 274), (1000, 278), (1100, 285), (1200, 291), (1300, 297),
            (1400, 302), (1500, 306), (1600, 310), (1700, 313), (1800, 317), (1900, 320), (2000, 322), (2200, 327), (2400, 331),
            (2600, 335), (2800, 338), (3000, 341), (3500, 346), (4000, 351), (4500, 354), (5000, 357), (6000, 361), (7000, 364),
            (8000, 367), (9000, 368), (10000, 370), (15000, 375), (20000, 377), (30000, 379), (40000, 380), (50000, 381),
            (75000, 382), (1_000_000, 384),
        ]
        #expect(table.count == 90)
        let rule = try #require(Self.skm.sampleSize)
        #expect(rule == .krejcieMorgan)
        for (population, sample) in table {
            #expect(rule.required(population: population) == sample, "N = \(population)")
        }
        #expect(rule.required(population: 0) == 0)
        #expect(rule.required(population: 1) == 1)
    }
}
