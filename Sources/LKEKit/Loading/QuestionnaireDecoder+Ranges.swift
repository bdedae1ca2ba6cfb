import Foundation

/// The range checks of the definition: every value that becomes a question's score must provably lie in
/// [0, 1], and every predicate threshold must be reachable (within the range of what it is compared with).
/// `lke score` would otherwise report 187,5 % of a sub-indicator, or a rule no unit can meet.
extension QuestionnaireDecoder {
    /// The words for "a question's value lies in [0, 1]", shared by the messages below.
    private static let unitRange = Localized(id: "nilai pertanyaan harus di antara 0 dan 1", en: "a question's value must be between 0 and 1")

    /// Checks the zero-denominator values, the clamp and, without a clamp, the formula's range over the
    /// inputs' declared ranges (derived rows included) of computed question `code`.
    mutating func checkValueRange(of code: String, _ f: FieldReader, inputs: [Question.Input], derived: [Question.Derived],
                                  formula: Formula, clamp: ClosedRange<Number>?, policy: Question.ZeroPolicy) {
        let zeroNode = f["zero_denominator"]
        func outside(_ value: Number) -> Bool { value < 0 || value > 1 }
        switch policy {
        case .value(let value) where outside(value):
            diagnostics.append(.error(at: zeroNode?.location, Localized(
                id: "'zero_denominator' bernilai \(value); \(Self.unitRange.id)", en: "'zero_denominator' is \(value); \(Self.unitRange.en)")))
        case .byNumerator(let zero, let otherwise):
            for (key, value) in [("numerator_zero", zero), ("otherwise", otherwise)] where outside(value) {
                diagnostics.append(.error(at: zeroNode?[key]?.location ?? zeroNode?.location, Localized(
                    id: "'\(key)' bernilai \(value); \(Self.unitRange.id)", en: "'\(key)' is \(value); \(Self.unitRange.en)")))
            }
        default:
            break
        }
        if let clamp {
            if clamp.lowerBound < 0 || clamp.upperBound > 1 {
                diagnostics.append(.error(at: f.location(of: "clamp"), Localized(
                    id: "'clamp' [\(clamp.lowerBound), \(clamp.upperBound)] membiarkan nilai keluar dari [0, 1]; \(Self.unitRange.id)",
                    en: "'clamp' [\(clamp.lowerBound), \(clamp.upperBound)] lets the value leave [0, 1]; \(Self.unitRange.en)")))
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
        diagnostics.append(.error(at: formulaNode.location, Localized(
            id: "rumus '\(code)' dapat bernilai \(range) menurut rentang masukannya; \(Self.unitRange.id): tambahkan 'clamp: [0, 1]'",
            en: "the formula of '\(code)' can give \(range) over its inputs' ranges; \(Self.unitRange.en): add 'clamp: [0, 1]'")))
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
            diagnostics.append(.error(at: node.location, Localized(
                id: "rumus 'value' menghasilkan \(value) untuk x = \(x); nilai harus di antara 0 dan 1",
                en: "the 'value' formula gives \(value) for x = \(x); a value must be between 0 and 1")))
            return
        }
        let range = spec.value.range { $0 == "x" ? ValueRange(spec.min, spec.max) : nil }
        guard !range.isWithin(0, 1) else { return }
        diagnostics.append(.error(at: node.location, Localized(
            id: "rumus 'value' dapat bernilai \(range) untuk x dari \(spec.min) sampai \(spec.max); \(Self.unitRange.id)",
            en: "the 'value' formula can give \(range) for x from \(spec.min) to \(spec.max); \(Self.unitRange.en)")))
    }

    /// The range a rule's threshold must lie in: scores from 0 to the maximum score of what the rule names,
    /// percentages from 0 to 100. Reports a threshold outside it at the threshold.
    mutating func checkThreshold(_ kind: Predicate.Rule.Kind, of rule: FieldReader, model: Questionnaire) {
        let key: String, minimum: Number, maximum: Number, name: Localized
        switch kind {
        case .minScore(let code, let value):
            guard let top = maximumScore(of: code, in: model) else { return }
            (key, minimum, maximum) = ("min_score", value, top)
            name = Localized(id: "rentang nilai '\(code)', 0 sampai \(top)", en: "the range of '\(code)' scores, 0 to \(top)")
        case .minPercent(let code, let value):
            (key, minimum, maximum) = ("min_percent", value, 100)
            name = Localized(id: "rentang persentase, 0 sampai 100", en: "the range of percentages, 0 to 100")
            if let top = maximumScore(of: code, in: model), top == 0, value > 0 {
                diagnostics.append(.error(at: rule.location(of: key), Localized(
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
