import LKEKit

/// One way to call a command, as its usage line shows it: the operands, the options it needs and the
/// declared options it takes. The line itself is generated (`Command.usage`), so an option declared once in
/// `options` appears in the usage line, the help, the completions and the man page alike.
struct UsageForm: Sendable {
    /// What follows `lke NAME` before the options: the operands (`FILE...`, `OLD NEW`), or a word and
    /// operands (`init FILE`).
    var operands: String
    /// The options this form needs, by long name: shown without brackets, right after the operands.
    var required: [String]
    /// The options this form takes, by long name, in the order shown (the common ones may be named too);
    /// `nil` for every declared option in declaration order.
    var options: [String]?
    /// Choices of a shared option that this form does not take, by long name (`lke batch --compare` writes no
    /// workbook: `["--format": ["xlsx"]]`).
    var without: [String: [String]]

    init(_ operands: String, required: [String] = [], options: [String]? = nil, without: [String: [String]] = [:]) {
        self.operands = operands
        self.required = required
        self.options = options
        self.without = without
    }

    /// The form as one line: `lke NAME OPERANDS REQUIRED [OPTION VALUE]...`. An option is shown by its
    /// short name when it has one, with its value's English placeholder (usage lines are the same in both
    /// languages); a repeatable option is followed by `...`.
    func line(command name: String, declared: [CommandOption]) -> String {
        let known = declared + CLI.commonOptions
        func option(_ long: String) -> CommandOption? { known.first { $0.name == long } }
        let shown = (options ?? declared.map(\.name)).filter { !required.contains($0) }
        var words = ["lke", name]
        if !operands.isEmpty { words.append(operands) }
        words += required.compactMap(option).map(synopsis)
        words += shown.compactMap(option).map { "[" + synopsis($0) + "]" + ($0.repeatable ? "..." : "") }
        return words.joined(separator: " ")
    }

    /// `-o FILE`, `--format md|csv`, `--force`: the choices this form takes.
    private func synopsis(_ option: CommandOption) -> String {
        var value = option.placeholder(.en)
        if case .choice(let choices) = option.value, let left = without[option.name] {
            value = choices.filter { !left.contains($0) }.joined(separator: "|")
        }
        return (option.short ?? option.name) + (value.isEmpty ? "" : " " + value)
    }
}

extension Command {
    /// The usage line(s) from `usageForms` and the declared options: one line per form, each after the
    /// first indented under the first.
    static var usage: String {
        usageForms.enumerated()
            .map { index, form in (index == 0 ? "" : "       ") + form.line(command: name, declared: options) }
            .joined(separator: "\n")
    }
}
