import Foundation

/// The Krejcie-Morgan sample size of PermenPANRB 14/2017 (Bab IV.B.a and Lampiran II):
/// S = λ²·N·P·Q / (d²·(N − 1) + λ²·P·Q), with Q = 1 − P, rounded to the nearest whole number.
///
/// With λ² = 3.841, P = 0.5 and d = 0.05 it reproduces every row of the printed table.
struct SurveySampleSize: Sendable, Hashable {
    /// λ², the chi-square value for one degree of freedom at the chosen confidence (3.841 for 95 %).
    var chiSquare: Number
    /// P, the proportion in the population (0.5).
    var proportion: Number
    /// d, the margin of error as a fraction (0.05).
    var margin: Number

    init(chiSquare: Number, proportion: Number, margin: Number) {
        self.chiSquare = chiSquare
        self.proportion = proportion
        self.margin = margin
    }

    /// The constants of the printed table: λ² = 3.841, P = 0.5, d = 0.05.
    static let krejcieMorgan = SurveySampleSize(chiSquare: Number(coefficient: 3841, exponent: -3),
                                                       proportion: Number(coefficient: 5, exponent: -1),
                                                       margin: Number(coefficient: 5, exponent: -2))

    /// The number of respondents needed for a population of `population` people (0 for an empty population).
    func required(population: Int) -> Int {
        guard population > 0 else { return 0 }
        let n = Number(population)
        let pq = proportion * (1 - proportion)
        let numerator = chiSquare * n * pq
        let denominator = margin * margin * (n - 1) + chiSquare * pq
        guard denominator > 0 else { return population }
        let exact = Rounding(decimals: 0, mode: .halfAwayFromZero).apply(numerator / denominator)
        return min(exact.integerPart, population)
    }
}
