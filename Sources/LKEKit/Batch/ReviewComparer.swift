import Foundation

/// Pairs self-assessment files with reviewed files of the same unit and period and measures what the
/// reviewers changed (`lke batch --compare SELF_DIR REVIEW_DIR`).
///
/// Two passes, both on every core: the first reads each file's `unit` and `period` (keeping one small index
/// entry per file); the second loads, scores and compares each pair and keeps only running sums.
public struct ReviewComparer: Sendable {
    var library: QuestionnaireLibrary
    var jobs: Int
    var language: Language
    var colour: Bool
    var chunkSize = 128

    /// A comparer that finds questionnaires in `library` and works on `jobs` pairs at once.
    public init(library: QuestionnaireLibrary, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                language: Language = .id, colour: Bool = false) {
        self.library = library
        self.jobs = max(1, jobs)
        self.language = language
        self.colour = colour
    }

    private struct Key: Sendable, Hashable, Comparable {
        var unit: String
        var period: String
        /// By the bytes of the unit, then of the period.
        static func < (a: Key, b: Key) -> Bool {
            if a.unit != b.unit { return Array(a.unit.utf8).lexicographicallyPrecedes(Array(b.unit.utf8)) }
            return Array(a.period.utf8).lexicographicallyPrecedes(Array(b.period.utf8))
        }
    }

    private enum Indexed: Sendable {
        case skipped
        case file(path: String, key: Key, period: String?)
        case failed(path: String, diagnostics: String)
    }

    /// One pair compared: per question whether the answer changed and the points moved; per other place the
    /// points moved and whether the rounded score changed.
    private struct PairDelta: Sendable {
        var questionnaireID: String
        var questions: [(index: Int, changed: Bool, delta: Number)]
        var places: [(delta: Number, changed: Bool)]
        var reviews: [Review.Status: Int] = [:]
    }

    private enum Compared: Sendable {
        case compared(PairDelta)
        case failed(diagnostics: [String])
    }

    /// Compares every unit found under `selfPaths` with its review under `reviewPaths`. Failures are reported
    /// through `events` as in `BatchRunner`.
    public func run(selfPaths: [String], reviewPaths: [String], events: (BatchRunner.Event) -> Void = { _ in }) -> ReviewComparison {
        var comparison = ReviewComparison()
        var done = 0
        func index(_ paths: [String], side: ReviewComparison.Unpaired.Side) -> [Key: (path: String, period: String?)] {
            var finder = AnswerFileFinder(paths: paths)
            var found: [Key: (path: String, period: String?)] = [:]
            let comparer = self
            let offset = done
            ParallelChunks.run(
                jobs: jobs, chunkSize: chunkSize * 2, next: { finder.next() }, work: { item, _ in comparer.key(of: item) },
                merge: { outcome in
                    switch outcome {
                    case .skipped: return
                    case .failed(let path, let diagnostics):
                        comparison.failed += 1
                        events(.failed(path: path, diagnostics: diagnostics))
                    case .file(let path, let key, let period):
                        if let first = found[key] {
                            comparison.unpaired.append(.init(side: side, path: path, unit: key.unit, period: period, reason: .duplicate(of: first.path)))
                        } else {
                            found[key] = (path, period)
                        }
                    }
                },
                chunkDone: { events(.progress(done: offset + $0)); done = offset + $0 })
            return found
        }
        let selfFiles = index(selfPaths, side: .selfAssessment)
        let reviewFiles = index(reviewPaths, side: .review)
        for (key, file) in selfFiles where reviewFiles[key] == nil {
            comparison.unpaired.append(.init(side: .selfAssessment, path: file.path, unit: key.unit, period: file.period, reason: .noPartner))
        }
        for (key, file) in reviewFiles where selfFiles[key] == nil {
            comparison.unpaired.append(.init(side: .review, path: file.path, unit: key.unit, period: file.period, reason: .noPartner))
        }
        comparison.unpaired.sort { a, b in
            a.side != b.side ? a.side == .selfAssessment : Array(a.path.utf8).lexicographicallyPrecedes(Array(b.path.utf8))
        }
        let pairs = selfFiles.keys.filter { reviewFiles[$0] != nil }.sorted().map { (selfFiles[$0]!.path, reviewFiles[$0]!.path) }
        events(.total(done + pairs.count))

        // Running sums, set up from the first compared pair's questionnaire.
        var layout: BatchLayout?
        var questionnaire: Questionnaire?
        var figures: [ReviewComparison.Figure] = []
        var questionFigures: [ReviewComparison.Figure] = []
        var pairIterator = pairs.makeIterator()
        let comparer = self
        let pairOffset = done
        ParallelChunks.run(
            jobs: jobs, chunkSize: chunkSize, next: { pairIterator.next() },
            work: { pair, _ in comparer.compare(selfPath: pair.0, reviewPath: pair.1) },
            merge: { outcome in
                switch outcome {
                case .failed(let diagnostics):
                    comparison.failed += 1
                    for text in diagnostics { events(.failed(path: "", diagnostics: text)) }
                case .compared(let delta):
                    if questionnaire == nil, let q = library.questionnaire(delta.questionnaireID) {
                        questionnaire = q
                        let l = BatchLayout(questionnaire: q)
                        layout = l
                        figures = Self.places(of: l).map { .init(code: $0.code, title: $0.title, area: nil, weight: $0.weight, pairs: 0, changed: 0,
                                                                  lowered: 0, raised: 0, totalDelta: 0) }
                        let areaOf = Self.areaKeys(of: q, layout: l)
                        questionFigures = q.questions.map { question in
                            .init(code: question.code, title: question.text, area: areaOf[question.code],
                                  weight: Self.share(of: question, in: q), pairs: 0, changed: 0, lowered: 0, raised: 0, totalDelta: 0)
                        }
                    }
                    guard let q = questionnaire, q.id == delta.questionnaireID else {
                        comparison.failed += 1
                        events(.failed(path: "", diagnostics: DiagnosticRenderer(language: language, colour: colour).render(.error(at: nil, Message.Batch.pairOtherQuestionnaire(
                            delta.questionnaireID, others: questionnaire?.id ?? "")))))
                        return
                    }
                    comparison.pairs += 1
                    comparison.reviewStatuses.merge(delta.reviews, uniquingKeysWith: +)
                    for i in figures.indices {
                        figures[i].pairs += 1
                        Self.add(delta.places[i].delta, changed: delta.places[i].changed, to: &figures[i])
                    }
                    for i in questionFigures.indices { questionFigures[i].pairs += 1 }
                    for item in delta.questions { Self.add(item.delta, changed: item.changed, to: &questionFigures[item.index]) }
                }
            },
            chunkDone: { events(.progress(done: pairOffset + $0)) })
        comparison.layout = layout
        if let layout, !figures.isEmpty {
            comparison.total = figures[0]
            comparison.components = Array(figures[1..<(1 + layout.components.count)])
            comparison.areas = Array(figures[(1 + layout.components.count)...])
        }
        let order = Dictionary(uniqueKeysWithValues: questionFigures.enumerated().map { ($1.code, $0) })
        // Deltas are compared at the 20 places reports use: sums of thirds that are equal as fractions may differ
        // in a 38th digit, and that must not decide the order.
        let size = Dictionary(questionFigures.map { ($0.code, Rounding.snap($0.totalDelta.magnitude)) }, uniquingKeysWith: { a, _ in a })
        comparison.questions = questionFigures.filter { $0.changed > 0 }.sorted { a, b in
            if a.changed != b.changed { return a.changed > b.changed }
            if size[a.code]! != size[b.code]! { return size[a.code]! > size[b.code]! }
            return order[a.code]! < order[b.code]!
        }
        return comparison
    }

    private static func add(_ delta: Number, changed: Bool, to figure: inout ReviewComparison.Figure) {
        figure.totalDelta += delta
        guard changed else { return }
        figure.changed += 1
        if delta < 0 { figure.lowered += 1 } else if delta > 0 { figure.raised += 1 }
    }

    /// The total, the components and the areas, in that order.
    private static func places(of layout: BatchLayout) -> [BatchLayout.Part] {
        [layout.total] + layout.components + layout.areas
    }

    private static func areaKeys(of q: Questionnaire, layout: BatchLayout) -> [String: String] {
        var result: [String: String] = [:]
        guard let group = q.groups.first(where: { !$0.children.isEmpty }) else { return result }
        for question in q.questions {
            let ancestors = q.ancestors[question.code] ?? []
            if let area = group.children.first(where: { $0.sum.contains { ancestors.contains($0) } }) {
                result[question.code] = layout.areas.first { $0.code == area.code }?.key
            }
        }
        return result
    }

    private static func share(of question: Question, in q: Questionnaire) -> Number {
        guard let nodeCode = q.ancestors[question.code]?.last, let node = q.nodesByCode[nodeCode] else { return 0 }
        return node.share(of: question)
    }

    // MARK: - Workers

    private func key(of candidate: AnswerFileFinder.Candidate) -> Indexed {
        let path = candidate.path
        guard !candidate.isMissing, let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else {
            let renderer = DiagnosticRenderer(language: language, colour: colour)
            return .failed(path: path, diagnostics: renderer.render(.error(at: nil, Message.File.cannotRead(path))))
        }
        if !candidate.isExplicit, !AnswerFileFinder.looksLikeAnswerFile(data) { return .skipped }
        let source = SourceFile(path: path, data: data)
        let (root, diagnostics) = YAMLParser.parse(source)
        if !diagnostics.hasErrors, let unit = root?["unit"]?.scalar, !unit.trimmingCharacters(in: .whitespaces).isEmpty {
            let period = root?["period"]?.scalar
            return .file(path: path, key: Key(unit: unit.trimmingCharacters(in: .whitespaces), period: period ?? ""), period: period)
        }
        let outcome = AnswerSheetLoader(library: library).load(source)
        return .failed(path: path, diagnostics: DiagnosticRenderer(language: language, colour: colour, sources: [source]).render(outcome.diagnostics))
    }

    private func compare(selfPath: String, reviewPath: String) -> Compared {
        let loader = AnswerSheetLoader(library: library)
        var rendered: [String] = []
        var cards: [ScoreCard] = []
        for path in [selfPath, reviewPath] {
            guard let source = try? SourceFile(contentsOfFile: path) else {
                rendered.append(DiagnosticRenderer(language: language, colour: colour).render(.error(at: nil, Message.File.cannotRead(path))))
                continue
            }
            let outcome = loader.load(source)
            if let answers = outcome.answers, !outcome.diagnostics.hasErrors {
                cards.append(Scorer.score(answers))
            } else {
                rendered.append(DiagnosticRenderer(language: language, colour: colour, sources: [source]).render(outcome.diagnostics))
            }
        }
        guard rendered.isEmpty, cards.count == 2 else { return .failed(diagnostics: rendered) }
        let (mine, theirs) = (cards[0], cards[1])
        guard mine.questionnaire.id == theirs.questionnaire.id else {
            return .failed(diagnostics: [DiagnosticRenderer(language: language, colour: colour).render(.error(at: nil, Message.Batch.reviewQuestionnairesDiffer(
                selfPath: selfPath, selfQuestionnaire: mine.questionnaire.id, reviewPath: reviewPath, reviewQuestionnaire: theirs.questionnaire.id)))])
        }
        let q = mine.questionnaire
        var questions: [(index: Int, changed: Bool, delta: Number)] = []
        for (index, question) in q.questions.enumerated() {
            let changed = AnswerComparison(question, in: mine.answers) != AnswerComparison(question, in: theirs.answers)
            let delta = (theirs.questions[question.code]?.score ?? 0) - (mine.questions[question.code]?.score ?? 0)
            if changed || delta != 0 { questions.append((index, changed, delta)) }
        }
        let layout = BatchLayout(questionnaire: q)
        let places = Self.places(of: layout).map { part -> (delta: Number, changed: Bool) in
            let before = mine.node(part.code)?.score ?? 0, after = theirs.node(part.code)?.score ?? 0
            return (after - before, mine.rounded(before) != theirs.rounded(after))
        }
        var reviews: [Review.Status: Int] = [:]
        for entry in theirs.answers.sheet.entries { if let status = entry.review?.status { reviews[status, default: 0] += 1 } }
        return .compared(PairDelta(questionnaireID: q.id, questions: questions, places: places, reviews: reviews))
    }
}
