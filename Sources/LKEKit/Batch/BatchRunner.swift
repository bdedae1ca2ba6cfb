import Foundation

/// Scores many answer files on every core and gathers one compact row per file.
///
/// Each worker reads, checks and scores one file at a time and keeps only its `BatchRow`; score cards are
/// dropped as soon as the row is taken. The questionnaire definitions are loaded once (in the library) and
/// shared by all workers. Results come back in input order, so the diagnostics of broken files are reported in
/// a stable order whatever the number of workers.
public struct BatchRunner: Sendable {
    /// What the runner reports while it works. Events arrive on the calling thread, in input order.
    public enum Event: Sendable {
        /// A file could not be scored; `diagnostics` is its rendered diagnostics (compiler style, with source lines).
        case failed(path: String, diagnostics: String)
        /// `done` steps have been taken: files of the walk handled (answer files or not), or pairs compared.
        case progress(done: Int)
        /// The number of steps is now known to be `total` (`--compare` learns it once the files are paired).
        case total(Int)
    }

    var library: QuestionnaireLibrary
    /// The number of files worked on at once (at least 1).
    var jobs: Int
    /// The language of rendered diagnostics.
    var language: Language
    /// Whether rendered diagnostics use ANSI colours.
    var colour: Bool
    /// How many files are handed out between two merges (bounds the memory of results in flight).
    var chunkSize: Int = 256
    /// Whether to add each unit's evidence index per area (`--evidence`; see `EvidenceIndexer`).
    public var checksEvidence = false
    private let layouts: [String: BatchLayout]

    /// A runner that finds questionnaires in `library` and works on `jobs` files at once.
    public init(library: QuestionnaireLibrary, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                language: Language = .id, colour: Bool = false) {
        self.library = library
        self.jobs = max(1, jobs)
        self.language = language
        self.colour = colour
        var layouts: [String: BatchLayout] = [:]
        for id in library.ids {
            if let q = library.questionnaire(id) { layouts[id] = BatchLayout(questionnaire: q) }
        }
        self.layouts = layouts
    }

    /// The outcome of one file.
    enum FileOutcome: Sendable {
        /// Found in a directory but not an answer file.
        case skipped
        case scored(BatchRow)
        case failed(BatchRow, diagnostics: String)
    }

    /// Reads, checks and scores one file of a walk.
    func process(_ candidate: AnswerFileFinder.Candidate) -> FileOutcome {
        process(candidate, with: Definitions(library: library, layouts: layouts))
    }

    /// The definitions one worker reads: its own copy of the library (see `QuestionnaireLibrary.separateCopy()`)
    /// and the layouts of its questionnaires.
    struct Definitions: Sendable {
        var library: QuestionnaireLibrary
        var layouts: [String: BatchLayout]
    }

    /// One set of definitions per worker: the runner's own for the first, separate copies for the others.
    private func definitionsPerWorker() -> [Definitions] {
        (0..<jobs).map { worker in
            guard worker > 0 else { return Definitions(library: library, layouts: layouts) }
            let copy = library.separateCopy()
            var layouts: [String: BatchLayout] = [:]
            for id in copy.ids {
                if let q = copy.questionnaire(id) { layouts[id] = BatchLayout(questionnaire: q) }
            }
            return Definitions(library: copy, layouts: layouts)
        }
    }

    /// Reads, checks and scores one file of a walk with `definitions`.
    func process(_ candidate: AnswerFileFinder.Candidate, with definitions: Definitions) -> FileOutcome {
        let library = definitions.library, layouts = definitions.layouts
        let path = candidate.path
        let data: Data
        if candidate.isMissing {
            return unreadable(path)
        }
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return unreadable(path)
        }
        if !candidate.isExplicit, !AnswerFileFinder.looksLikeAnswerFile(data) { return .skipped }
        let source = SourceFile(path: path, data: data)
        var loader = AnswerSheetLoader(library: library)
        loader.computesDigest = false
        let outcome = loader.load(source)
        guard let answers = outcome.answers, !outcome.diagnostics.hasErrors else {
            let renderer = DiagnosticRenderer(language: language, colour: colour, sources: [source])
            let errors = outcome.diagnostics.filter { $0.severity == .error }.count
            let row = BatchRow.failed(path: path, errors: max(1, errors), unit: outcome.sheet?.unit ?? "",
                                      questionnaireID: outcome.sheet?.questionnaireID ?? "")
            return .failed(row, diagnostics: renderer.render(outcome.diagnostics))
        }
        let card = Scorer.score(answers)
        let layout = layouts[answers.questionnaire.id] ?? BatchLayout(questionnaire: answers.questionnaire)
        var row = layout.row(of: card, path: path)
        if checksEvidence { row.evidence = layout.evidence.index(of: answers.sheet, rounding: answers.questionnaire.rounding) }
        return .scored(row)
    }

    private func unreadable(_ path: String) -> FileOutcome {
        let diagnostic = Diagnostic.error(at: nil, Message.File.cannotRead(path))
        let renderer = DiagnosticRenderer(language: language, colour: colour)
        return .failed(.failed(path: path, errors: 1), diagnostics: renderer.render(diagnostic))
    }

    /// Scores every answer file under `paths` (files and directories, see `AnswerFileFinder`).
    public func run(_ paths: [String], events: (Event) -> Void = { _ in }) -> BatchResult {
        var finder = AnswerFileFinder(paths: paths)
        var result = BatchResult(layout: nil)
        result.checksEvidence = checksEvidence
        var firstScoredPath = ""
        let runner = self
        let definitions = definitionsPerWorker()
        ParallelChunks.run(
            jobs: jobs, chunkSize: chunkSize, next: { finder.next() },
            work: { candidate, worker in runner.process(candidate, with: definitions[worker]) },
            merge: { outcome in
                switch outcome {
                case .skipped:
                    return
                case .failed(let row, let diagnostics):
                    result.add(row)
                    events(.failed(path: row.path, diagnostics: diagnostics))
                case .scored(let row):
                    guard let layout = layouts[row.questionnaireID] else { return }
                    if let established = result.layout {
                        guard established.hasSameColumns(as: layout) else {
                            let diagnostic = Diagnostic.error(at: nil, Message.Batch.otherQuestionnaire(
                                path: row.path, questionnaire: row.questionnaireID, batchQuestionnaire: established.questionnaireID, firstPath: firstScoredPath))
                            result.add(.failed(path: row.path, errors: 1, unit: row.unit, questionnaireID: row.questionnaireID))
                            events(.failed(path: row.path, diagnostics: DiagnosticRenderer(language: language, colour: colour).render(diagnostic)))
                            return
                        }
                    } else {
                        result.layout = layout
                        firstScoredPath = row.path
                    }
                    result.add(row)
                }
            },
            chunkDone: { events(.progress(done: $0)) })
        if result.layout == nil {
            let failedIDs = (0..<result.store.count).map { result.store.row(at: $0).questionnaireID }
            if let id = failedIDs.first(where: { layouts[$0] != nil }) {
                result.layout = layouts[id]
            } else if let id = library.ids.first(where: { library.questionnaire($0)?.kind == .lke }) {
                result.layout = layouts[id]
            }
        }
        return result
    }
}

/// The rows of a batch, as scored: the layout of their columns, the packed rows and the counts.
public struct BatchResult: Sendable {
    /// The columns: from the first scored file's questionnaire (or, when nothing could be scored, from a failed
    /// file's questionnaire or the first bundled LKE).
    var layout: BatchLayout?
    var store = BatchRowStore()
    /// Whether the rows carry the evidence index per area.
    var checksEvidence = false
    /// Units scored.
    public private(set) var scored = 0
    /// Files that failed.
    public private(set) var failed = 0
    /// Scored units meeting the score rules of each predicate, by predicate id.
    private(set) var met: [String: Int] = [:]
    /// Scored units ready to propose for each predicate (score rules and prerequisites), by predicate id.
    private(set) var ready: [String: Int] = [:]

    init(layout: BatchLayout?) {
        self.layout = layout
    }

    /// Adds a row and counts it.
    mutating func add(_ row: BatchRow) {
        store.append(row)
        if row.status == .failed {
            failed += 1
            return
        }
        scored += 1
        if let layout {
            for (index, column) in layout.predicates.enumerated() where index < row.verdicts.count && row.verdicts[index] {
                met[column.id, default: 0] += 1
            }
            for (index, column) in layout.predicates.enumerated() where index < row.ready.count && row.ready[index] {
                ready[column.id, default: 0] += 1
            }
        }
    }

    /// Every row in table order (see `BatchRowStore.tableOrder()`); builds them all, so meant for small batches
    /// and tests. Writers walk the store instead.
    var rows: [BatchRow] {
        store.tableOrder().map { store.row(at: $0) }
    }
}

