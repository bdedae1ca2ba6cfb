import Foundation
import LKETestSupport
import Testing

/// The project carries its own sources: the shipped definitions cite docs/sources.md, every decision they cite
/// is stated there, and nothing in the repository points at files outside it.
@Suite struct SourcesDocTests {
    static let doc = (try? String(contentsOfFile: ProjectPaths.path("docs/sources.md"), encoding: .utf8)) ?? ""

    static func definitions() throws -> [(name: String, text: String)] {
        let folder = ProjectPaths.path("questionnaires")
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted().map {
            ($0, try String(contentsOfFile: folder + "/" + $0, encoding: .utf8))
        }
    }

    @Test func everyDefinitionCitesTheSourcesPage() throws {
        #expect(!Self.doc.isEmpty, "docs/sources.md is missing")
        let files = try Self.definitions()
        #expect(files.count >= 4)
        for (name, text) in files {
            let header = text.split(separator: "\n").prefix(12).joined(separator: "\n")
            #expect(header.contains("docs/sources.md"), "\(name): the header does not cite docs/sources.md")
            #expect(Self.doc.contains("`questionnaires/\(name)`"), "docs/sources.md has no section on \(name)")
        }
    }

    /// Every "D4" or "S2" a definition cites is stated in docs/sources.md as "**D4." or "**S2.".
    @Test func everyCitedDecisionIsStated() throws {
        let citation = try Regex(#"\b([DS]\d{1,2})\b"#)
        for (name, text) in try Self.definitions() {
            let comments = text.split(separator: "\n").filter { $0.contains("#") }.map { String($0[$0.firstIndex(of: "#")!...]) }
            for line in comments where line.contains("docs/sources.md") || line.contains("(D") {
                for match in line.matches(of: citation) {
                    let id = String(line[match.range])
                    #expect(Self.doc.contains("**\(id)."), "\(name): '\(id)' is cited but docs/sources.md does not state it: \(line)")
                }
            }
            // The old citations of a document the project does not hold are gone.
            #expect(text.range(of: #"(?i)\bdecisions? \d"#, options: .regularExpression) == nil, "\(name) cites a 'decision N'")
        }
    }

    /// No file of the repository (code, docs, tests, definitions, examples, scripts) points outside it.
    @Test func nothingPointsOutsideTheRepository() throws {
        // Built from parts, so that this file does not match itself.
        let needles = ["/wo" + "rk/", "shared/" + "reference", "lke-zi" + ".md", "surveys" + ".md"]
        let root = ProjectPaths.path("")
        var offenders: [String] = []
        for folder in ["Sources", "Tests", "docs", "questionnaires", "examples", "benchmarks", "scripts", ".ci"] {
            guard let walker = FileManager.default.enumerator(atPath: root + "/" + folder) else { continue }
            for case let relative as String in walker {
                let path = root + "/" + folder + "/" + relative
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                for needle in needles where text.contains(needle) { offenders.append("\(folder)/\(relative): \(needle)") }
            }
        }
        for file in ["README.md", "Package.swift"] {
            let text = (try? String(contentsOfFile: root + "/" + file, encoding: .utf8)) ?? ""
            for needle in needles where text.contains(needle) { offenders.append("\(file): \(needle)") }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
