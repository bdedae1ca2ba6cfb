import LKEKit

/// The Options section of `lke CMD --help`, generated from the command's declared options in the order
/// declared: each option's names and value (`-o, --output FILE`), then its `details` (or its one-line `help`)
/// in a column, wrapped. The command's `help` comes before it and its `footer` after.
enum OptionsHelp {
    /// Where descriptions start.
    static let column = 26
    /// The width descriptions are wrapped at.
    static let width = 108

    /// The whole help text after the usage line: the prose, the Options section, the footer.
    static func text(_ command: any Command.Type, _ language: Language) -> String {
        let prose = command.help.text(language)
        guard !command.options.isEmpty else { return prose + command.footer.text(language) }
        return prose + "\n" + section(command.options, language) + "\n" + command.footer.text(language)
    }

    /// `Opsi:` / `Options:` and one entry per option.
    static func section(_ options: [CommandOption], _ language: Language) -> String {
        Localized(id: "Opsi:", en: "Options:").text(language) + "\n" + options.map { entry($0, language) }.joined()
    }

    /// The option's label, `  -o, --output FILE`.
    static func label(_ option: CommandOption, _ language: Language) -> String {
        let names = (option.short.map { $0 + ", " } ?? "") + option.name
        let value = option.placeholder(language)
        return "  " + (value.isEmpty ? names : names + " " + value)
    }

    /// One option: its label, then its description from `column` (on the next line when the label is too long).
    static func entry(_ option: CommandOption, _ language: Language) -> String {
        let label = self.label(option, language)
        let indent = String(repeating: " ", count: column)
        let lines = wrap((option.details ?? option.help).text(language), width: width - column)
        var out = label.count + 2 <= column ? label + String(repeating: " ", count: column - label.count) : label + "\n" + indent
        out += lines.joined(separator: "\n" + indent) + "\n"
        return out
    }

    /// `text` in lines of at most `width` characters, broken between words. Each line of `text` is a
    /// paragraph; one starting with spaces is an item of a list (`  md    Markdown ...`), whose further
    /// lines are indented to its text.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var hanging = 0
            if paragraph.hasPrefix(" "), let key = paragraph.firstRange(of: /^ +\S+ +/) {
                hanging = paragraph.distance(from: paragraph.startIndex, to: key.upperBound)
            }
            let lead = String(paragraph.prefix(hanging))
            var line = lead
            for word in paragraph.dropFirst(hanging).split(separator: " ") {
                if line.count == hanging {
                    line += word
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(repeating: " ", count: hanging) + word
                }
            }
            lines.append(line)
        }
        return lines
    }
}
