import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

@Suite struct InitCommandTests {
    typealias S = FillTestSupport

    static func newPath() -> String {
        ProjectPaths.temporaryDirectory().appendingPathComponent("baru.yaml").path
    }

    @Test func writesANewAnswerFileWithItsMetadata() {
        let path = Self.newPath()
        let result = S.run(["init", "-o", path, "--unit", "Kantor: Uji", "--instansi", "Kementerian Contoh", "--period", "2026",
                            "--layer", "tpi", "--assessor", "Rina", "--lang", "en"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "created: \(path) (lke-zi-2021, 113 questions, 13 prerequisites, no answers yet); fill it with: lke fill \(path)\n")
        #expect(S.read(path) == """
        questionnaire: lke-zi-2021
        unit: "Kantor: Uji"
        instansi: Kementerian Contoh
        period: "2026"
        layer: tpi
        assessor: Rina
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
        answers: {}

        """)
        let outcome = S.load(path)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.answers?.sheet.unit == "Kantor: Uji")
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let path = Self.newPath()
        try "isi lama\n".write(toFile: path, atomically: true, encoding: .utf8)
        let refused = S.run(["init", "-o", path, "--unit", "U", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains(Message.Command.answerFileExists(path).text(.en)))
        #expect(S.read(path) == "isi lama\n")
        let forced = S.run(["init", "--output", path, "--unit", "U", "--force"])
        #expect(forced.status == 0)
        #expect(forced.output.hasPrefix("dibuat: \(path) (lke-zi-2021, 113 pertanyaan, 13 prasyarat, belum ada jawaban)"))
        #expect(S.read(path).hasPrefix("questionnaire: lke-zi-2021\nunit: U\npredicate: none\neligibility:\n  opini-bpk:\n"))
        #expect(S.read(path).hasSuffix("  evaluasi-sakip-unit-wbbm:\nanswers: {}\n"))
    }

    @Test func asksForTheUnitWhenItIsNotGiven() {
        let path = Self.newPath()
        let result = S.run(["init", "-o", path, "--lang", "en"], input: ["  Dinas Contoh  "])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Name of the unit: created: "))
        #expect(S.read(path).contains("unit: Dinas Contoh\n"))
        let none = S.run(["init", "-o", Self.newPath(), "--lang", "en"], input: [])
        #expect(none.status == 64)
        #expect(none.errors.contains("error: " + Message.Usage.noUnitName.text(.en)))
    }

    @Test(arguments: [
        (["init", "--unit", "U"], Message.Usage.nameFileToCreate),
        (["init", "-o", "x.yaml", "--unit", "U", "--layer", "pusat"], Message.Usage.notOneOf("--layer", choices: ["self", "tpi", "tpn"], value: "pusat")),
        (["init", "-o", "x.yaml", "--unit", "U", "--for", "lke-zi-2012"], Message.Usage.unknownQuestionnaire("lke-zi-2012", suggestion: "lke-zi-2021", available: QuestionnaireLibrary(paths: []).ids)),
        (["init", "-o", "x.yaml", "--unit", ""], Message.Usage.empty("--unit")),
        (["init", "x.yaml", "--unit", "U"], Message.Usage.unexpectedOperand("x.yaml")),
        (["init", "-o", "x.yaml", "--unt", "U"], Message.Usage.unknownOption("--unt", suggestion: "--unit")),
    ])
    func usageErrors(arguments: [String], message: Localized) {
        let result = S.run(arguments + ["--lang", "en"])
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("error: " + message.text(.en) + "\n"), "\(result.errors)")
        #expect(result.errors.contains("Usage: lke init -o FILE"))
        #expect(!FileManager.default.fileExists(atPath: "x.yaml"))
    }

    @Test func theBinaryCreatesAFileThatFillAccepts() throws {
        let path = Self.newPath()
        let created = try BinaryRunner.run(["init", "-o", path, "--unit", "Kantor Biner"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("dibuat: \(path)"))
        let again = try BinaryRunner.run(["init", "-o", path, "--unit", "Kantor Biner"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("sudah ada"))
        let filled = try BinaryRunner.run(["fill", path], input: "ya\n")
        #expect(filled.status == 0, "\(filled.stderr)")
        #expect(S.read(path).hasSuffix("answers:\n  A.I.1.i.a: Ya\n"))
    }
}
