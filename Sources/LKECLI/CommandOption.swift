import LKEKit

/// One option or flag a command accepts, declared once: its names, the kind of value it takes and its
/// bilingual help. Parsing (`Arguments`), validation, `lke CMD --help`, shell completions
/// (`lke completions`) and the man page (`docs/lke.1`) are all derived from these declarations.
struct CommandOption: Sendable {
    /// What follows the option on the command line.
    enum Value: Sendable, Equatable {
        /// Nothing: a flag.
        case none
        /// A file (completed with file names); the placeholder shown in help, e.g. FILE.
        case path(Localized)
        /// A folder (completed with folder names).
        case directory(Localized)
        /// One of these words (validated when parsing, completed from the list).
        case choice([String])
        /// A whole number.
        case integer(Localized)
        /// Free text: a name, a code, a date.
        case text(Localized)
    }

    /// The long name, `--format`.
    var name: String
    /// The short alias, `-f`, if any.
    var short: String?
    /// What follows the option: nothing (a flag), a path, one of some words, a number or text.
    var value: Value
    /// One line: what the option does (the command's help text explains it at length).
    var help: Localized
    /// May be given more than once (every value is kept, in order).
    var repeatable: Bool
    /// The longer description `lke CMD --help` shows in its Options section (`OptionsHelp`), or `nil` to
    /// show `help` there too. Lines starting with spaces are kept as they are; the others are wrapped.
    var details: Localized?

    /// Declares an option taking a value.
    init(_ name: String, short: String? = nil, _ value: Value, repeatable: Bool = false, help: Localized) {
        self.name = name
        self.short = short
        self.value = value
        self.help = help
        self.repeatable = repeatable
    }

    /// Declares a flag (an option without a value).
    static func flag(_ name: String, short: String? = nil, help: Localized) -> CommandOption {
        CommandOption(name, short: short, .none, help: help)
    }

    /// The same option with `details` as its longer description (a command saying more than the shared one).
    func with(details: Localized) -> CommandOption {
        var copy = self
        copy.details = details
        return copy
    }

    /// Whether the option is a flag.
    var isFlag: Bool { value == .none }

    /// Every name the option answers to: the long one first.
    var names: [String] { [name] + (short.map { [$0] } ?? []) }

    /// What the value looks like in help: `md|csv|json`, `FILE`; empty for a flag.
    func placeholder(_ language: Language) -> String {
        switch value {
        case .none: return ""
        case .choice(let choices): return choices.joined(separator: "|")
        case .path(let text), .directory(let text), .integer(let text), .text(let text): return text.text(language)
        }
    }

    /// The option as help shows it: `-o/--output FILE`, `--lang id|en`, `--force`.
    func synopsis(_ language: Language) -> String {
        let names = (short.map { $0 + "/" } ?? "") + name
        let value = placeholder(language)
        return value.isEmpty ? names : names + " " + value
    }

    /// The placeholder for a file, BERKAS / FILE.
    static let file = Localized(id: "BERKAS", en: "FILE")
    /// The placeholder for a file or a folder, JALUR / PATH.
    static let pathOrFolder = Localized(id: "JALUR", en: "PATH")
    /// The placeholder for a folder.
    static let folder = Localized(id: "FOLDER", en: "DIR")
}

extension Arguments {
    /// Every value of `option`, in order.
    func allValues(_ option: CommandOption) -> [String] { allValues(option.name) }
    /// The last value of `option`.
    func value(_ option: CommandOption) -> String? { value(option.name) }
    /// Whether the flag `option` was given.
    func has(_ option: CommandOption) -> Bool { has(option.name) }
}
