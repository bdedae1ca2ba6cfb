import Foundation
import LKEKit

/// The `lke` command line: dispatches to the commands, prints help and usage errors, returns the exit status.
public enum CLI {
    /// The version printed by `--version` and in report stamps.
    static let version = LKEVersion.current

    /// Every command, in the order `lke --help` lists them.
    static let commands: [any Command.Type] = registeredCommands

    /// Runs `lke` with `arguments` (without the program name).
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        let language = self.language(in: arguments, environment: console.environment)
        // The common options may come before the command too (`lke --lang en score ...`): they move after it.
        var arguments = arguments
        var common: [String] = []
        while let option = arguments.first, let taken = commonOptionLength(option), arguments.count >= taken {
            common += arguments.prefix(taken)
            arguments.removeFirst(taken)
        }
        guard let first = arguments.first else {
            if common.contains(where: helpOption.names.contains) {
                console.write(overview(language))
                return 0
            }
            console.writeError(overview(language))
            return ExitCode.usage.rawValue
        }
        switch first {
        case "--version":
            console.write("lke \(version)\n")
            return 0
        case "help":
            guard arguments.count > 1 else {
                console.write(overview(language))
                return 0
            }
            if arguments[1] == "--man" {
                console.write(ManPage.render(commands: commands, language: language))
                return 0
            }
            guard let command = commands.first(where: { $0.name == arguments[1] }) else {
                console.writeError(unknownCommand(arguments[1], language))
                return ExitCode.usage.rawValue
            }
            console.write(helpText(command, language))
            return 0
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            console.writeError(unknownCommand(first, language))
            return ExitCode.usage.rawValue
        }
        let rest = common + Array(arguments.dropFirst())
        if rest.contains(where: helpOption.names.contains) {
            console.write(helpText(command, language))
            return 0
        }
        do {
            let parsed = try Arguments(rest, options: command.options + commonOptions)
            let context = CommandContext(console: console, language: language, questionnairePaths: parsed.allValues(questionnaireOption))
            return try command.run(parsed, context: context).rawValue
        } catch let error as Arguments.UsageError {
            console.writeError("error: \(error.message.text(language))\n")
            console.writeError((language == .en ? "Usage: " : "Penggunaan: ") + command.usage + "\n")
            console.writeError(Message.Usage.seeHelp(command.name).text(language) + "\n")
            return ExitCode.usage.rawValue
        } catch {
            console.writeError("error: \(error)\n")
            return ExitCode.software.rawValue
        }
    }

    /// `--lang`: the language of messages and reports.
    static let languageOption = CommandOption("--lang", .choice(Language.allCases.map(\.rawValue)),
                                              help: Localized(id: "bahasa pesan dan laporan (juga LKE_LANG)", en: "language of messages and reports (also LKE_LANG)"))
    /// `-q/--questionnaire`: definitions besides the bundled ones.
    static let questionnaireOption = CommandOption("--questionnaire", short: "-q", .path(CommandOption.file), repeatable: true,
                                                   help: Localized(id: "definisi kuesioner selain yang dibawa lke (dapat diulang)", en: "a questionnaire definition besides the bundled ones (repeatable)"))
    /// `-h/--help`: the command's help instead of running it.
    static let helpOption = CommandOption.flag("--help", short: "-h", help: Localized(id: "tampilkan keterangan perintah", en: "show the command's help"))

    /// The options every command accepts, before or after the command's name (`--help` is handled before parsing).
    static let commonOptions: [CommandOption] = [languageOption, questionnaireOption]

    /// The language of the run: the last valid `--lang` on the line (before or after the command), else
    /// `LKE_LANG`, else Indonesian. Read before parsing, so that usage errors are in that language too.
    static func language(in arguments: [String], environment: [String: String]) -> Language {
        var language = Language(rawValue: environment["LKE_LANG"] ?? "") ?? .id
        let name = languageOption.name
        for (index, argument) in arguments.enumerated() {
            let value = argument == name ? (index + 1 < arguments.count ? arguments[index + 1] : nil)
                : argument.hasPrefix(name + "=") ? String(argument.dropFirst(name.count + 1)) : nil
            if let value, let chosen = Language(rawValue: value) { language = chosen }
        }
        return language
    }

    /// How many arguments a common option (or `--help`) takes up at the front of the line (`--lang en` 2,
    /// `--lang=en` 1, `-h` 1),
    /// or `nil` when `argument` is not a common option.
    static func commonOptionLength(_ argument: String) -> Int? {
        for option in commonOptions + [helpOption] {
            if option.names.contains(argument) { return option.isFlag ? 1 : 2 }
            if argument.hasPrefix(option.name + "=") { return 1 }
        }
        return nil
    }

    /// The error for a command that does not exist, with the closest one.
    static func unknownCommand(_ name: String, _ language: Language) -> String {
        let hint = Suggestion.closest(to: name, in: commands.map { $0.name })
        return "error: \(Message.Usage.unknownCommand(name, suggestion: hint).text(language))\n" + Message.Usage.seeCommandList.text(language) + "\n"
    }

    static func overview(_ language: Language) -> String {
        var out = Localized(
            id: "lke \(version): Lembar Kerja Evaluasi Zona Integritas (WBK/WBBM) dari berkas teks\n\nPenggunaan: lke <perintah> [opsi]\n\nPerintah:\n",
            en: "lke \(version): Zona Integritas evaluation worksheets (WBK/WBBM) from plain text files\n\nUsage: lke <command> [options]\n\nCommands:\n").text(language)
        let width = commands.map { $0.name.count }.max() ?? 8
        for command in commands {
            out += "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary.text(language) + "\n"
        }
        out += Localized(
            id: "\nOpsi umum: --lang id|en (bahasa pesan dan laporan; juga LKE_LANG), -q/--questionnaire BERKAS (definisi selain yang dibawa lke)\n--version menampilkan versi. 'lke help <perintah>' untuk keterangan tiap perintah.\n",
            en: "\nCommon options: --lang id|en (language of messages and reports; also LKE_LANG), -q/--questionnaire FILE (a definition besides the bundled ones)\n--version prints the version. 'lke help <command>' explains each command.\n").text(language)
        return out
    }

    static func helpText(_ command: any Command.Type, _ language: Language) -> String {
        (language == .en ? "Usage: " : "Penggunaan: ") + command.usage + "\n\n" + OptionsHelp.text(command, language)
            + Localized(id: "\nOpsi umum: ", en: "\nCommon options: ").text(language)
            + (commonOptions + [helpOption]).map { $0.synopsis(language) }.joined(separator: ", ") + "\n"
    }
}
