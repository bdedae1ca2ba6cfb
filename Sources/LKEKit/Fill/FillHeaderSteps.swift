import Foundation

/// The answer-file fields `lke fill` asks besides the questions: each prerequisite of the definition
/// (`eligibility:`, ya/tidak) and the predicate the unit already holds (`predicate:`). They come after the
/// questions, are reached with `:goto ID` (or `:goto prasyarat`), and count in the progress.
enum HeaderField: Sendable, Hashable {
    case prerequisite(String)
    case predicate
}

extension FillStep {
    /// The code `:goto` takes for every header step.
    static let headerSection = "prasyarat"

    /// The header steps of `questionnaire`: its prerequisites in definition order (each once), then the
    /// predicate held when a rule requires one. Each is asked as a choice, through a question made for it
    /// (the regulation's wording as the question, what it means as the explanation).
    static func headerSteps(of questionnaire: Questionnaire, language: Language = .id) -> [FillStep] {
        func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
        let nowhere = SourceLocation(path: questionnaire.path, line: 0, column: 0)
        var steps: [FillStep] = []
        var seen = Set<String>()
        let yesNo = Scale(id: "prasyarat", title: "Ya/Tidak", options: [
            Scale.Option(code: "ya", label: "ya", value: 1, aliases: ["y"]),
            Scale.Option(code: "tidak", label: "tidak", value: 0, aliases: ["t"]),
        ])
        for predicate in questionnaire.predicates {
            for item in predicate.prerequisites where seen.insert(item.id).inserted {
                let holders = questionnaire.predicates.filter { $0.prerequisites.contains { $0.id == item.id } }.map(\.title)
                let criteria = ["ya": t("terpenuhi", "met"), "tidak": t("belum terpenuhi", "not met")]
                let question = Question(code: item.id, text: item.text,
                                        kind: .choice(.init(scale: yesNo, criteria: criteria, condition: nil)), weight: nil,
                                        explanation: item.explanation,
                                        guidance: t("Prasyarat pengusulan ", "Prerequisite for proposing ") + holders.joined(separator: ", ")
                                            + t("; tidak dinilai, dicatat di bagian 'eligibility'.", "; not scored, kept in the 'eligibility' section."),
                                        evidence: [], location: nowhere)
                steps.append(FillStep(code: item.id, question: question, input: nil, inputIndex: nil, header: .prerequisite(item.id)))
            }
        }
        let required = questionnaire.predicates.flatMap(\.rules).compactMap { rule -> String? in
            if case .requiresPredicate(let id) = rule.kind { return id }
            return nil
        }
        if !required.isEmpty {
            var options = [Scale.Option(code: "none", label: "none", value: 0, aliases: ["belum", "tidak"])]
            var criteria = ["none": t("Belum memiliki predikat", "Holds no predicate yet")]
            for predicate in questionnaire.predicates where required.contains(predicate.id) || questionnaire.predicates.contains(where: { $0.stricterThan == predicate.id }) {
                options.append(Scale.Option(code: predicate.id, label: predicate.id, value: 0, aliases: []))
                criteria[predicate.id] = t("Telah mendapatkan predikat ", "Already holds the predicate ") + predicate.title
            }
            let question = Question(code: "predicate", text: t("Predikat yang sudah dimiliki unit kerja", "The predicate the unit already holds"),
                                    kind: .choice(.init(scale: Scale(id: "predikat", title: "Predikat", options: options), criteria: criteria, condition: nil)),
                                    weight: nil,
                                    explanation: t("Dipakai oleh syarat yang meminta predikat yang sudah dimiliki.", "Used by the rules that require a predicate already held."),
                                    guidance: nil, evidence: [], location: nowhere)
            steps.append(FillStep(code: "predicate", question: question, input: nil, inputIndex: nil, header: .predicate))
        }
        return steps
    }
}

extension AnswerSheet {
    /// The current answer of a header step as text (`ya`, `tidak`, a predicate id), `nil` when undecided.
    func headerValue(_ field: HeaderField) -> String? {
        switch field {
        case .prerequisite(let id): return eligibility[id].map { $0 ? "ya" : "tidak" }
        case .predicate: return predicate
        }
    }

    /// Sets a header step from an option code.
    mutating func setHeaderValue(_ value: String, for field: HeaderField) {
        switch field {
        case .prerequisite(let id): setEligibility(value == "ya", for: id)
        case .predicate: predicate = value
        }
    }
}
