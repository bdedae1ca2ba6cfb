import Foundation
import LKEKit  // not @testable: the example in docs/architecture.md must compile against the public API alone
import LKETestSupport
import Testing

/// The example of docs/architecture.md ("Using LKEKit as a library"), line for line, with the paths made
/// absolute: it scores an answer file through the public API only.
@Suite struct LibraryExampleTests {
    @Test func theDocumentedExampleScoresTheExampleAnswerFile() throws {
        let answerFile = ProjectPaths.path("examples/kantor-contoh.yaml")
        let reportFile = ProjectPaths.temporaryDirectory().appendingPathComponent("laporan.md").path
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }

        // The example, as in the documentation:
        let library = QuestionnaireLibrary()  // the bundled definitions; QuestionnaireLibrary(paths: [...]) adds others
        let outcome = AnswerSheetLoader(library: library).load(path: answerFile)  // read and validate
        let sources = (try? SourceFile(contentsOfFile: answerFile)).map { [$0] } ?? []
        print(DiagnosticRenderer(language: .en, sources: sources).render(outcome.diagnostics))
        guard let answers = outcome.answers else { Issue.record("the answer file has errors"); return }
        let card = Scorer.score(answers)
        print("total:", card.rounded(card.total.score))
        let writer = ReportFormats.named("md")!.init(options: ReportOptions(language: .en))
        try writer.render(card).data.write(to: URL(fileURLWithPath: reportFile))

        #expect(printed.last == "total: 78.92")
        #expect(try String(contentsOfFile: reportFile, encoding: .utf8).contains("78"))
    }
}
