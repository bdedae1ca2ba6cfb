import Foundation
import LKEKit  // not @testable: the example in docs/architecture.md must compile against the public API alone
import LKETestSupport
import Testing

/// The example of docs/architecture.md ("Using LKEKit as a library"), line for line, with the paths made
/// absolute and `exit(1)` made a recorded issue: it scores an answer file through the public API only.
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
        for predicate in card.predicates { print(predicate.title + ":", predicate.met ? "met" : "not met") }
        let writer = ReportFormats.named("md")!.init(options: ReportOptions(language: .en))
        try writer.render(card).data.write(to: URL(fileURLWithPath: reportFile))

        #expect(printed.contains("total: 78.92"), "\(printed)")
        #expect(card.predicates.map(\.met) == [true, false], "\(printed)")
        #expect(try String(contentsOfFile: reportFile, encoding: .utf8).contains("78"))
    }

    /// The example in the documentation is the code above: every line of it but the imports, the paths and the
    /// exit appears in this file as written.
    @Test func theDocumentationShowsThisCode() throws {
        let doc = try String(contentsOfFile: ProjectPaths.path("docs/architecture.md"), encoding: .utf8)
        let section = try #require(doc.components(separatedBy: "## Using LKEKit as a library").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "```").first)
        let test = try String(contentsOfFile: #filePath, encoding: .utf8)
        let lines = block.split(separator: "\n").filter {
            !$0.hasPrefix("import ") && !$0.hasPrefix("let answerFile") && !$0.hasPrefix("guard ") && !$0.hasPrefix("try writer")
        }
        #expect(lines.count >= 7)
        for line in lines {
            let shown = test.contains("        " + line + "\n")
            #expect(shown, "docs/architecture.md's example line is not in \(#fileID): \(line)")
        }
    }
}
