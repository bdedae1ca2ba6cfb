import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The optional `head:` block of an answer file: who signs the report.
@Suite struct AnswerSheetHeadTests {
    let library = QuestionnaireLibrary()

    func load(_ text: String) -> AnswerSheetLoader.Outcome {
        AnswerSheetLoader(library: library).load(SourceFile(path: "uji.yaml", text: text))
    }

    func rendered(_ outcome: AnswerSheetLoader.Outcome, _ text: String) -> String {
        DiagnosticRenderer(language: .en, sources: [SourceFile(path: "uji.yaml", text: text)]).render(outcome.diagnostics)
    }

    @Test func readsEveryKey() throws {
        let outcome = load("""
            questionnaire: lke-zi-2021
            unit: Kantor Uji
            head:
              name: Dra. Siti Contoh, M.Si.
              nip: "197001012000032001"
              position: Kepala Kantor Uji
              place: Bandung
              date: 4 Desember 2026
            answers: {}
            """)
        #expect(!outcome.diagnostics.hasErrors)
        let head = try #require(outcome.sheet?.head)
        #expect(head == AnswerSheetHead(name: "Dra. Siti Contoh, M.Si.", nip: "197001012000032001", position: "Kepala Kantor Uji",
                                        place: "Bandung", date: "4 Desember 2026"))
    }

    @Test func isOptionalAndOnlyNameIsRequired() throws {
        #expect(load("questionnaire: lke-zi-2021\nunit: U\nanswers: {}\n").sheet?.head == nil)
        let outcome = load("questionnaire: lke-zi-2021\nunit: U\nhead:\n  name: Budi\nanswers: {}\n")
        #expect(!outcome.diagnostics.hasErrors)
        #expect(outcome.sheet?.head == AnswerSheetHead(name: "Budi"))
    }

    @Test func problemsAreLocated() {
        let text = "questionnaire: lke-zi-2021\nunit: U\nhead:\n  nip: \"1970\"\n  jabatan: Kepala\nanswers: {}\n"
        let outcome = load(text)
        let output = rendered(outcome, text)
        #expect(outcome.answers == nil)
        #expect(output.contains("uji.yaml:4:3: error:"), "\(output)")
        #expect(output.contains("'name'"), "\(output)")
        #expect(output.contains("uji.yaml:5:3: error:"), "\(output)")
        #expect(output.contains("jabatan"), "\(output)")

        let notMapping = "questionnaire: lke-zi-2021\nunit: U\nhead: Budi\nanswers: {}\n"
        let second = load(notMapping)
        #expect(second.answers == nil)
        #expect(rendered(second, notMapping).contains("uji.yaml:3:7: error:"), "\(rendered(second, notMapping))")
    }

    @Test func writerRoundTripsTheBlock() throws {
        var sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: "Kantor Uji")
        sheet.head = AnswerSheetHead(name: "Dr. A: B", nip: "197001012000032001", position: "Kepala # Kantor", place: "Bandung", date: nil)
        let text = AnswerSheetWriter.text(of: sheet, questionnaire: nil)
        #expect(text.contains("head:\n  name: "))
        #expect(!text.contains("date:"))
        let outcome = load(text)
        #expect(!outcome.diagnostics.hasErrors, "\(rendered(outcome, text))")
        #expect(outcome.sheet?.head == sheet.head)
    }
}
