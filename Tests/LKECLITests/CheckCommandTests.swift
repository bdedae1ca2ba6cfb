import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke check FILE...` through the built binary; every test asserts the exit status.
@Suite struct CheckCommandTests {
    static let lkeSummary = "questionnaires/lke-zi-2021.yaml: lke-zi-2021 versi 2021.1: 61 simpul, 113 pertanyaan "
        + "(abc 36, abcd 33, abcde 17, computed 8, number 2, ya-tidak 17), bobot total 100\n"

    /// A definition with three problems, one of them a YAML error.
    static let broken = """
        format: lke/1
        kind: lke
        id: rusak
        title: Rusak
        version: "1"
        language: id
        rounding:
          decimals: 2
          mode: half-up
        scales: []
        tree:
          code: NILAI
          title: Nilai
          wieght: 10
          children: []

        """

    /// A temporary directory holding `files`.
    func directory(_ files: [String: String]) throws -> URL {
        let url = ProjectPaths.temporaryDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test func validDefinitionPrintsItsSummary() throws {
        let result = try BinaryRunner.run(["check", "questionnaires/lke-zi-2021.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout == Self.lkeSummary)
        #expect(result.stderr == "")
    }

    @Test func answerFilePrintsWhatIsAnswered() throws {
        let result = try BinaryRunner.run(["check", "examples/kantor-contoh.yaml", "examples/draf-belum-lengkap.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            examples/kantor-contoh.yaml: jawaban 'Kantor Pelayanan Contoh Kota Maju' untuk lke-zi-2021: 113/113 pertanyaan terjawab
            examples/draf-belum-lengkap.yaml: jawaban 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Contoh' untuk lke-zi-2021: 71/113 pertanyaan terjawab

            """)
        #expect(result.stderr == "")
    }

    @Test func brokenFileIsReportedWithLocations() throws {
        let folder = try directory(["rusak.yaml": Self.broken])
        let result = try BinaryRunner.run(["check", "rusak.yaml"], directory: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            rusak.yaml:9:9: error: 'mode' bernilai 'half-up', harus salah satu dari: half-away-from-zero, half-even, down
              mode: half-up
                    ^
            rusak.yaml:12:3: error: simpul tidak memiliki kunci wajib 'weight'
              code: NILAI
              ^
            rusak.yaml:14:3: error: kunci 'wieght' tidak dikenal pada simpul; maksud Anda 'weight'?
              wieght: 10
              ^
            rusak.yaml:15:13: error: 'children' kosong
              children: []
                        ^

            """)
    }

    @Test func englishWithLang() throws {
        let folder = try directory(["rusak.yaml": Self.broken])
        let result = try BinaryRunner.run(["check", "--lang", "en", "rusak.yaml"], directory: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("rusak.yaml:9:9: error: 'mode' is 'half-up'; it must be one of: half-away-from-zero, half-even, down\n"))
        #expect(result.stderr.contains("rusak.yaml:14:3: error: unknown key 'wieght' in node; did you mean 'weight'?\n  wieght: 10\n  ^\n"))
        let valid = try BinaryRunner.run(["check", "questionnaires/lke-zi-2021.yaml", "--lang=en"])
        #expect(valid.status == 0)
        #expect(valid.stdout.hasPrefix("questionnaires/lke-zi-2021.yaml: lke-zi-2021 version 2021.1: 61 nodes, 113 questions ("))
    }

    /// Every file is checked and every problem reported before the exit status says something failed.
    @Test func severalFilesCollectEveryProblem() throws {
        let anchors = LoaderFixtures.definition.replacingOccurrences(of: "title: Uji", with: "title: &t Uji")
            .replacingOccurrences(of: "  title: Nilai", with: "  title: *t")
        let folder = try directory(["rusak.yaml": Self.broken, "jangkar.yaml": anchors, "kosong.yaml": "\n"])
        let root = ProjectPaths.root.path
        let result = try BinaryRunner.run(["check", "rusak.yaml", root + "/questionnaires/lke-zi-2021.yaml", "jangkar.yaml", "tidak-ada.yaml", "kosong.yaml"],
                                          directory: folder)
        #expect(result.status == 1)
        #expect(result.stdout == root + "/" + Self.lkeSummary)
        let lines = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
        #expect(lines == [
            "rusak.yaml:9:9: error: 'mode' bernilai 'half-up', harus salah satu dari: half-away-from-zero, half-even, down",
            "rusak.yaml:12:3: error: simpul tidak memiliki kunci wajib 'weight'",
            "rusak.yaml:14:3: error: kunci 'wieght' tidak dikenal pada simpul; maksud Anda 'weight'?",
            "rusak.yaml:15:13: error: 'children' kosong",
            "jangkar.yaml:4:8: error: jangkar ('&') tidak didukung; tulis nilainya langsung",
            "jangkar.yaml:16:10: error: alias ('*') tidak didukung; tulis nilainya langsung",
            "lke: error: tidak dapat membaca 'tidak-ada.yaml': berkas tidak ada atau tidak dapat dibaca",
            "kosong.yaml:1:1: error: berkas kosong; definisi kuesioner diperlukan",
        ])
    }

    @Test func missingFile() throws {
        let result = try BinaryRunner.run(["check", "tidak-ada.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "lke: error: tidak dapat membaca 'tidak-ada.yaml': berkas tidak ada atau tidak dapat dibaca\n")
    }

    @Test func answerFileErrorsNameFileLineAndColumn() throws {
        let folder = try directory(["jawaban.yaml": "questionnaire: lke-zi-2021\nunit: Uji\nanswers:\n  A.I.1.i.a: Mungkin\n  B.I.a: 5\n  Z.9: Ya\n"])
        let result = try BinaryRunner.run(["check", "jawaban.yaml", "--lang", "en"], directory: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            jawaban.yaml:4:14: error: 'Mungkin' is not an option of 'A.I.1.i.a'; options: Ya, Tidak
              A.I.1.i.a: Mungkin
                         ^
            jawaban.yaml:5:10: error: 'B.I.a' is 5, outside the range 0 to 4
              B.I.a: 5
                     ^
            jawaban.yaml:6:3: error: code 'Z.9' does not exist in 'lke-zi-2021'
              Z.9: Ya
              ^

            """)
    }

    /// An answer file may name a definition checked earlier in the same run, or one given with --questionnaire.
    @Test func answersToADefinitionOfTheSameRun() throws {
        let folder = try directory([
            "uji.yaml": LoaderFixtures.definition,
            "jawaban.yaml": LoaderFixtures.answers,
        ])
        let together = try BinaryRunner.run(["check", "uji.yaml", "jawaban.yaml"], directory: folder)
        #expect(together.status == 0)
        #expect(together.stdout == """
            uji.yaml: uji versi 1: 2 simpul, 1 pertanyaan (ya-tidak 1), bobot total 4
            jawaban.yaml: jawaban 'Kantor Uji' untuk uji: 1/1 pertanyaan terjawab

            """)
        let option = try BinaryRunner.run(["check", "-q", "uji.yaml", "jawaban.yaml"], directory: folder)
        #expect(option.status == 0)
        #expect(option.stdout == "jawaban.yaml: jawaban 'Kantor Uji' untuk uji: 1/1 pertanyaan terjawab\n")
        let alone = try BinaryRunner.run(["check", "jawaban.yaml"], directory: folder)
        #expect(alone.status == 1)
        #expect(alone.stderr.hasPrefix("jawaban.yaml:1:16: error: kuesioner 'uji' tidak dikenal; yang tersedia: lke-zi-2021"))
    }

    @Test func brokenQuestionnaireOptionIsReported() throws {
        let folder = try directory(["rusak.yaml": Self.broken, "jawaban.yaml": LoaderFixtures.answers])
        let result = try BinaryRunner.run(["check", "--questionnaire", "rusak.yaml", "jawaban.yaml"], directory: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("rusak.yaml:9:9: error: 'mode' bernilai 'half-up'"))
        #expect(result.stderr.contains("jawaban.yaml:1:16: error: kuesioner 'uji' tidak dikenal"))
    }

    /// Survey definitions (kind: survey) are checked too.
    @Test func everyShippedDefinitionChecks() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.path("questionnaires")).filter { $0.hasSuffix(".yaml") }.sorted()
        let result = try BinaryRunner.run(["check"] + names.map { "questionnaires/" + $0 })
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == names.count)
        for (line, name) in zip(lines, names) { #expect(line.hasPrefix("questionnaires/\(name): ")) }
        #expect(result.stdout.contains("survei"))
    }

    // MARK: - Usage

    @Test func noArgumentsIsAUsageError() throws {
        let result = try BinaryRunner.run(["check"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: sebutkan paling sedikit satu berkas\nPenggunaan: lke check FILE... [--evidence]\nLihat 'lke help check' untuk keterangan lengkap.\n")
        let english = try BinaryRunner.run(["check", "--lang", "en"])
        #expect(english.status == 64)
        #expect(english.stderr == "error: name at least one file\nUsage: lke check FILE... [--evidence]\nSee 'lke help check' for more information.\n")
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try BinaryRunner.run(["check", "--strict", "questionnaires/lke-zi-2021.yaml"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("error: opsi '--strict' tidak dikenal"))
        #expect(result.stderr.contains("\nPenggunaan: lke check FILE... [--evidence]\n"))
    }

    @Test func helpOfTheCommand() throws {
        let result = try BinaryRunner.run(["check", "--help"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("Penggunaan: lke check FILE... [--evidence]\n\nMemeriksa setiap BERKAS"))
        let english = try BinaryRunner.run(["help", "check", "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.hasPrefix("Usage: lke check FILE... [--evidence]\n\nChecks each FILE"))
    }

    @Test func overviewListsCheck() throws {
        let result = try BinaryRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n  check "))
        #expect(result.stdout.contains("memeriksa definisi kuesioner dan berkas jawaban"))
    }

    @Test func unknownCommandSuggestsCheck() throws {
        let result = try BinaryRunner.run(["chek", "questionnaires/lke-zi-2021.yaml"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: perintah 'chek' tidak dikenal; maksud Anda 'check'?\nLihat 'lke --help' untuk daftar perintah.\n")
    }

    // MARK: - In process

    @Test func inProcessRunMatchesTheBinary() throws {
        let console = ScriptedConsole()
        let status = CLI.run(["check", ProjectPaths.path("questionnaires/lke-zi-2021.yaml")], console: console)
        #expect(status == 0)
        #expect(console.output == ProjectPaths.path("questionnaires/lke-zi-2021.yaml") + ": " + Self.lkeSummary.drop { $0 != " " }.dropFirst())
        #expect(console.errors == "")
    }
}

/// A definition with one question and an answer file for it.
enum LoaderFixtures {
    static let definition = """
        format: lke/1
        kind: lke
        id: uji
        title: Uji
        version: "1"
        language: id
        rounding: {decimals: 2, mode: half-even}
        scales:
          - id: ya-tidak
            title: Ya/Tidak
            options:
              - {code: Ya, label: Ya, value: 1}
              - {code: Tidak, label: Tidak, value: 0}
        tree:
          code: NILAI
          title: Nilai
          weight: 4
          children:
            - code: A
              title: Bagian A
              weight: 4
              questions:
                - code: A.a
                  text: Tim telah dibentuk
                  type: choice
                  scale: ya-tidak
                  condition: Ya, jika ada SK

        """

    static let answers = "questionnaire: uji\nunit: Kantor Uji\nanswers:\n  A.a: Ya\n"
}
