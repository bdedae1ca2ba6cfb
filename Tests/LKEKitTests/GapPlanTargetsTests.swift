import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke gap` proposes answers only for choice questions; counts (facts) and survey indices (measurements) are
/// targets to reach in reality, never declared away through a zero denominator.
@Suite struct GapPlanTargetsTests {
    @Test func kindsComeFromTheDefinitionsQuestionTypes() throws {
        let card = try ReportFixtures.example("draf-belum-lengkap")
        let plan = try #require(GapPlanner.plan(card, target: "wbk"))
        #expect(!plan.changes.isEmpty)
        for change in plan.changes {
            let question = try #require(card.questionnaire.question(change.code))
            switch question.kind {
            case .choice: #expect(change.kind == .answer, "\(change.code)")
            case .computed: #expect(change.kind == .count, "\(change.code)")
            case .number: #expect(change.kind == .measurement, "\(change.code)")
            }
        }
        #expect(plan.answerChanges.allSatisfy { $0.kind == .answer })
        #expect(plan.targets.allSatisfy { $0.kind != .answer })
    }

    /// The draft has no complaint counts: a plan must not reach 100 % by declaring zero complaints (a zero
    /// denominator), nor any other count target through a zero denominator.
    @Test func noCountTargetGoesThroughAZeroDenominator() throws {
        for example in ["draf-belum-lengkap", "kantor-contoh"] {
            let card = try ReportFixtures.example(example)
            for target in ["wbk", "wbbm"] {
                let plan = try #require(GapPlanner.plan(card, target: target))
                let after = GapPlanner.apply(plan.changes, to: card)
                for change in plan.targets where change.kind == .count {
                    #expect(after.questions[change.code]?.hitZeroDenominator == false, "\(example) \(target): \(change.code) reaches its value through a zero denominator")
                }
            }
        }
    }

    /// For Menuju WBBM on the example, the IPKP survey result is a target with both numbers explained: the
    /// rule on B.II alone needs 3,60, the plan needs more for the total.
    @Test func surveyIndexIsATargetWithBothMinimaExplained() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        let plan = try #require(GapPlanner.plan(card, target: "wbbm"))
        let index = try #require(plan.targets.first { $0.code == "B.II.a" })
        guard case .number(let needed) = index.target else { Issue.record("B.II.a is not a number target"); return }
        #expect(plan.minimumNumbers["B.II.a"] == Number(text: "3.6"))
        #expect(needed > Number(text: "3.6")!)
        #expect(plan.beyondMinimum["B.II.a"]?.contains("Nilai Total") == true)
        let text = GapPlanRenderer(language: .id).render(plan, card: card)
        let answers = try #require(text.components(separatedBy: "## Perubahan jawaban paling sedikit").last?.components(separatedBy: "## ").first)
        #expect(!answers.contains("B.II.a"), "the survey index is listed as an answer change")
        #expect(!answers.contains("A.II.3.iii.a"), "a count is listed as an answer change")
        let targets = try #require(text.components(separatedBy: "## Target yang harus dicapai dalam kenyataan").last?.components(separatedBy: "## ").first)
        let shown = NumberFormat.fixed(needed, places: 2, language: .id)
        #expect(targets.contains("**B.II.a**") && targets.contains("≥ \(shown)") && targets.contains("cukup dengan 3,60") && targets.contains("Nilai Total"))
        let english = GapPlanRenderer(language: .en).render(plan, card: card)
        #expect(english.contains("## Targets to reach in reality") && english.contains("The rules that name this index alone need 3.60"))
    }
}
