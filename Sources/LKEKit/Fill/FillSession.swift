import Foundation

/// The interactive filling of one answer sheet, as a state machine: lines in, effects out.
///
/// The session walks the steps (questions, and the count inputs of computed questions) in worksheet order:
/// by default the unanswered ones, with `all` every one. It never prints and never touches files: `start()`
/// and `handle(_:)` return what to print and when to save, and the caller does it (saving `text` and only
/// then printing the acknowledgement). Answers are checked with the same rules as answer files
/// (`AnswerValidator`: options, ranges, decimals, cross-item checks); an answer that breaks a check of
/// severity error is rejected.
public struct FillSession: Sendable {
    /// How the session runs.
    public struct Options: Sendable {
        var language: Language
        /// ANSI colour in the output.
        var colour: Bool
        /// A progress line (area, answered/total, running score) before each prompt, for terminals.
        var showsProgress: Bool
        /// Walk every step, not only the unanswered ones.
        var all: Bool
        /// Only the steps under this node, group or question code.
        var area: String?
        /// Start at this code (shown even when answered).
        var from: String?

        /// The options of a session: language, colours, progress, which questions to ask and where to start.
        public init(language: Language = .id, colour: Bool = false, showsProgress: Bool = false, all: Bool = false,
                    area: String? = nil, from: String? = nil) {
            self.language = language
            self.colour = colour
            self.showsProgress = showsProgress
            self.all = all
            self.area = area
            self.from = from
        }
    }

    /// Something for the caller to do, in order.
    public enum Effect: Sendable, Equatable {
        /// Print to standard output.
        case output(String)
        /// Print to standard error (a rejected input's one-line reason).
        case error(String)
        /// Write `text` to the answer file (atomically), then print `acknowledgement` to standard output.
        case save(text: String, acknowledgement: String)
    }

    /// Why the session ended.
    enum Ending: Sendable, Equatable {
        /// Every step of the queue was visited.
        case completed
        /// The user typed `:quit`.
        case quit
        /// Input ended.
        case endOfInput
    }

    /// A `from` or `area` code that names nothing to fill.
    public struct SetupError: Error, Sendable {
        /// What is wrong, in both languages.
        public internal(set) var message: Localized
    }

    let questionnaire: Questionnaire
    /// The sheet as edited so far.
    private(set) var sheet: AnswerSheet
    let options: Options
    /// Every step of the questionnaire, in worksheet order.
    let steps: [FillStep]
    /// The position of the current step in `steps`, `nil` once finished.
    private(set) var position: Int?
    private(set) var ending: Ending?
    /// Whether any save was asked for.
    private(set) var hasSaved = false
    /// The checked answers of `sheet` (invalid entries left out).
    private(set) var answers: ResolvedAnswers
    private(set) var card: ScoreCard

    private var history: [Int] = []
    /// The note code of the question answered by the input just before this one, if that input was an answer
    /// (the screen then shows the next question): a `:note` without a code names it in its confirmation.
    private var justAnswered: String?
    private let scope: Set<Int>
    private let presenter: FillPresenter
    /// For each check, every input code its value depends on (through derived rows and questions).
    private let checkInputs: [String: Set<String>]

    /// Starts a session on `sheet`.
    /// - Throws: `SetupError` when `options.from` or `options.area` names no step, or `from` is outside `area`.
    public init(questionnaire: Questionnaire, sheet: AnswerSheet, options: Options = Options()) throws {
        self.questionnaire = questionnaire
        self.sheet = sheet
        self.options = options
        self.steps = FillStep.steps(of: questionnaire) + FillStep.headerSteps(of: questionnaire, language: options.language)
        self.presenter = FillPresenter(questionnaire: questionnaire, language: options.language, style: FillStyle(colour: options.colour))
        var inputsByCheck: [String: Set<String>] = [:]
        for check in questionnaire.checks {
            inputsByCheck[check.id] = Self.inputs(of: check.references, in: questionnaire)
        }
        self.checkInputs = inputsByCheck
        let (answers, card) = Self.evaluate(sheet, questionnaire)
        self.answers = answers
        self.card = card
        // The prerequisites join the queue when the file lists them (`lke init` writes them all, undecided), and the
        // predicate held when it lists them but names none; `--area prasyarat` and `:goto` reach every one.
        let allSteps = steps
        var scope = Set(allSteps.indices.filter { index in
            switch allSteps[index].header {
            case nil: return true
            case .prerequisite(let id)?: return sheet.eligibilityOrder.contains(id)
            case .predicate?: return !sheet.eligibilityOrder.isEmpty && sheet.predicate == nil
            }
        })
        if let area = options.area {
            let under = Self.stepIndices(under: area, in: steps, questionnaire)
            guard !under.isEmpty else { throw SetupError(message: Self.unknownCode(area, questionnaire)) }
            scope = Set(under)
        }
        self.scope = scope
        if let from = options.from {
            guard let start = Self.stepIndices(under: from, in: steps, questionnaire).first else {
                throw SetupError(message: Self.unknownCode(from, questionnaire))
            }
            guard scope.contains(start) else {
                throw SetupError(message: Message.Fill.fromNotUnderArea(from, area: options.area ?? ""))
            }
            position = start
        } else {
            position = nil
            position = next(after: -1)
        }
    }

    // MARK: - State

    /// Whether the session has ended (completed, saved, or the input ended).
    public var isFinished: Bool { ending != nil }

    /// The step being asked.
    var current: FillStep? { position.map { steps[$0] } }

    /// The canonical text of the sheet as it stands.
    var text: String { AnswerSheetWriter.text(of: sheet, questionnaire: questionnaire) }

    /// Whether a step has a valid answer.
    func isAnswered(_ step: FillStep) -> Bool {
        if let header = step.header { return sheet.headerValue(header) != nil }
        switch step.question.kind {
        case .choice: return answers.choices[step.code] != nil
        case .number: return answers.numbers[step.code] != nil
        case .computed: return answers.inputs[step.code] != nil
        }
    }

    /// One line: where the answers are, how many are answered, the score so far.
    public var summaryLine: String {
        let total = card.total
        let summary = hasSaved ? Message.Fill.savedSummary : Message.Fill.unchangedSummary
        return presenter.t(summary(sheet.path, total.answered, total.questions, total.score, questionnaire.rounding))
    }

    /// The end-of-session report: progress by area, score and verdicts, and the summary line.
    var report: String {
        "\n" + presenter.list(card) + presenter.scoreReport(card) + summaryLine + "\n"
    }

    // MARK: - Input

    /// The banner and the first question (or, with nothing to fill, the report).
    public mutating func start() -> [Effect] {
        let total = card.total
        let waiting = scope.filter { options.all || !isAnswered(steps[$0]) }.count
        var banner = presenter.t(Message.Fill.banner(path: sheet.path, unit: sheet.unit, questionnaire: questionnaire.id,
                                                     answered: total.answered, questions: total.questions, waiting: waiting))
        banner += presenter.t(Message.Fill.howTo)
        guard position != nil else {
            ending = .completed
            return [.output(banner + presenter.t(Message.Fill.nothingToFill) + report)]
        }
        return [.output(banner)] + showCurrent()
    }

    /// Handles one line of input; `nil` is the end of input.
    public mutating func handle(_ line: String?) -> [Effect] {
        guard let step = current, ending == nil else { return [] }
        guard let line else {
            ending = .endOfInput
            position = nil
            return [.output("\n" + summaryLine + "\n")]
        }
        let answeredBefore = justAnswered
        justAnswered = nil
        // Arrow keys and other escape sequences typed where no line editing runs (a pipe, a dumb terminal)
        // arrive as control characters: never part of an answer, a note or a command.
        // (A CR before the line end is a line end written by Windows, not a character.)
        if (line.hasSuffix("\r") ? String(line.dropLast()) : line).unicodeScalars.contains(where: Self.isControl) {
            return reject(presenter.t(Message.Fill.controlCharacters(Self.visible(line))))
        }
        let input = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if input.hasPrefix(":n") || input.hasPrefix(":N") { justAnswered = answeredBefore }
        if input == "?" { return [.output(presenter.help)] + prompt() }
        if input.hasPrefix(":") { return command(input, step) }
        if input.isEmpty {
            guard isAnswered(step) else {
                let reason = sheet.entry(step.code)?.value == nil
                    ? presenter.t(Message.Fill.noAnswerYet)
                    : presenter.t(Message.Fill.currentAnswerInvalid)
                return reject(reason)
            }
            return moveOn()
        }
        return answer(input, step)
    }

    // MARK: - Answers

    private mutating func answer(_ text: String, _ step: FillStep) -> [Effect] {
        if let header = step.header { return answerHeader(text, header, step) }
        if let reason = valueProblem(text, for: step.code) { return reject(reason) }
        let value: String
        if case .choice(let choice) = step.question.kind, let option = choice.scale.option(matching: text) {
            value = option.code
        } else {
            value = text.replacingOccurrences(of: ",", with: ".")
        }
        var candidate = sheet
        candidate.setValue(value, for: step.code)
        let violations = Self.violations(in: candidate, questionnaire).filter { checkInputs[$0.check.id]?.contains(step.code) == true }
        if let blocking = violations.first(where: { $0.check.severity == .error }) {
            return reject(presenter.t(Message.Fill.rejected(blocking.diagnostic.message)))
        }
        apply(candidate)
        justAnswered = step.noteCode
        var effects = [save(presenter.t(Message.Fill.saved(step.code, value: value)))]
        for warning in violations {
            effects.append(.output(presenter.style.warning("warning:") + " " + warning.diagnostic.message.text(options.language) + "\n"))
        }
        if step.input != nil { effects.append(.output(presenter.percentage(of: step.question, answers: answers))) }
        return effects + moveOn()
    }

    /// A prerequisite (`ya`/`tidak`) or the predicate held: written to the file's header, not to `answers`.
    private mutating func answerHeader(_ text: String, _ header: HeaderField, _ step: FillStep) -> [Effect] {
        guard case .choice(let choice) = step.question.kind, let option = choice.scale.option(matching: text) else {
            var codes: [String] = []
            if case .choice(let choice) = step.question.kind { codes = choice.scale.options.map(\.code) }
            return reject(presenter.t(Message.Fill.notAnOption(text, of: step.code, options: codes)))
        }
        var candidate = sheet
        candidate.setHeaderValue(option.code, for: header)
        apply(candidate)
        return [save(presenter.t(Message.Fill.saved(step.code, value: option.code)))] + moveOn()
    }

    /// The prerequisites the file lists, decided and in all, for the progress line (none when it lists none).
    var headerProgress: (decided: Int, total: Int) {
        let headers = steps.filter { step in
            if case .prerequisite(let id) = step.header { return sheet.eligibilityOrder.contains(id) }
            return false
        }
        return (headers.filter(isAnswered).count, headers.count)
    }

    /// Why `text` is not a valid answer for `code` on its own (option, number, range, decimals), if it is not.
    private func valueProblem(_ text: String, for code: String) -> String? {
        let probe = SourceLocation(path: "<input>", line: 1, column: 1)
        let single = AnswerSheet(questionnaireID: questionnaire.id, unit: sheet.unit,
                                 entries: [AnswerSheet.Entry(code: code, value: text, location: probe)])
        var resolved = ResolvedAnswers(questionnaire: questionnaire, sheet: single)
        var diagnostics: [Diagnostic] = []
        AnswerValidator(questionnaire: questionnaire).validate(single, into: &resolved, diagnostics: &diagnostics)
        let problem = diagnostics.first { $0.severity == .error && Self.check(of: $0, questionnaire) == nil }
        return problem?.message.text(options.language)
    }

    // MARK: - Commands

    private mutating func command(_ input: String, _ step: FillStep) -> [Effect] {
        let parts = input.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let name = parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        switch name {
        case ":help", ":h", ":?":
            return [.output(presenter.help)] + prompt()
        case ":back", ":b":
            guard let previous = history.popLast() else {
                return reject(presenter.t(Message.Fill.noPreviousQuestion))
            }
            position = previous
            return showCurrent()
        case ":skip", ":s":
            return moveOn()
        case ":goto", ":g":
            guard !argument.isEmpty else { return reject(presenter.t(Message.Fill.gotoNeedsCode)) }
            guard let target = Self.stepIndices(under: argument, in: steps, questionnaire).first else {
                return reject(Self.unknownCode(argument, questionnaire).text(options.language))
            }
            if let position { history.append(position) }
            position = target
            return showCurrent()
        case ":note", ":n", ":evidence", ":e", ":bukti":
            if step.header != nil {
                return reject(presenter.t(Message.Fill.notesNotKept(step.code)))
            }
            if name == ":bukti" { return bukti(argument, step) }
            return name.hasPrefix(":n") ? note(argument, step) : evidence(argument, step)
        case ":score":
            return [.output("\n" + presenter.scoreReport(card))] + prompt()
        case ":list", ":l":
            return [.output("\n" + presenter.list(card))] + prompt()
        case ":quit", ":q", ":exit":
            ending = .quit
            position = nil
            return [.output(report)]
        default:
            let names = [":help", ":back", ":skip", ":goto", ":note", ":evidence", ":bukti", ":score", ":list", ":quit"]
            return reject(presenter.t(Message.Fill.unknownCommand(parts[0], suggestion: Suggestion.closest(to: name, in: names))))
        }
    }

    /// `:note TEXT` is the note of the question on screen (its code is in the prompt); `:note CODE TEXT` that of
    /// question CODE (or of the question a count input CODE belongs to). The confirmation names the code, and,
    /// right after an answer, how to put the note on the question just answered instead.
    private mutating func note(_ argument: String, _ step: FillStep) -> [Effect] {
        var code = step.noteCode
        var text = argument
        var named = false
        let words = argument.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let first = words.first, let target = noteTarget(first) {
            code = target
            text = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
            named = true
        }
        let other = named ? nil : justAnswered.flatMap { $0 == code ? nil : $0 }
        justAnswered = nil
        let hint: [Effect] = other.map { [.output(presenter.t(Message.Fill.noteIsForScreen(other: $0)))] } ?? []
        if text.isEmpty {
            let note = sheet.entry(code)?.note
            let shown = note.map { presenter.field(presenter.t("Catatan", "Note"), $0) }
                ?? presenter.t(Message.Fill.noNoteYet(code))
            return [.output(shown)] + prompt()
        }
        var candidate = sheet
        if text == "-" {
            guard sheet.entry(code)?.note != nil else { return reject(presenter.t(Message.Fill.noNoteToRemove(code))) }
            candidate.setNote(nil, for: code)
            apply(candidate)
            return [save(presenter.t(Message.Fill.noteRemoved(code)))] + hint + prompt()
        }
        candidate.setNote(text, for: code)
        apply(candidate)
        return [save(presenter.t(Message.Fill.noteSaved(code)))] + hint + prompt()
    }

    /// The code whose note `word` names: a question's code, or a count input's (its question's).
    private func noteTarget(_ word: String) -> String? {
        if questionnaire.questionIndex[word] != nil { return word }
        return steps.first { $0.code == word }?.noteCode
    }

    /// C0 and C1 control characters and DEL (a tab is allowed, as in a typed line).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// `text` with its control characters shown in caret notation (`^[` for ESC).
    public static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += scalar.value == 0x7F ? "^?" : scalar.value < 0x20 ? "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40))) : "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private mutating func evidence(_ item: String, _ step: FillStep) -> [Effect] {
        let code = step.noteCode
        if item.isEmpty {
            let list = sheet.entry(code)?.evidence ?? []
            if list.isEmpty { return [.output(presenter.t(Message.Fill.noEvidenceYet(code)))] + prompt() }
            return [.output(presenter.t(Message.Fill.evidenceOf(code)) + list.map { "  - \($0)\n" }.joined())] + prompt()
        }
        var candidate = sheet
        guard candidate.addEvidence(item, for: code) else {
            return reject(presenter.t(Message.Fill.evidenceListed(item, code: code)))
        }
        apply(candidate)
        return [save(presenter.t(Message.Fill.evidenceSaved(code, items: [item])))] + prompt()
    }

    /// `:bukti PATH...`: attaches paths completed from the question's folder, warning at once about missing or
    /// draft files (FillEvidence); `:bukti` alone lists the folder's files.
    private mutating func bukti(_ arguments: String, _ step: FillStep) -> [Effect] {
        let code = step.noteCode, helper = FillEvidence(answerPath: sheet.path)
        if arguments.isEmpty {
            let files = helper.files(of: code), listed = sheet.entry(code)?.evidence ?? []
            guard !files.isEmpty else { return [.output(presenter.t(Message.Fill.folderEmpty(helper.folder(of: code))))] + prompt() }
            return [.output(files.map { (listed.contains($0) ? "  ✓ " : "  - ") + $0 + "\n" }.joined())] + prompt()
        }
        switch helper.resolve(arguments, code: code) {
        case .failure(let failure): return reject(failure.message.text(options.language))
        case .success(let items):
            var candidate = sheet, added: [String] = [], warnings: [Effect] = []
            for item in items where candidate.addEvidence(item.text, for: code) {
                added.append(item.text)
                warnings += item.warnings.map { .error(presenter.style.bad(presenter.t("peringatan:", "warning:")) + " " + $0.text(options.language) + "\n") }
            }
            guard !added.isEmpty else { return reject(presenter.t(Message.Fill.allListed(code))) }
            apply(candidate)
            return warnings + [save(presenter.t(Message.Fill.evidenceSaved(code, items: added)))] + prompt()
        }
    }

    // MARK: - Moving

    /// Leaves the current step for the next one in the queue (or finishes).
    private mutating func moveOn() -> [Effect] {
        guard let position else { return [] }
        history.append(position)
        self.position = next(after: position)
        guard self.position != nil else {
            ending = .completed
            return [.output("\n" + presenter.t(Message.Fill.queueDone) + "\n" + report)]
        }
        return showCurrent()
    }

    /// The next step after `index` in scope: any with `all`, else the next unanswered one.
    private func next(after index: Int) -> Int? {
        var candidate = index + 1
        while candidate < steps.count {
            if scope.contains(candidate), options.all || !isAnswered(steps[candidate]) { return candidate }
            candidate += 1
        }
        return nil
    }

    private func showCurrent() -> [Effect] {
        guard let step = current else { return [] }
        var reason: String?
        if let value = sheet.entry(step.code)?.value, !isAnswered(step) { reason = valueProblem(value, for: step.code) }
        var text = presenter.question(step, sheet: sheet, answers: answers, invalidReason: reason)
        if let header = step.header, let value = sheet.headerValue(header) {
            text += "  " + presenter.t("Jawaban saat ini", "Current answer") + ": " + presenter.style.bold(value) + "\n"
        }
        return [.output(text)] + prompt()
    }

    private func prompt() -> [Effect] {
        guard let step = current else { return [] }
        let progress = options.showsProgress ? presenter.progressLine(step, card: card, prerequisites: headerProgress) : ""
        let current = step.header.map { sheet.headerValue($0) } ?? (isAnswered(step) ? sheet.entry(step.code)?.value : nil)
        return [.output(progress + presenter.prompt(step, keeping: current))]
    }

    private func reject(_ reason: String) -> [Effect] {
        [.error(presenter.style.bad("error:") + " " + reason + "\n")] + prompt()
    }

    private mutating func apply(_ candidate: AnswerSheet) {
        sheet = candidate
        (answers, card) = Self.evaluate(sheet, questionnaire)
    }

    private mutating func save(_ acknowledgement: String) -> Effect {
        hasSaved = true
        return .save(text: text, acknowledgement: presenter.style.good(acknowledgement) + "\n")
    }
}
