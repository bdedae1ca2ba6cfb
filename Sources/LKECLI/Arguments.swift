/// A small, strict command-line parser: options with values, flags, positionals, `--` to end options.
struct Arguments {
    /// A usage error: printed with the command's usage line, exit 64.
    struct UsageError: Error, Sendable {
        var message: Localized
        init(_ message: Localized) { self.message = message }
        init(id: String, en: String) { self.message = Localized(id: id, en: en) }
    }

    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// Parses `arguments` (without the program and command names) against the declared `options`: an
    /// undeclared option, a missing value or a value outside an option's choices is a usage error.
    init(_ arguments: [String], options: [CommandOption]) throws {
        var declared: [String: CommandOption] = [:]
        for option in options {
            for name in option.names { declared[name] = option }
        }
        var i = 0
        var onlyPositionals = false
        while i < arguments.count {
            var argument = arguments[i]
            i += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var inlineValue: String?
            if argument.hasPrefix("--"), let eq = argument.firstIndex(of: "=") {
                inlineValue = String(argument[argument.index(after: eq)...])
                argument = String(argument[..<eq])
            }
            if let option = declared[argument], option.isFlag {
                let name = option.name
                if inlineValue != nil { throw UsageError(Message.Usage.takesNoValue(name)) }
                flags.insert(name)
            } else if let option = declared[argument] {
                let name = option.name
                if let inlineValue {
                    values[name, default: []].append(inlineValue)
                } else {
                    guard i < arguments.count else { throw UsageError(Message.Usage.needsValue(name)) }
                    values[name, default: []].append(arguments[i])
                    i += 1
                }
            } else {
                let known = options.map(\.name)
                let hint = Suggestion.closest(to: argument, in: known)
                throw UsageError(Message.Usage.unknownOption(argument, suggestion: hint))
            }
        }
        for option in options {
            if case .choice(let choices) = option.value { _ = try value(option.name, oneOf: choices) }
        }
    }

    /// Every value of an option given more than once, in order.
    func allValues(_ name: String) -> [String] { values[name] ?? [] }

    /// The last value of an option.
    func value(_ name: String) -> String? { values[name]?.last }

    /// A value that must be one of `choices`.
    func value(_ name: String, oneOf choices: [String]) throws -> String? {
        guard let value = value(name) else { return nil }
        guard choices.contains(value) else {
            throw UsageError(Message.Usage.notOneOf(name, choices: choices, value: value))
        }
        return value
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }
}

import LKEKit
