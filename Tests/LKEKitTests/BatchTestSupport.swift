import Foundation
@testable import LKEKit
import LKETestSupport

/// Generated answer-file batches for the batch, compare and diff tests.
enum BatchFixtures {
    static let library = QuestionnaireLibrary()
    static let lke: Questionnaire = library.questionnaire("lke-zi-2021")!

    /// An answer file with an option that does not exist (line 4) and a count out of range (line 6).
    static let brokenAnswers = """
        questionnaire: lke-zi-2021
        unit: Unit Rusak Jawaban
        answers:
          A.I.1.i.a: Mungkin
          A.I.1.i.b: B
          A.II.1.i.a.1: -3

        """

    /// An answer file whose YAML does not parse (an unclosed flow sequence on line 2).
    static let brokenYAML = """
        questionnaire: lke-zi-2021
        unit: [Unit Rusak
        answers:
          A.I.1.i.a: Ya

        """

    /// Writes units `range` of the generator with `seed` into `directory` as `unit-NNN.yaml`; returns the paths.
    @discardableResult
    static func write(_ range: Range<Int>, seed: UInt64, into directory: URL, layer: String = "self") -> [String] {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let generator = AnswerFileGenerator(questionnaire: lke, seed: seed)
        return range.map { index in
            let url = directory.appendingPathComponent(String(format: "unit-%03d.yaml", index))
            try! Data(generator.text(forUnit: index, layer: layer).utf8).write(to: url)
            return url.path
        }
    }

    /// A small batch: six generated units in two folders, the two broken files, and files that must be skipped
    /// (a README, a definition-like YAML, a hidden folder). Returns the batch directory.
    static func smallBatch() -> URL {
        let root = ProjectPaths.temporaryDirectory().appendingPathComponent("batch")
        write(0..<4, seed: 7, into: root.appendingPathComponent("instansi-a"))
        write(4..<6, seed: 7, into: root.appendingPathComponent("instansi-b"))
        try! Data(brokenAnswers.utf8).write(to: root.appendingPathComponent("rusak-jawaban.yaml"))
        try! Data(brokenYAML.utf8).write(to: root.appendingPathComponent("rusak-yaml.yml"))
        try! Data("Berkas jawaban unit kami.\n".utf8).write(to: root.appendingPathComponent("README.md"))
        try! Data("format: lke/1\nkind: lke\nid: bukan-jawaban\n".utf8).write(to: root.appendingPathComponent("definisi.yaml"))
        let hidden = root.appendingPathComponent(".cadangan")
        try! FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
        try! Data(brokenAnswers.utf8).write(to: hidden.appendingPathComponent("lama.yaml"))
        return root
    }

    /// `text` with the batch directory's absolute prefix removed, so outputs compare across runs.
    static func relative(_ text: String, to directory: URL) -> String {
        text.replacingOccurrences(of: directory.deletingLastPathComponent().path + "/", with: "")
    }

    /// Loads and scores a file the way `lke score` does.
    static func card(_ path: String, library: QuestionnaireLibrary = library) -> ScoreCard? {
        AnswerSheetLoader(library: library).load(path: path).answers.map { Scorer.score($0) }
    }
}
