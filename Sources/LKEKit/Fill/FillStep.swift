/// One answer the prompt asks for: a choice or number question, or one count input of a computed question.
struct FillStep: Sendable {
    /// The code the answer is written under (the question's, or the input's).
    var code: String
    /// The question asked (for a count input, the computed question it feeds).
    var question: Question
    /// The count input, for a step of a computed question.
    var input: Question.Input?
    /// The 0-based position of the input among its question's inputs.
    var inputIndex: Int?
    /// For a step that is no question: a prerequisite (`eligibility`) or the predicate held (`predicate`).
    var header: HeaderField? = nil

    /// The code notes and evidence go under: the question's (a computed question carries them on its own code).
    var noteCode: String { question.code }

    /// Every step of `questionnaire` in worksheet order.
    static func steps(of questionnaire: Questionnaire) -> [FillStep] {
        questionnaire.questions.flatMap { question -> [FillStep] in
            if case .computed(let spec) = question.kind {
                return spec.inputs.enumerated().map { FillStep(code: $0.element.code, question: question, input: $0.element, inputIndex: $0.offset) }
            }
            return [FillStep(code: question.code, question: question, input: nil, inputIndex: nil)]
        }
    }
}
