import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// import(export(F)) gives F back: answers, counts, notes, evidence, unit header and eligibility, and the score.
@Suite("WorkbookRoundTrip")
struct WorkbookRoundTripTests {
    /// The answers of `text`, exported with `lke score --format xlsx`'s writer and imported again.
    static func roundTrip(_ text: String, path: String, language: Language = .id) throws -> (original: AnswerSheetLoader.Outcome, imported: WorkbookImport) {
        let original = Fixtures.answers(text, path: path)
        let answers = try #require(original.answers, "\(original.diagnostics)")
        let book = XLSXReport(options: ReportOptions(language: language)).render(Scorer.score(answers)).data
        let imported = try WorkbookImporter(library: Fixtures.library).read(data: book, path: "export.xlsx")
        return (original, imported)
    }

    static func expectSame(_ original: AnswerSheetLoader.Outcome, _ imported: WorkbookImport, _ label: String) throws {
        let want = try #require(original.answers)
        let sheet = imported.sheet
        // Nothing to report but what `lke check` reports for the original file (cross-item warnings).
        let known = Set(original.diagnostics.map(\.message.en))
        for diagnostic in imported.diagnostics {
            #expect(known.contains(diagnostic.message.en), "\(label): \(diagnostic.location): \(diagnostic.message.en)")
        }
        #expect(imported.comparedCount > 0, "\(label)")
        let w = want.sheet
        #expect(sheet.questionnaireID == w.questionnaireID && sheet.unit == w.unit && sheet.instansi == w.instansi, "\(label)")
        #expect(sheet.period == w.period && sheet.layer == w.layer && sheet.assessor == w.assessor && sheet.predicate == w.predicate, "\(label)")
        #expect(sheet.eligibility == w.eligibility, "\(label)")
        // The same typed answers: options, numbers and counts.
        let text = AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke)
        let reloaded = Fixtures.answers(text, path: "imported.yaml")
        let got = try #require(reloaded.answers, "\(label): \(reloaded.diagnostics)")
        #expect(got.choices.mapValues(\.code) == want.choices.mapValues(\.code), "\(label)")
        for question in Fixtures.lke.questions {
            switch question.kind {
            case .choice: break
            case .number: #expect(got.numbers[question.code] == want.numbers[question.code], "\(label) \(question.code)")
            case .computed(let spec):
                for input in spec.inputs { #expect(got.inputs[input.code] == want.inputs[input.code], "\(label) \(input.code)") }
            }
        }
        // Notes and evidence, code by code.
        let codes = Set(w.entries.map(\.code)).union(sheet.entries.map(\.code))
        for code in codes {
            let a = sheet.entry(code), b = w.entry(code)
            #expect(a?.note == b?.note, "\(label) note of \(code)")
            #expect(a?.evidence ?? [] == b?.evidence ?? [], "\(label) evidence of \(code)")
        }
        // The same score, every node and verdict.
        let left = Scorer.score(got), right = Scorer.score(want)
        #expect(left.total.score == right.total.score, "\(label)")
        for (code, node) in right.nodes { #expect(left.nodes[code]?.score == node.score, "\(label) \(code)") }
        #expect(left.predicates.map(\.met) == right.predicates.map(\.met), "\(label)")
    }

    @Test(arguments: [Language.id, .en]) func bundledExample(_ language: Language) throws {
        let path = ProjectPaths.path("examples/kantor-contoh.yaml")
        let (original, imported) = try Self.roundTrip(try String(contentsOfFile: path, encoding: .utf8), path: path, language: language)
        #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics.map(\.message.en))")
        try Self.expectSame(original, imported, "example (\(language))")
        #expect(imported.sheetName == "LKE")
    }

    @Test func incompleteDraft() throws {
        let path = ProjectPaths.path("examples/draf-belum-lengkap.yaml")
        let (original, imported) = try Self.roundTrip(try String(contentsOfFile: path, encoding: .utf8), path: path)
        try Self.expectSame(original, imported, "draft")
    }

    @Test func generatedUnits() throws {
        let generator = AnswerFileGenerator(questionnaire: Fixtures.lke, seed: 2026)
        for index in 0..<12 {
            for layer in index % 3 == 0 ? ["self", "tpi"] : ["self"] {
                let (original, imported) = try Self.roundTrip(generator.text(forUnit: index, layer: layer), path: "unit-\(index).yaml")
                try Self.expectSame(original, imported, "unit \(index) \(layer)")
            }
        }
    }

    @Test func secondUnitOfAWorkbookOfSeveral() throws {
        let generator = AnswerFileGenerator(questionnaire: Fixtures.lke, seed: 7)
        let outcomes = (0..<2).map { Fixtures.answers(generator.text(forUnit: $0), path: "u\($0).yaml") }
        let cards = try outcomes.map { Scorer.score(try #require($0.answers)) }
        let book = XLSXReport(options: ReportOptions()).render(cards).data
        let second = try WorkbookImporter(library: Fixtures.library).read(data: book, path: "dua.xlsx", sheetName: "LKE 2")
        try Self.expectSame(outcomes[1], second, "second unit")
        let first = try WorkbookImporter(library: Fixtures.library).read(data: book, path: "dua.xlsx")
        try Self.expectSame(outcomes[0], first, "first unit")
    }
}
