import Foundation

// Nodes of the tree: codes, weights, aggregates, and the sums of their children's weights.
extension QuestionnaireDecoder {
    mutating func decodeNode(_ yaml: YAMLNode, depth: Int) -> Node? {
        let f = FieldReader(yaml, allowed: ["code", "title", "weight", "aggregate", "children", "questions", "note"],
                            what: Message.Definition.Part.node, diagnostics: diagnostics)
        guard f.isMapping, let codeField = f.text("code", required: true) else { return nil }
        let code = codeField.value
        _ = claim(code, at: codeField.location)
        let title = f.text("title", required: true)?.value ?? ""
        let weightValue = f.decimal("weight", required: true)?.value
        if weightValue == nil { unreliableWeights.insert(code) }
        let weight = weightValue ?? 0
        if weight < 0 { negativeWeight(f) }
        let note = f.text("note")?.value
        if f.has("children"), f.has("questions") {
            diagnostics.append(.error(at: f.location(of: "questions"), Message.Definition.nodeChildrenAndQuestions(code)))
        }
        if !f.has("children"), !f.has("questions") {
            diagnostics.append(.error(at: yaml.location, Message.Definition.nodeWithoutContent(code)))
        }
        var children: [Node] = []
        let childItems = f["children"]?.items ?? []
        if depth < Self.maximumTreeDepth {
            children = f.list("children").compactMap { decodeNode($0, depth: depth + 1) }
        } else if let node = f["children"] {
            diagnostics.append(.error(at: node.location, Message.Definition.treeTooDeep))
        }
        var aggregate: Node.Aggregate = f.has("questions") ? .mean : .sum
        if let text = f.choice("aggregate", Node.Aggregate.allCases.map(\.rawValue))?.value {
            aggregate = Node.Aggregate(rawValue: text)!
        }
        let both = f.has("children") && f.has("questions")
        if aggregate != .sum, f.has("children"), !both {
            diagnostics.append(.error(at: f["aggregate"]?.location ?? yaml.location, Message.Definition.childrenNeedSum))
        }
        if aggregate == .sum, f.has("questions"), !both, let aggregateNode = f["aggregate"] {
            diagnostics.append(.error(at: aggregateNode.location, Message.Definition.questionsNeedMean))
        }
        let questionItems = f.list("questions")
        let questions = questionItems.compactMap { decodeQuestion($0, weighted: aggregate == .weighted) }
        if let node = f["children"], node.items?.isEmpty ?? false, !f.has("questions") {
            diagnostics.append(.error(at: node.location, Message.Definition.emptyChildren))
        }
        if let questionsNode = f["questions"], questions.isEmpty, questionsNode.items?.isEmpty ?? false {
            diagnostics.append(.error(at: f.location(of: "questions"), Message.Definition.emptyQuestions))
        }
        let childrenReliable = children.count == childItems.count && !children.contains { unreliableWeights.contains($0.code) }
        if aggregate == .sum, !children.isEmpty, weightValue != nil, childrenReliable {
            let total = children.reduce(Number(0)) { $0 + $1.weight }
            if total != weight {
                diagnostics.append(.error(at: f["weight"]?.location ?? yaml.location, Message.Definition.nodeWeightNotChildren(code, weight: weight, total: total),
                                          notes: children.map { .init(location: $0.location, message: Message.Definition.childWeight($0.code, weight: $0.weight)) }))
            }
        }
        let questionsReliable = questions.count == questionItems.count && !questions.contains { $0.weight == nil }
        if aggregate == .weighted, !questions.isEmpty, weightValue != nil, questionsReliable {
            let total = questions.reduce(Number(0)) { $0 + ($1.weight ?? 0) }
            if total != weight {
                diagnostics.append(.error(at: f["weight"]?.location ?? yaml.location, Message.Definition.nodeWeightNotQuestions(code, weight: weight, total: total)))
            }
        }
        return Node(code: code, title: title, weight: weight, aggregate: aggregate, children: children, questions: questions,
                    note: note, location: codeField.location)
    }
}
