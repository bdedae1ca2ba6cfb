import Foundation

/// The questionnaire loader, as `lke check` and `--questionnaire` call it.
///
/// Invariants: every diagnostic points inside the input; a definition that loads scores without trapping, both
/// with no answer at all and with a generated answer file (loaded through the answer-file loader against it).
enum FuzzQuestionnaire {
    static func run(_ data: Data) {
        let source = SourceFile(path: "fuzz.yaml", data: data)
        let outcome = QuestionnaireLoader().load(source)
        FuzzCheck.locationsInside(outcome.diagnostics, path: "fuzz.yaml", data: data)
        guard let questionnaire = outcome.questionnaire else {
            FuzzCheck.require(outcome.diagnostics.hasErrors, "no definition and no error")
            return
        }
        FuzzCheck.require(!outcome.diagnostics.hasErrors, "a definition loaded despite errors")
        let empty = ResolvedAnswers(questionnaire: questionnaire, sheet: AnswerSheet(questionnaireID: questionnaire.id, unit: "fuzz"))
        _ = Scorer.score(empty)
        var library = QuestionnaireLibrary(includeBundled: false)
        library.add(questionnaire)
        let generated = AnswerFileGenerator(questionnaire: questionnaire, seed: 19).text(forUnit: 0)
        let answers = AnswerSheetLoader(library: library).load(SourceFile(path: "generated.yaml", text: generated))
        FuzzCheck.locationsInside(answers.diagnostics, path: "generated.yaml", data: Data(generated.utf8))
        if let resolved = answers.answers { _ = Scorer.score(resolved) }
    }
}
