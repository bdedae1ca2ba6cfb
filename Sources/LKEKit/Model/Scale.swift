import Foundation

/// A named answer scale: options with codes, labels, values in [0, 1] and aliases.
public struct Scale: Sendable, Hashable {
    /// One answer a scale offers: its code, label, value and aliases.
    public struct Option: Sendable, Hashable {
        var code: String
        var label: String
        var value: Number
        var aliases: [String]
        /// The option's place in its scale (0 for the first), set by the scale: an answer that names the option
        /// carries it to the scorer.
        var position = 0

        init(code: String, label: String, value: Number, aliases: [String] = []) {
            self.code = code
            self.label = label
            self.value = value
            self.aliases = aliases
        }

        /// Options are equal when they read the same; the position is their scale's bookkeeping.
        public static func == (lhs: Option, rhs: Option) -> Bool {
            lhs.code == rhs.code && lhs.label == rhs.label && lhs.value == rhs.value && lhs.aliases == rhs.aliases
        }

        /// Options hash by code, label, value and aliases (as they compare).
        public func hash(into hasher: inout Hasher) {
            hasher.combine(code)
            hasher.combine(label)
            hasher.combine(value)
            hasher.combine(aliases)
        }
    }

    /// The scale's id, which questions name.
    public let id: String
    var title: String
    var options: [Option] {
        didSet { Self.number(&options) }
    }

    init(id: String, title: String, options: [Option]) {
        self.id = id
        self.title = title
        self.options = options
        Self.number(&self.options)
    }

    /// Gives each option its position.
    private static func number(_ options: inout [Option]) {
        for index in options.indices where options[index].position != index { options[index].position = index }
    }

    /// The option an answer names by code, label or alias, ignoring case and surrounding spaces.
    func option(matching answer: String) -> Option? {
        let wanted = NumberFormat.trimmed(answer).lowercased()
        return options.first { option in
            Self.same(option.code, wanted) || Self.same(option.label, wanted) || option.aliases.contains { Self.same($0, wanted) }
        }
    }

    /// `text.lowercased() == lowered`, without building the lowercased copy when `text` is ASCII.
    private static func same(_ text: String, _ lowered: String) -> Bool {
        var a = text.utf8.makeIterator(), b = lowered.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil):
                return true
            case (let x?, let y?) where x < 0x80:
                let folded = (0x41...0x5A).contains(x) ? x + 0x20 : x
                if folded != y { return false }
            case (let x?, _) where x >= 0x80:
                return text.lowercased() == lowered
            default:
                return false
            }
        }
    }

    /// The position of an option (0 for the first), used to count option steps.
    func rank(of code: String) -> Int? {
        options.firstIndex { $0.code == code }
    }
}
