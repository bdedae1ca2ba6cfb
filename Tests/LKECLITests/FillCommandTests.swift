import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke fill` in-process, with scripted input.
@Suite struct FillCommandTests {
    typealias S = FillTestSupport

    @Test func answersAreSavedAfterEachOneAndAcknowledged() throws {
        let path = S.newAnswerFile()
        let result = S.run(["fill", path, "--lang", "en"], input: ["ya", "B", ":note dipilih: rapat # 1", ":evidence bukti/notulen.pdf", ":quit"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty)
        #expect(result.output.contains("saved: A.I.1.i.a = Ya\n"))
        #expect(result.output.contains("saved: A.I.1.i.b = B\n"))
        #expect(result.output.contains("saved: note of A.I.1.ii.a\n"))
        #expect(result.output.contains("saved: evidence of A.I.1.ii.a: bukti/notulen.pdf\n"))
        #expect(result.output.hasSuffix("saved in '\(path)': 2/113 questions answered, score so far 0.38\n"))
        #expect(S.read(path) == """
        questionnaire: lke-zi-2021
        unit: Kantor Uji
        period: "2026"
        layer: self
        predicate: none
        eligibility:
          opini-bpk:
          sakip-instansi-wbk:
          indeks-rb-wbk:
          maturitas-spip:
          unit-layanan-utama:
          tlhp:
          lhkasn-lhkpn:
          pembangunan-zi-wbk:
          evaluasi-sakip-unit-wbk:
          sakip-instansi-wbbm:
          indeks-rb-wbbm:
          pembangunan-zi-wbbm:
          evaluasi-sakip-unit-wbbm:
        answers:
          A.I.1.i.a: Ya
          A.I.1.i.b: B
          A.I.1.ii.a:
            note: "dipilih: rapat # 1"
            evidence:
              - bukti/notulen.pdf

        """)
        let outcome = S.load(path)
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func reopeningResumesAtTheFirstUnansweredQuestion() throws {
        let path = S.newAnswerFile()
        _ = S.run(["fill", path], input: ["ya", "a"])
        let result = S.run(["fill", path, "--lang", "en"], input: [])
        #expect(result.status == 0)
        #expect(result.output.contains("2/113 questions answered"))
        #expect(result.output.contains("A.I.1.ii.a (Ya/Tidak)> \nno changes to '\(path)': 2/113 questions answered"))
    }

    @Test func invalidInputIsExplainedOnStandardError() throws {
        let path = S.newAnswerFile()
        let result = S.run(["fill", path], input: ["mungkin", ":goto B.I.a", "4,5", "3,625", "3,62"])
        #expect(result.status == 0)
        #expect(result.errors == """
        error: 'mungkin' bukan pilihan untuk 'A.I.1.i.a'; pilihan: Ya, Tidak
        error: 'B.I.a' bernilai 4,5, di luar rentang 0 sampai 4
        error: 'B.I.a' paling banyak 2 angka desimal, bukan 3,625

        """)
        #expect(S.read(path).hasSuffix("answers:\n  B.I.a: 3.62\n"))
    }

    @Test func aMissingFileSuggestsInit() {
        let path = ProjectPaths.temporaryDirectory().appendingPathComponent("tidak-ada.yaml").path
        let result = S.run(["fill", path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.errors.contains("cannot read '\(path)': the file does not exist or is not readable; create one with 'lke init -o \(path)'"))
    }

    @Test(arguments: [
        ("questionnaire: lke-zi-2021\nunit: u\nwarna: biru\nanswers: {}\n", "unknown key 'warna'"),
        ("questionnaire: lke-zi-2021\nunit: u\nanswers:\n  A.I.1.i.a: [Ya\n", "error:"),
        ("questionnaire: lke-zi-2022\nunit: u\nanswers: {}\n", "questionnaire 'lke-zi-2022' is not known"),
        ("questionnaire: lke-zi-2021\nunit: u\npredicate: wbx\nanswers: {}\n", "predicate 'wbx' does not exist"),
    ])
    func structuralErrorsLeaveTheFileAlone(text: String, message: String) throws {
        let path = ProjectPaths.temporaryDirectory().appendingPathComponent("rusak.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = S.run(["fill", path, "--lang", "en"], input: ["ya"])
        #expect(result.status == 1)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(S.read(path) == text)
    }

    @Test func invalidAnswersInTheFileAreAskedAgainAndUnknownCodesKept() throws {
        let path = ProjectPaths.temporaryDirectory().appendingPathComponent("salah.yaml").path
        let text = "questionnaire: lke-zi-2021\nunit: u\nanswers:\n  A.I.1.i.a: Mungkin\n  A.I.1.i.b: A\n  X.9: 1\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = S.run(["fill", path, "--lang", "en"], input: ["ya", ":quit"])
        #expect(result.status == 0)
        #expect(result.errors.contains("error: 'Mungkin' is not an option of 'A.I.1.i.a'; options: Ya, Tidak"))
        #expect(result.errors.contains("error: code 'X.9' does not exist in 'lke-zi-2021'"))
        #expect(result.errors.contains("the invalid answers above are asked again; unknown codes are kept as they are"))
        #expect(result.output.contains("  Current answer: Mungkin (not valid: "))
        #expect(S.read(path).hasSuffix("answers:\n  A.I.1.i.a: Ya\n  A.I.1.i.b: A\n  X.9: 1\n"))
    }

    @Test func commentsAreAnnouncedAndTheOriginalIsBackedUpOnceBeforeTheFirstSave() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("berkomentar.yaml").path
        let text = "# catatan tangan\nquestionnaire: lke-zi-2021\nunit: u # nama unit\nanswers:\n  A.I.1.i.a: Ya\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        // No save, no backup.
        let quiet = S.run(["fill", path, "--lang", "en"], input: [":quit"])
        #expect(quiet.status == 0)
        #expect(quiet.errors.contains("warning: '\(path)' has comments (#) that are not kept when the file is saved; a copy of the original is kept in '\(path).bak' before the first save"))
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
        let result = S.run(["fill", path, "--lang", "en"], input: ["a", "ya"])
        #expect(result.status == 0)
        #expect(S.read(path + ".bak") == text)
        #expect(!S.read(path).contains("#"))
        #expect(S.read(path).hasSuffix("  A.I.1.i.a: Ya\n  A.I.1.i.b: A\n  A.I.1.ii.a: Ya\n"))
        // A later file with comments does not overwrite the first backup.
        try (S.read(path) + "# baru\n").write(toFile: path, atomically: true, encoding: .utf8)
        let again = S.run(["fill", path, "--lang", "en"], input: ["b"])
        #expect(again.errors.contains("'\(path).bak.2'"))
        #expect(S.read(path + ".bak") == text)
        #expect(S.read(path + ".bak.2").hasSuffix("# baru\n"))
    }

    @Test func badOptionsAreUsageErrors() {
        let path = S.newAnswerFile()
        let from = S.run(["fill", path, "--from", "A.I.1.i.z", "--lang", "en"])
        #expect(from.status == 64)
        #expect(from.errors.contains("error: code 'A.I.1.i.z' does not exist in 'lke-zi-2021'; did you mean 'A.I.1.i.a'?\n"))
        #expect(from.errors.contains("Usage: lke fill FILE"))
        let area = S.run(["fill", path, "--area", "AREA.XX", "--lang", "en"])
        #expect(area.status == 64)
        let none = S.run(["fill", "--lang", "en"])
        #expect(none.status == 64)
        #expect(none.errors.contains("error: " + Message.Usage.nameAnswerFileToFill.text(.en)))
        let two = S.run(["fill", path, path, "--lang", "en"])
        #expect(two.status == 64)
        #expect(two.errors.contains("error: " + Message.Usage.nameOnlyOneAnswerFile.text(.en)))
        let unknown = S.run(["fill", path, "--al", "--lang", "en"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("error: " + Message.Usage.unknownOption("--al", suggestion: "--all").text(.en)))
    }

    @Test func aTerminalGetsColourAndAProgressLineUnlessNoColour() {
        let path = S.newAnswerFile()
        let colour = S.run(["fill", path, "--lang", "en"], input: [":quit"], interactive: true, environment: ["TERM": "xterm"])
        #expect(colour.output.contains("\u{1B}[7m A.I.1 MANAJEMEN PERUBAHAN · 0/113 answered · prerequisites 0/13 · score 0.00 \u{1B}[0m\n"))
        #expect(colour.output.contains("\u{1B}[1;36mA.I.1.i.a\u{1B}[0m"))
        let plain = S.run(["fill", path, "--lang", "en"], input: [":quit"], interactive: true, environment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(plain.output.contains(" A.I.1 MANAJEMEN PERUBAHAN · 0/113 answered · prerequisites 0/13 · score 0.00 \n"))
        #expect(!plain.output.contains("\u{1B}"))
        let piped = S.run(["fill", path, "--lang", "en"], input: [":quit"])
        #expect(!piped.output.contains("answered · score"))
        #expect(!piped.output.contains("\u{1B}"))
    }

    @Test func aFailedSaveIsReportedAndTheStatusIsOne() throws {
        let directory = ProjectPaths.temporaryDirectory().appendingPathComponent("hilang")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("jawaban.yaml").path
        try "questionnaire: lke-zi-2021\nunit: u\nanswers: {}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let console = VanishingDirectoryConsole(input: ["ya", "b"], directory: directory)
        let status = CLI.run(["fill", path, "--lang", "en"], console: console)
        #expect(status == 1)
        #expect(console.errors.contains("could not save: cannot write '\(path)'"))
        #expect(console.errors.contains("error: the last change is not saved: cannot write '\(path)'"))
        #expect(!console.output.contains("saved: A.I.1.i.a"))
    }
}

/// A console that removes the answer file's directory before handing out its first line, so saving fails.
final class VanishingDirectoryConsole: Console, @unchecked Sendable {
    private(set) var output = ""
    private(set) var errors = ""
    private var input: [String]
    private let directory: URL

    init(input: [String], directory: URL) {
        self.input = input
        self.directory = directory
    }

    func write(_ text: String) { output += text }
    func writeError(_ text: String) { errors += text }
    func readLine() -> String? {
        try? FileManager.default.removeItem(at: directory)
        return input.isEmpty ? nil : input.removeFirst()
    }
    var isInteractive: Bool { false }
    var isErrorTerminal: Bool { false }
    var environment: [String: String] { [:] }
}
