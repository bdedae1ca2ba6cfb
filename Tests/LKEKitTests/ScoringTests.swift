import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

@Suite struct ScoringTests {
    func card(_ answers: [String: String], header: String = "") throws -> ScoreCard {
        let text = Fixtures.sheet(answers, header: header)
        let outcome = Fixtures.answers(text)
        #expect(!outcome.diagnostics.hasErrors, "\(Fixtures.render(outcome.diagnostics, text))")
        return Scorer.score(try #require(outcome.answers))
    }

    @Test func allBestAnswersScoreOneHundredAndMeetBothPredicates() throws {
        let card = try card(Fixtures.extremes(best: true), header: "predicate: wbk\n")
        #expect(card.rounded(card.total.score) == 100)
        #expect(card.total.answered == 113)
        #expect(card.predicate("wbk")?.met == true)
        #expect(card.predicate("wbbm")?.met == true)
        for (_, node) in card.nodes { #expect(Rounding.snap(node.percent) == 100, "\(node.code)") }
    }

    /// The scorer reads weights from a plan made once per questionnaire value; changing the definition's tree,
    /// groups or predicates after loading must give a new plan, not the old numbers.
    @Test func aChangedDefinitionIsScoredWithItsNewNumbers() throws {
        let best = try card(Fixtures.extremes(best: true), header: "predicate: wbk\n")
        var answers = best.answers
        #expect(answers.questionnaire.tree.weight == 100)
        var tree = answers.questionnaire.tree
        tree.children[0].weight *= 2
        func double(_ node: inout Node) {
            node.weight *= 2
            for index in node.children.indices { double(&node.children[index]) }
            for index in node.questions.indices { node.questions[index].weight = node.questions[index].weight.map { $0 * 2 } }
        }
        double(&tree.children[0])
        tree.children[0].weight /= 2
        answers.questionnaire.tree = tree
        let changed = Scorer.score(answers)
        let pengungkit = try #require(best.node(tree.children[0].code)).score
        #expect(try #require(changed.node(tree.children[0].code)).score == pengungkit * 2)
        #expect(changed.total.score == best.total.score + pengungkit)
        // A changed threshold is read too.
        var strict = best.answers
        strict.questionnaire.predicates = strict.questionnaire.predicates.map { predicate in
            var predicate = predicate
            predicate.rules = predicate.rules.map { rule in
                var rule = rule
                if case .minScore(let code, _) = rule.kind { rule.kind = .minScore(code: code, minimum: 101) }
                return rule
            }
            return predicate
        }
        #expect(Scorer.score(strict).predicate("wbk")?.met == false)
        #expect(best.predicate("wbk")?.met == true)
    }

    @Test func allWorstAnswersScoreZero() throws {
        var answers = Fixtures.extremes(best: false)
        // Worst counts: previous violations 1, this year 1 (no decrease); no complaints finished of 1; none reported.
        answers["A.II.3.iii.a.1"] = "1"; answers["A.II.3.iii.a.2"] = "1"
        for code in ["A.II.1.i.a.1", "A.II.1.i.b.1", "A.II.4.i.a.1", "A.II.5.ii.a.1", "A.II.5.iii.a.1", "A.II.5.iii.b.1", "A.II.6.i.b.1"] {
            answers[code] = "1"
        }
        let card = try card(answers)
        #expect(card.total.score == 0)
        #expect(card.predicate("wbk")?.met == false)
    }

    /// The worked example of docs/sources.md, D9: IPAK 3.70, capaian B, IPKP 3.40 gives hasil 34,81 (not 34,82).
    @Test func workedExampleOfTheHasilComponent() throws {
        var answers = Fixtures.extremes(best: true)
        answers["B.I.a"] = "3.70"
        answers["B.I.b"] = "B"
        answers["B.II.a"] = "3.40"
        let card = try card(answers)
        #expect(card.questions["B.I.a"]?.score == Number(text: "16.1875"))
        #expect(card.rounded(card.questions["B.I.a"]!.score) == Number(text: "16.19"))
        #expect(card.questions["B.I.b"]?.score == Number(text: "3.75"))
        #expect(card.rounded(card.questions["B.II.a"]!.score) == Number(text: "14.88"))
        #expect(card.nodes["B"]?.score == Number(text: "34.8125"))
        #expect(card.rounded(card.nodes["B"]!.score) == Number(text: "34.81"))
        #expect(card.rounded(card.nodes["B.I"]!.score) == Number(text: "19.94"))
        // With a full pengungkit (60) the total is 94.8125: WBK met; WBBM fails on pelayanan prima (14,88 < 15,75) and the prior predicate.
        #expect(card.rounded(card.total.score) == Number(text: "94.81"))
        #expect(card.predicate("wbk")?.met == true)
        let wbbm = try #require(card.predicate("wbbm"))
        #expect(!wbbm.met)
        #expect(wbbm.rules.filter { !$0.met }.map(\.id) == ["pelayanan-prima", "prior"])
    }

    @Test func exampleUnitScoresAsComputedByHand() throws {
        let outcome = AnswerSheetLoader(library: Fixtures.library).load(path: ProjectPaths.path("examples/kantor-contoh.yaml"))
        let card = Scorer.score(try #require(outcome.answers))
        // Cross-checked with exact fractions: total 1894183/24000, pengungkit 1061833/24000, hasil 5549/160.
        #expect(Rounding.snap(card.total.score * 24000) == 1_894_183)
        #expect(Rounding.snap(card.nodes["A"]!.score * 24000) == 1_061_833)
        #expect(Rounding.snap(card.nodes["B"]!.score * 160) == 5549)
        #expect(card.rounded(card.total.score) == Number(text: "78.92"))
        #expect(card.predicate("wbk")?.met == true)
        #expect(card.predicate("wbbm")?.met == false)
    }
}
