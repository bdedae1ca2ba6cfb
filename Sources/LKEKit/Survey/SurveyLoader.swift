import Foundation

/// Loads and lints survey definitions (`kind: survey`), and finds the one `lke survey --instrument` names
/// among the files given and the definitions bundled with `lke`.
public struct SurveyLoader: Sendable {
    /// The result of loading one file: the model when there were no errors, and every diagnostic.
    public struct Outcome: Sendable {
        /// The loaded instrument; `nil` when any diagnostic is an error.
        public internal(set) var definition: SurveyDefinition?
        /// Every problem found while reading and checking the file.
        public internal(set) var diagnostics: [Diagnostic]
    }

    /// The result of resolving an instrument name.
    public struct Resolution: Sendable {
        /// The instrument named; `nil` when it could not be found or loaded.
        public internal(set) var definition: SurveyDefinition?
        /// Why it could not be found or loaded, and any warnings.
        public internal(set) var diagnostics: [Diagnostic]
        /// Sources of the files read, for rendering diagnostics.
        public internal(set) var sources: [SourceFile]
    }

    /// A loader; it holds no state.
    public init() {}

    /// Loads the file at `path`.
    func load(path: String) -> Outcome {
        guard let source = try? SourceFile(contentsOfFile: path) else {
            return Outcome(definition: nil, diagnostics: [.error(at: nil, Message.File.cannotRead(path))])
        }
        return load(source)
    }

    /// Loads a definition from its source.
    public func load(_ source: SourceFile) -> Outcome {
        let (root, yamlDiagnostics) = YAMLParser.parse(source)
        var decoder = SurveyDecoder(path: source.path, diagnostics: yamlDiagnostics)
        decoder.source = source
        guard let root else {
            if !yamlDiagnostics.hasErrors {
                decoder.diagnostics.append(.error(at: SourceLocation(path: source.path, line: 1, column: 1),
                                                  Message.Survey.emptyDefinition))
            }
            return Outcome(definition: nil, diagnostics: decoder.diagnostics.handOver().sortedByLocation())
        }
        let definition = decoder.decode(root, digest: source.digest)
        let diagnostics = decoder.diagnostics.handOver().sortedByLocation()
        return Outcome(definition: diagnostics.hasErrors ? nil : definition, diagnostics: diagnostics)
    }

    /// Whether a parsed file declares `kind: survey`.
    public static func isSurvey(_ root: YAMLNode?) -> Bool {
        root?["kind"]?.scalar == "survey"
    }

    /// Whether a definition's text has a top-level `kind: survey` line (a cheap test before parsing).
    static func declaresSurvey(_ text: String) -> Bool {
        text.split(separator: "\n", omittingEmptySubsequences: true).contains { $0.hasPrefix("kind: survey") }
    }

    /// The survey definitions bundled with `lke`, in file-name order.
    static func bundled() -> [SurveyDefinition] {
        BundledQuestionnaires.files.sorted { $0.name < $1.name }.compactMap { file in
            guard declaresSurvey(file.text) else { return nil }
            let source = SourceFile(path: "<lke>/questionnaires/\(file.name)", text: file.text)
            guard isSurvey(YAMLParser.parse(source).root) else { return nil }
            return SurveyLoader().load(source).definition
        }
    }

    /// Finds the definition `name` refers to: a path to a definition file (a name ending in `.yaml` or
    /// `.yml`, or holding a `/`), else the `instrument` or `id` of a survey among `paths` (the files given
    /// with `--questionnaire`; worksheet definitions among them are skipped) and then the bundled ones.
    public func resolve(_ name: String, paths: [String] = []) -> Resolution {
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/") {
            guard let source = try? SourceFile(contentsOfFile: name) else {
                return Resolution(definition: nil, diagnostics: [.error(at: nil, Message.Survey.cannotReadDefinition(name))], sources: [])
            }
            let outcome = load(source)
            return Resolution(definition: outcome.definition, diagnostics: outcome.diagnostics, sources: [source])
        }
        var candidates: [SurveyDefinition] = []
        var diagnostics: [Diagnostic] = []
        var sources: [SourceFile] = []
        for path in paths {
            guard let source = try? SourceFile(contentsOfFile: path) else {
                diagnostics.append(.error(at: nil, Message.File.cannotRead(path)))
                continue
            }
            guard Self.isSurvey(YAMLParser.parse(source).root) else { continue }
            let outcome = load(source)
            sources.append(source)
            if let definition = outcome.definition, definition.instrument == name || definition.id == name {
                candidates.append(definition)
            } else if outcome.definition == nil {
                diagnostics += outcome.diagnostics
            }
        }
        let bundled = Self.bundled()
        candidates += bundled.filter { $0.instrument == name || $0.id == name }
        if let first = candidates.first {
            return Resolution(definition: first, diagnostics: [], sources: sources)
        }
        let known = Set(bundled.flatMap { [$0.instrument, $0.id] }).sorted()
        diagnostics.append(.error(at: nil, Message.Survey.unknownInstrument(name, suggestion: Suggestion.closest(to: name, in: known), available: known)))
        return Resolution(definition: nil, diagnostics: diagnostics, sources: sources)
    }
}
