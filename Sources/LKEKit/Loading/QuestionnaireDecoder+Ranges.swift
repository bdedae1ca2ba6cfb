import Foundation

/// The range checks of the definition: every value that becomes a question's score must provably lie in
/// [0, 1], and every predicate threshold must be reachable (within the range of what it is compared with).
/// `lke score` would otherwise report 187,5 % of a sub-indicator, or a rule no unit can meet.
extension QuestionnaireDecoder {
    /// The range a rule's threshold must lie in: scores from 0 to the maximum score of what the rule names,
    /// percentages from 0 to 100. Reports a threshold outside it at the threshold.
    mutating func checkThreshold(_ kind: Predicate.Rule.Kind, of rule: FieldReader, model: Questionnaire) {
        let key: String, minimum: Decimal, maximum: Decimal, name: Localized
        switch kind {
        case .minScore(let code, let value):
            guard let top = maximumScore(of: code, in: model) else { return }
            (key, minimum, maximum) = ("min_score", value, top)
            name = Localized(id: "rentang nilai '\(code)', 0 sampai \(top)", en: "the range of '\(code)' scores, 0 to \(top)")
        case .minPercent(let code, let value):
            (key, minimum, maximum) = ("min_percent", value, 100)
            name = Localized(id: "rentang persentase, 0 sampai 100", en: "the range of percentages, 0 to 100")
            if let top = maximumScore(of: code, in: model), top == 0, value > 0 {
                diagnostics.append(.error(at: rule[key]!.location, Localized(
                    id: "'\(code)' berbobot 0, sehingga persentasenya selalu 0 dan 'min_percent: \(value)' tidak pernah terpenuhi",
                    en: "'\(code)' weighs 0, so its percentage is always 0 and 'min_percent: \(value)' can never be met")))
                return
            }
        case .eachChildMinPercent(_, let value):
            (key, minimum, maximum) = ("min_percent", value, 100)
            name = Localized(id: "rentang persentase, 0 sampai 100", en: "the range of percentages, 0 to 100")
        case .requiresPredicate:
            return
        }
        guard minimum < 0 || minimum > maximum, let node = rule[key] else { return }
        diagnostics.append(.error(at: node.location, Localized(
            id: "'\(key)' bernilai \(minimum), di luar \(name.id)", en: "'\(key)' is \(minimum), outside \(name.en)")))
    }

    /// The greatest score of a node, group or question: its weight, or for a question under a mean its share
    /// of the node's weight. `nil` for an unknown code (reported elsewhere).
    private func maximumScore(of code: String, in model: Questionnaire) -> Decimal? {
        // A weight that could not be read is already an error; a range from it would only repeat that.
        guard !unreliableWeights.contains(code), !(model.ancestors[code] ?? []).contains(where: unreliableWeights.contains) else { return nil }
        if let node = model.nodesByCode[code] { return node.weight }
        if let group = model.groupsByCode[code] { return group.weight }
        guard let question = model.question(code), let parent = model.ancestors[code]?.last.flatMap({ model.nodesByCode[$0] }) else { return nil }
        if parent.aggregate == .weighted { return question.weight }
        return parent.questions.isEmpty ? nil : parent.weight / Decimal(parent.questions.count)
    }
}
