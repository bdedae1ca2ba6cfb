import LKEKit

/// One `lke` subcommand. Commands hold no state; `run` gets everything through the context.
protocol Command: Sendable {
    /// The word after `lke`.
    static var name: String { get }
    /// One line for `lke --help`.
    static var summary: Localized { get }
    /// The ways to call it, from which its usage line(s) are generated (`usage`): operands, the options each
    /// needs and those it takes.
    static var usageForms: [UsageForm] { get }
    /// The help text after the usage line: what it does (the Options section follows, generated from `options`).
    static var help: Localized { get }
    /// What help shows after the Options section: the exit status, the examples.
    static var footer: Localized { get }
    /// The options and flags it accepts, declared once (`CLI.commonOptions` are added for every command):
    /// parsing, help, completions and the man page come from these.
    static var options: [CommandOption] { get }
    /// The words an operand may be (completed by the shells), or `nil` when operands are file names.
    static var operandChoices: [String]? { get }
    /// Runs the command. Throws `Arguments.UsageError` for usage errors (exit 64).
    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode
}

extension Command {
    /// Operands are file names unless a command says otherwise.
    static var operandChoices: [String]? { nil }
    /// No footer unless a command has one.
    static var footer: Localized { Localized(id: "", en: "") }
}

/// What a running command may use.
struct CommandContext {
    var console: Console
    /// The language of messages and reports (`--lang`, else `LKE_LANG`, else Indonesian).
    var language: Language
    /// Definitions given with `--questionnaire`, before the bundled ones.
    var questionnairePaths: [String]

    init(console: Console, language: Language, questionnairePaths: [String] = []) {
        self.console = console
        self.language = language
        self.questionnairePaths = questionnairePaths
    }

    /// Writes `text` in the context's language to stdout.
    func say(_ text: Localized) { console.write(text.text(language)) }

    /// Writes `text` in the context's language to stderr.
    func warn(_ text: Localized) { console.writeError(text.text(language)) }

    /// Renders diagnostics to stderr, with source lines, in the context's language.
    func report(_ diagnostics: [Diagnostic], sources: [SourceFile]) {
        guard !diagnostics.isEmpty else { return }
        let renderer = DiagnosticRenderer(language: language, colour: console.isErrorTerminal && console.usesColour, sources: sources)
        console.writeError(renderer.render(diagnostics))
    }
}
