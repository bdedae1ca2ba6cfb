import Foundation

/// Checks answer entries against a questionnaire: codes, options, ranges, decimals and cross-item checks.
public struct AnswerValidator: Sendable {
    let questionnaire: Questionnaire

    /// A validator for answers to `questionnaire`.
    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// Types every entry of `sheet` into `resolved`; errors go to `diagnostics`, and the warnings of checks to
    /// `resolved.warnings`.
    public func validate(_ sheet: AnswerSheet, into resolved: inout ResolvedAnswers, diagnostics: inout [Diagnostic]) {
        let plan = questionnaire.plan
        // Where each code was answered: the key's location (for a second answer) and the value's (for checks),
        // by the code's place in the plan (codes the questionnaire does not know, by name). The code is looked up
        // once per entry; a batch validates over a hundred entries a file.
        var answeredAt = [(key: SourceLocation, value: SourceLocation)?](repeating: nil, count: plan.answerPlaceCount)
        var answeredUnknown: [String: (key: SourceLocation, value: SourceLocation)] = [:]
        func answered(_ code: String) -> (key: SourceLocation, value: SourceLocation)? {
            if let place = plan.answerTargets[code]?.place { return answeredAt[place] }
            return answeredUnknown[code]
        }
        resolved.choices.reserveCapacity(sheet.entries.count)
        // Entries are read in place (each copy of an entry retains half a dozen strings).
        let entries = sheet.entries
        for index in entries.indices {
            let entry = EntryFields(entries: entries, index: index)
            let target = plan.answerTargets[entry.code]
            let earlier = target.map { answeredAt[$0.place] } ?? answeredUnknown[entry.code]
            if let earlier {
                diagnostics.append(limited: .error, path: entry.location.path) {
                    .error(at: entry.location, Message.Answers.answeredTwice(entry.code),
                           notes: [.init(location: earlier.key, message: Message.Answers.firstAnswerHere)])
                }
                continue
            }
            if let target { answeredAt[target.place] = (entry.location, entry.valueLocation) } else { answeredUnknown[entry.code] = (entry.location, entry.valueLocation) }
            if case .input(_, let bounds) = target {
                guard let text = entry.value else { continue }
                if let value = number(text, at: entry.valueLocation, code: entry.code, bounds: bounds, &diagnostics) {
                    resolved.inputs[entry.code] = value
                }
                continue
            }
            guard case .question(let position) = target else {
                // The "did you mean" is worked out only for the diagnostics kept: a million unknown codes cost a count each.
                diagnostics.append(limited: .error, path: entry.location.path) {
                    .error(at: entry.location, Message.Answers.unknownCode(
                        entry.code, in: questionnaire.id, suggestion: Suggestion.closest(to: entry.code, in: questionnaire.answerCodes)))
                }
                continue
            }
            guard let text = entry.value else { continue }
            let planQuestion = plan.questions[position]
            switch planQuestion.scoring {
            case .choice:
                if let option = planQuestion.option(matching: text) {
                    resolved.choices[planQuestion.code] = option
                } else {
                    diagnostics.append(limited: .error, path: entry.valueLocation.path) {
                        .error(at: entry.valueLocation, Message.Answers.notAnOption(text, of: planQuestion.code, options: planQuestion.optionValues.map(\.code)))
                    }
                }
            case .number:
                if let bounds = plan.bounds[planQuestion.code],
                   let value = number(text, at: entry.valueLocation, code: planQuestion.code, bounds: bounds, &diagnostics) {
                    resolved.numbers[planQuestion.code] = value
                }
            case .computed(let spec):
                diagnostics.append(.error(at: entry.valueLocation, Message.Answers.computedAnswered(planQuestion.code, inputs: spec.inputs.map(\.code))))
            }
        }
        // Cross-item checks, once every input they name is answered.
        // Checks name inputs, derived rows and questions; question values are worked out once, so that the
        // lookup does not carry a copy of the whole answer set into every evaluation.
        var questionValues: [String: Number] = [:]
        for check in questionnaire.checks {
            for code in check.references {
                if let position = questionnaire.questionIndex[code], let value = Scorer.value(of: plan.questions[position], in: resolved).value {
                    questionValues[code] = value
                }
            }
        }
        let counts = Scorer.CountLookup(inputs: resolved.inputs, derived: questionnaire.derivedIndex)
        let lookup = { (code: String) -> Number? in counts.value(code) ?? questionValues[code] }
        // Where a failed check is shown: the first answer among the codes it names, through a computed question's
        // inputs and a derived row's formula when the code itself has no answer line.
        func answerLocation(_ code: String, depth: Int = 0) -> SourceLocation? {
            if let location = answered(code)?.value { return location }
            guard depth < 20 else { return nil }
            if case .question(let position) = plan.answerTargets[code], case .computed(let spec) = plan.questions[position].question.kind {
                return spec.inputs.lazy.compactMap { answered($0.code)?.value }.first
            }
            if let row = questionnaire.derivedIndex[code] {
                return row.formula.references.lazy.compactMap { answerLocation($0, depth: depth + 1) }.first
            }
            return nil
        }
        for check in questionnaire.checks {
            guard let (holds, left, right) = check.evaluate(lookup), !holds else { continue }
            let at = check.references.lazy.compactMap { answerLocation($0) }.first
            let diagnostic = Diagnostic(check.severity, at: at,
                                        Message.Answers.checkFailed(check.message, leftText: check.leftText, left: left, rightText: check.rightText, right: right),
                                        notes: [.init(location: check.location, message: Message.Answers.checkDefinedHere(check.id))])
            if check.severity == .warning { resolved.warnings.append(diagnostic) } else { diagnostics.append(diagnostic) }
        }
    }

    private func number(_ text: String, at location: SourceLocation, code: String, bounds: ScoringPlan.Bounds,
                        _ diagnostics: inout [Diagnostic]) -> Number? {
        let decimals = bounds.decimals
        guard let value = NumberFormat.parse(text, allowComma: true) else {
            diagnostics.append(.error(at: location, Message.Answers.needsNumber(code, not: text)))
            return nil
        }
        if value < bounds.min || value > bounds.max {
            diagnostics.append(.error(at: location, Message.Answers.outOfRange(code, value: text, min: bounds.min, max: bounds.max)))
            return nil
        }
        if NumberFormat.places(in: text) > decimals {
            diagnostics.append(.error(at: location, Message.Answers.tooManyDecimals(code, value: text, decimals: decimals)))
            return nil
        }
        return value
    }
}

/// The fields of one entry, read where the array stores them.
private struct EntryFields {
    let entries: [AnswerSheet.Entry]
    let index: Int

    var code: String { entries[index].code }
    var value: String? { entries[index].value }
    var location: SourceLocation { entries[index].location }
    var valueLocation: SourceLocation { entries[index].valueLocation }
}
