import Foundation

/// The range checks of the definition: every value that becomes a question's score must provably lie in
/// [0, 1], and every predicate threshold must be reachable (within the range of what it is compared with).
/// `lke score` would otherwise report 187,5 % of a sub-indicator, or a rule no unit can meet.
extension QuestionnaireDecoder {
    /// Checks the zero-denominator values, the clamp and, without a clamp, the formula's range over the
    /// inputs' declared ranges (derived rows included) of computed question `code`.
    mutating func checkValueRange(of code: String, _ f: FieldReader, inputs: [Question.Input], derived: [Question.Derived],
                                  formula: Formula, clamp: ClosedRange<Number>?, policy: Question.ZeroPolicy) {
        let zeroNode = f["zero_denominator"]
        func outside(_ value: Number) -> Bool { value < 0 || value > 1 }
        switch policy {
        case .value(let value) where outside(value):
            diagnostics.append(.error(at: zeroNode?.location, Message.Definition.zeroValueOutsideUnit("zero_denominator", value: value)))
        case .byNumerator(let zero, let otherwise):
            for (key, value) in [("numerator_zero", zero), ("otherwise", otherwise)] where outside(value) {
                diagnostics.append(.error(at: zeroNode?[key]?.location ?? zeroNode?.location, Message.Definition.zeroValueOutsideUnit(key, value: value)))
            }
        default:
            break
        }
        if let clamp {
            if clamp.lowerBound < 0 || clamp.upperBound > 1 {
                diagnostics.append(.error(at: f.location(of: "clamp"), Message.Definition.clampOutsideUnit(low: clamp.lowerBound, high: clamp.upperBound)))
            }
            return
        }
        // Without a clamp the formula itself must stay within [0, 1] (a clamp that could not be read is already an error).
        guard !f.has("clamp") else { return }
        var known = Set(inputs.map(\.code))
        known.formUnion(derived.map(\.code))
        guard let formulaNode = f["formula"], formula.references.allSatisfy(known.contains) else { return }
        let range = formula.range(rangeOf(inputs: inputs, derived: derived))
        guard !range.isWithin(0, 1) else { return }
        diagnostics.append(.error(at: formulaNode.location, Message.Definition.formulaOutsideUnit(code, range: range)))
    }

    /// The declared range of each input, and the range of each derived row over them.
    private func rangeOf(inputs: [Question.Input], derived: [Question.Derived]) -> (String) -> ValueRange? {
        var ranges: [String: ValueRange] = [:]
        for input in inputs where input.min <= input.max { ranges[input.code] = ValueRange(input.min, input.max) }
        // Derived rows may build on each other (not in a cycle: cycles are errors); a few passes settle them.
        for _ in 0...derived.count {
            for row in derived { ranges[row.code] = row.formula.range { ranges[$0] } }
        }
        return { ranges[$0] }
    }

    /// Checks the value formula of a number question over [min, max]: both ends first (a wrong divisor gives
    /// a concrete value), then the whole range.
    mutating func checkValueRange(of spec: Question.NumberSpec, at node: YAMLNode) {
        for x in [spec.min, spec.max] {
            let value: Number?
            do { value = try spec.value.evaluate { $0 == "x" ? x : nil } } catch { value = nil }
            guard let value, value < 0 || value > 1 else { continue }
            diagnostics.append(.error(at: node.location, Message.Definition.valueFormulaGives(value, x: x)))
            return
        }
        let range = spec.value.range { $0 == "x" ? ValueRange(spec.min, spec.max) : nil }
        guard !range.isWithin(0, 1) else { return }
        diagnostics.append(.error(at: node.location, Message.Definition.valueFormulaRange(range, min: spec.min, max: spec.max)))
    }

    /// The range a rule's threshold must lie in: scores from 0 to the maximum score of what the rule names,
    /// percentages from 0 to 100. Reports a threshold outside it at the threshold.
    mutating func checkThreshold(_ kind: Predicate.Rule.Kind, of rule: FieldReader, model: Questionnaire) {
        // `scored` names what a score threshold is compared with; percentages have none.
        let key: String, minimum: Number, maximum: Number, scored: String?
        switch kind {
        case .minScore(let code, let value):
            guard let top = maximumScore(of: code, in: model) else { return }
            (key, minimum, maximum, scored) = ("min_score", value, top, code)
        case .minPercent(let code, let value):
            (key, minimum, maximum, scored) = ("min_percent", value, 100, nil)
            if let top = maximumScore(of: code, in: model), top == 0, value > 0 {
                diagnostics.append(.error(at: rule.location(of: key), Message.Definition.percentOfZeroWeight(code, value: value)))
                return
            }
        case .eachChildMinPercent(_, let value):
            (key, minimum, maximum, scored) = ("min_percent", value, 100, nil)
        case .requiresPredicate:
            return
        }
        guard minimum < 0 || minimum > maximum, let node = rule[key] else { return }
        diagnostics.append(.error(at: node.location, scored.map { Message.Definition.thresholdOutsideScores(key, value: minimum, code: $0, maximum: maximum) }
                                      ?? Message.Definition.thresholdOutsidePercentages(key, value: minimum)))
    }

    /// The greatest score of a node, group or question: its weight, or for a question under a mean its share
    /// of the node's weight. `nil` for an unknown code (reported elsewhere).
    private func maximumScore(of code: String, in model: Questionnaire) -> Number? {
        // A weight that could not be read is already an error; a range from it would only repeat that.
        guard !unreliableWeights.contains(code), !(model.ancestors[code] ?? []).contains(where: unreliableWeights.contains) else { return nil }
        if let node = model.nodesByCode[code] { return node.weight }
        if let group = model.groupsByCode[code] { return group.weight }
        guard let question = model.question(code), let parent = model.ancestors[code]?.last.flatMap({ model.nodesByCode[$0] }) else { return nil }
        if parent.aggregate == .weighted { return question.weight }
        return parent.questions.isEmpty ? nil : parent.weight / Number(parent.questions.count)
    }
}
