import Foundation

// Computed questions: inputs, derived rows, the formula, clamp and zero-denominator policy.
extension QuestionnaireDecoder {
    mutating func decodeComputed(_ f: FieldReader, code: String) -> Question.Kind? {
        var inputs: [Question.Input] = []
        for item in f.list("inputs", required: true) {
            let i = FieldReader(item, allowed: ["code", "label", "min", "max", "decimals"], what: Message.Definition.Part.input, diagnostics: diagnostics)
            guard i.isMapping, let inputCodeField = i.text("code", required: true) else { continue }
            let inputCode = inputCodeField.value
            _ = claim(inputCode, at: inputCodeField.location)
            let label = i.text("label", required: true)?.value ?? ""
            let input = Question.Input(code: inputCode, label: label, min: i.decimal("min")?.value ?? 0,
                                       max: i.decimal("max")?.value ?? 1_000_000_000, decimals: i.integer("decimals", in: 0...10)?.value ?? 0,
                                       location: inputCodeField.location)
            if input.min > input.max {
                // No count could be answered: every answer file would fail.
                diagnostics.append(.error(at: i.location(of: "min") ?? i.location(of: "max"),
                                          Message.Definition.inputMinAboveMax(inputCode, min: input.min, max: input.max)))
            }
            inputs.append(input)
        }
        var derived: [Question.Derived] = []
        var derivedNodes: [(String, YAMLNode)] = []
        for item in f.list("derived") {
            let d = FieldReader(item, allowed: ["code", "label", "formula"], what: Message.Definition.Part.derivedRow, diagnostics: diagnostics)
            guard d.isMapping, let derivedCodeField = d.text("code", required: true) else { continue }
            let derivedCode = derivedCodeField.value
            _ = claim(derivedCode, at: derivedCodeField.location)
            let label = d.text("label", required: true)?.value ?? ""
            guard let node = d["formula"] else { d.missing("formula"); continue }
            derivedNodes.append((derivedCode, node))
            derived.append(.init(code: derivedCode, label: label, formula: Formula(expression: .number(0), text: "")))
        }
        let allowed = Set(inputs.map(\.code) + derived.map(\.code))
        for (offset, (derivedCode, node)) in derivedNodes.enumerated() {
            if let formula = formula(node, name: "formula", allowed: allowed) {
                derived[offset].formula = formula
                if formula.divides {
                    diagnostics.append(.error(at: node.location, Message.Definition.derivedRowDivides(derivedCode)))
                }
            }
        }
        // Cycles among derived rows.
        var graph: [String: [String]] = [:]
        for d in derived { graph[d.code] = d.formula.references.filter { ref in derived.contains { $0.code == ref } } }
        for (offset, d) in derived.enumerated() where reaches(graph, from: d.code, to: d.code) {
            diagnostics.append(.error(at: derivedNodes[offset].1.location, Message.Definition.derivedRowCycle(d.code)))
        }
        guard let formulaNode = f["formula"] else { f.missing("formula"); return nil }
        let parsed = formula(formulaNode, name: "formula", allowed: allowed)
        let formula = parsed ?? Formula(expression: .number(0), text: "")
        var clamp: ClosedRange<Number>?
        if let node = f["clamp"] {
            if let items = node.items, items.count == 2,
               let low = FieldReader.decimal(items[0], name: "clamp", diagnostics), let high = FieldReader.decimal(items[1], name: "clamp", diagnostics) {
                if low <= high { clamp = low...high } else {
                    diagnostics.append(.error(at: node.location, Message.Definition.clampReversed(low: low, high: high)))
                }
            } else if node.items?.count != 2 {
                diagnostics.append(.error(at: node.location, Message.Definition.clampNotPair))
            }
        }
        var policy = Question.ZeroPolicy.notNeeded
        if let node = f["zero_denominator"] {
            if let text = node.scalar, !node.isEmpty {
                if text == "unanswered" { policy = .unanswered }
                else if let value = FieldReader.decimal(node, name: "zero_denominator", diagnostics) { policy = .value(value) }
            } else {
                let z = FieldReader(node, allowed: ["numerator_zero", "otherwise"], what: Message.Definition.Part.zeroDenominator, diagnostics: diagnostics)
                if z.isMapping, let zero = z.decimal("numerator_zero", required: true)?.value,
                   let otherwise = z.decimal("otherwise", required: true)?.value {
                    policy = .byNumerator(zero: zero, otherwise: otherwise)
                }
            }
            if !formula.divides, parsed != nil {
                diagnostics.append(.warning(at: node.location, Message.Definition.zeroDenominatorUnused))
            }
        } else if formula.divides {
            diagnostics.append(.error(at: formulaNode.location, Message.Definition.zeroDenominatorMissing(code)))
        }
        if inputs.isEmpty { return nil }
        if parsed != nil { checkValueRange(of: code, f, inputs: inputs, derived: derived, formula: formula, clamp: clamp, policy: policy) }
        return .computed(.init(inputs: inputs, derived: derived, formula: formula, clamp: clamp, zeroDenominator: policy))
    }

    /// Whether `target` can be reached from `start` along the edges of `graph`.
    func reaches(_ graph: [String: [String]], from start: String, to target: String) -> Bool {
        var stack = graph[start] ?? []
        var seen: Set<String> = []
        while let next = stack.popLast() {
            if next == target { return true }
            if seen.insert(next).inserted { stack += graph[next] ?? [] }
        }
        return false
    }

    /// Parses a formula scalar and checks its references against `allowed`.
    mutating func formula(_ node: YAMLNode, name: String, allowed: Set<String>) -> Formula? {
        FormulaField.read(node, name: name, source: source, candidates: allowed.sorted(), isKnown: allowed.contains,
                          unknown: Message.Definition.unknownReference(_:hint:), diagnostics: diagnostics)?.formula
    }
}
