import Foundation
@testable import LKEKit
import LKETestSupport

/// Generated answer files for the `lke batch` and `lke diff` end-to-end tests, written into a fresh directory.
enum BatchCLIFixtures {
    static let lke: Questionnaire = QuestionnaireLibrary().questionnaire("lke-zi-2021")!

    /// An answer file with an option that does not exist (line 4, column 14) and a negative count (line 6).
    static let brokenAnswers = """
        questionnaire: lke-zi-2021
        unit: Unit Rusak Jawaban
        answers:
          A.I.1.i.a: Mungkin
          A.I.1.i.b: B
          A.II.1.i.a.1: -3

        """

    /// Writes units `range` (generator seed `seed`) into `directory/folder` as `unit-NNN.yaml`.
    static func write(_ range: Range<Int>, seed: UInt64, into directory: URL, layer: String = "self") {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let generator = AnswerFileGenerator(questionnaire: lke, seed: seed)
        for index in range {
            let url = directory.appendingPathComponent(String(format: "unit-%03d.yaml", index))
            try! Data(generator.text(forUnit: index, layer: layer).utf8).write(to: url)
        }
    }

    /// A working directory holding `batch/`: six units in two folders, a broken answer file, a broken YAML file,
    /// and files to skip (a README and a definition-like YAML). Returns the working directory.
    static func smallBatch(broken: Bool = true) -> URL {
        let work = ProjectPaths.temporaryDirectory()
        let batch = work.appendingPathComponent("batch")
        write(0..<4, seed: 7, into: batch.appendingPathComponent("instansi-a"))
        write(4..<6, seed: 7, into: batch.appendingPathComponent("instansi-b"))
        try! Data("Berkas jawaban unit kami.\n".utf8).write(to: batch.appendingPathComponent("README.md"))
        try! Data("format: lke/1\nkind: lke\nid: bukan-jawaban\n".utf8).write(to: batch.appendingPathComponent("definisi.yaml"))
        if broken {
            try! Data(brokenAnswers.utf8).write(to: batch.appendingPathComponent("rusak-jawaban.yaml"))
            try! Data("questionnaire: lke-zi-2021\nunit: [Unit Rusak\nanswers:\n  A.I.1.i.a: Ya\n".utf8)
                .write(to: batch.appendingPathComponent("rusak-yaml.yml"))
        }
        return work
    }
}
