import Foundation

/// The questionnaire's facts the evidence index needs, read once per definition: each question's weight (the
/// most it adds to the total, as the definition weighs it), the owner of each count input, and the parts of the
/// tree the index is reported for with the questions under each.
public struct EvidencePlan: Sendable {
    /// A part the index is reported for.
    struct Part: Sendable {
        var kind: EvidenceReport.IndexRow.Kind
        var code: String
        var title: String
        var depth: Int
        /// Positions in `questionCodes`.
        var questions: [Int]
        /// Positions in `leaves`.
        var leaves: [Int]
        var weight: Number
    }

    /// A node with questions (a sub-indicator): a mean node adds weight x complete / questions, a weighted node
    /// the weights of its complete questions, so that the sums are exact (no third carried to 38 digits and
    /// added up again).
    struct Leaf: Sendable {
        var weight: Number
        var isWeighted: Bool
        var questions: [Int]
    }

    /// Every question in worksheet order.
    let questionCodes: [String]
    /// Each question's weight (node weight / number of its questions for a mean node, the question's own
    /// weight for a weighted node).
    let weights: [Number]
    /// Question positions by question or count-input code.
    let positions: [String: Int]
    let leaves: [Leaf]
    /// The reported parts: every node of the tree above its sub-indicators (the root, components, halves, areas
    /// within a half) in tree order, then every group (areas across halves) in definition order.
    let parts: [Part]

    /// The evidence plan of `questionnaire`.
    public init(_ questionnaire: Questionnaire) {
        var codes: [String] = [], weights: [Number] = [], positions: [String: Int] = [:]
        var parts: [Part] = []
        var leaves: [Leaf] = []
        var byNode: [String: (questions: [Int], leaves: [Int])] = [:]
        func visit(_ node: Node, depth: Int) -> (questions: [Int], leaves: [Int]) {
            let slot = parts.count
            let shown = depth <= 2 || !node.children.isEmpty
            if shown { parts.append(Part(kind: .node, code: node.code, title: node.title, depth: depth, questions: [], leaves: [], weight: .zero)) }
            var under: [Int] = [], underLeaves: [Int] = []
            for child in node.children {
                let found = visit(child, depth: depth + 1)
                under += found.questions
                underLeaves += found.leaves
            }
            if !node.questions.isEmpty {
                let weighted = node.aggregate == .weighted
                let weight = weighted ? node.questions.reduce(Number.zero) { $0 + ($1.weight ?? 0) } : node.weight
                underLeaves.append(leaves.count)
                leaves.append(Leaf(weight: weight, isWeighted: weighted, questions: (0..<node.questions.count).map { codes.count + $0 }))
            }
            for question in node.questions {
                let position = codes.count
                codes.append(question.code)
                weights.append(node.share(of: question))
                positions[question.code] = position
                if case .computed(let spec) = question.kind { for input in spec.inputs { positions[input.code] = position } }
                under.append(position)
            }
            if shown { parts[slot].questions = under; parts[slot].leaves = underLeaves }
            byNode[node.code] = (under, underLeaves)
            return (under, underLeaves)
        }
        _ = visit(questionnaire.tree, depth: 0)
        func visitGroup(_ group: Group, depth: Int) -> (questions: [Int], leaves: [Int]) {
            let slot = parts.count
            parts.append(Part(kind: .group, code: group.code, title: group.title, depth: depth, questions: [], leaves: [], weight: .zero))
            var under: [Int] = [], underLeaves: [Int] = []
            if group.children.isEmpty {
                for code in group.sum { under += byNode[code]?.questions ?? []; underLeaves += byNode[code]?.leaves ?? [] }
            } else {
                for child in group.children {
                    let found = visitGroup(child, depth: depth + 1)
                    under += found.questions
                    underLeaves += found.leaves
                }
            }
            parts[slot].questions = under
            parts[slot].leaves = underLeaves
            return (under, underLeaves)
        }
        for group in questionnaire.groups { _ = visitGroup(group, depth: 0) }
        for index in parts.indices { parts[index].weight = parts[index].leaves.reduce(Number.zero) { $0 + leaves[$1].weight } }
        self.questionCodes = codes
        self.weights = weights
        self.positions = positions
        self.leaves = leaves
        self.parts = parts
    }

    /// The weight of each part's questions with complete evidence.
    func completeWeights(complete: [Bool]) -> [Number] {
        let byLeaf = leaves.map { leaf -> Number in
            if leaf.isWeighted {
                return leaf.questions.reduce(Number.zero) { complete[$1] ? $0 + weights[$1] : $0 }
            }
            let count = leaf.questions.filter { complete[$0] }.count
            if count == leaf.questions.count { return leaf.weight }
            return count == 0 ? .zero : leaf.weight * Number(count) / Number(leaf.questions.count)
        }
        return parts.map { part in part.leaves.reduce(Number.zero) { $0 + byLeaf[$1] } }
    }

    /// The weight of each part's questions.
    var partWeights: [Number] { parts.map(\.weight) }

    /// The index of each part (percent; exact but for the one division per sub-indicator and the last one,
    /// carried to 38 digits) from which questions are complete.
    func index(complete: [Bool]) -> [Number] {
        zip(parts, completeWeights(complete: complete)).map { part, sum in
            part.weight.isZero ? .zero : sum * .hundred / part.weight
        }
    }
}
