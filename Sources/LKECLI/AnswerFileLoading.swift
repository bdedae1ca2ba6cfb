import LKEKit

/// Loading answer files for commands: the library from `--questionnaire`, diagnostics printed.
struct AnswerFileLoading {
    let context: CommandContext
    let library: QuestionnaireLibrary

    init(context: CommandContext) {
        self.context = context
        self.library = QuestionnaireLibrary(paths: context.questionnairePaths)
        let failures = library.loadFailures
        context.report(failures.diagnostics, sources: failures.sources)
    }

    /// Loads and checks `path`, printing its diagnostics; nil when it has errors.
    func load(_ path: String) -> ResolvedAnswers? {
        let outcome = AnswerSheetLoader(library: library).load(path: path)
        let source = try? SourceFile(contentsOfFile: path)
        context.report(outcome.diagnostics, sources: source.map { [$0] } ?? [])
        return outcome.answers
    }
}
