import Foundation

/// Checks the evidence of one answer file against the disk and computes the evidence index.
///
/// Reads the answer file's own entries (never changes a score), looks each local path up once, and, unless told
/// not to, lists the code folders for files the answer file does not list. The rules are in docs/evidence.md.
public struct EvidenceChecker: Sendable {
    /// What to check and where.
    public struct Options: Sendable, Hashable {
        /// The evidence folder; `nil` for `bukti` next to the answer file.
        var folder: String?
        /// Compute each local file's SHA-256.
        var hashes: Bool
        /// List the folders for unlisted and stray files.
        var scansFolders: Bool

        /// Options for a check: the evidence folder, whether to hash files, whether to scan folders for unlisted files.
        public init(folder: String? = nil, hashes: Bool = false, scansFolders: Bool = true) {
            self.folder = folder
            self.hashes = hashes
            self.scansFolders = scansFolders
        }
    }

    let plan: EvidencePlan
    let options: Options

    /// A checker of answers against `plan`.
    public init(plan: EvidencePlan, options: Options = Options()) {
        self.plan = plan
        self.options = options
    }

    /// The folder evidence is looked for in, as shown: `--dir` as given, else `bukti` beside `answerPath`.
    public static func folder(for answerPath: String, given: String?) -> String {
        if let given { return given }
        let dir = EvidencePath.directory(of: answerPath)
        return dir.isEmpty ? EvidenceRules.defaultFolder : dir + "/" + EvidenceRules.defaultFolder
    }

    /// The report of `card`'s answer file. `locator` gives the line of each item (without it, items are cited at
    /// their answer's code).
    public func report(_ card: ScoreCard, locator: EvidenceLocator? = nil) -> EvidenceReport {
        let answers = card.answers, sheet = answers.sheet, q = answers.questionnaire
        let cwd = EvidencePath.currentDirectory
        let answerDir = EvidencePath.directory(of: sheet.path)
        let base = EvidencePath.absolute(answerDir.isEmpty ? "." : answerDir, base: cwd)
        let shownFolder = Self.folder(for: sheet.path, given: options.folder)
        let folder = EvidencePath.absolute(shownFolder, base: cwd)
        let located = locator?.itemsByCode ?? [:]

        var entries: [EvidenceReport.Entry] = []
        var findings: [EvidenceReport.Finding] = []
        var listed = Set<String>()
        var counts = [Int](repeating: 0, count: plan.questionCodes.count)
        var usable = [Bool](repeating: true, count: plan.questionCodes.count)
        for entry in sheet.entries where !entry.evidence.isEmpty {
            guard let position = plan.positions[entry.code] else { continue }
            let question = plan.questionCodes[position]
            let places = located[entry.code].flatMap { $0.count == entry.evidence.count ? $0.map(\.location) : nil }
            for (offset, text) in entry.evidence.enumerated() {
                let at = places?[offset] ?? entry.location
                var item = EvidenceReport.Entry(code: entry.code, question: question, text: text, location: at, isURL: false,
                                                status: .ok, isDraft: EvidenceRules.isDraft(text))
                switch EvidenceRules.target(of: text) {
                case .web: item.isURL = true
                case .badURL: item.isURL = true; item.status = .badURL
                case .local:
                    let path = EvidencePath.absolute(text, base: base)
                    listed.insert(path)
                    switch EvidenceDisk.kind(of: path) {
                    case .none: item.status = .missing
                    case .folder: item.status = .folder
                    case .file(let size):
                        item.size = size
                        if size == 0 { item.status = .empty }
                        else if !EvidencePath.isInside(path, folder: folder) { item.status = .outside }
                        if options.hashes { item.sha256 = EvidenceDisk.sha256(of: path) }
                    }
                }
                counts[position] += 1
                if !item.isUsable { usable[position] = false }
                findings += Self.findings(for: item, folder: shownFolder)
                entries.append(item)
            }
        }

        var questions: [EvidenceReport.Question] = []
        for question in q.questions {
            guard let position = plan.positions[question.code] else { continue }
            let isAnswered = answers.isAnswered(question)
            let earns = (card.questions[question.code]?.value ?? 0) > 0
            let count = counts[position]
            if earns && count == 0 {
                findings.append(.init(kind: .noEvidence, code: question.code, item: nil, location: Self.location(of: question, in: sheet),
                                      message: Message.Evidence.noEvidence(question.code, option: answers.choices[question.code]?.code)))
            }
            if !isAnswered && count > 0 {
                findings.append(.init(kind: .unanswered, code: question.code, item: nil,
                                      location: entries.first { $0.question == question.code }?.location,
                                      message: Message.Evidence.unansweredWithEvidence(question.code, count: count)))
            }
            questions.append(.init(code: question.code, weight: plan.weights[position], isAnswered: isAnswered, earnsPoints: earns,
                                   entries: count, isComplete: count > 0 && usable[position], problems: 0))
        }
        findings = findings.enumerated().sorted { l, r in
            switch (l.element.location, r.element.location) {
            case let (a?, b?) where a != b: return a < b
            default: return l.offset < r.offset
            }
        }.map(\.element)

        let exists = EvidenceDisk.isFolder(folder)
        if options.scansFolders && exists {
            findings += scan(folder: folder, shownFolder: shownFolder, base: base, listed: listed, sheet: sheet, locator: locator)
        }

        var problems = [Int](repeating: 0, count: plan.questionCodes.count)
        for finding in findings { if let code = finding.code, let position = plan.positions[code] { problems[position] += 1 } }
        for index in questions.indices { questions[index].problems = problems[plan.positions[questions[index].code]!] }
        let complete = questions.map(\.isComplete)
        let values = plan.index(complete: complete)
        let sums = plan.completeWeights(complete: complete)
        let rows = plan.parts.enumerated().map { offset, part in
            EvidenceReport.IndexRow(kind: part.kind, code: part.code, title: part.title, depth: part.depth, weight: part.weight,
                                    completeWeight: sums[offset],
                                    index: values[offset], questions: part.questions.count,
                                    completeQuestions: part.questions.filter { complete[$0] }.count,
                                    problems: part.questions.reduce(0) { $0 + problems[$1] })
        }
        return EvidenceReport(path: sheet.path, unit: sheet.unit, questionnaireID: q.id, folder: shownFolder, folderExists: exists,
                              rounding: q.rounding, entries: entries, findings: findings, questions: questions, index: rows)
    }

    /// Where a question's answer is written: its code, else its first count input written.
    static func location(of question: Question, in sheet: AnswerSheet) -> SourceLocation? {
        if let entry = sheet.entry(question.code) { return entry.location }
        if case .computed(let spec) = question.kind {
            for input in spec.inputs { if let entry = sheet.entry(input.code) { return entry.location } }
        }
        return nil
    }

    /// The findings one entry gives.
    static func findings(for item: EvidenceReport.Entry, folder: String) -> [EvidenceReport.Finding] {
        var out: [EvidenceReport.Finding] = []
        func add(_ kind: EvidenceReport.Finding.Kind, _ message: Localized) {
            out.append(.init(kind: kind, code: item.code, item: item.text, location: item.location, message: message))
        }
        let c = item.code, t = item.text
        switch item.status {
        case .ok: break
        case .missing: add(.missing, Message.Evidence.notFound(c, item: t))
        case .empty: add(.empty, Message.Evidence.emptyFile(c, item: t))
        case .folder: add(.folder, Message.Evidence.isFolder(c, item: t))
        case .outside: add(.outside, Message.Evidence.outsideFolder(c, item: t, folder: folder))
        case .badURL:
            if t.lowercased().hasPrefix("www.") {
                add(.badURL, Message.Evidence.addressWithoutScheme(c, item: t))
            } else {
                add(.badURL, Message.Evidence.notHTTPAddress(c, item: t))
            }
        }
        if item.isDraft {
            add(.draft, Message.Evidence.draft(c, item: t, fileExtension: EvidenceRules.fileExtension(of: t) ?? ""))
        }
        return out
    }

    /// Unlisted files in the code folders, and what lies in the evidence folder outside them.
    private func scan(folder: String, shownFolder: String, base: String, listed: Set<String>, sheet: AnswerSheet,
                      locator: EvidenceLocator?) -> [EvidenceReport.Finding] {
        var out: [EvidenceReport.Finding] = []
        let fallback = locator?.answersKey
        for name in EvidenceDisk.names(in: folder) where !EvidenceRules.isIgnored(fileName: name) {
            let path = folder + "/" + name
            let shown = EvidencePath.relative(path, to: base)
            guard EvidenceDisk.isFolder(path), let position = plan.positions[name] else {
                let suggestion = EvidenceDisk.isFolder(path) ? Suggestion.closest(to: name, in: plan.questionCodes) : nil
                out.append(.init(kind: .stray, code: nil, item: shown, location: fallback, message: Message.Evidence.stray(shown, suggestion: suggestion)))
                continue
            }
            let question = plan.questionCodes[position]
            for file in EvidenceDisk.files(under: path) where !listed.contains(path + "/" + file) {
                let written = EvidencePath.relative(path + "/" + file, to: base)
                out.append(.init(kind: .unlisted, code: name, item: written,
                                 location: sheet.entry(name)?.location ?? sheet.entry(question)?.location ?? fallback,
                                 message: Message.Evidence.unlisted(name, file: written)))
            }
        }
        return out
    }
}
