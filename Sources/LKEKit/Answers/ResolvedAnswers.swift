import Foundation

/// An answer sheet checked against its questionnaire: every value typed and in range.
public struct ResolvedAnswers: Sendable {
    /// The definition the answers were checked against.
    public internal(set) var questionnaire: Questionnaire
    /// The answer sheet as read.
    public internal(set) var sheet: AnswerSheet
    /// The chosen option of each answered choice question.
    var choices: [String: Scale.Option]
    /// The number of each answered number question.
    var numbers: NumberTable
    /// The value of each answered count input.
    var inputs: NumberTable
    /// Warnings found while checking (cross-item checks with severity warning); the loader reports them with its
    /// diagnostics, and a score card lists them among its warnings.
    var warnings: [Diagnostic]

    /// Checked answers to `questionnaire` from `sheet`; `AnswerValidator` fills in the typed values.
    public init(questionnaire: Questionnaire, sheet: AnswerSheet, choices: [String: Scale.Option] = [:],
                numbers: [String: Number] = [:], inputs: [String: Number] = [:], warnings: [Diagnostic] = []) {
        self.questionnaire = questionnaire
        self.sheet = sheet
        self.choices = choices
        self.numbers = NumberTable(numbers)
        self.inputs = NumberTable(inputs)
        self.warnings = warnings
    }

    /// Whether a question has its answer (for computed questions: every input).
    func isAnswered(_ question: Question) -> Bool {
        switch question.kind {
        case .choice: return choices[question.code] != nil
        case .number: return numbers.contains(question.code)
        case .computed(let spec): return spec.inputs.allSatisfy { inputs.contains($0.code) }
        }
    }

    /// How many questions are answered.
    public var answeredQuestionCount: Int {
        questionnaire.questions.filter(isAnswered).count
    }
}
