import Foundation

// Nodes of the tree: codes, weights, aggregates, and the sums of their children's weights.
extension QuestionnaireDecoder {
    mutating func decodeNode(_ yaml: YAMLNode, depth: Int) -> Node? {
        let f = FieldReader(yaml, allowed: ["code", "title", "weight", "aggregate", "children", "questions", "note"],
                            what: Localized(id: "simpul", en: "node"), diagnostics: diagnostics)
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
            diagnostics.append(.error(at: f.location(of: "questions"), Localized(
                id: "simpul '\(code)' memiliki 'children' dan 'questions'; pilih salah satu", en: "node '\(code)' has both 'children' and 'questions'; keep one")))
        }
        if !f.has("children"), !f.has("questions") {
            diagnostics.append(.error(at: yaml.location, Localized(
                id: "simpul '\(code)' tidak memiliki 'children' atau 'questions'", en: "node '\(code)' has neither 'children' nor 'questions'")))
        }
        var children: [Node] = []
        let childItems = f["children"]?.items ?? []
        if depth < Self.maximumTreeDepth {
            children = f.list("children").compactMap { decodeNode($0, depth: depth + 1) }
        } else if let node = f["children"] {
            diagnostics.append(.error(at: node.location, Localized(
                id: "pohon lebih dalam dari \(Self.maximumTreeDepth) tingkat tidak didukung", en: "a tree deeper than \(Self.maximumTreeDepth) levels is not supported")))
        }
        var aggregate: Node.Aggregate = f.has("questions") ? .mean : .sum
        if let text = f.choice("aggregate", Node.Aggregate.allCases.map(\.rawValue))?.value {
            aggregate = Node.Aggregate(rawValue: text)!
        }
        let both = f.has("children") && f.has("questions")
        if aggregate != .sum, f.has("children"), !both {
            diagnostics.append(.error(at: f["aggregate"]?.location ?? yaml.location, Localized(
                id: "simpul dengan 'children' hanya dapat memakai 'aggregate: sum'", en: "a node with 'children' can only use 'aggregate: sum'")))
        }
        if aggregate == .sum, f.has("questions"), !both, let aggregateNode = f["aggregate"] {
            diagnostics.append(.error(at: aggregateNode.location, Localized(
                id: "simpul dengan 'questions' memakai 'mean' atau 'weighted', bukan 'sum'", en: "a node with 'questions' uses 'mean' or 'weighted', not 'sum'")))
        }
        let questionItems = f.list("questions")
        let questions = questionItems.compactMap { decodeQuestion($0, weighted: aggregate == .weighted) }
        if let node = f["children"], node.items?.isEmpty ?? false, !f.has("questions") {
            diagnostics.append(.error(at: node.location, Localized(id: "'children' kosong", en: "'children' is empty")))
        }
        if let questionsNode = f["questions"], questions.isEmpty, questionsNode.items?.isEmpty ?? false {
            diagnostics.append(.error(at: f.location(of: "questions"), Localized(id: "'questions' kosong", en: "'questions' is empty")))
        }
        let childrenReliable = children.count == childItems.count && !children.contains { unreliableWeights.contains($0.code) }
        if aggregate == .sum, !children.isEmpty, weightValue != nil, childrenReliable {
            let total = children.reduce(Number(0)) { $0 + $1.weight }
            if total != weight {
                diagnostics.append(.error(at: f["weight"]?.location ?? yaml.location, Localized(
                    id: "bobot '\(code)' adalah \(weight), tetapi bobot anak-anaknya berjumlah \(total)",
                    en: "the weight of '\(code)' is \(weight), but its children's weights add up to \(total)"),
                    notes: children.map { .init(location: $0.location, message: Localized(id: "'\($0.code)': \($0.weight)", en: "'\($0.code)': \($0.weight)")) }))
            }
        }
        let questionsReliable = questions.count == questionItems.count && !questions.contains { $0.weight == nil }
        if aggregate == .weighted, !questions.isEmpty, weightValue != nil, questionsReliable {
            let total = questions.reduce(Number(0)) { $0 + ($1.weight ?? 0) }
            if total != weight {
                diagnostics.append(.error(at: f["weight"]?.location ?? yaml.location, Localized(
                    id: "bobot '\(code)' adalah \(weight), tetapi bobot pertanyaannya berjumlah \(total)",
                    en: "the weight of '\(code)' is \(weight), but its questions' weights add up to \(total)")))
            }
        }
        return Node(code: code, title: title, weight: weight, aggregate: aggregate, children: children, questions: questions,
                    note: note, location: codeField.location)
    }
}
