import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `AnswerDiff`: what changed between two answer files of one unit.
@Suite struct DiffTests {
    /// Unit 3 of seed 11 assessed by itself and reviewed by the TPI, in a fresh directory.
    private func selfAndReview() throws -> (old: ScoreCard, new: ScoreCard, directory: URL) {
        let directory = ProjectPaths.temporaryDirectory().appendingPathComponent("diff")
        let generator = AnswerFileGenerator(questionnaire: BatchFixtures.lke, seed: 11)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let old = directory.appendingPathComponent("mandiri.yaml"), new = directory.appendingPathComponent("tpi.yaml")
        try Data(generator.text(forUnit: 3).utf8).write(to: old)
        try Data(generator.text(forUnit: 3, layer: "tpi").utf8).write(to: new)
        return (try #require(BatchFixtures.card(old.path)), try #require(BatchFixtures.card(new.path)), directory)
    }

    @Test(arguments: [("diff-self-tpi.id.md", BatchFormat.md, Language.id), ("diff-self-tpi.en.md", .md, .en),
                      ("diff-self-tpi.csv", .csv, .id), ("diff-self-tpi.json", .json, .id)])
    func aReviewMatchesItsGoldenFile(name: String, format: BatchFormat, language: Language) throws {
        let (old, new, directory) = try selfAndReview()
        let diff = AnswerDiff(old: old, new: new)
        assertSnapshot(BatchFixtures.relative(diff.text(format, language: language), to: directory), named: name)
    }

    @Test func everyChangedAnswerIsListedWithItsPointsAndTheirEffectUpToTheTotal() throws {
        let (old, new, _) = try selfAndReview()
        let diff = AnswerDiff(old: old, new: new)
        #expect(diff.sameQuestionnaire)
        #expect(diff.warnings.isEmpty)
        #expect(!diff.changes.isEmpty)
        let q = BatchFixtures.lke
        var expected: [String] = []
        for question in q.questions where AnswerComparison(question, in: old.answers) != AnswerComparison(question, in: new.answers) {
            expected.append(question.code)
        }
        #expect(diff.changes.map(\.code) == expected)
        var sum = Number(0)
        for change in diff.changes {
            #expect(change.oldPoints == old.questions[change.code]!.score)
            #expect(change.newPoints == new.questions[change.code]!.score)
            sum += change.delta
            let subIndicator = try #require(diff.effect(.subIndicator, of: change))
            #expect(subIndicator.code == old.questions[change.code]!.nodeCode)
            #expect(Rounding.snap(subIndicator.percent * subIndicator.weight / 100) == Rounding.snap(change.delta))
            #expect(diff.effect(.total, of: change)?.percent == change.delta)
            let component = try #require(diff.effect(.component, of: change))
            #expect(change.code.hasPrefix(component.code + "."))
            if change.code.hasPrefix("A.") {
                let area = try #require(diff.effect(.area, of: change))
                #expect(q.groupsByCode[area.code]!.sum.contains { change.code.hasPrefix($0 + ".") })
            } else {
                #expect(diff.effect(.area, of: change) == nil)
            }
        }
        // The points moved add up to the change of the total (exact arithmetic, up to the last of 38 digits).
        #expect(Rounding.snap(sum) == Rounding.snap(new.total.score - old.total.score))
        #expect(diff.scores.first?.code == "NILAI")
        #expect(diff.scores.first?.old == old.total.score && diff.scores.first?.new == new.total.score)
        #expect(diff.predicates.map(\.id) == ["wbk", "wbbm"])
        for predicate in diff.predicates {
            #expect(predicate.old == old.predicate(predicate.id)?.met)
            #expect(predicate.new == new.predicate(predicate.id)?.met)
        }
    }

    @Test func identicalFilesHaveNoChanges() throws {
        let (old, _, _) = try selfAndReview()
        let diff = AnswerDiff(old: old, new: old)
        #expect(diff.changes.isEmpty)
        #expect(diff.scores.isEmpty)
        #expect(diff.predicates.allSatisfy { !$0.changed })
        #expect(diff.text(.md, language: .en).contains("No answer changed."))
        #expect(diff.text(.csv) == BatchText.csvRecord(AnswerDiff.csvHeader))
    }

    @Test func differentUnitsGiveAWarningNotAnError() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let paths = BatchFixtures.write(0..<2, seed: 5, into: directory)
        let diff = AnswerDiff(old: try #require(BatchFixtures.card(paths[0])), new: try #require(BatchFixtures.card(paths[1])))
        #expect(diff.warnings.count == 1)
        #expect(diff.warnings[0].severity == .warning)
        let units = (0..<2).map { AnswerFileGenerator(questionnaire: BatchFixtures.lke, seed: 5).unit($0).name }
        #expect(diff.warnings[0].message == Message.Diff.unitsDiffer(oldUnit: units[0], oldPath: paths[0], newUnit: units[1], newPath: paths[1]))
    }

    @Test func differentQuestionnaireVersionsListTheCodesThatExistInOnlyOne() throws {
        let directory = ProjectPaths.temporaryDirectory()
        var definition = try String(contentsOfFile: ProjectPaths.path("questionnaires/lke-zi-2021.yaml"), encoding: .utf8)
        definition = definition.replacingOccurrences(of: "\nid: lke-zi-2021\n", with: "\nid: lke-zi-2025\n")
            .replacingOccurrences(of: "version: \"2021.1\"", with: "version: \"2025.1\"")
            .replacingOccurrences(of: "- code: A.I.1.ii.c\n", with: "- code: A.I.1.ii.x\n")
        let definitionPath = directory.appendingPathComponent("lke-zi-2025.yaml").path
        try definition.write(toFile: definitionPath, atomically: true, encoding: .utf8)
        let library = QuestionnaireLibrary(paths: [definitionPath])
        let newer = try #require(library.questionnaire("lke-zi-2025"), "\(library.loadFailures.diagnostics)")
        let old = directory.appendingPathComponent("2021.yaml").path, new = directory.appendingPathComponent("2025.yaml").path
        try AnswerFileGenerator(questionnaire: BatchFixtures.lke, seed: 1).text(forUnit: 0).write(toFile: old, atomically: true, encoding: .utf8)
        try AnswerFileGenerator(questionnaire: newer, seed: 1).text(forUnit: 0, period: "2027").write(toFile: new, atomically: true, encoding: .utf8)
        let diff = AnswerDiff(old: try #require(BatchFixtures.card(old, library: library)), new: try #require(BatchFixtures.card(new, library: library)))
        #expect(!diff.sameQuestionnaire)
        #expect(diff.onlyInOld == ["A.I.1.ii.c"])
        #expect(diff.onlyInNew == ["A.I.1.ii.x"])
        #expect(!diff.changes.contains { $0.code == "A.I.1.ii.c" || $0.code == "A.I.1.ii.x" })
        #expect(diff.warnings.map(\.message) == [Message.Diff.questionnairesDiffer(oldID: "lke-zi-2021", oldVersion: "2021.1", newID: "lke-zi-2025", newVersion: "2025.1")])
        let text = diff.text(.md)
        #expect(text.contains("- Kode hanya di versi lama: A.I.1.ii.c\n- Kode hanya di versi baru: A.I.1.ii.x\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(diff.text(.json).utf8)) as? [String: Any])
        #expect(json["onlyInOld"] as? [String] == ["A.I.1.ii.c"])
        #expect(json["sameQuestionnaire"] as? Bool == false)
    }

    @Test func answersOfEveryKindCompareAndPrint() {
        let counts = AnswerComparison.counts([.init(code: "A.II.1.i.a.1", value: 10), .init(code: "A.II.1.i.a.2", value: nil)])
        #expect(counts.text(language: .id, questionCode: "A.II.1.i.a") == ".1 = 10, .2 = ?")
        #expect(counts.text(language: nil, questionCode: "A.II.1.i.a") == "A.II.1.i.a.1=10;A.II.1.i.a.2=?")
        #expect(AnswerComparison.number(Number(text: "3.62")!).text(language: .id, questionCode: "B.I.a") == "3,62")
        #expect(AnswerComparison.number(Number(text: "3.6")!) == .number(Number(text: "3.60")!))
        #expect(AnswerComparison.none.text(language: .en, questionCode: "x") == "—")
        #expect(AnswerComparison.none.text(language: nil, questionCode: "x") == "")
    }
}
