import Foundation

/// Loads and lints a questionnaire definition: YAML subset, schema, and semantic checks.
public struct QuestionnaireLoader {
    /// The result of loading one file: the model when there were no errors, and every diagnostic.
    public struct Outcome: Sendable {
        public var questionnaire: Questionnaire?
        public var diagnostics: [Diagnostic]
    }

    public init() {}

    /// Loads the file at `path`.
    public func load(path: String) -> Outcome {
        do {
            return load(try SourceFile(contentsOfFile: path))
        } catch {
            return Outcome(questionnaire: nil, diagnostics: [.error(at: nil, Localized(
                id: "tidak dapat membaca '\(path)': berkas tidak ada atau tidak dapat dibaca",
                en: "cannot read '\(path)': the file does not exist or is not readable"))])
        }
    }

    /// Loads a definition from its source.
    public func load(_ source: SourceFile) -> Outcome {
        let (root, yamlDiagnostics) = YAMLParser.parse(source)
        var decoder = QuestionnaireDecoder(path: source.path)
        decoder.diagnostics = yamlDiagnostics
        guard let root else {
            if !yamlDiagnostics.hasErrors {
                decoder.diagnostics.append(.error(at: SourceLocation(path: source.path, line: 1, column: 1),
                                                  Localized(id: "berkas kosong; definisi kuesioner diperlukan", en: "the file is empty; a questionnaire definition is expected")))
            }
            return Outcome(questionnaire: nil, diagnostics: decoder.diagnostics.sortedByLocation())
        }
        let digest = source.digest
        let questionnaire = decoder.decode(root, digest: digest)
        let diagnostics = decoder.diagnostics.sortedByLocation()
        return Outcome(questionnaire: diagnostics.hasErrors ? nil : questionnaire, diagnostics: diagnostics)
    }
}
