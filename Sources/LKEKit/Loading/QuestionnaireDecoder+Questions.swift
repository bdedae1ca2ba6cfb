import Foundation

// Questions: their common keys, and choice and number questions.
extension QuestionnaireDecoder {
    mutating func decodeQuestion(_ yaml: YAMLNode, weighted: Bool) -> Question? {
        let common = ["code", "text", "type", "weight", "explanation", "guidance", "evidence"]
        let typeText = yaml["type"]?.scalar
        let extra: [String]
        switch typeText {
        case "choice": extra = ["scale", "criteria", "condition"]
        case "number": extra = ["min", "max", "decimals", "value"]
        case "computed": extra = ["inputs", "derived", "formula", "clamp", "zero_denominator"]
        default: extra = ["scale", "criteria", "condition", "min", "max", "decimals", "value", "inputs", "derived", "formula", "clamp", "zero_denominator"]
        }
        let f = FieldReader(yaml, allowed: common + extra, what: Message.Definition.Part.question, diagnostics: diagnostics)
        guard f.isMapping, let codeField = f.text("code", required: true) else { return nil }
        let code = codeField.value
        let codeLocation = codeField.location
        _ = claim(code, at: codeLocation)
        let text = f.text("text", required: true)?.value ?? ""
        let type = f.choice("type", ["choice", "number", "computed"], required: true)?.value
        var weight: Number?
        if weighted {
            weight = f.decimal("weight", required: true)?.value
            if let weight, weight < 0 { negativeWeight(f) }
        } else if let w = f["weight"] {
            diagnostics.append(.error(at: w.location, Message.Definition.questionWeightNotWeighted))
        }
        let explanation = f.text("explanation")?.value
        let guidance = f.text("guidance")?.value
        let evidence = f.texts("evidence")
        let kind: Question.Kind?
        switch type {
        case "choice": kind = decodeChoice(f, code: code)
        case "number": kind = decodeNumber(f, code: code)
        case "computed": kind = decodeComputed(f, code: code)
        default: kind = nil
        }
        guard let kind else { return nil }
        return Question(code: code, text: text, kind: kind, weight: weight, explanation: explanation, guidance: guidance,
                        evidence: evidence, location: codeLocation)
    }

    mutating func decodeChoice(_ f: FieldReader, code: String) -> Question.Kind? {
        guard let scaleID = f.text("scale", required: true)?.value else { return nil }
        guard let scale = scales[scaleID] else {
            diagnostics.append(.error(at: f.location(of: "scale"), Message.Definition.unknownScale(scaleID, suggestion: Suggestion.closest(to: scaleID, in: scales.keys))))
            // The question stays (with an empty scale) so that its code and weight cause no further errors.
            return .choice(.init(scale: Scale(id: scaleID, title: scaleID, options: []), criteria: [:], condition: nil))
        }
        var criteria: [String: String] = [:]
        let condition = f.text("condition")?.value
        if let node = f["criteria"] {
            let names = scale.options.map(\.code)
            let c = FieldReader(node, allowed: names, what: Message.Definition.Part.criteria(scale: scaleID),
                                diagnostics: diagnostics)
            for name in names {
                if let text = c.text(name)?.value { criteria[name] = text }
                else if c.isMapping, !c.has(name) {
                    diagnostics.append(.error(at: node.location, Message.Definition.missingCriterion(name, question: code)))
                }
            }
            if condition != nil {
                diagnostics.append(.error(at: f.location(of: "condition"), Message.Definition.criteriaAndCondition))
            }
        } else if condition == nil {
            diagnostics.append(.error(at: f.node.location, Message.Definition.noCriterionText(code)))
        }
        return .choice(.init(scale: scale, criteria: criteria, condition: condition))
    }

    mutating func decodeNumber(_ f: FieldReader, code: String) -> Question.Kind? {
        let min = f.decimal("min", required: true)?.value
        let max = f.decimal("max", required: true)?.value
        let decimals = f.integer("decimals", in: 0...10, required: true)?.value
        guard let formulaNode = f["value"] else { f.missing("value"); return nil }
        // A formula that does not parse leaves a stand-in, so that the question's code and weight cause no further errors.
        let parsed = FormulaField.read(formulaNode, name: "value", source: source, candidates: ["x"], isKnown: { $0 == "x" }, unknown: { reference, _ in
            Message.Definition.valueFormulaUnknownReference(reference)
        }, diagnostics: diagnostics)?.formula
        let formula = parsed ?? Formula(expression: .number(0), text: "")
        // Division by a constant is fine; division by x would need a policy. Only a denominator that holds 'x'
        // divides by x (any other code is already reported as unknown).
        let dividesByX = formula.divides && dividesBy("x", formula.expression)
        if dividesByX {
            diagnostics.append(.error(at: formulaNode.location, Message.Definition.valueFormulaDividesByX))
        }
        guard let min, let max, let decimals else { return nil }
        let spec = Question.NumberSpec(min: min, max: max, decimals: decimals, value: formula)
        if min > max {
            diagnostics.append(.error(at: f.location(of: "min"), Message.Definition.minAboveMax))
        } else if parsed != nil, !dividesByX, formula.references.allSatisfy({ $0 == "x" }) {
            // The value must lie in [0, 1] for every answer from min to max.
            checkValueRange(of: spec, at: formulaNode)
        }
        return .number(spec)
    }

    /// Whether some division in `e` has a denominator that refers to `code`.
    func dividesBy(_ code: String, _ e: Formula.Expression) -> Bool {
        switch e {
        case .number, .reference: return false
        case .negate(let inner): return dividesBy(code, inner)
        case .binary(let op, let l, let r):
            if op == "/", Formula(expression: r, text: "").references.contains(code) { return true }
            return dividesBy(code, l) || dividesBy(code, r)
        case .call(_, let args): return args.contains { dividesBy(code, $0) }
        }
    }
}
