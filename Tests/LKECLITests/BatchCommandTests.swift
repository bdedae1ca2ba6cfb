import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke batch` through the built binary (and in process for the terminal-only progress bar).
@Suite struct BatchCommandTests {
    @Test(arguments: [("md", "batch-cli.id.md"), ("csv", "batch-cli.csv"), ("json", "batch-cli.json")])
    func aBatchWithBrokenFilesScoresTheRestAndFails(format: String, golden: String) throws {
        let work = BatchCLIFixtures.smallBatch()
        let result = try BinaryRunner.run(["batch", "batch", "--format", format], directory: work)
        #expect(result.status == 1)
        assertSnapshot(result.stdout, named: golden)
        assertSnapshot(result.stderr, named: "batch-cli.stderr.txt")
        #expect(result.stderr.contains("batch/rusak-jawaban.yaml:4:14: error: 'Mungkin' bukan pilihan untuk 'A.I.1.i.a'"))
        #expect(result.stderr.contains("  A.I.1.i.a: Mungkin\n             ^\n"))
        #expect(result.stderr.contains("batch/rusak-yaml.yml:2:"))
        #expect(result.stderr.hasSuffix("6 unit, 3 memenuhi nilai WBK (1 siap diusulkan), 0 memenuhi nilai WBBM (0 siap diusulkan), 2 gagal\n"))
        #expect(result.stdout.contains("batch/rusak-jawaban.yaml"))
        #expect(!result.stdout.contains("definisi.yaml") && !result.stdout.contains("README"))
    }

    /// `--excel` gives batch the dialect of `lke score --excel`; it applies to CSV only.
    @Test func excelCSVIsTheScoreDialect() throws {
        let work = BatchCLIFixtures.smallBatch(broken: false)
        let result = try BinaryRunner.run(["batch", "batch", "--excel", "-o", "rekap.csv", "--jobs", "2"], directory: work)
        #expect(result.status == 0, "\(result.stderr)")
        let text = String(decoding: try Data(contentsOf: work.appendingPathComponent("rekap.csv")), as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}berkas;status;unit;instansi;periode;lapisan;total;"))
        #expect(text.contains("wbk_nilai;wbk_siap") && text.contains(";ya;") && text.contains(";tidak;") && !text.contains("true"))
        let refused = try BinaryRunner.run(["batch", "batch", "--excel", "--format", "md"], directory: work)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("'--excel' hanya berlaku untuk '--format csv'"))
    }

    @Test func englishMarkdownUsesADecimalPoint() throws {
        let work = BatchCLIFixtures.smallBatch()
        let result = try BinaryRunner.run(["batch", "batch", "--lang", "en"], directory: work)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("# Batch assessment summary: "))
        #expect(result.stdout.contains("| 1 | batch/instansi-a/unit-000.yaml | RSUD Kota Tarakan 1 | Pemerintah Daerah | 2026 | self | 94.05 | 54.97 | 39.08 | 7.62 (95.28%) |"))
        #expect(result.stdout.contains("## Rules that block most units from Menuju WBK"))
        #expect(result.stderr.contains("error: 'Mungkin' is not an option of 'A.I.1.i.a'"))
        #expect(result.stderr.hasSuffix("6 units, 3 meet the WBK score rules (1 ready to propose), 0 meet the WBBM score rules (0 ready to propose), 2 failed\n"))
    }

    @Test func aCleanBatchWrittenToAFileExitsZeroAndTakesTheFormatFromTheExtension() throws {
        let work = BatchCLIFixtures.smallBatch(broken: false)
        let result = try BinaryRunner.run(["batch", "batch", "-o", "rekap.csv", "--jobs", "2"], directory: work)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "6 unit, 3 memenuhi nilai WBK (1 siap diusulkan), 0 memenuhi nilai WBBM (0 siap diusulkan), 0 gagal\n")
        let written = try String(contentsOf: work.appendingPathComponent("rekap.csv"), encoding: .utf8)
        #expect(written.hasPrefix("file,status,unit,instansi,period,layer,total,pengungkit,hasil,"))
        #expect(written.components(separatedBy: "\r\n").count == 1 + 6 + 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted() == ["batch", "rekap.csv"])
    }

    @Test func theOutputDoesNotDependOnTheNumberOfJobs() throws {
        let work = BatchCLIFixtures.smallBatch()
        let one = try BinaryRunner.run(["batch", "batch", "--format", "json", "-j", "1"], directory: work)
        let four = try BinaryRunner.run(["batch", "batch", "--format", "json", "--jobs=4"], directory: work)
        #expect(one.status == 1 && four.status == 1)
        #expect(one.stdout == four.stdout)
        #expect(one.stderr == four.stderr)
    }

    @Test func theTargetChoosesWhichRulesAreSummarised() throws {
        let work = BatchCLIFixtures.smallBatch(broken: false)
        let result = try BinaryRunner.run(["batch", "batch", "--target", "wbbm"], directory: work)
        #expect(result.status == 0)
        #expect(result.stdout.contains("## Syarat yang paling banyak menghalangi Menuju WBBM\n\n6 dari 6 unit belum memenuhi Menuju WBBM."))
        #expect(result.stdout.contains("| Telah mendapatkan predikat Menuju WBK (`prior`) | 6 | 100,00% |"))
    }

    @Test func aDirectoryWithoutAnswerFilesIsAnError() throws {
        let work = ProjectPaths.temporaryDirectory()
        try Data("# catatan\n".utf8).write(to: work.appendingPathComponent("catatan.md"))
        let result = try BinaryRunner.run(["batch", "."], directory: work)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "lke: error: tidak ada berkas jawaban (.yaml/.yml dengan kunci 'questionnaire') di '.'\n")
    }

    @Test(arguments: [
        (["batch"], "sebutkan paling sedikit satu berkas atau direktori"),
        (["batch", "x", "--jobs", "0"], "'--jobs' harus bilangan bulat 1 sampai 1024 (bukan '0')"),
        (["batch", "x", "--format", "xml"], "'--format' harus salah satu dari: md, csv, json, xlsx, html (bukan 'xml')"),
        (["batch", "x", "--target", "wbx"], "predikat 'wbx' tidak dikenal (yang ada: wbk, wbbm); maksud Anda 'wbk'?"),
        (["batch", "--compare", "x"], "'--compare' memerlukan tepat dua direktori: SELF_DIR (penilaian mandiri) dan REVIEW_DIR (penilai)"),
        (["batch", "--compare", "x", "y", "--target", "wbk"], "'--target' tidak berlaku bersama '--compare'"),
        (["batch", "x", "--jbos", "2"], "opsi '--jbos' tidak dikenal; maksud Anda '--jobs'?"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: \(message)\nPenggunaan: lke batch PATH..."), "\(result.stderr)")
    }

    @Test func anUnwritableOutputIsReportedAndFails() throws {
        let work = BatchCLIFixtures.smallBatch(broken: false)
        let result = try BinaryRunner.run(["batch", "batch", "-o", "tidak-ada/rekap.md"], directory: work)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("lke: error: tidak dapat menulis 'tidak-ada/rekap.md': "))
    }

    @Test func compareReportsReviewerCorrectionsAndUnpairedFiles() throws {
        let work = ProjectPaths.temporaryDirectory()
        BatchCLIFixtures.write(0..<8, seed: 31, into: work.appendingPathComponent("mandiri"))
        BatchCLIFixtures.write(1..<8, seed: 31, into: work.appendingPathComponent("tpi"), layer: "tpi")
        BatchCLIFixtures.write(20..<21, seed: 31, into: work.appendingPathComponent("tpi"), layer: "tpi")
        let result = try BinaryRunner.run(["batch", "--compare", "mandiri", "tpi"], directory: work)
        #expect(result.status == 0)
        assertSnapshot(result.stdout, named: "batch-cli-compare.id.md")
        #expect(result.stderr == "7 pasangan, 2 tanpa pasangan, 0 gagal\n")
        #expect(result.stdout.contains("| mandiri | mandiri/unit-000.yaml |"))
        #expect(result.stdout.contains("| penilai | tpi/unit-020.yaml |"))
        let csv = try BinaryRunner.run(["batch", "--compare", "mandiri", "tpi", "--format", "csv", "--lang", "en"], directory: work)
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("level,code,title,area,file,unit,period,pairs,changed,changed_percent,lowered,raised,mean_delta_per_change,total_delta\r\ntotal,NILAI,"))
        #expect(csv.stdout.contains("\r\nunpaired-self,,,,mandiri/unit-000.yaml,"))
        #expect(csv.stderr == "7 pairs, 2 without a partner, 0 failed\n")
    }

    @Test func compareWithABrokenFileFails() throws {
        let work = ProjectPaths.temporaryDirectory()
        BatchCLIFixtures.write(0..<3, seed: 31, into: work.appendingPathComponent("mandiri"))
        BatchCLIFixtures.write(0..<3, seed: 31, into: work.appendingPathComponent("tpi"), layer: "tpi")
        try Data(BatchCLIFixtures.brokenAnswers.utf8).write(to: work.appendingPathComponent("tpi/unit-001.yaml"))
        try Data(BatchCLIFixtures.brokenAnswers.utf8).write(to: work.appendingPathComponent("mandiri/zz.yaml"))
        let result = try BinaryRunner.run(["batch", "--compare", "mandiri", "tpi", "--format", "json"], directory: work)
        #expect(result.status == 1)
        // tpi/unit-001.yaml names another unit, so unit 1's self-assessment and the broken review are both unpaired;
        // mandiri/zz.yaml and tpi/unit-001.yaml (same unit, period) pair up and fail to score.
        #expect(result.stderr.contains("tpi/unit-001.yaml:4:14: error: 'Mungkin' bukan pilihan untuk 'A.I.1.i.a'"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["pairs"] as? Int == 2)
        #expect(json["failed"] as? Int == 1)
        #expect((json["unpaired"] as? [[String: Any]])?.count == 1)
    }

    @Test func aTerminalGetsAProgressBarThatIsClearedBeforeDiagnosticsAndAtTheEnd() {
        let work = BatchCLIFixtures.smallBatch()
        let console = ScriptedConsole(interactive: true, environment: ["NO_COLOR": "1"])
        let status = CLI.run(["batch", work.appendingPathComponent("batch").path, "--format", "csv"], console: console)
        #expect(status == 1)
        #expect(console.errors.contains("\r[##############################] 9/9 berkas"))
        #expect(console.errors.contains("\r\u{1B}[K"))
        #expect(console.errors.hasSuffix("\r\u{1B}[K6 unit, 3 memenuhi nilai WBK (1 siap diusulkan), 0 memenuhi nilai WBBM (0 siap diusulkan), 2 gagal\n"))
        let noTerminal = ScriptedConsole(interactive: false)
        _ = CLI.run(["batch", work.appendingPathComponent("batch").path, "--format", "csv"], console: noTerminal)
        #expect(!noTerminal.errors.contains("\r"))
        #expect(console.output == noTerminal.output)
    }

    @Test func compareOnATerminalShowsProgressOverBothPasses() {
        let work = ProjectPaths.temporaryDirectory()
        BatchCLIFixtures.write(0..<3, seed: 31, into: work.appendingPathComponent("mandiri"))
        BatchCLIFixtures.write(0..<3, seed: 31, into: work.appendingPathComponent("tpi"), layer: "tpi")
        let console = ScriptedConsole(interactive: true, environment: ["NO_COLOR": "1"])
        let status = CLI.run(["batch", "--compare", work.appendingPathComponent("mandiri").path, work.appendingPathComponent("tpi").path],
                             console: console)
        #expect(status == 0)
        // Six files indexed, then three pairs compared: nine steps.
        #expect(console.errors.contains("] 6/6 berkas"))
        #expect(console.errors.contains("\r[##############################] 9/9 berkas"))
        #expect(console.errors.hasSuffix("\r\u{1B}[K" + Message.Command.comparisonSummary(pairs: 3, unpaired: 0, failed: 0).text(.id)))
    }

    @Test func helpDescribesEveryOption() throws {
        let result = try BinaryRunner.run(["help", "batch", "--lang", "en"])
        #expect(result.status == 0)
        for option in ["--format md|csv|json", "-o, --output FILE", "-j, --jobs N", "--target ID", "--compare", "Exit status: 0"] {
            #expect(result.stdout.contains(option), "\(option)")
        }
    }
}
