import Foundation

/// What a survey index is worth in the LKE question it feeds (`feeds:` in the survey definition): the
/// question's score for that answer, computed by the LKE definition's own formula and weight through `Scorer`.
public struct SurveyContribution: Sendable {
    var questionnaireID: String
    var code: String
    /// The question's text in the LKE definition.
    var text: String
    /// The answer written (the index, rounded as the survey definition declares).
    var answer: Number
    /// The points the answer gives, exact; round with `rounding`.
    var score: Number
    /// The most points the question can give.
    var maximum: Number
    /// The LKE definition's rounding.
    var rounding: Rounding

    /// The contribution of `analysis`'s index to the question its definition feeds, when `questionnaire` is
    /// that LKE definition, the question takes a number, and the index is in its range.
    public static func compute(_ analysis: SurveyAnalysis, questionnaire: Questionnaire) -> SurveyContribution? {
        guard let feed = analysis.definition.feeds, feed.questionnaire == questionnaire.id,
              let question = questionnaire.question(feed.code), case .number(let spec) = question.kind,
              let answer = analysis.roundedIndex, answer >= spec.min, answer <= spec.max else { return nil }
        let sheet = AnswerSheet(questionnaireID: questionnaire.id, unit: "")
        let answers = ResolvedAnswers(questionnaire: questionnaire, sheet: sheet, numbers: [feed.code: answer])
        guard let scored = Scorer.score(answers).questions[feed.code] else { return nil }
        return SurveyContribution(questionnaireID: questionnaire.id, code: feed.code, text: question.text, answer: answer,
                                  score: scored.score, maximum: scored.maximum, rounding: questionnaire.rounding)
    }
}
