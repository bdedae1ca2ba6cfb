import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Sources/LKEKit/Bundled/BundledQuestionnaires.swift is generated from questionnaires/*.yaml. This suite
/// regenerates its text and fails when the committed copy differs; with UPDATE_BUNDLED=1 it writes the new copy.
@Suite struct BundledQuestionnairesTests {
    static let target = "Sources/LKEKit/Bundled/BundledQuestionnaires.swift"
    static let command = "UPDATE_BUNDLED=1 swift test --filter BundledQuestionnairesTests"

    /// Every `.yaml` file of questionnaires/, sorted by name, with its text.
    static func definitions() throws -> [(name: String, text: String)] {
        let folder = ProjectPaths.path("questionnaires")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            guard let text = String(data: data, encoding: .utf8) else { throw GenerationError(message: "questionnaires/\(name) is not UTF-8") }
            return (name, text)
        }
    }

    struct GenerationError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The text of the generated Swift file. Each definition is a raw multi-line string literal whose value is the
    /// file's text byte for byte (the blank line before the closing delimiter keeps the file's final line break).
    static func generate(_ files: [(name: String, text: String)]) throws -> String {
        var out = """
            // Generated from questionnaires/ by Tests/LKEKitTests/BundledQuestionnairesTests.swift; do not edit.
            // Regenerate with: \(command)

            /// The definitions `lke` carries, so that it works from any directory.
            enum BundledQuestionnaires {
                static let files: [(name: String, text: String)] = [

            """
        for file in files {
            // Swift reads any line end in a literal as LF, so a CR would be lost.
            guard !file.text.contains("\r") else {
                throw GenerationError(message: "questionnaires/\(file.name) has CR line ends; save it with LF line ends")
            }
            // Enough '#' that neither the closing delimiter nor an escape can occur in the text.
            var hashes = "#"
            while file.text.contains("\"\"\"" + hashes) || file.text.contains("\\" + hashes) { hashes += "#" }
            out += "        (\"\(file.name)\", \(hashes)\"\"\"\n\(file.text)\n\"\"\"\(hashes)),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    @Test func committedCopyMatchesTheDefinitions() throws {
        let expected = try Self.generate(Self.definitions())
        let path = ProjectPaths.path(Self.target)
        let committed = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        guard committed != expected else { return }
        if ProcessInfo.processInfo.environment["UPDATE_BUNDLED"] == "1" {
            try AtomicFile.write(expected, to: path)
            Issue.record("wrote \(Self.target); build and run the tests again to check the new copy")
        } else {
            Issue.record("""
                \(Self.target) is out of date with questionnaires/; run: \(Self.command)
                \(lineDiff(expected: committed, actual: expected))
                """)
        }
    }

    @Test func generatedLiteralsKeepTheTextExactly() throws {
        let text = try Self.generate([("a.yaml", "a: 1\n"), ("b.yaml", "b: '\"\"\"#'\nc: \"\\#(x)\"\n"), ("c.yaml", "no final newline")])
        #expect(text.contains("(\"a.yaml\", #\"\"\"\na: 1\n\n\"\"\"#),\n"))
        #expect(text.contains("(\"b.yaml\", ##\"\"\"\nb: '\"\"\"#'\nc: \"\\#(x)\"\n\n\"\"\"##),\n"))
        #expect(text.contains("(\"c.yaml\", #\"\"\"\nno final newline\n\"\"\"#),\n"))
        #expect(throws: GenerationError.self) { try Self.generate([("d.yaml", "a: 1\r\n")]) }
    }

    /// What the binary carries is the files' text byte for byte: the digests match.
    @Test func bundledDefinitionsAreTheFilesByteForByte() throws {
        let library = QuestionnaireLibrary()
        let file = try SourceFile(contentsOfFile: ProjectPaths.path("questionnaires/lke-zi-2021.yaml"))
        let bundled = try #require(library.questionnaire("lke-zi-2021"), "lke-zi-2021 is not bundled; run: \(Self.command)")
        #expect(bundled.digest == file.digest, "the bundled lke-zi-2021.yaml differs from questionnaires/; run: \(Self.command)")
        let surveyFiles = try Self.definitions().filter { SurveyLoader.isSurvey(YAMLParser.parse(SourceFile(path: $0.name, text: $0.text)).root) }
        let surveys = SurveyLoader.bundled()
        #expect(surveys.count == surveyFiles.count, "\(surveys.count) surveys are bundled, questionnaires/ has \(surveyFiles.count); run: \(Self.command)")
        for survey in surveys {
            let name = try #require(surveyFiles.first { $0.text.contains("\nid: \(survey.id)\n") }?.name, "no file of questionnaires/ has id '\(survey.id)'")
            let source = try SourceFile(contentsOfFile: ProjectPaths.path("questionnaires/\(name)"))
            #expect(survey.digest == source.digest, "the bundled \(name) differs from questionnaires/; run: \(Self.command)")
        }
    }
}
