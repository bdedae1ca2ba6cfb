/// ANSI styling for the fill prompt: escapes only when colour is on, plain text otherwise.
struct FillStyle: Sendable {
    var colour: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func code(_ text: String) -> String { wrap(text, "1;36") }
    func good(_ text: String) -> String { wrap(text, "32") }
    func bad(_ text: String) -> String { wrap(text, "1;31") }
    func warning(_ text: String) -> String { wrap(text, "1;33") }
    func progress(_ text: String) -> String { wrap(text, "7") }

    private func wrap(_ text: String, _ sgr: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text
    }
}
