import Foundation

/// Loads an answer file and checks it against its questionnaire, collecting every problem.
public struct AnswerSheetLoader: Sendable {
    /// The result of loading one answer file: the sheet as read, the checked answers, and every problem.
    public struct Outcome: Sendable {
        /// The sheet as written (when it could be read at all).
        public internal(set) var sheet: AnswerSheet?
        /// The checked answers, when there were no errors.
        public internal(set) var answers: ResolvedAnswers?
        /// Every problem found while reading and checking the file.
        public internal(set) var diagnostics: [Diagnostic]
    }

    var library: QuestionnaireLibrary
    /// Whether to fill `AnswerSheet.digest` (SHA-256 of the file); a caller that never reads it (batch
    /// scoring) turns it off and saves hashing every file.
    var computesDigest = true

    /// A loader that finds each file's questionnaire in `library`.
    public init(library: QuestionnaireLibrary) {
        self.library = library
    }

    static let topKeys = ["questionnaire", "unit", "instansi", "period", "layer", "assessor", "predicate", "head", "eligibility", "team", "answers",
                          "attestation"]
    /// The keys of an answer written as a mapping.
    static let answerKeys = ["value", "note", "evidence", "review"]
    /// The assessment layers an answer file may declare (`layer:`): the unit itself, the TPI and the TPN.
    public static let layers = ["self", "tpi", "tpn"]

    /// Loads the file at `path`.
    public func load(path: String) -> Outcome {
        guard let source = try? SourceFile(contentsOfFile: path) else {
            return Outcome(sheet: nil, answers: nil, diagnostics: [FileProblem.unreadable(path)])
        }
        return load(source)
    }

    /// Loads and checks an answer file.
    public func load(_ source: SourceFile) -> Outcome {
        let (root, yamlDiagnostics) = YAMLParser.parse(source)
        // The reading of the file records into the log; the checks against the questionnaire then take its list.
        let log = DiagnosticLog(yamlDiagnostics)
        guard let root else {
            if !log.hasErrors {
                log.append(.error(at: SourceLocation(path: source.path, line: 1, column: 1), Message.Answers.emptyFile))
            }
            return Outcome(sheet: nil, answers: nil, diagnostics: log.handOver())
        }
        let f = FieldReader(root, allowed: Self.topKeys, what: Message.Answers.answerFile, diagnostics: log)
        guard f.isMapping else { return Outcome(sheet: nil, answers: nil, diagnostics: log.handOver().sortedByLocation()) }
        let questionnaireField = f.text("questionnaire", required: true)
        let questionnaireID = questionnaireField?.value ?? ""
        var sheet = AnswerSheet(questionnaireID: questionnaireID, unit: f.text("unit", required: true)?.value ?? "",
                                path: source.path, digest: "")
        sheet.instansi = f.text("instansi")?.value
        sheet.period = f.text("period")?.value
        sheet.layer = f.choice("layer", Self.layers)?.value
        sheet.assessor = f.text("assessor")?.value
        sheet.predicate = f.text("predicate")?.value
        sheet.head = f["head"].flatMap { AnswerSheetHead.read($0, log) }
        if let node = f["eligibility"] {
            if let entries = node.entries {
                sheet.eligibility.reserveCapacity(entries.count)
                for entry in entries {
                    let text = entry.value.scalar?.lowercased() ?? ""
                    switch text {
                    case "" where entry.value.isEmpty: break // undecided: kept in order, no verdict
                    case "ya", "y": sheet.eligibility[entry.key] = true
                    case "tidak", "t": sheet.eligibility[entry.key] = false
                    default:
                        log.append(.error(at: entry.value.location, Message.Answers.prerequisiteNotYesNo(entry.key)))
                        continue
                    }
                    sheet.eligibilityOrder.append(entry.key)
                }
            } else {
                log.append(.error(at: node.location, Message.Answers.eligibilityNotMapping))
            }
        }
        if let node = f["team"] { sheet.team = TeamBlockReader.team(node, log) }
        if let node = f["attestation"] {
            sheet.attestation = TeamBlockReader.attestation(node, log)
            // The warning of a broken signature points at the `attestation:` key.
            if let key = root.entries?.first(where: { $0.key == "attestation" }) { sheet.attestation?.location = key.keyLocation }
        }
        if let node = f["answers"] {
            if let entries = node.entries {
                sheet.entries.reserveCapacity(entries.count)
                entries.forEachInPlace { entry in
                    if let parsed = Self.entry(entry, log) { sheet.entries.append(parsed) }
                }
            } else {
                log.append(.error(at: node.location, Message.Answers.answersNotMapping))
            }
        } else {
            f.missing("answers")
        }
        guard let questionnaireField else { return Outcome(sheet: sheet, answers: nil, diagnostics: log.handOver().sortedByLocation()) }
        guard let questionnaire = library.questionnaire(questionnaireID) else {
            log.append(.error(at: questionnaireField.location, Message.Answers.unknownQuestionnaire(
                questionnaireID, suggestion: Suggestion.closest(to: questionnaireID, in: library.ids), available: library.ids)))
            return Outcome(sheet: sheet, answers: nil, diagnostics: log.handOver().sortedByLocation())
        }
        if let predicate = sheet.predicate, questionnaire.predicate(predicate) == nil, predicate != "none" {
            let ids = questionnaire.predicates.map(\.id)
            log.append(.error(at: f.location(of: "predicate"), Message.Answers.unknownPredicate(
                predicate, in: questionnaire.id, suggestion: Suggestion.closest(to: predicate, in: ids), known: ids)))
        }
        if let node = f["eligibility"], let entries = node.entries {
            // A scan: a questionnaire has a dozen prerequisites, and a set of them would be built for every file.
            func isKnown(_ id: String) -> Bool { questionnaire.predicates.contains { $0.prerequisites.contains { $0.id == id } } }
            for entry in entries where !isKnown(entry.key) {
                let known = Set(questionnaire.predicates.flatMap { $0.prerequisites.map(\.id) })
                log.append(.error(at: entry.keyLocation, Message.Answers.unknownPrerequisite(
                    entry.key, suggestion: Suggestion.closest(to: entry.key, in: known.sorted()))))
            }
        }
        var diagnostics = log.handOver()
        TeamBlockReader.check(sheet, against: questionnaire, &diagnostics)
        var resolved = ResolvedAnswers(questionnaire: questionnaire, sheet: sheet)
        AnswerValidator(questionnaire: questionnaire).validate(sheet, into: &resolved, diagnostics: &diagnostics)
        if !diagnostics.hasErrors, let warning = AttestationCheck(resolved)?.diagnostic { diagnostics.append(warning) }
        let sorted = (diagnostics + resolved.warnings).sortedByLocation()
        sheet.digest = computesDigest ? source.digest : ""
        resolved.sheet.digest = sheet.digest
        return Outcome(sheet: sheet, answers: sorted.hasErrors ? nil : resolved, diagnostics: sorted)
    }

    /// One answer: a value alone (`A.I.1.i.a: Ya`), or a mapping of `value`, `note` and `evidence`.
    ///
    /// A file has a hundred answers and more, so the mapping is read with the checks of `FieldReader` but without
    /// a reader, which would keep a copy of the mapping.
    private static func entry(_ entry: YAMLNode.Entry, _ diagnostics: DiagnosticLog) -> AnswerSheet.Entry? {
        let fields: [YAMLNode.Entry]
        switch entry.value.content {
        case .scalar(let text, let style):
            return AnswerSheet.Entry(code: entry.key, value: style == .empty ? nil : text, location: entry.keyLocation, valueLocation: entry.value.location)
        case .sequence:
            FieldReader.reportNotAMapping(entry.value, Message.Answers.answer(entry.key), diagnostics)
            return nil
        case .mapping(let entries):
            fields = entries
        }
        FieldReader.reportUnknownKeys(of: fields, allowed: answerKeys, in: { Message.Answers.answer(entry.key) }, diagnostics)
        let review = fields.value(ofKey: "review").flatMap { TeamBlockReader.review($0, code: entry.key, diagnostics) }
        var evidence: [String] = []
        if let node = fields.value(ofKey: "evidence") {
            if case .scalar(let single, let style) = node.content, style != .empty {
                evidence = [single]
            } else {
                evidence = FieldReader.texts(node, name: "evidence", diagnostics)
            }
        }
        var text: String?
        let valueNode = fields.value(ofKey: "value")
        if let node = valueNode {
            if case .scalar(let scalar, let style) = node.content {
                text = style == .empty ? nil : scalar
            } else {
                diagnostics.append(.error(at: node.location, Message.Answers.valueNotScalar))
            }
        }
        let note = fields.value(ofKey: "note").flatMap { FieldReader.text($0, name: "note", allowEmpty: true, diagnostics) }
        var parsed = AnswerSheet.Entry(code: entry.key, value: text, note: note, evidence: evidence,
                                       location: entry.keyLocation, valueLocation: valueNode?.location ?? entry.keyLocation)
        parsed.review = review
        return parsed
    }
}
