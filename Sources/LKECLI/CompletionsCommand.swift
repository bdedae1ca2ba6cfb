import LKEKit

/// `lke completions bash|zsh|fish`: prints a shell completion script generated from the command declarations.
enum CompletionsCommand: Command {
    static let name = "completions"
    static let usageForms = [UsageForm(Completions.shells.joined(separator: "|"))]
    /// The shells named after the command, completed by the shells themselves.
    static let operandChoices: [String]? = Completions.shells
    static let summary = Localized(id: "mencetak skrip pelengkapan (completion) untuk bash, zsh atau fish",
                                          en: "print a completion script for bash, zsh or fish")
    static let help = Localized(
        id: """
        Mencetak skrip pelengkapan TAB untuk shell yang disebut: perintah, opsinya, pilihan nilai opsi (format,
        bahasa, lapisan) dan nama berkas. Keterangan opsi dalam bahasa --lang. scripts/install.sh memasangnya.

        Contoh:
          lke completions bash > ~/.local/share/bash-completion/completions/lke
          lke completions zsh > ~/.zfunc/_lke
          lke completions fish > ~/.config/fish/completions/lke.fish

        """,
        en: """
        Prints a TAB completion script for the shell named: the commands, their options, the choices of an
        option's value (formats, language, layers) and file names. Option descriptions are in the --lang
        language. scripts/install.sh installs them.

        Examples:
          lke completions bash > ~/.local/share/bash-completion/completions/lke
          lke completions zsh > ~/.zfunc/_lke
          lke completions fish > ~/.config/fish/completions/lke.fish

        """)
    static let options: [CommandOption] = []

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.count == 1 else {
            throw Arguments.UsageError(Message.Usage.nameShell(Completions.shells))
        }
        let shell = arguments.positionals[0]
        guard let script = Completions.script(for: shell, commands: CLI.commands, language: context.language) else {
            throw Arguments.UsageError(Message.Usage.unknownShell(shell, shells: Completions.shells))
        }
        context.console.write(script)
        return .success
    }
}
