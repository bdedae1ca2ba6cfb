import Foundation

// Groups: named sums of nodes, and their weights.
extension QuestionnaireDecoder {
    mutating func decodeGroup(_ yaml: YAMLNode, depth: Int) -> Group? {
        let f = FieldReader(yaml, allowed: ["code", "title", "weight", "sum", "children"], what: Message.Definition.Part.group, diagnostics: diagnostics)
        guard f.isMapping, let codeField = f.text("code", required: true) else { return nil }
        let code = codeField.value
        _ = claim(code, at: codeField.location)
        let title = f.text("title", required: true)?.value ?? ""
        let sum = f.texts("sum")
        var children: [Group] = []
        if depth < Self.maximumTreeDepth {
            children = f.list("children").compactMap { decodeGroup($0, depth: depth + 1) }
        } else if let node = f["children"] {
            diagnostics.append(.error(at: node.location, Message.Definition.groupsTooDeep))
        }
        if f.has("sum") == f.has("children") {
            diagnostics.append(.error(at: yaml.location, Message.Definition.groupNeedsSumOrChildren(code)))
        }
        let weight: Number
        if f.has("children") {
            weight = children.reduce(0) { $0 + $1.weight }
            if let w = f.decimal("weight")?.value, w != weight {
                diagnostics.append(.error(at: f.location(of: "weight"), Message.Definition.groupWeightNotChildren(code, weight: w, total: weight)))
            }
        } else {
            let value = f.decimal("weight", required: true)?.value
            if value == nil { unreliableWeights.insert(code) }
            weight = value ?? 0
            if weight < 0 { negativeWeight(f) }
        }
        return Group(code: code, title: title, weight: weight, sum: sum, children: children)
    }

    mutating func checkGroups(_ model: Questionnaire) {
        func visit(_ group: Group) {
            var total = Number(0)
            var known = true
            for code in group.sum {
                if let node = model.nodesByCode[code] { total += node.weight } else {
                    known = false
                    diagnostics.append(.error(at: codes[group.code], Message.Definition.groupSumsNonNode(
                        group.code, code: code, suggestion: Suggestion.closest(to: code, in: model.nodesByCode.keys))))
                }
            }
            // The weight is checked when every part is known (a group with both 'sum' and 'children' is already an error).
            let reliable = known && group.children.isEmpty && !group.sum.isEmpty
                && !unreliableWeights.contains(group.code) && group.sum.allSatisfy { !unreliableWeights.contains($0) }
            if reliable, total != group.weight {
                diagnostics.append(.error(at: codes[group.code], Message.Definition.groupWeightNotNodes(group.code, weight: group.weight, total: total)))
            }
            group.children.forEach(visit)
        }
        model.groups.forEach(visit)
    }
}
