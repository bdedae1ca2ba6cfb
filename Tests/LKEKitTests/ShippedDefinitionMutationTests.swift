import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Held-out mutations of the shipped definition that `lke score` would turn into nonsense (a sub-indicator
/// above its weight, a rule no unit can meet, answer files that all fail): `lke check` must reject each with
/// an error at the offending key.
@Suite struct ShippedDefinitionMutationTests {
    /// One edit of questionnaires/lke-zi-2021.yaml and the error it must give.
    struct Mutation: CustomTestStringConvertible, Sendable {
        var name: String
        var old: String
        var new: String
        /// The text inside `new` (its first occurrence there) where the error must point.
        var at: String
        /// A part of the English message.
        var message: String

        init(_ name: String, _ old: String, _ new: String, at: String, _ message: String) {
            (self.name, self.old, self.new, self.at, self.message) = (name, old, new, at, message)
        }

        var testDescription: String { name }
    }

    static let text: String = (try? String(contentsOfFile: ProjectPaths.path("questionnaires/lke-zi-2021.yaml"), encoding: .utf8)) ?? ""

    static let mutations: [Mutation] = [
        // Item 7: every value that becomes a question's score lies in [0, 1].
        .init("clamp removed", "formula: A.II.5.ii.a.3 / A.II.5.ii.a.1\n                      clamp: [0, 1]\n",
              "formula: A.II.5.ii.a.3 / A.II.5.ii.a.1\n", at: "A.II.5.ii.a.3 /",
              "the formula of 'A.II.5.ii.a' can give [0, ∞) over its inputs' ranges; a question's value must be between 0 and 1: add 'clamp: [0, 1]'"),
        .init("clamp below zero", "/ A.II.3.iii.a.1\n                      clamp: [0, 1]", "/ A.II.3.iii.a.1\n                      clamp: [-1, 1]",
              at: "[-1, 1]", "'clamp' [-1, 1] lets the value leave [0, 1]"),
        .init("clamp above one", "formula: A.II.1.i.a.2 / A.II.1.i.a.1\n                      clamp: [0, 1]",
              "formula: A.II.1.i.a.2 / A.II.1.i.a.1\n                      clamp: [0, 2]", at: "[0, 2]", "'clamp' [0, 2] lets the value leave [0, 1]"),
        .init("zero_denominator above one", "zero_denominator: 1\n", "zero_denominator: 2\n", at: "2\n",
              "'zero_denominator' is 2; a question's value must be between 0 and 1"),
        .init("numerator_zero above one", "{numerator_zero: 1, otherwise: 0}", "{numerator_zero: 5, otherwise: 0}", at: "5,",
              "'numerator_zero' is 5; a question's value must be between 0 and 1"),
        .init("otherwise below zero", "{numerator_zero: 1, otherwise: 0}", "{numerator_zero: 1, otherwise: -1}", at: "-1}",
              "'otherwise' is -1; a question's value must be between 0 and 1"),
        .init("survey index value not bounded", "              value: x / 4\n              explanation: Diisi dengan nilai hasil Survei Eksternal atas",
              "              value: (x - 2) * (x - 2) / 4\n              explanation: Diisi dengan nilai hasil Survei Eksternal atas", at: "(x - 2) *",
              "the 'value' formula can give [-1, 1] for x from 0 to 4; a question's value must be between 0 and 1"),
        // Item 8: thresholds within the range of what they compare.
        .init("min_percent above 100", "each_child_of: AREA\n        min_percent: 60", "each_child_of: AREA\n        min_percent: 160", at: "160",
              "'min_percent' is 160, outside the range of percentages, 0 to 100"),
        .init("min_score above the node's weight", "node: NILAI\n        min_score: 75", "node: NILAI\n        min_score: 185", at: "185",
              "'min_score' is 185, outside the range of 'NILAI' scores, 0 to 100"),
        .init("negative min_score", "node: A\n        min_score: 40", "node: A\n        min_score: -40", at: "-40",
              "'min_score' is -40, outside the range of 'A' scores, 0 to 60"),
        .init("min_score above a question's weight", "node: B.I.a\n        min_score: 15.75\n      # 2.50",
              "node: B.I.a\n        min_score: 17.75\n      # 2.50", at: "17.75", "'min_score' is 17.75, outside the range of 'B.I.a' scores, 0 to 17.5"),
        // Item 9: what `lke score` would trip on.
        .init("input min above max", "                        - code: A.II.4.i.a.1\n",
              "                        - code: A.II.4.i.a.1\n                          min: 5\n                          max: 1\n", at: "5\n",
              "the 'min' of input 'A.II.4.i.a.1' (5) is greater than its 'max' (1); no count could be answered"),
        .init("duplicate check id", "  - id: lhkasn-melapor\n", "  - id: lhkpn-melapor\n", at: "lhkpn-melapor\n",
              "check 'lhkpn-melapor' is written twice; check ids must be unique"),
        .init("duplicate prerequisite", "      - id: sakip-instansi-wbk\n", "      - id: opini-bpk\n", at: "opini-bpk\n",
              "prerequisite 'opini-bpk' is written twice in predicate 'wbk'"),
        // Item 10: a number question's value names only x.
        .init("survey value divided by another code",
              "              value: x / 4\n              explanation: Diisi dengan Nilai Hasil Survei Eksternal Kualitas",
              "              value: x / B.II.a\n              explanation: Diisi dengan Nilai Hasil Survei Eksternal Kualitas", at: "B.II.a\n",
              "the 'value' formula refers to 'B.II.a'; a number question's value may refer only to 'x' (its answer)"),
    ]

    @Test func shippedDefinitionLoadsCleanly() {
        let outcome = QuestionnaireLoader().load(SourceFile(path: "lke-zi-2021.yaml", text: Self.text))
        #expect(outcome.questionnaire != nil)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message.en))")
    }

    /// The interval analysis behind item 7, on formulas of the kinds a definition holds.
    @Test func formulaRanges() throws {
        func range(_ text: String, _ ranges: [String: ValueRange]) throws -> String {
            guard case .success(let formula) = FormulaParser.parse(text) else { throw CancellationError() }
            return formula.range { ranges[$0] }.description
        }
        let count = ValueRange(0, 1_000_000_000)
        #expect(try range("a / b", ["a": count, "b": count]) == "[0, ∞)")
        #expect(try range("(b - a) / b", ["a": count, "b": count]) == "(-∞, ∞)")
        #expect(try range("min(a / b, 1)", ["a": count, "b": count]) == "[0, 1]")
        #expect(try range("x / 4", ["x": ValueRange(0, 4)]) == "[0, 1]")
        #expect(try range("a / b", ["a": count, "b": ValueRange(-1, 1)]) == "(-∞, ∞)")
        #expect(try range("a / b", ["a": ValueRange(1, 2), "b": ValueRange(2, 4)]) == "[0.25, 1]")
        #expect(try range("a / c", ["a": count]) == "(-∞, ∞)")
    }

    @Test(arguments: mutations)
    func mutationIsRejectedAtItsKey(_ mutation: Mutation) throws {
        let count = Self.text.components(separatedBy: mutation.old).count - 1
        try #require(count == 1, "'\(mutation.old)' occurs \(count) times in the definition")
        let start = try #require(Self.text.range(of: mutation.old)).lowerBound
        let mutated = Self.text.replacingCharacters(in: start..<Self.text.index(start, offsetBy: mutation.old.count), with: mutation.new)
        // Where the error must point: `at` inside the replacement.
        let replaced = mutated[start...]
        let token = try #require(replaced.range(of: mutation.at)).lowerBound
        let before = mutated[..<token]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.unicodeScalars.count - (before.lastIndex(of: "\n").map { mutated[...$0].unicodeScalars.count } ?? 0) + 1

        let outcome = QuestionnaireLoader().load(SourceFile(path: "lke-zi-2021.yaml", text: mutated))
        #expect(outcome.questionnaire == nil, "\(mutation.name): the mutated definition loads")
        let first = try #require(outcome.diagnostics.first { $0.severity == .error }, "\(mutation.name): no error")
        #expect(first.location?.line == line && first.location?.column == column,
                "\(mutation.name): first error at \(first.location.map { "\($0.line):\($0.column)" } ?? "-"), expected \(line):\(column): \(first.message.en)")
        #expect(first.message.en.contains(mutation.message), "\(mutation.name): \(first.message.en)")
        #expect(!first.message.id.isEmpty && first.message.id != first.message.en, "\(mutation.name): no Indonesian message")
    }
}
