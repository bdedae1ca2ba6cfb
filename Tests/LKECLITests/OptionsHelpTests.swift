@testable import LKECLI
@testable import LKEKit
import Testing

/// The Options section of `lke CMD --help` comes from the declared options: each is described once.
@Suite struct OptionsHelpTests {
    /// The Options section of `text`: from its header to the first blank line.
    static func section(_ text: String, _ language: Language) -> [Substring] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let header = language == .en ? "Options:" : "Opsi:"
        guard let start = lines.firstIndex(where: { $0 == header }) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    @Test func everyDeclaredOptionAppearsOnceInItsSection() {
        for command in CLI.commands {
            for language in Language.allCases {
                let text = CLI.helpText(command, language)
                let entries = Self.section(text, language).filter { $0.hasPrefix("  -") }
                #expect(entries.count == command.options.count, "lke \(command.name) --lang \(language.rawValue)")
                for option in command.options {
                    let label = OptionsHelp.label(option, language)
                    let matching = entries.filter { $0 == label || $0.hasPrefix(label + " ") }
                    #expect(matching.count == 1, "lke \(command.name) --lang \(language.rawValue): \(label)")
                }
            }
        }
    }

    @Test func noHelpTextWritesItsOwnOptionsSection() {
        for command in CLI.commands {
            for language in Language.allCases {
                for text in [command.help.text(language), command.footer.text(language)] {
                    let lines = text.split(separator: "\n")
                    #expect(!lines.contains("Opsi:") && !lines.contains("Options:"), "lke \(command.name) --lang \(language.rawValue)")
                }
            }
        }
    }

    @Test func longLabelsPutTheirTextOnTheNextLine() {
        let option = CommandOption("--format", short: "-f", .choice(["md", "csv", "json", "xlsx"]), help: Localized(id: "bentuk", en: "format"))
        #expect(OptionsHelp.entry(option, .en) == "  -f, --format md|csv|json|xlsx\n" + String(repeating: " ", count: OptionsHelp.column) + "format\n")
        let short = CommandOption.flag("--all", help: Localized(id: "semua", en: "all"))
        #expect(OptionsHelp.entry(short, .id) == "  --all" + String(repeating: " ", count: OptionsHelp.column - 7) + "semua\n")
    }

    @Test func wrapsBetweenWordsAndIndentsListItems() {
        #expect(OptionsHelp.wrap("aa bb cc", width: 5) == ["aa bb", "cc"])
        #expect(OptionsHelp.wrap("intro\n  md    one two three", width: 16) == ["intro", "  md    one two", "        three"])
    }
}
