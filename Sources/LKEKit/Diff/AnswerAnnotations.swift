import Foundation

/// What two answer files say about an item besides its answer: the reviewer's verdict in the newer file, and
/// the notes and evidence that changed. A diff between a unit's file and its TPI/TPN review lists these per
/// item, next to both answers and the points moved.
struct AnswerAnnotation: Sendable, Hashable {
    var code: String
    var text: String
    var old: AnswerComparison
    var new: AnswerComparison
    /// The points the item moved (new - old), exact.
    var delta: Number
    /// The verdict in the newer file (its code's, else one of its inputs').
    var review: Review?
    /// The notes, when they differ.
    var oldNote: String?
    var newNote: String?
    var noteChanged: Bool
    /// Evidence listed only in the newer or only in the older file.
    var addedEvidence: [String]
    var removedEvidence: [String]

    /// The annotated items of two score cards, in the newer worksheet's order: every item with a verdict in the
    /// newer file, or whose note or evidence changed.
    static func items(old oldCard: ScoreCard, new newCard: ScoreCard) -> [AnswerAnnotation] {
        let oldSheet = oldCard.answers.sheet, newSheet = newCard.answers.sheet
        func codes(_ question: Question) -> [String] {
            if case .computed(let spec) = question.kind { return [question.code] + spec.inputs.map(\.code) }
            return [question.code]
        }
        func evidence(_ sheet: AnswerSheet, _ question: Question) -> [String] {
            codes(question).flatMap { sheet.entry($0)?.evidence ?? [] }
        }
        var items: [AnswerAnnotation] = []
        for question in newCard.questionnaire.questions {
            let review = codes(question).lazy.compactMap { newSheet.entry($0)?.review }.first
            let oldNote = oldSheet.entry(question.code)?.note, newNote = newSheet.entry(question.code)?.note
            let before = evidence(oldSheet, question), after = evidence(newSheet, question)
            let added = after.filter { !before.contains($0) }, removed = before.filter { !after.contains($0) }
            guard review != nil || oldNote != newNote || !added.isEmpty || !removed.isEmpty else { continue }
            let oldAnswer = oldCard.questionnaire.question(question.code).map { AnswerComparison($0, in: oldCard.answers) } ?? .none
            let delta = (newCard.questions[question.code]?.score ?? 0) - (oldCard.questions[question.code]?.score ?? 0)
            items.append(AnswerAnnotation(code: question.code, text: question.text, old: oldAnswer, new: AnswerComparison(question, in: newCard.answers),
                                          delta: delta, review: review, oldNote: oldNote, newNote: newNote, noteChanged: oldNote != newNote,
                                          addedEvidence: added, removedEvidence: removed))
        }
        return items
    }
}
