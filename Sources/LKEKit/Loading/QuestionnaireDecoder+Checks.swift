import Foundation

// Checks: rules comparing two formulas over the answers.
extension QuestionnaireDecoder {
    /// - Parameter allowed: the codes a rule may name: inputs, derived rows and questions (nodes and groups have
    ///   scores, not answers).
    mutating func decodeCheck(_ yaml: YAMLNode, model: Questionnaire, allowed: Set<String>) -> Check? {
        let f = FieldReader(yaml, allowed: ["id", "rule", "message", "severity"], what: Message.Definition.Part.check, diagnostics: diagnostics)
        guard f.isMapping, let idField = f.text("id", required: true) else { return nil }
        let id = idField.value
        let message = f.text("message", required: true)?.value ?? ""
        let severity: Diagnostic.Severity = f.choice("severity", ["error", "warning"])?.value == "warning" ? .warning : .error
        guard let ruleNode = f["rule"] else { f.missing("rule"); return nil }
        guard let text = ruleNode.scalar else { return nil }
        var found: (Check.Comparison, Range<String.Index>)?
        for comparison in [Check.Comparison.lessOrEqual, .greaterOrEqual, .equal, .notEqual, .less, .greater] {
            if let range = text.range(of: comparison.rawValue) { found = (comparison, range); break }
        }
        guard let (comparison, range) = found else {
            diagnostics.append(.error(at: ruleNode.location, Message.Definition.ruleNotComparison))
            return nil
        }
        let style: YAMLNode.Style
        if case .scalar(_, let written) = ruleNode.content { style = written } else { style = .plain }
        let leftText = String(text[..<range.lowerBound]), rightText = String(text[range.upperBound...])
        var rightNode = ruleNode
        rightNode.location.column += text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.upperBound)
        var leftScalar = ruleNode
        leftScalar.content = .scalar(leftText, style)
        rightNode.content = .scalar(rightText, style)
        guard let left = formula(leftScalar, name: "rule", allowed: allowed), let right = formula(rightNode, name: "rule", allowed: allowed) else { return nil }
        return Check(id: id, left: left, comparison: comparison, right: right, message: message, severity: severity, location: idField.location)
    }
}
