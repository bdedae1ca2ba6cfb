import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke diff` through the built binary.
@Suite struct DiffCommandTests {
    /// A working directory with unit 3 (seed 11) as assessed by itself (`mandiri.yaml`) and by the TPI (`tpi.yaml`),
    /// and unit 4 (`lain.yaml`).
    private func files() throws -> URL {
        let work = ProjectPaths.temporaryDirectory()
        let generator = AnswerFileGenerator(questionnaire: BatchCLIFixtures.lke, seed: 11)
        try generator.text(forUnit: 3).write(to: work.appendingPathComponent("mandiri.yaml"), atomically: true, encoding: .utf8)
        try generator.text(forUnit: 3, layer: "tpi").write(to: work.appendingPathComponent("tpi.yaml"), atomically: true, encoding: .utf8)
        try generator.text(forUnit: 4).write(to: work.appendingPathComponent("lain.yaml"), atomically: true, encoding: .utf8)
        return work
    }

    @Test(arguments: [(["--lang", "id"], "diff-cli.id.md"), (["--lang", "en"], "diff-cli.en.md"), (["--format", "csv"], "diff-cli.csv"),
                      (["--format", "json"], "diff-cli.json")])
    func aSelfAssessmentAndItsReviewMatchTheGoldenFile(options: [String], golden: String) throws {
        let result = try BinaryRunner.run(["diff", "mandiri.yaml", "tpi.yaml"] + options, directory: try files())
        #expect(result.status == 0)
        // The self-assessment has a warning of its own (a cross-item check); it is shown, and nothing else.
        #expect(result.stderr.hasPrefix("mandiri.yaml:367:17: warning: "))
        #expect(!result.stderr.contains("error:"))
        assertSnapshot(result.stdout, named: golden)
    }

    @Test func differentUnitsGiveAWarningAndStillCompare() throws {
        let result = try BinaryRunner.run(["diff", "mandiri.yaml", "lain.yaml"], directory: try files())
        #expect(result.status == 0)
        #expect(result.stderr.contains("\nlke: warning: unit berbeda: 'Kantor Pelayanan Perbendaharaan Negara Padang 4' di 'mandiri.yaml' dan "))
        #expect(!result.stderr.contains("error:"))
        #expect(result.stdout.contains("## Jawaban yang berubah ("))
    }

    @Test func aBrokenFileIsReportedWithItsLocationAndFails() throws {
        let work = try files()
        try Data(BatchCLIFixtures.brokenAnswers.utf8).write(to: work.appendingPathComponent("rusak.yaml"))
        let result = try BinaryRunner.run(["diff", "mandiri.yaml", "rusak.yaml", "--lang", "en"], directory: work)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("rusak.yaml:4:14: error: 'Mungkin' is not an option of 'A.I.1.i.a'"))
        #expect(result.stderr.contains("rusak.yaml:6:17: error:"))
    }

    @Test func theOutputGoesToAFileWhenAsked() throws {
        let work = try files()
        let result = try BinaryRunner.run(["diff", "mandiri.yaml", "tpi.yaml", "-o", "perubahan.json"], directory: work)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: work.appendingPathComponent("perubahan.json"))) as? [String: Any])
        #expect((json["changes"] as? [Any])?.isEmpty == false)
    }

    @Test(arguments: [["diff"], ["diff", "a.yaml"], ["diff", "a.yaml", "b.yaml", "c.yaml"], ["diff", "a.yaml", "b.yaml", "--format", "pdf"]])
    func usageErrorsExit64(arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Penggunaan: lke diff OLD NEW"))
    }
}
