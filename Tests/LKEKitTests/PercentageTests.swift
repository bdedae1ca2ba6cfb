import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The eight percentage questions: formulas, caps, zero-denominator policies (docs/sources.md, D4) and cross-item checks.
@Suite struct PercentageTests {
    /// The value of a computed question for the given inputs, with the warnings and errors they raise.
    func evaluate(_ inputs: [String: String]) -> (card: ScoreCard?, diagnostics: [Diagnostic]) {
        let outcome = Fixtures.answers(Fixtures.sheet(inputs))
        return (outcome.answers.map(Scorer.score), outcome.diagnostics)
    }

    func value(_ code: String, _ inputs: [String: String]) throws -> Number? {
        let (card, diagnostics) = evaluate(inputs)
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.message.en))")
        return try #require(card).questions[code]?.value
    }

    struct Case: Sendable, CustomStringConvertible {
        var question: String
        var inputs: [String: String]
        var expected: String?
        var warns = false
        var description: String { "\(question) \(inputs.sorted { $0.key < $1.key })" }
    }

    static let cases: [Case] = [
        // Agen perubahan: perubahan / agen; zero agents leaves the question without value, with a warning.
        Case(question: "A.II.1.i.a", inputs: ["A.II.1.i.a.1": "10", "A.II.1.i.a.2": "8"], expected: "0.8"),
        Case(question: "A.II.1.i.a", inputs: ["A.II.1.i.a.1": "4", "A.II.1.i.a.2": "6"], expected: "1"),
        Case(question: "A.II.1.i.a", inputs: ["A.II.1.i.a.1": "0", "A.II.1.i.a.2": "0"], expected: nil, warns: true),
        // Integrasi perubahan: diintegrasikan / dibuat.
        Case(question: "A.II.1.i.b", inputs: ["A.II.1.i.b.1": "8", "A.II.1.i.b.2": "6"], expected: "0.75"),
        Case(question: "A.II.1.i.b", inputs: ["A.II.1.i.b.1": "0", "A.II.1.i.b.2": "0"], expected: nil, warns: true),
        // Disiplin: (sebelumnya - tahun ini) / sebelumnya; both 0 gives 1; previous 0 and current > 0 gives 0.
        Case(question: "A.II.3.iii.a", inputs: ["A.II.3.iii.a.1": "5", "A.II.3.iii.a.2": "3", "A.II.3.iii.a.3": "3"], expected: "0.4"),
        Case(question: "A.II.3.iii.a", inputs: ["A.II.3.iii.a.1": "0", "A.II.3.iii.a.2": "0", "A.II.3.iii.a.3": "0"], expected: "1"),
        Case(question: "A.II.3.iii.a", inputs: ["A.II.3.iii.a.1": "0", "A.II.3.iii.a.2": "2", "A.II.3.iii.a.3": "0"], expected: "0"),
        Case(question: "A.II.3.iii.a", inputs: ["A.II.3.iii.a.1": "2", "A.II.3.iii.a.2": "5", "A.II.3.iii.a.3": "1"], expected: "0"),
        // Sasaran kinerja: tercapai / jumlah.
        Case(question: "A.II.4.i.a", inputs: ["A.II.4.i.a.1": "16", "A.II.4.i.a.2": "14"], expected: "0.875"),
        Case(question: "A.II.4.i.a", inputs: ["A.II.4.i.a.1": "0", "A.II.4.i.a.2": "0"], expected: nil, warns: true),
        // Pengaduan: selesai / harus ditindaklanjuti; none to handle gives 1.
        Case(question: "A.II.5.ii.a", inputs: ["A.II.5.ii.a.1": "24", "A.II.5.ii.a.2": "3", "A.II.5.ii.a.3": "21"], expected: "0.875"),
        Case(question: "A.II.5.ii.a", inputs: ["A.II.5.ii.a.1": "0", "A.II.5.ii.a.2": "0", "A.II.5.ii.a.3": "0"], expected: "1"),
        // LHKPN: sudah melaporkan / (kepala + pejabat + lainnya).
        Case(question: "A.II.5.iii.a", inputs: ["A.II.5.iii.a.1": "1", "A.II.5.iii.a.2": "5", "A.II.5.iii.a.3": "2", "A.II.5.iii.a.4": "6"], expected: "0.75"),
        Case(question: "A.II.5.iii.a", inputs: ["A.II.5.iii.a.1": "0", "A.II.5.iii.a.2": "0", "A.II.5.iii.a.3": "0", "A.II.5.iii.a.4": "0"], expected: nil, warns: true),
        // LHKASN.
        Case(question: "A.II.5.iii.b", inputs: ["A.II.5.iii.b.1": "3", "A.II.5.iii.b.2": "7", "A.II.5.iii.b.3": "70", "A.II.5.iii.b.4": "60"], expected: "0.75"),
        Case(question: "A.II.5.iii.b", inputs: ["A.II.5.iii.b.1": "0", "A.II.5.iii.b.2": "0", "A.II.5.iii.b.3": "0", "A.II.5.iii.b.4": "0"], expected: nil, warns: true),
        // Perijinan dipermudah: dipermudah / terdata.
        Case(question: "A.II.6.i.b", inputs: ["A.II.6.i.b.1": "20", "A.II.6.i.b.2": "15"], expected: "0.75"),
        Case(question: "A.II.6.i.b", inputs: ["A.II.6.i.b.1": "0", "A.II.6.i.b.2": "0"], expected: nil, warns: true),
    ]

    @Test(arguments: cases)
    func formulaAndZeroDenominatorPolicy(_ c: Case) throws {
        let (card, diagnostics) = evaluate(c.inputs)
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.message.en))")
        let card2 = try #require(card)
        let result = try #require(card2.questions[c.question])
        #expect(result.isAnswered)
        #expect(result.value.map(Rounding.snap) == c.expected.flatMap { Number(text: $0) })
        let warned = card2.warnings.contains { $0.message == Message.Scoring.zeroDenominator(c.question) }
        #expect(warned == c.warns)
    }

    @Test func aPartlyAnsweredPercentageIsUnansweredAndScoresZero() throws {
        let card = try #require(evaluate(["A.II.4.i.a.1": "16"]).card)
        #expect(card.questions["A.II.4.i.a"]?.isAnswered == false)
        #expect(card.questions["A.II.4.i.a"]?.value == nil)
        #expect(card.questions["A.II.4.i.a"]?.score == 0)
        #expect(card.unanswered.contains { $0.code == "A.II.4.i.a" })
    }

    struct Violation: Sendable, CustomStringConvertible {
        var inputs: [String: String]
        var message: String
        var severity: Diagnostic.Severity
        var description: String { message }
    }

    static let violations: [Violation] = [
        Violation(inputs: ["A.II.5.iii.a.1": "1", "A.II.5.iii.a.2": "2", "A.II.5.iii.a.3": "0", "A.II.5.iii.a.4": "4"],
                  message: "A.II.5.iii.a.4 = 4, A.II.5.iii.a.wajib = 3", severity: .error),
        Violation(inputs: ["A.II.5.iii.b.1": "1", "A.II.5.iii.b.2": "1", "A.II.5.iii.b.3": "1", "A.II.5.iii.b.4": "9"],
                  message: "A.II.5.iii.b.4 = 9, A.II.5.iii.b.wajib = 3", severity: .error),
        Violation(inputs: ["A.II.5.ii.a.1": "5", "A.II.5.ii.a.2": "0", "A.II.5.ii.a.3": "6"],
                  message: "A.II.5.ii.a.3 = 6, A.II.5.ii.a.1 = 5", severity: .error),
        Violation(inputs: ["A.II.4.i.a.1": "3", "A.II.4.i.a.2": "4"], message: "A.II.4.i.a.2 = 4, A.II.4.i.a.1 = 3", severity: .error),
        Violation(inputs: ["A.II.6.i.b.1": "3", "A.II.6.i.b.2": "4"], message: "A.II.6.i.b.2 = 4, A.II.6.i.b.1 = 3", severity: .error),
        Violation(inputs: ["A.II.1.i.b.1": "3", "A.II.1.i.b.2": "4"], message: "A.II.1.i.b.2 = 4, A.II.1.i.b.1 = 3", severity: .error),
    ]

    /// docs/sources.md, D4: a numerator larger than an impossible denominator is an error in the answer file.
    @Test(arguments: violations)
    func impossibleCountsAreErrorsWithALocation(_ v: Violation) throws {
        let text = Fixtures.sheet(v.inputs)
        let outcome = Fixtures.answers(text)
        let found = outcome.diagnostics.filter { $0.severity == v.severity && $0.message.en.contains("(" + v.message + ")") }
        #expect(found.count == 1, "\(outcome.diagnostics.map(\.message.en))")
        #expect(found.first?.location?.line ?? 0 > 3)
        #expect(outcome.answers == nil)
    }

    @Test func suspiciousCountsAreWarningsThatKeepTheFileValid() throws {
        // In process + finished > obliged to handle: possible when cases carry over, so only a warning.
        let outcome = Fixtures.answers(Fixtures.sheet(["A.II.5.ii.a.1": "5", "A.II.5.ii.a.2": "3", "A.II.5.ii.a.3": "4"]))
        #expect(!outcome.diagnostics.hasErrors)
        #expect(outcome.diagnostics.contains { $0.severity == .warning })
        let card = Scorer.score(try #require(outcome.answers))
        #expect(!card.warnings.isEmpty)
        // One channel: a check's warning is the loader's, once, and the card lists it without scoring adding it again.
        #expect(card.scoringWarnings.isEmpty)
        #expect(card.warnings.allSatisfy { warning in outcome.diagnostics.filter { $0 == warning }.count == 1 })
    }

    @Test func aZeroDenominatorIsAWarningScoringAddsOnce() throws {
        let outcome = Fixtures.answers(Fixtures.sheet(["A.II.4.i.a.1": "0", "A.II.4.i.a.2": "0"]))
        let card = Scorer.score(try #require(outcome.answers))
        #expect(card.scoringWarnings.count == 1)
        #expect(card.scoringWarnings.allSatisfy { !outcome.diagnostics.contains($0) && card.warnings.contains($0) })
    }
}
