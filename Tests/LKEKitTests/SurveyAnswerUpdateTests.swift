import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Putting a survey index into an LKE answer file, and what it is worth there.
@Suite struct SurveyAnswerUpdateTests {
    func analysis(_ definition: SurveyDefinition, _ text: String, options: SurveyProcessor.Options = .init()) throws -> SurveyAnalysis {
        let outcome = SurveyProcessor(definition: definition, options: options).run([.init(path: "data/spak.csv", data: Data(text.utf8))])
        return try #require(outcome.analysis, "\(outcome.diagnostics)")
    }

    static func rows(_ count: Int, answer: Int, months: [Int] = [7, 8, 9]) -> String {
        var text = "Tanggal,SPAK1,SPAK2,SPAK3,SPAK4,SPAK5\n"
        for i in 0..<count { text += "2026-\(String(format: "%02d", months[i % months.count]))-10," + Array(repeating: String(answer), count: 5).joined(separator: ",") + "\n" }
        return text
    }

    @Test func theIndexReplacesTheAnswerWithANoteAndKeepsEverythingElse() throws {
        let spak = SurveyComputationTests.spak
        let a = try analysis(spak, Self.rows(30, answer: 5) + "2026-09-30,6,6,6,6,6\n")
        // Mean (30 x 5 + 6) / 31 per item; index 4 x mean / 6 = 3.3548... -> 3.35.
        #expect(SurveyAnswerUpdate.value(of: a) == "3.35")
        #expect(SurveyAnswerUpdate.unmetConditions(a).isEmpty)
        let loaded = AnswerSheetLoader(library: Fixtures.library).load(path: ProjectPaths.path("examples/kantor-contoh.yaml"))
        let sheet = try #require(loaded.sheet)
        let updated = try #require(SurveyAnswerUpdate.apply(a, to: sheet, language: .id))
        #expect(updated.entries.count == sheet.entries.count)
        let entry = try #require(updated.entry("B.I.a"))
        #expect(entry.value == "3.35")
        // The team's note is kept, the survey's note follows it.
        let generated = "Survei Persepsi Anti Korupsi (SPAK) (spak-2023 versi 2023.1): 31 responden, periode 2026-07-10 s.d. 2026-09-30, aturan konversi 'proportional' (Proporsional, indeks = 4 x rata-rata / 6), bobot 'equal'; data: spak.csv"
        #expect(entry.note == "Survei persepsi anti korupsi pihak ketiga, Agustus 2026, 400 responden.\n" + generated)
        // A note of an earlier run of the same survey is replaced, whatever its language; the team's lines stay.
        let earlier = "Tim: angka sementara.\n\nSurvei Persepsi Anti Korupsi (SPAK) (spak-2023 version 2022.9): 12 respondents\n"
        let merged = SurveyAnswerUpdate.mergedNote(existing: earlier, analysis: a, language: .id)
        #expect(merged == .init(note: "Tim: angka sementara.\n" + generated, keptTeamNote: true, replacedSurveyNote: true))
        #expect(SurveyAnswerUpdate.mergedNote(existing: nil, analysis: a, language: .id) == .init(note: generated, keptTeamNote: false, replacedSurveyNote: false))
        #expect(SurveyAnswerUpdate.mergedNote(existing: generated, analysis: a, language: .en).keptTeamNote == false)
        #expect(entry.evidence == sheet.entry("B.I.a")?.evidence)
        for old in sheet.entries where old.code != "B.I.a" {
            let new = try #require(updated.entry(old.code))
            #expect(new.value == old.value && new.note == old.note && new.evidence == old.evidence, "\(old.code)")
        }
        // Written and read back, it scores: 3.35 / 4 x 17.50 = 14.65625.
        let text = AnswerSheetWriter.text(of: updated, questionnaire: Fixtures.lke)
        let reread = AnswerSheetLoader(library: Fixtures.library).load(SourceFile(path: "k.yaml", text: text))
        let card = Scorer.score(try #require(reread.answers))
        #expect(card.questions["B.I.a"]?.score == Number(text: "14.65625"))
        let before = Scorer.score(try #require(loaded.answers))
        #expect(card.nodes["B"]!.score - before.nodes["B"]!.score == Number(text: "14.65625")! - Number(text: "15.8375")!)
        let english = SurveyAnswerUpdate.note(for: a, language: .en)
        #expect(english.hasPrefix("Survei Persepsi Anti Korupsi (SPAK) (spak-2023 version 2023.1): 31 respondents, period 2026-07-10 to 2026-09-30"))
    }

    @Test func theLKEConditionsOnTheSurveyAreChecked() throws {
        let spkp = SurveyComputationTests.spkp
        var text = "Tanggal," + spkp.items.map(\.code).joined(separator: ",") + "\n"
        for day in 1...12 { text += "2026-08-\(String(format: "%02d", day))," + Array(repeating: "6", count: 8).joined(separator: ",") + "\n" }
        let a = try analysis(spkp, text)
        #expect(SurveyAnswerUpdate.unmetConditions(a).map(\.en) == [
            "only 12 respondents; a survey for the LKE needs at least 30",
            "the period 2026-08-01 to 2026-08-12 is shorter than 3 months; the LKE takes the mean of at least the last 3 months",
        ])
        let undated = try analysis(spkp, spkp.items.map(\.code).joined(separator: ",") + "\n" + Array(repeating: "5", count: 8).joined(separator: ",") + "\n")
        #expect(undated.period == nil)
        #expect(SurveyAnswerUpdate.unmetConditions(undated).map(\.en).last
            == "the survey period is unknown (no date column; use --from and --to), so the 3-month condition cannot be checked")
        // A declared period of three calendar months meets the condition.
        let declared = try analysis(spkp, text, options: .init(from: SurveyDate(year: 2026, month: 6, day: 1), to: SurveyDate(year: 2026, month: 8, day: 31)))
        #expect(declared.periodMonths == 3)
        #expect(SurveyAnswerUpdate.unmetConditions(declared).count == 1)
    }

    @Test func theContributionUsesTheLKEsOwnFormulaAndWeight() throws {
        let a = try analysis(SurveyComputationTests.spak, Self.rows(30, answer: 6))
        let c = try #require(SurveyContribution.compute(a, questionnaire: Fixtures.lke))
        #expect(c.code == "B.I.a")
        #expect(c.answer == 4)
        #expect(c.score == Number(text: "17.5"))
        #expect(c.maximum == Number(text: "17.5"))
        // SKM feeds nothing.
        let skm = try analysis(SurveyComputationTests.skm, "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n")
        #expect(SurveyContribution.compute(skm, questionnaire: Fixtures.lke) == nil)
        #expect(SurveyAnswerUpdate.value(of: skm) == "4.0000")
        #expect(SurveyAnswerUpdate.unmetConditions(skm).isEmpty)
    }
}
