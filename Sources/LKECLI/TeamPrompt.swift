import Foundation
import LKEKit

/// The pokja of a Tim Kerja, from `--pokja` texts or asked one by one at a terminal.
struct TeamPrompt {
    let context: CommandContext
    let questionnaire: Questionnaire

    /// `name|area,area|PIC|member,member`: only the name is required.
    static func parse(_ text: String) throws -> Pokja {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count <= 4, let name = parts.first, !name.isEmpty else {
            throw Arguments.UsageError(Message.Usage.pokjaSyntax(text))
        }
        func list(_ index: Int) -> [String] {
            index < parts.count ? parts[index].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
        }
        let pic = parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil
        return Pokja(name: name, areas: list(1), pic: pic, members: list(3))
    }

    /// Whether `code` is a node, group or question of the questionnaire.
    static func isArea(_ code: String, in questionnaire: Questionnaire) -> Bool {
        questionnaire.nodesByCode[code] != nil || questionnaire.groupsByCode[code] != nil || questionnaire.question(code) != nil
    }

    /// Asks for pokja until an empty name (or the end of input).
    func ask() -> [Pokja] {
        let areas = questionnaire.groups.flatMap { group in group.children.map { "\($0.code) (\($0.title))" } }
        context.say(Message.Command.pokjaIntro)
        if !areas.isEmpty {
            context.say(Message.Command.pokjaAreasAvailable)
            context.console.write(areas.joined(separator: ", ") + "\n")
        }
        var team: [Pokja] = []
        while true {
            context.say(Message.Command.pokjaNamePrompt(team.count + 1))
            guard let name = line(), !name.isEmpty else { break }
            if team.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                context.console.writeError("error: " + Message.Command.pokjaExists(name).text(context.language) + "\n")
                continue
            }
            var pokja = Pokja(name: name)
            while true {
                context.say(Message.Command.pokjaAreasPrompt)
                let codes = (line() ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if let unknown = codes.first(where: { !Self.isArea($0, in: questionnaire) }) {
                    context.console.writeError("error: " + Message.Answers.unknownCode(unknown, in: questionnaire.id, suggestion: nil).text(context.language) + "\n")
                    continue
                }
                pokja.areas = codes
                break
            }
            context.say(Message.Command.pokjaPICPrompt)
            if let pic = line(), !pic.isEmpty { pokja.pic = pic }
            context.say(Message.Command.pokjaMembersPrompt)
            pokja.members = (line() ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            team.append(pokja)
        }
        return team
    }

    private func line() -> String? {
        context.console.readLine()?.trimmingCharacters(in: .whitespaces)
    }
}
