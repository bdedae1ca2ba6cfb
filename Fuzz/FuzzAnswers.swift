import Foundation

/// The answer-file loader and validator against the bundled definitions, as `lke score` and `lke check` call it.
///
/// Invariants: every diagnostic points inside the input; an accepted file scores without trapping; the
/// canonical text the answer-file writer makes of a file that was read reloads to the same entries and
/// metadata (what `lke fill` saves reads back as it was).
enum FuzzAnswers {
    static let library = QuestionnaireLibrary()

    static func run(_ data: Data) {
        let source = SourceFile(path: "fuzz.yaml", data: data)
        let outcome = AnswerSheetLoader(library: library).load(source)
        FuzzCheck.locationsInside(outcome.diagnostics, path: "fuzz.yaml", data: data)
        if let answers = outcome.answers {
            FuzzCheck.require(!outcome.diagnostics.hasErrors, "answers resolved despite errors")
            let card = Scorer.score(answers)
            _ = card.total
        }
        guard let sheet = outcome.sheet, !outcome.diagnostics.hasErrors else { return }
        let questionnaire = library.questionnaire(sheet.questionnaireID)
        let text = AnswerSheetWriter.text(of: sheet, questionnaire: questionnaire)
        let reloaded = AnswerSheetLoader(library: library).load(SourceFile(path: "written.yaml", text: text))
        guard let again = reloaded.sheet, !reloaded.diagnostics.hasErrors else {
            FuzzCheck.fail("the writer's text of an accepted file does not load:\n\(text)\n\(reloaded.diagnostics.map(\.message.en))")
        }
        let before = AnswerSheetWriter.ordered(sheet.entries, by: questionnaire)
        FuzzCheck.require(again.entries.map(\.code) == before.map(\.code), "codes changed through the writer:\n\(text)")
        FuzzCheck.require(again.entries.map(\.value) == before.map(\.value), "values changed through the writer:\n\(text)")
        FuzzCheck.require(again.entries.map(\.note) == before.map(\.note), "notes changed through the writer:\n\(text)")
        FuzzCheck.require(again.entries.map(\.evidence) == before.map(\.evidence), "evidence changed through the writer:\n\(text)")
        FuzzCheck.require(again.unit == sheet.unit && again.instansi == sheet.instansi && again.period == sheet.period
                          && again.assessor == sheet.assessor && again.predicate == sheet.predicate && again.layer == sheet.layer
                          && again.eligibility == sheet.eligibility, "metadata changed through the writer:\n\(text)")
    }
}
