import Foundation

/// The definition's rules as the fill session needs them: scoring a candidate sheet, the checks it breaks,
/// the steps under a code, and the message for an unknown code.
extension FillSession {

    static func evaluate(_ sheet: AnswerSheet, _ questionnaire: Questionnaire) -> (ResolvedAnswers, ScoreCard) {
        var resolved = ResolvedAnswers(questionnaire: questionnaire, sheet: sheet)
        var diagnostics: [Diagnostic] = []
        AnswerValidator(questionnaire: questionnaire).validate(sheet, into: &resolved, diagnostics: &diagnostics)
        return (resolved, Scorer.score(resolved))
    }

    /// The cross-item checks `sheet` breaks, with the validator's diagnostic for each.
    static func violations(in sheet: AnswerSheet, _ questionnaire: Questionnaire) -> [(check: Check, diagnostic: Diagnostic)] {
        var resolved = ResolvedAnswers(questionnaire: questionnaire, sheet: sheet)
        var diagnostics: [Diagnostic] = []
        AnswerValidator(questionnaire: questionnaire).validate(sheet, into: &resolved, diagnostics: &diagnostics)
        return (diagnostics + resolved.warnings).compactMap { diagnostic in check(of: diagnostic, questionnaire).map { ($0, diagnostic) } }
    }

    /// The check a validator diagnostic reports (it carries a note at the check's definition).
    static func check(of diagnostic: Diagnostic, _ questionnaire: Questionnaire) -> Check? {
        questionnaire.checks.first { check in diagnostic.notes.contains { $0.location == check.location } }
    }

    /// The count inputs and question codes a set of formula references depends on.
    static func inputs(of references: [String], in questionnaire: Questionnaire) -> Set<String> {
        var result = Set<String>()
        var pending = references
        while let code = pending.popLast() {
            guard result.insert(code).inserted else { continue }
            if let row = questionnaire.derivedIndex[code] { pending += row.formula.references }
            if let question = questionnaire.question(code), case .computed(let spec) = question.kind { pending += spec.inputs.map(\.code) }
        }
        return result
    }

    /// The steps under `code`: a step code, a question (its inputs), a node or a group. Matches exactly, else
    /// ignoring case when that names one code.
    static func stepIndices(under code: String, in steps: [FillStep], _ questionnaire: Questionnaire) -> [Int] {
        if code.lowercased() == FillStep.headerSection || code.lowercased() == "eligibility" {
            return steps.indices.filter { steps[$0].header != nil }
        }
        if let index = steps.firstIndex(where: { $0.header != nil && $0.code.lowercased() == code.lowercased() }) { return [index] }
        var known = questionnaire.answerCodes + Array(questionnaire.nodesByCode.keys) + Array(questionnaire.groupsByCode.keys)
        if !known.contains(code) {
            known = known.filter { $0.lowercased() == code.lowercased() }
            guard Set(known).count == 1 else { return [] }
        } else {
            known = [code]
        }
        let wanted = known[0]
        var nodes: Set<String> = [wanted]
        func addGroup(_ group: Group) {
            nodes.formUnion(group.sum)
            group.children.forEach(addGroup)
        }
        if let group = questionnaire.groupsByCode[wanted] { addGroup(group) }
        return steps.indices.filter { index in
            let step = steps[index]
            return nodes.contains(step.code) || nodes.contains(step.question.code)
                || (questionnaire.ancestors[step.question.code] ?? []).contains { nodes.contains($0) }
        }
    }

    static func unknownCode(_ code: String, _ questionnaire: Questionnaire) -> Localized {
        let candidates = questionnaire.answerCodes + FillStep.headerSteps(of: questionnaire).map(\.code) + [FillStep.headerSection]
            + questionnaire.nodesByCode.keys.sorted() + questionnaire.groupsByCode.keys.sorted()
        return Message.Answers.unknownCode(code, in: questionnaire.id, suggestion: Suggestion.closest(to: code, in: candidates))
    }
}
