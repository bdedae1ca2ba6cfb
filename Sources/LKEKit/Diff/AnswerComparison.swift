import Foundation

/// The answer a file gives to one question, in a form two files can be compared by.
enum AnswerComparison: Sendable, Hashable {
    /// Not answered.
    case none
    /// An option of a scale, by its code.
    case option(String)
    /// A number.
    case number(Number)
    /// The count inputs of a computed question, in the definition's order (`nil`: that input is not answered).
    case counts([Count])

    struct Count: Sendable, Hashable {
        var code: String
        var value: Number?

        init(code: String, value: Number?) {
            self.code = code
            self.value = value
        }
    }

    /// The answer to `question` in `answers`.
    init(_ question: Question, in answers: ResolvedAnswers) {
        switch question.kind {
        case .choice:
            self = answers.choices[question.code].map { .option($0.code) } ?? .none
        case .number:
            self = answers.numbers[question.code].map { .number($0) } ?? .none
        case .computed(let spec):
            let counts = spec.inputs.map { Count(code: $0.code, value: answers.inputs[$0.code]) }
            self = counts.allSatisfy { $0.value == nil } ? .none : .counts(counts)
        }
    }

    /// The answer as people read it: `B`, `3,62`, `.1 = 10, .2 = 8` (inputs by the end of their code), `—`.
    func text(language: Language?, questionCode: String) -> String {
        switch self {
        case .none: return language == nil ? "" : "—"
        case .option(let code): return code
        case .number(let value): return Self.number(value, language: language)
        case .counts(let counts):
            let prefix = questionCode + "."
            return counts.map { count in
                let name = count.code.hasPrefix(prefix) ? "." + count.code.dropFirst(prefix.count) : count.code
                let value = count.value.map { Self.number($0, language: language) } ?? "?"
                return language == nil ? "\(count.code)=\(value)" : "\(name) = \(value)"
            }.joined(separator: language == nil ? ";" : ", ")
        }
    }

    private static func number(_ value: Number, language: Language?) -> String {
        let text = NumberFormat.plain(value)
        return language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
