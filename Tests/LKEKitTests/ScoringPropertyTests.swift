import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Properties that must hold for any answers: sums, monotonicity, and the gap plan.
@Suite struct ScoringPropertyTests {
    func scored(_ answers: [String: String], header: String = "") -> ScoreCard? {
        Fixtures.answers(Fixtures.sheet(answers, header: header)).answers.map(Scorer.score)
    }

    @Test func totalEqualsTheSumOfItsParts() throws {
        var rng = SeededGenerator(seed: 20211231)
        var checked = 0
        for _ in 0..<200 {
            guard let card = scored(Fixtures.randomAnswers(&rng)) else { continue }
            checked += 1
            for node in card.questionnaire.tree.allNodes {
                let score = card.nodes[node.code]!.score
                if !node.children.isEmpty {
                    let sum = node.children.reduce(Number(0)) { $0 + card.nodes[$1.code]!.score }
                    #expect(Rounding.snap(score) == Rounding.snap(sum), "\(node.code)")
                } else {
                    let sum = node.questions.reduce(Number(0)) { $0 + card.questions[$1.code]!.score }
                    #expect(Rounding.snap(score) == Rounding.snap(sum), "\(node.code)")
                }
                #expect(score >= 0 && Rounding.snap(score) <= node.weight, "\(node.code)")
            }
            let areas = card.questionnaire.groupsByCode["AREA"]!.children.reduce(Number(0)) { $0 + card.groups[$1.code]!.score }
            #expect(Rounding.snap(areas) == Rounding.snap(card.nodes["A"]!.score))
        }
        #expect(checked > 150)
    }

    @Test func raisingAnyAnswerNeverLowersTheTotal() throws {
        var rng = SeededGenerator(seed: 7)
        var compared = 0
        for _ in 0..<40 {
            guard let answers = Fixtures.answers(Fixtures.sheet(Fixtures.randomAnswers(&rng))).answers else { continue }
            let base = Scorer.score(answers)
            for question in Fixtures.lke.questions {
                var raised = answers
                switch question.kind {
                case .choice(let choice):
                    let rank = answers.choices[question.code].flatMap { choice.scale.rank(of: $0.code) } ?? choice.scale.options.count
                    guard rank > 0 else { continue }
                    raised.choices[question.code] = choice.scale.options[rank - 1]
                case .number(let spec):
                    let current = answers.numbers[question.code] ?? spec.min
                    guard current < spec.max else { continue }
                    raised.numbers[question.code] = min(spec.max, current + Number(text: "0.25")!)
                case .computed(let spec):
                    // Raise the numerator-like input by one where that raises the value.
                    guard let code = spec.inputs.last?.code, let value = answers.inputs[code] else { continue }
                    raised.inputs[code] = value + 1
                    guard (Scorer.value(of: question, in: raised).0 ?? 0) >= (Scorer.value(of: question, in: answers).0 ?? 0) else { continue }
                }
                #expect(Scorer.score(raised).total.score >= base.total.score, "\(question.code)")
                compared += 1
            }
        }
        #expect(compared > 2000)
    }

    @Test(arguments: ["wbk", "wbbm"])
    func gapPlanAppliedMeetsTheTarget(target: String) throws {
        var rng = SeededGenerator(seed: target == "wbk" ? 11 : 12)
        var planned = 0
        for _ in 0..<25 {
            guard let card = scored(Fixtures.randomAnswers(&rng, fill: 0.95), header: "predicate: wbk\n") else { continue }
            let plan = try #require(GapPlanner.plan(card, target: target))
            #expect(plan.blockers.isEmpty)
            #expect(plan.reachable, "a plan must exist for a unit that holds the prior predicate")
            let after = GapPlanner.apply(plan.changes, to: card)
            #expect(after.predicate(target)?.met == true)
            // Each change adds points, and no change can be dropped.
            for change in plan.changes { #expect(change.points > 0) }
            for index in plan.changes.indices {
                var fewer = plan.changes
                fewer.remove(at: index)
                #expect(GapPlanner.apply(fewer, to: card).predicate(target)?.met != true, "change \(plan.changes[index].code) is not needed")
            }
            planned += plan.changes.isEmpty ? 0 : 1
        }
        #expect(planned > 10)
    }

    @Test func gapPlanOfAUnitThatMeetsTheTargetIsEmpty() throws {
        let card = try #require(scored(Fixtures.extremes(best: true), header: "predicate: wbk\n"))
        let plan = try #require(GapPlanner.plan(card, target: "wbbm"))
        #expect(plan.failing.isEmpty)
        #expect(plan.changes.isEmpty)
        #expect(plan.reachable)
    }

    @Test func priorPredicateBlocksWBBMThroughAnswersAlone() throws {
        let card = try #require(scored(Fixtures.extremes(best: true)))
        let plan = try #require(GapPlanner.plan(card, target: "wbbm"))
        #expect(plan.blockers.map(\.id) == ["prior"])
        #expect(plan.changes.isEmpty)
        let text = GapPlanRenderer(language: .en).render(plan, card: card)
        #expect(text.contains("## Not reachable through answers alone"))
        #expect(text.contains("requires the predicate Menuju WBK"))
    }

    @Test func minimumSurveyIndicesMatchTabel6() throws {
        var answers = Fixtures.extremes(best: true)
        answers["B.I.a"] = "3.00"
        answers["B.II.a"] = "3.00"
        let card = try #require(scored(answers, header: "predicate: wbk\n"))
        let wbk = try #require(GapPlanner.plan(card, target: "wbk"))
        #expect(wbk.minimumNumbers["B.I.a"] == Number(text: "3.6"))
        #expect(wbk.minimumNumbers["B.II.a"] == Number(text: "3.2"))
        let wbbm = try #require(GapPlanner.plan(card, target: "wbbm"))
        #expect(wbbm.minimumNumbers["B.II.a"] == Number(text: "3.6"))
    }
}
