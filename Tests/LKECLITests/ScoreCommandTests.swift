import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke score` through the built binary (exit status asserted in every test), plus a few in-process runs.
@Suite struct ScoreCommandTests {
    let example = "examples/kantor-contoh.yaml"
    let draft = "examples/draf-belum-lengkap.yaml"

    func golden(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: ProjectPaths.path("Tests/LKEKitTests/Snapshots/\(name)"))
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// The README's first command prints the reviewed Indonesian golden report, then (the example has its
    /// evidence folder) the separate evidence section, and says on stderr where it looked for evidence.
    @Test func readmeCommandPrintsTheMarkdownReport() throws {
        let result = try BinaryRunner.run(["score", example])
        #expect(result.status == 0)
        #expect(result.stderr == "examples/kantor-contoh.yaml: bukti dukung diperiksa di 'examples/bukti': indeks bukti 77,42%, 27 temuan (lihat bagian 'Bukti dukung'; rinciannya: lke evidence)\n")
        let report = try golden("report-kantor-contoh.id.md")
        #expect(result.stdout.hasPrefix(report))
        assertSnapshot(String(result.stdout.dropFirst(report.count)), named: "score-kantor-contoh-evidence.id.md")
        let plain = try BinaryRunner.run(["score", example, "--no-evidence"])
        #expect(plain.stdout == report)
        #expect(plain.stderr == "")
    }

    @Test func languageFlagAndEnvironmentChooseEnglish() throws {
        let flag = try BinaryRunner.run(["score", "--no-evidence", example, "--lang", "en"])
        #expect(flag.status == 0)
        #expect(flag.stdout == (try golden("report-kantor-contoh.en.md")))
        let environment = try BinaryRunner.run(["score", "--no-evidence", example], environment: ["LKE_LANG": "en"])
        #expect(environment.status == 0)
        #expect(environment.stdout == flag.stdout)
    }

    @Test func eachFormatMatchesItsGoldenFile() throws {
        let csv = try BinaryRunner.run(["score", "--no-evidence", example, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout == (try golden("report-kantor-contoh.csv")))
        let excel = try BinaryRunner.run(["score", "--no-evidence", example, "--excel"])
        #expect(excel.status == 0)
        #expect(excel.stdout == (try golden("report-kantor-contoh.excel.csv")))
        let json = try BinaryRunner.run(["score", "--no-evidence", "-f", "json", example])
        #expect(json.status == 0)
        #expect(json.stdout == (try golden("report-kantor-contoh.json")))
    }

    @Test func draftIsScoredWithItsWarningOnStandardError() throws {
        let result = try BinaryRunner.run(["score", "--no-evidence", draft])
        #expect(result.status == 0)
        #expect(result.stdout == (try golden("report-draf-belum-lengkap.id.md")))
        #expect(result.stderr == """
            examples/draf-belum-lengkap.yaml:98:17: warning: 'A.II.1.i.a': pembagi bernilai nol, pertanyaan tidak bernilai dan dihitung 0
              A.II.1.i.a.1: 0
                            ^

            """)
    }

    /// A check of severity warning: printed once on stderr with its note, listed in the report, exit 0.
    @Test func checkWarningsArePrintedOnceAndListedInTheReport() throws {
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("peringatan.yaml").path
        try """
            questionnaire: lke-zi-2021
            unit: Unit Peringatan
            answers:
              A.II.1.i.a.1: 2
              A.II.1.i.a.2: 1
              A.II.1.i.b.1: 3
              A.II.1.i.b.2: 1

            """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["score", "--no-evidence", path])
        #expect(result.status == 0)
        #expect(result.stderr.components(separatedBy: "warning: jumlah perubahan yang dibuat diisi berbeda").count == 2)
        #expect(result.stderr.hasPrefix("\(path):5:17: warning: jumlah perubahan yang dibuat diisi berbeda pada A.II.1.i.a.2 dan A.II.1.i.b.1"))
        #expect(result.stderr.contains("note: pemeriksaan 'perubahan-dibuat-sama' didefinisikan di sini"))
        #expect(result.stdout.contains("\n- baris 5: jumlah perubahan yang dibuat diisi berbeda pada A.II.1.i.a.2 dan A.II.1.i.b.1"))
        #expect(result.stdout.contains("- **Peringatan:** 1.\n"))
    }

    @Test func outputFileIsWrittenAndItsFormatFollowsTheExtension() throws {
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("laporan.json").path
        let result = try BinaryRunner.run(["score", "--no-evidence", example, "-o", target])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "laporan ditulis ke '\(target)'\n")
        let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: target)), as: UTF8.self)
        #expect(written == (try golden("report-kantor-contoh.json")))
        // An explicit format wins over the extension, and a second run replaces the file.
        let markdown = try BinaryRunner.run(["score", "--no-evidence", example, "--output=\(target)", "--format", "md"])
        #expect(markdown.status == 0)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: target)), as: UTF8.self) == (try golden("report-kantor-contoh.id.md")))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["laporan.json"])
    }

    @Test func severalFilesIntoADirectoryGetOneReportEach() throws {
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("laporan").path + "/"
        let result = try BinaryRunner.run(["score", "--no-evidence", example, draft, "--excel", "-o", target, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("report written to '\(target)kantor-contoh.csv'"))
        let files = try FileManager.default.contentsOfDirectory(atPath: target).sorted()
        #expect(files == ["draf-belum-lengkap.csv", "kantor-contoh.csv"])
        let data = try Data(contentsOf: URL(fileURLWithPath: target + "kantor-contoh.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: data, as: UTF8.self).contains("\r\nNILAI;Nilai Evaluasi Zona Integritas;100.00;;;78.92;78.92;;;node\r\n") == false)
        #expect(String(decoding: data, as: UTF8.self).contains("\r\nNILAI;Nilai Evaluasi Zona Integritas;100,00;;;78,92;78,92;;;node\r\n"))
    }

    @Test func severalFilesOnStandardOutput() throws {
        let json = try BinaryRunner.run(["score", "--no-evidence", example, draft, "--format", "json"])
        #expect(json.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        let markdown = try BinaryRunner.run(["score", "--no-evidence", example, draft])
        #expect(markdown.status == 0)
        #expect(markdown.stdout == (try golden("report-kantor-contoh.id.md")) + "\n---\n\n" + (try golden("report-draf-belum-lengkap.id.md")))
        let csv = try BinaryRunner.run(["score", "--no-evidence", example, draft, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("Berkas,Unit,Kode,Penilaian,"))
        #expect(csv.stdout.contains("\r\nexamples/draf-belum-lengkap.yaml,Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Contoh,NILAI,"))
    }

    @Test func invalidAnswerFileIsReportedAndTheOthersStillScored() throws {
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("salah.yaml").path
        try "questionnaire: lke-zi-2021\nunit: Unit Salah\nanswers:\n  A.I.1.i.a: Mungkin\n  B.I.a: \"4.5\"\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["score", bad, example, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("""
            \(bad):4:14: error: 'Mungkin' bukan pilihan untuk 'A.I.1.i.a'; pilihan: Ya, Tidak
              A.I.1.i.a: Mungkin
                         ^
            \(bad):5:10: error:
            """))
        // Asked for two files: still an array, holding the valid one.
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        let alone = try BinaryRunner.run(["score", bad, "--lang", "en"])
        #expect(alone.status == 1)
        #expect(alone.stdout == "")
        #expect(alone.stderr.contains("error: 'Mungkin' is not an option of 'A.I.1.i.a'; options: Ya, Tidak"))
    }

    @Test func missingFileExitsOne() throws {
        let result = try BinaryRunner.run(["score", "tidak-ada.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "lke: error: tidak dapat membaca 'tidak-ada.yaml': berkas tidak ada atau tidak dapat dibaca\n")
    }

    @Test func unwritableOutputExitsOne() throws {
        let result = try BinaryRunner.run(["score", "--no-evidence", example, "-o", "/nonexistent-lke-dir/laporan.md", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("lke: error: cannot write '/nonexistent-lke-dir/laporan.md': "))
    }

    @Test func usageErrorsExitSixtyFour() throws {
        let unknown = try BinaryRunner.run(["score", example, "--fromat", "csv"])
        #expect(unknown.status == 64)
        #expect(unknown.stdout == "")
        #expect(unknown.stderr == """
            error: opsi '--fromat' tidak dikenal; maksud Anda '--format'?
            Penggunaan: \(ScoreCommand.usage)
            Lihat 'lke help score' untuk keterangan lengkap.

            """)
        let cases: [([String], String)] = [
            (["score"], "error: name at least one answer file"),
            (["score", example, "--format", "pdf"], "error: '--format' must be one of: md, csv, json, xlsx, html, docx (not 'pdf')"),
            (["score", example, "--format", "json", "--excel"], "error: '--excel' applies only to '--format csv' (not 'json')"),
            (["score", example, "-o"], "error: '--output' needs a value"),
            (["score", example, "--excel=yes"], "error: '--excel' takes no value"),
        ]
        for (arguments, message) in cases {
            let result = try BinaryRunner.run(["score", "--lang", "en"] + arguments.dropFirst())
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix(message + "\nUsage: lke score FILE..."), "\(arguments): \(result.stderr)")
        }
    }

    /// An `-o` file whose extension no format writes is refused (exit 64, nothing written), never filled
    /// with Markdown under a misleading name; a name without an extension still gets Markdown.
    @Test func unknownOutputExtensionIsAUsageError() throws {
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["laporan.pdf", "Laporan.XLSQ"] {
            let target = directory.appendingPathComponent(name).path
            let result = try BinaryRunner.run(["score", example, "-o", target, "--lang", "en"])
            #expect(result.status == 64, "\(name)")
            #expect(result.stdout == "")
            let ext = name.split(separator: ".").last!.lowercased()
            #expect(result.stderr.hasPrefix("error: lke does not write .\(ext) files; the -o extensions it knows: .md, .csv, .json"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: target))
        }
        let plain = directory.appendingPathComponent("laporan").path
        let result = try BinaryRunner.run(["score", "--no-evidence", example, "-o", plain])
        #expect(result.status == 0)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: plain)), as: UTF8.self) == (try golden("report-kantor-contoh.id.md")))
    }

    @Test func collidingReportNamesInADirectoryAreAUsageError() throws {
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("kantor-contoh.yaml").path
        try FileManager.default.copyItem(atPath: ProjectPaths.path(example), toPath: copy)
        let result = try BinaryRunner.run(["score", example, copy, "-o", directory.path, "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: '\(example)' and '\(copy)' would both be written to 'kantor-contoh.md' in '\(directory.path)'"))
    }

    @Test func helpInBothLanguages() throws {
        let id = try BinaryRunner.run(["score", "--help"])
        #expect(id.status == 0)
        #expect(id.stderr == "")
        assertSnapshot(id.stdout, named: "score-help.id.txt")
        let en = try BinaryRunner.run(["help", "score", "--lang", "en"])
        #expect(en.status == 0)
        assertSnapshot(en.stdout, named: "score-help.en.txt")
        let overview = try BinaryRunner.run(["--help"])
        #expect(overview.status == 0)
        let line = overview.stdout.components(separatedBy: "\n").first { $0.hasPrefix("  score ") }
        #expect(line?.hasSuffix(" menilai berkas jawaban dan mencetak laporannya (Markdown, CSV, JSON, XLSX, HTML, DOCX)") == true)
    }

    /// In process, with a scripted console: the questionnaire option and an invalid definition.
    @Test func questionnaireOptionIsStampedAndBadDefinitionsFail() throws {
        let console = ScriptedConsole()
        let status = CLI.run(["score", ProjectPaths.path(example), "-q", ProjectPaths.path("questionnaires/lke-zi-2021.yaml"), "--format", "json"],
                             console: console)
        #expect(status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any])
        let stamp = try #require((json["stamp"] as? [String: Any])?["questionnaire"] as? [String: Any])
        #expect(stamp["bundled"] as? Bool == false)
        #expect(stamp["path"] as? String == ProjectPaths.path("questionnaires/lke-zi-2021.yaml"))

        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let definition = directory.appendingPathComponent("rusak.yaml").path
        try "format: lke/1\nkind: lke\nid: rusak\n".write(toFile: definition, atomically: true, encoding: .utf8)
        let failing = ScriptedConsole()
        let failed = CLI.run(["score", ProjectPaths.path(example), "-q", definition], console: failing)
        #expect(failed == 1)
        #expect(failing.errors.contains("\(definition):"))
        #expect(failing.output.hasPrefix("# Laporan Penilaian: Kantor Pelayanan Contoh Kota Maju\n"))
    }
}
