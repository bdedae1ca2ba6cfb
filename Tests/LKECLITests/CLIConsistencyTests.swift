import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The command line behaves the same everywhere (issue 17, item 6), through the built binary.
@Suite struct CLIConsistencyTests {
    @Test func helpForAnUnknownCommandIsAUsageError() throws {
        let run = try BinaryRunner.run(["help", "nosuch"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("perintah 'nosuch' tidak dikenal"))
        let near = try BinaryRunner.run(["help", "scroe", "--lang", "en"])
        #expect(near.status == 64)
        #expect(near.stderr.contains("unknown command 'scroe'; did you mean 'score'?"))
        #expect(try BinaryRunner.run(["help", "score"]).status == 0)
    }

    @Test func commonOptionsWorkBeforeAndAfterTheCommand() throws {
        let after = try BinaryRunner.run(["score", "examples/kantor-contoh.yaml", "--lang", "en"])
        #expect(after.status == 0)
        for before in [["--lang", "en", "score"], ["--lang=en", "score"], ["-q", "questionnaires/lke-zi-2021.yaml", "--lang", "en", "score"],
                       ["--questionnaire=questionnaires/lke-zi-2021.yaml", "score", "--lang", "en"]] {
            let run = try BinaryRunner.run(before + ["examples/kantor-contoh.yaml"])
            #expect(run.status == 0, "\(before): \(run.stderr)")
            // With -q the report names the definition file it read; the rest is the same.
            #expect(run.stdout.hasPrefix("# Assessment Report: Kantor Pelayanan Contoh Kota Maju\n"), "\(before)")
            if !before.contains(where: { $0.contains("questionnaire") || $0 == "-q" }) { #expect(run.stdout == after.stdout, "\(before)") }
        }
        let help = try BinaryRunner.run(["--lang", "en", "help", "score"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("Usage: lke score"))
        let wrong = try BinaryRunner.run(["--lang", "fr", "score", "examples/kantor-contoh.yaml"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("'--lang' harus salah satu dari: id, en"))
    }

    @Test func aFolderIsNamedAsAFolderWithTheBatchCommand() throws {
        let folder = ProjectPaths.temporaryDirectory().path
        let run = try BinaryRunner.run(["score", folder])
        #expect(run.status == 1)
        #expect(run.stderr == "lke: error: '\(folder)' adalah folder, bukan berkas; untuk menilai semua berkas jawaban di dalamnya gunakan 'lke batch \(folder)'\n")
        let en = try BinaryRunner.run(["explain", folder, "--lang", "en"])
        #expect(en.status == 1)
        #expect(en.stderr.contains("'\(folder)' is a folder, not a file; to score every answer file in it use 'lke batch \(folder)'"))
        let missing = try BinaryRunner.run(["score", folder + "/tidak-ada.yaml"])
        #expect(missing.stderr.contains("berkas tidak ada atau tidak dapat dibaca"))
    }

    @Test func checkSaysWhatAForeignFileIsAndWhichCommandReadsIt() throws {
        let csv = try BinaryRunner.run(["check", "examples/survey-zi.csv"])
        #expect(csv.status == 1)
        #expect(csv.stderr.hasPrefix("lke: error: 'examples/survey-zi.csv' tampak seperti data CSV (baris judul dengan 19 kolom)"))
        #expect(csv.stderr.contains("'lke survey examples/survey-zi.csv --instrument skm|spak|spkp'"))
        #expect(!csv.stderr.contains("kuesioner"))
        let directory = ProjectPaths.temporaryDirectory()
        let book = directory.appendingPathComponent("lke.xlsx")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).write(to: book)
        let xlsx = try BinaryRunner.run(["check", book.path, "--lang", "en"])
        #expect(xlsx.status == 1)
        #expect(xlsx.stderr.contains("is a spreadsheet workbook or another zip file (.xlsx, .ods), not a YAML definition or answer file"))
        // A YAML file with commas on its first line is still checked as YAML.
        let yaml = try BinaryRunner.run(["check", "examples/kantor-contoh.yaml", "questionnaires/lke-zi-2021.yaml"])
        #expect(yaml.status == 0)
    }

    @Test func aLongSourceLineIsShownOnceAndShortened() throws {
        let run = try BinaryRunner.run(["survey", "examples/survey-zi.csv", "-i", "skm"])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.contains("tidak ada kolom untuk butir") }.count == 9)
        #expect(lines.filter { $0.hasPrefix("Timestamp;") }.count == 1)
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= DiagnosticRenderer.sourceWidth + 6 || $0.contains("error:") })
        #expect(run.stderr.count < 2000)
    }
}

/// The renderer's handling of long lines and repeated places.
@Suite struct DiagnosticRendererTests {
    @Test func aLongLineIsCutAroundTheCaret() {
        let text = String(repeating: "a", count: 100) + "X" + String(repeating: "b", count: 300)
        let source = SourceFile(path: "p.csv", text: text + "\n")
        let renderer = DiagnosticRenderer(language: .en, sources: [source])
        let at = SourceLocation(path: "p.csv", line: 1, column: 101)
        let out = renderer.render([.error(at: at, Localized("bad")), .error(at: at, Localized("worse")),
                                   .error(at: SourceLocation(path: "p.csv", line: 1, column: 1), Localized("first"))])
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "p.csv:1:101: error: bad")
        #expect(lines[1].hasPrefix("...") && lines[1].hasSuffix("..."))
        #expect(lines[1].count == DiagnosticRenderer.sourceWidth + 6)
        // The caret still points at the X.
        let caret = lines[2].count - 1
        #expect(Array(lines[1])[caret] == "X")
        #expect(lines[3] == "p.csv:1:101: error: worse")
        #expect(lines[4] == "p.csv:1:1: error: first")
        #expect(lines[5].hasPrefix("aaaa") && lines[5].hasSuffix("..."))
        #expect(lines[6] == "^")
    }
}

/// A hostile answer file prints at most 100 diagnostics and one "and N more" line.
@Suite struct DiagnosticCapCLITests {
    @Test func aFileWithThousandsOfBadKeysPrintsAHundredAndACount() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("rusak.yaml").path
        var text = "questionnaire: lke-zi-2021\nunit: Unit Uji\n"
        for i in 1...3_000 { text += "kunci\(i): x\n" }
        text += "answers:\n"
        for i in 1...3_000 { text += "  X.\(i): Ya\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try BinaryRunner.run(["check", path, "--lang", "en"])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix(path + ":") && $0.contains(": error: ") && !$0.contains("more not shown") }.count == 100)
        #expect(lines.last == "\(path): error: ... and 5900 more not shown (at most 100 per file)")
        #expect(run.stderr.utf8.count < 30_000)
    }
}

/// What `lke check` takes for CSV, and what it does not.
@Suite struct ForeignFileTests {
    @Test func onlyDataIsTakenForCSV() {
        func kind(_ text: String, _ path: String = "x.yaml", mapping: Bool = false) -> FileProblem.ForeignKind? {
            FileProblem.foreignKind(of: Data(text.utf8), path: path, parsedAsMapping: mapping)
        }
        #expect(kind("Timestamp;U1;U2\n1;2;3\n") == .csv(columns: 3))
        #expect(kind("a,\"b,c\",d\n") == .csv(columns: 3))
        #expect(kind("anything", "data.CSV") == .csv(columns: 1))
        // A broken YAML file whose first line is a comment or a key with commas stays YAML.
        #expect(kind("# Semua nama, nomor SK, angka dan tautan\nunit: [\n") == nil)
        #expect(kind("title: a, b, c\n  bad: indent\n") == nil)
        #expect(kind("a,b,c\n", mapping: true) == nil)
        #expect(kind("PK\u{3}\u{4}rest") == .workbook)
    }
}
