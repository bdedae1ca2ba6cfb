/// A text in the two languages `lke` speaks: Bahasa Indonesia (the default) and English.
public struct Localized: Sendable, Hashable {
    /// The Indonesian text.
    public internal(set) var id: String
    /// The English text.
    public internal(set) var en: String

    /// A text given in Bahasa Indonesia (`id`) and English (`en`).
    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// The same text in both languages (codes, numbers, names).
    public init(_ both: String) {
        self.id = both
        self.en = both
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        language == .en ? en : id
    }
}

/// A language of messages and reports.
public enum Language: String, Sendable, CaseIterable {
    /// Bahasa Indonesia, the default.
    case id
    /// English.
    case en
}
