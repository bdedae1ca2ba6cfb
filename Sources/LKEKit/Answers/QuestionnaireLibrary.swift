import Foundation

/// The definitions an answer file can name: files given by the user, then the ones bundled with `lke`.
public struct QuestionnaireLibrary: Sendable {
    private var loaded: [String: Questionnaire] = [:]
    private var failures: [String: [Diagnostic]] = [:]
    private var sources: [SourceFile] = []
    private var pending: [String]

    /// A library of the bundled definitions and the files at `paths` (which win over bundled ones).
    public init(paths: [String] = [], includeBundled: Bool = true) {
        pending = paths
        if includeBundled {
            for (name, text) in BundledQuestionnaires.files {
                let source = SourceFile(path: "<lke>/questionnaires/\(name)", text: text)
                if let q = QuestionnaireLoader().load(source).questionnaire { loaded[q.id] = q }
            }
        }
        for path in paths {
            let outcome = QuestionnaireLoader().load(path: path)
            if let q = outcome.questionnaire { loaded[q.id] = q } else { failures[path] = outcome.diagnostics }
            if let source = try? SourceFile(contentsOfFile: path) { sources.append(source) }
        }
    }

    /// Adds a loaded definition.
    public mutating func add(_ questionnaire: Questionnaire) {
        loaded[questionnaire.id] = questionnaire
    }

    /// The definition with `id`.
    public func questionnaire(_ id: String) -> Questionnaire? { loaded[id] }

    /// The ids of every known definition, sorted.
    public var ids: [String] { loaded.keys.sorted() }

    /// Diagnostics of `--questionnaire` files that failed to load, and their sources.
    public var loadFailures: (diagnostics: [Diagnostic], sources: [SourceFile]) {
        (failures.keys.sorted().flatMap { failures[$0]! }, sources)
    }
}
