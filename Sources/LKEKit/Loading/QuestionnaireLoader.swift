import Foundation

/// Loads and lints a questionnaire definition: YAML subset, schema, and semantic checks.
public struct QuestionnaireLoader {
    /// The result of loading one file: the model when there were no errors, and every diagnostic.
    public struct Outcome: Sendable {
        /// The loaded definition; `nil` when any diagnostic is an error.
        public internal(set) var questionnaire: Questionnaire?
        /// Every problem found while reading and checking the file, errors and warnings.
        public internal(set) var diagnostics: [Diagnostic]
    }

    /// A loader; it holds no state, so one can load any number of files.
    public init() {}

    /// Loads the file at `path`.
    public func load(path: String) -> Outcome {
        do {
            return load(try SourceFile(contentsOfFile: path))
        } catch {
            return Outcome(questionnaire: nil, diagnostics: [.error(at: nil, Message.File.cannotRead(path))])
        }
    }

    /// Loads a definition from its source.
    func load(_ source: SourceFile) -> Outcome {
        load(source, parsed: YAMLParser.parse(source))
    }

    /// Loads a definition whose YAML was already parsed with `YAMLParser.parse(source)` (to look at it first).
    public func load(_ source: SourceFile, parsed: (root: YAMLNode?, diagnostics: [Diagnostic])) -> Outcome {
        let (root, yamlDiagnostics) = parsed
        var decoder = QuestionnaireDecoder(path: source.path, diagnostics: yamlDiagnostics)
        decoder.source = source
        guard let root else {
            if !yamlDiagnostics.hasErrors {
                decoder.diagnostics.append(.error(at: SourceLocation(path: source.path, line: 1, column: 1),
                                                  Message.Definition.emptyFile))
            }
            return Outcome(questionnaire: nil, diagnostics: decoder.diagnostics.handOver().sortedByLocation())
        }
        var questionnaire = decoder.decode(root, digest: "")
        // A value with a YAML error reads as empty, at the error's place; what the schema then says about it there
        // (empty, missing, not a number) repeats that error and is left out.
        let yamlErrors = Set(yamlDiagnostics.compactMap(\.location))
        let schema = decoder.diagnostics.handOver().dropFirst(yamlDiagnostics.count).filter { $0.location.map { !yamlErrors.contains($0) } ?? true }
        let diagnostics = (yamlDiagnostics + schema).sortedByLocation()
        guard !diagnostics.hasErrors else { return Outcome(questionnaire: nil, diagnostics: diagnostics) }
        // The digest is only worth computing for a definition that loads.
        questionnaire?.digest = source.digest
        return Outcome(questionnaire: questionnaire, diagnostics: diagnostics)
    }
}
