import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke evidence`, `lke evidence init`, and the evidence parts of `score`, `check`, `batch` and `fill`, through the
/// built binary (exit status asserted in every test).
@Suite struct EvidenceCommandTests {
    let example = "examples/kantor-contoh.yaml"

    /// A temporary unit: an answer file and its evidence tree (present, missing, empty, draft, unlisted files).
    func unit() throws -> URL {
        let directory = ProjectPaths.temporaryDirectory()
        func write(_ relative: String, _ text: String) throws {
            let url = directory.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("jawaban.yaml", """
            # Tim Kerja ZI, penilaian mandiri
            questionnaire: lke-zi-2021
            unit: Unit Uji
            answers:
              A.I.1.i.a:
                value: Ya
                evidence:
                  - bukti/A.I.1.i.a/sk.pdf   # SK final
              A.I.1.i.b:
                value: A
                evidence: bukti/A.I.1.i.b/hilang.pdf
              A.I.1.ii.a:
                value: Ya
                evidence: [bukti/A.I.1.ii.a/kosong.pdf, bukti/A.I.1.ii.a/rencana.docx]
              A.I.1.ii.b: B

            """)
        try write("bukti/A.I.1.i.a/sk.pdf", "%PDF-1.4 sk")
        try write("bukti/A.I.1.i.a/notulen.pdf", "%PDF-1.4 notulen")
        try write("bukti/A.I.1.ii.a/kosong.pdf", "")
        try write("bukti/A.I.1.ii.a/rencana.docx", "PK")
        return directory
    }

    /// The README command: the bundled example's evidence report.
    @Test func readmeCommandReportsTheExample() throws {
        let result = try BinaryRunner.run(["evidence", example])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        assertSnapshot(result.stdout, named: "evidence-kantor-contoh.id.md")
        let english = try BinaryRunner.run(["evidence", example, "--lang", "en", "--format", "json"])
        #expect(english.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "lke-evidence/1")
        #expect(json["folder"] as? String == "examples/bukti")
        let index = try #require(json["index"] as? [[String: Any]])
        #expect(index.first?["code"] as? String == "NILAI")
        #expect((index.first?["index"] as? NSNumber)?.doubleValue == 77.42)
    }

    @Test func reportNamesEachProblemWithItsLine() throws {
        let directory = try unit()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BinaryRunner.run(["evidence", "jawaban.yaml", "--format", "csv", "--lang", "en", "--hash"], directory: directory)
        #expect(result.status == 0)
        let findings = result.stdout.split(separator: "\r\n").filter { $0.contains(",finding,") }.map { line in
            line.split(separator: ",", omittingEmptySubsequences: false)[8] + " " + line.split(separator: ",", omittingEmptySubsequences: false)[9]
        }
        #expect(findings == [
            "jawaban.yaml:11:15 missing", "jawaban.yaml:14:16 empty", "jawaban.yaml:14:45 draft", "jawaban.yaml:15:3 no-evidence",
            "jawaban.yaml:5:3 unlisted",
        ])
        #expect(result.stdout.contains(SHA256.hex(of: Data("%PDF-1.4 sk".utf8))))
        let markdown = try BinaryRunner.run(["evidence", "jawaban.yaml"], directory: directory)
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("| jawaban.yaml:11:15 | A.I.1.i.b | tidak ada | 'A.I.1.i.b': bukti 'bukti/A.I.1.i.b/hilang.pdf' tidak ditemukan |"))
        #expect(markdown.stdout.contains("| **NILAI** | **Nilai Evaluasi Zona Integritas** | **0,25%** | **1/113** | **5** |"))
    }

    @Test func writeListsTheUnlistedFilesAndKeepsTheRest() throws {
        let directory = try unit()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("jawaban.yaml").path
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let result = try BinaryRunner.run(["evidence", "jawaban.yaml", "--write"], directory: directory)
        #expect(result.status == 0)
        #expect(result.stderr == "1 bukti dicantumkan ke 'jawaban.yaml':\n  A.I.1.i.a: bukti/A.I.1.i.a/notulen.pdf\n")
        let after = try String(contentsOfFile: path, encoding: .utf8)
        #expect(after == before.replacingOccurrences(of: "      - bukti/A.I.1.i.a/sk.pdf   # SK final\n",
                                                     with: "      - bukti/A.I.1.i.a/sk.pdf   # SK final\n      - bukti/A.I.1.i.a/notulen.pdf\n"))
        // The report shown is the one after writing: nothing unlisted any more; the file is valid.
        #expect(!result.stdout.contains("tidak tercantum"))
        let check = try BinaryRunner.run(["check", "jawaban.yaml"], directory: directory)
        #expect(check.status == 0)
        let again = try BinaryRunner.run(["evidence", "jawaban.yaml", "--write", "--lang", "en"], directory: directory)
        #expect(again.status == 0)
        #expect(again.stderr == "'jawaban.yaml': no evidence file needs listing\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == after)
    }

    @Test func initCreatesTheSkeletonAndKeepsWhatExists() throws {
        let directory = try unit()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BinaryRunner.run(["evidence", "init", "jawaban.yaml", "--lang", "en"], directory: directory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("created  bukti/A.I.1.i.b\n"))
        #expect(result.stdout.contains("created  bukti/A.I.1.i.a/BACA-SAYA.txt\n"))
        #expect(result.stdout.contains("kept     bukti/A.I.1.i.a\n"))
        #expect(result.stderr == "'bukti': 224 created, 3 existed and were kept\n")
        let guide = try String(contentsOfFile: directory.appendingPathComponent("bukti/B.I.a/BACA-SAYA.txt").path, encoding: .utf8)
        #expect(guide.hasPrefix("B.I.a\nNilai Survey Persepsi Korupsi (Survei Eksternal)\nPart: HASIL > Birokrasi yang Bersih dan Akuntabel\n"))
        let again = try BinaryRunner.run(["evidence", "init", "jawaban.yaml"], directory: directory)
        #expect(again.status == 0)
        #expect(again.stderr == "'bukti': 0 dibuat, 227 sudah ada dan dibiarkan\n")
        #expect(try String(contentsOfFile: directory.appendingPathComponent("bukti/A.I.1.i.a/sk.pdf").path, encoding: .utf8) == "%PDF-1.4 sk")
        let elsewhere = try BinaryRunner.run(["evidence", "init", "jawaban.yaml", "--dir", "lain/data-dukung"], directory: directory)
        #expect(elsewhere.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("lain/data-dukung/A.I.1.i.a/BACA-SAYA.txt").path))
    }

    @Test func exitStatuses() throws {
        let missing = try BinaryRunner.run(["evidence", "tidak-ada.yaml"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "lke: error: tidak dapat membaca 'tidak-ada.yaml': berkas tidak ada atau tidak dapat dibaca\n")
        let cases: [[String]] = [["evidence"], ["evidence", example, "--format", "pdf"], ["evidence", "init"],
                                 ["evidence", "init", example, "--write"], ["evidence", example, "examples/draf-belum-lengkap.yaml", "--dir", "x"]]
        for arguments in cases {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
        }
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "questionnaire: lke-zi-2021\nunit: X\nanswers:\n  A.I.1.i.a: Mungkin\n".write(to: directory.appendingPathComponent("salah.yaml"), atomically: true, encoding: .utf8)
        let invalid = try BinaryRunner.run(["evidence", "salah.yaml"], directory: directory)
        #expect(invalid.status == 1)
        #expect(invalid.stderr.hasPrefix("salah.yaml:4:14: error:"))
    }

    /// `lke score` keeps its numbers: the evidence part is separate and says where it looked.
    @Test func scoreShowsTheEvidenceBesideTheUnchangedScore() throws {
        let directory = try unit()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = try BinaryRunner.run(["score", "jawaban.yaml", "--no-evidence", "--format", "json"], directory: directory)
        let with = try BinaryRunner.run(["score", "jawaban.yaml", "--format", "json"], directory: directory)
        #expect(plain.status == 0 && with.status == 0)
        #expect(with.stderr == "jawaban.yaml: bukti dukung diperiksa di 'bukti': indeks bukti 0,25%, 5 temuan (lihat bagian 'Bukti dukung'; rinciannya: lke evidence)\n")
        let a = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        var b = try #require(try JSONSerialization.jsonObject(with: Data(with.stdout.utf8)) as? [String: Any])
        #expect((b["evidence"] as? [String: Any])?["folder"] as? String == "bukti")
        b["evidence"] = nil
        #expect(NSDictionary(dictionary: a) == NSDictionary(dictionary: b))
        // The text too: the evidence key is added last, everything before it is the plain report.
        #expect(with.stdout.hasPrefix(String(plain.stdout.dropLast(3))))
        let csv = try BinaryRunner.run(["score", "jawaban.yaml", "--format", "csv", "--lang", "en"], directory: directory)
        #expect(csv.stdout.hasPrefix("Code,Item,Weight,Answer Options,Answer,Score,%,Note,Evidence,Row Type,Evidence Index,Evidence Problems\r\nNILAI,"))
        #expect(csv.stdout.contains(",node,0.25,5\r\n"))
        #expect(csv.stdout.contains("A.I.1.i.a,Unit kerja telah membentuk tim"))
        // No folder: no evidence part unless asked for.
        try FileManager.default.removeItem(at: directory.appendingPathComponent("bukti"))
        let none = try BinaryRunner.run(["score", "jawaban.yaml"], directory: directory)
        #expect(none.stderr == "" && !none.stdout.contains("## Bukti dukung"))
        let forced = try BinaryRunner.run(["score", "jawaban.yaml", "--evidence", "--lang", "en"], directory: directory)
        #expect(forced.stdout.contains("## Evidence\n\nChecked separately from the score"))
        #expect(forced.stdout.contains("- **Evidence folder:** bukti (does not exist)"))
        let usage = try BinaryRunner.run(["score", "jawaban.yaml", "--evidence", "--no-evidence"], directory: directory)
        #expect(usage.status == 64)
    }

    @Test func checkWithEvidenceAddsWarnings() throws {
        let directory = try unit()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = try BinaryRunner.run(["check", "jawaban.yaml"], directory: directory)
        #expect(plain.status == 0 && plain.stderr == "")
        let result = try BinaryRunner.run(["check", "jawaban.yaml", "--evidence", "--lang", "en"], directory: directory)
        #expect(result.status == 0)
        #expect(result.stderr.contains("jawaban.yaml:11:15: warning: 'A.I.1.i.b': evidence 'bukti/A.I.1.i.b/hilang.pdf' not found\n"))
        #expect(result.stderr.contains("jawaban.yaml:14:45: warning: 'A.I.1.ii.a': evidence 'bukti/A.I.1.ii.a/rencana.docx' is still a draft (.docx); final evidence is a PDF\n"))
        #expect(result.stdout == plain.stdout.replacingOccurrences(of: "jawaban '", with: "answers of '")
            .replacingOccurrences(of: "' untuk ", with: "' to ").replacingOccurrences(of: "pertanyaan terjawab", with: "questions answered"))
    }

    @Test func batchAddsAnEvidenceColumnPerArea() throws {
        let directory = try unit()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = try BinaryRunner.run(["batch", "jawaban.yaml", "--format", "csv"], directory: directory)
        let result = try BinaryRunner.run(["batch", "jawaban.yaml", "--format", "csv", "--evidence"], directory: directory)
        #expect(plain.status == 0 && result.status == 0)
        let lines = result.stdout.split(separator: "\r\n").map(String.init)
        let plainLines = plain.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines[0] == plainLines[0] + ",MP_evidence,TL_evidence,SDM_evidence,AK_evidence,PW_evidence,PL_evidence")
        // A.I.1.i.a (0,25) complete of AREA.MP's 8: 3,125 -> 3.13.
        #expect(lines[1] == plainLines[1] + ",3.13,0.00,0.00,0.00,0.00,0.00")
    }

    @Test func fillAttachesWithBukti() throws {
        let directory = try unit()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BinaryRunner.run(["fill", "jawaban.yaml", "--from", "A.I.1.i.a", "--lang", "en"],
                                          input: ":bukti notulen\n:bukti rencana-lama.xlsx\n:quit\n", directory: directory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("saved: evidence of A.I.1.i.a: bukti/A.I.1.i.a/notulen.pdf"))
        #expect(result.stderr.contains("warning: 'A.I.1.i.a': evidence 'bukti/A.I.1.i.a/rencana-lama.xlsx' not found"))
        #expect(result.stderr.contains("is still a draft (.xlsx)"))
        let saved = try #require(AnswerSheetLoader(library: QuestionnaireLibrary()).load(path: directory.appendingPathComponent("jawaban.yaml").path).sheet)
        #expect(saved.entry("A.I.1.i.a")?.evidence == ["bukti/A.I.1.i.a/sk.pdf", "bukti/A.I.1.i.a/notulen.pdf", "bukti/A.I.1.i.a/rencana-lama.xlsx"])
    }
}
