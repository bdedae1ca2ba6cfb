import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// Usage errors as the catalogue says them: through `CLI.run`, each wrong line exits 64 and prints the
/// factory's text after `error: ` in the language asked for (`--lang id`, `--lang en`), then the usage line
/// and where the help is.
@Suite struct MessageCatalogueCLITests {
    static let example = ProjectPaths.path("examples/kantor-contoh.yaml")

    /// A wrong line and the usage error it gets.
    static let cases: [([String], Localized)] = [
        (["check"], Message.Usage.nameAtLeastOneFile),
        (["score"], Message.Usage.nameAtLeastOneAnswerFile),
        (["score", example, "--formt", "json"], Message.Usage.unknownOption("--formt", suggestion: "--format")),
        (["score", example, "-o"], Message.Usage.needsValue("--output")),
        (["score", example, "--excel=yes"], Message.Usage.takesNoValue("--excel")),
        (["score", example, "--format", "json", "--excel"], Message.Usage.excelNotForFormat("json")),
        (["score", example, "--format", "docx"], Message.Usage.binaryNeedsOutput("docx", fileExtension: "docx")),
        (["gap", example, "--target", "wbkk"], Message.Usage.noSuchPredicate("wbkk", choices: ["wbk", "wbbm"], suggestion: "wbk")),
        (["batch", "x", "--jobs", "0"], Message.Usage.jobsOutOfRange("0")),
        (["init", "-o", "x.yaml", "--unit", " "], Message.Usage.empty("--unit")),
        (["attest", example, "--date", "2026-13-01"], Message.Usage.notADate("--date", value: "2026-13-01")),
        (["evidence", example, example, "--dir", "bukti"], Message.Usage.oneAnswerFileOnly("--dir")),
        (["completions", "ksh"], Message.Usage.unknownShell("ksh", shells: Completions.shells)),
        (["completions"], Message.Usage.nameShell(Completions.shells)),
    ]

    @Test(arguments: cases, [Language.id, .en])
    func aUsageErrorExits64WithTheFactorysText(line: ([String], Localized), language: Language) throws {
        let (arguments, message) = line
        let command = try #require(CLI.commands.first { $0.name == arguments[0] })
        let console = ScriptedConsole(input: [], interactive: false, environment: [:])
        let status = CLI.run(["--lang", language.rawValue] + arguments, console: console)
        #expect(status == ExitCode.usage.rawValue)
        #expect(console.output == "")
        let usage = Localized(id: "Penggunaan: ", en: "Usage: ").text(language) + command.usage
        #expect(console.errors == "error: \(message.text(language))\n\(usage)\n\(Message.Usage.seeHelp(command.name).text(language))\n")
    }

    @Test func anUnknownCommandSaysTheClosestAndWhereTheListIs() {
        for language in Language.allCases {
            let console = ScriptedConsole(input: [], interactive: false, environment: ["LKE_LANG": language.rawValue])
            #expect(CLI.run(["scroe"], console: console) == ExitCode.usage.rawValue)
            #expect(console.errors == "error: \(Message.Usage.unknownCommand("scroe", suggestion: "score").text(language))\n"
                + Message.Usage.seeCommandList.text(language) + "\n")
        }
    }

    /// The two languages differ for every usage error (none is left untranslated).
    @Test(arguments: cases) func eachUsageErrorIsTranslated(line: ([String], Localized)) {
        #expect(line.1.id != line.1.en, "\(line.0)")
    }

    /// `lke import`'s closing line names at most 20 rows without a code, then how many there are.
    @Test func theImportLineNamesTwentyUnmatchedRowsAtMost() {
        let line = Message.Command.imported("a.yaml", questionnaire: "q", answers: 1, sheet: "LKE", questions: 2, compared: 0,
                                            warnings: 0, errors: 0, unmatchedRows: Array(1...25)).en
        #expect(line.hasSuffix("rows without a code (not read): " + (1...20).map(String.init).joined(separator: ", ") + ", ... (25)\n"))
        let few = Message.Command.imported("a.yaml", questionnaire: "q", answers: 1, sheet: "LKE", questions: 2, compared: 0,
                                           warnings: 0, errors: 0, unmatchedRows: [7, 9]).en
        #expect(few.hasSuffix("(not read): 7, 9\n"))
    }
}
