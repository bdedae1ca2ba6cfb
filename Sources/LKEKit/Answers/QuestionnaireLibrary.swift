import Foundation

/// The definitions an answer file can name: files given by the user, then the ones bundled with `lke`.
///
/// Bundled definitions are parsed only when an answer file names them (a bundled file is found by its name,
/// `<id>.yaml`), and then once per library; copies of a library share that cache.
public struct QuestionnaireLibrary: Sendable {
    private var given: [String: Questionnaire] = [:]
    private var failures: [String: [Diagnostic]] = [:]
    private var sources: [SourceFile] = []
    private let includeBundled: Bool
    private var cache = Cache()

    /// A library of the bundled definitions and the files at `paths` (which win over bundled ones).
    public init(paths: [String] = [], includeBundled: Bool = true) {
        self.includeBundled = includeBundled
        for path in paths {
            let outcome = QuestionnaireLoader().load(path: path)
            if let q = outcome.questionnaire { given[q.id] = q } else { failures[path] = outcome.diagnostics }
            if let source = try? SourceFile(contentsOfFile: path) { sources.append(source) }
        }
    }

    /// A library of the same definitions, parsed again into storage of its own.
    ///
    /// For a worker thread of a batch: threads that read one definition contend on the reference counts of its
    /// strings and arrays (each retain is an atomic write to memory the other core also writes), which cost a
    /// 2-core batch about a tenth of its time. Definitions added with `add(_:)` have no file and stay shared.
    func separateCopy() -> QuestionnaireLibrary {
        var copy = self
        copy.cache = Cache()
        for source in sources {
            if let q = QuestionnaireLoader().load(source).questionnaire, given[q.id] != nil { copy.given[q.id] = q }
        }
        return copy
    }

    /// Adds a loaded definition.
    public mutating func add(_ questionnaire: Questionnaire) {
        given[questionnaire.id] = questionnaire
    }

    /// The definition with `id`.
    public func questionnaire(_ id: String) -> Questionnaire? {
        if let q = given[id] { return q }
        guard includeBundled else { return nil }
        return cache.bundled(id)
    }

    /// The ids of every known definition, sorted.
    public var ids: [String] {
        var ids = Set(given.keys)
        if includeBundled { ids.formUnion(Cache.bundledIDs) }
        return ids.sorted()
    }

    /// Diagnostics of `--questionnaire` files that failed to load, and their sources.
    public var loadFailures: (diagnostics: [Diagnostic], sources: [SourceFile]) {
        (failures.keys.sorted().flatMap { failures[$0]! }, sources)
    }

    /// Bundled worksheet definitions, parsed on first use.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var loaded: [String: Questionnaire?] = [:]

        /// Ids of the bundled worksheet definitions (survey instruments are read by `lke survey`).
        static let bundledIDs: [String] = BundledQuestionnaires.files.compactMap { name, text in
            guard text.utf8.split(separator: UInt8(ascii: "\n")).contains(where: { $0.elementsEqual("kind: lke".utf8) }) else { return nil }
            return name.hasSuffix(".yaml") ? String(name.dropLast(5)) : nil
        }

        func bundled(_ id: String) -> Questionnaire? {
            lock.lock()
            defer { lock.unlock() }
            if let known = loaded[id] { return known }
            let file = BundledQuestionnaires.files.first { $0.name == id + ".yaml" }
            let q = file.flatMap { QuestionnaireLoader().load(SourceFile(path: "<lke>/questionnaires/\($0.name)", text: $0.text)).questionnaire }
            loaded[id] = q
            return q
        }
    }
}
