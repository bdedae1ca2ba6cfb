import Foundation

/// A named answer scale: options with codes, labels, values in [0, 1] and aliases.
public struct Scale: Sendable, Hashable {
    public struct Option: Sendable, Hashable {
        public var code: String
        public var label: String
        public var value: Decimal
        public var aliases: [String]

        public init(code: String, label: String, value: Decimal, aliases: [String] = []) {
            self.code = code
            self.label = label
            self.value = value
            self.aliases = aliases
        }
    }

    public var id: String
    public var title: String
    public var options: [Option]

    public init(id: String, title: String, options: [Option]) {
        self.id = id
        self.title = title
        self.options = options
    }

    /// The option an answer names by code, label or alias, ignoring case and surrounding spaces.
    public func option(matching answer: String) -> Option? {
        let wanted = answer.trimmingCharacters(in: .whitespaces).lowercased()
        return options.first { option in
            option.code.lowercased() == wanted || option.label.lowercased() == wanted
                || option.aliases.contains { $0.lowercased() == wanted }
        }
    }

    /// The position of an option (0 for the first), used to count option steps.
    public func rank(of code: String) -> Int? {
        options.firstIndex { $0.code == code }
    }
}
