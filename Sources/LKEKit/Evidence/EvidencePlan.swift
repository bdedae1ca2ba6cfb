import Foundation

/// The questionnaire's facts the evidence index needs, read once per definition: each question's weight (the
/// most it adds to the total, as the definition weighs it), the owner of each count input, and the parts of the
/// tree the index is reported for with the questions under each.
public struct EvidencePlan: Sendable {
    /// A part the index is reported for.
    public struct Part: Sendable {
        public var kind: EvidenceReport.IndexRow.Kind
        public var code: String
        public var title: String
        public var depth: Int
        /// Positions in `questionCodes`.
        public var questions: [Int]
        var weight: FastDecimal
    }

    /// Every question in worksheet order.
    public let questionCodes: [String]
    /// Each question's weight (node weight / number of its questions for a mean node, the question's own
    /// weight for a weighted node).
    public let weights: [Decimal]
    let fastWeights: [FastDecimal]
    /// Question positions by question or count-input code.
    public let positions: [String: Int]
    /// The reported parts: every node of the tree above its sub-indicators (the root, components, halves, areas
    /// within a half) in tree order, then every group (areas across halves) in definition order.
    public let parts: [Part]

    public init(_ questionnaire: Questionnaire) {
        var codes: [String] = [], weights: [Decimal] = [], positions: [String: Int] = [:]
        var parts: [Part] = []
        var byNode: [String: [Int]] = [:]
        func visit(_ node: Node, depth: Int) -> [Int] {
            let slot = parts.count
            let shown = depth <= 2 || !node.children.isEmpty
            if shown { parts.append(Part(kind: .node, code: node.code, title: node.title, depth: depth, questions: [], weight: .zero)) }
            var under: [Int] = []
            for child in node.children { under += visit(child, depth: depth + 1) }
            for question in node.questions {
                let position = codes.count
                codes.append(question.code)
                weights.append(node.share(of: question))
                positions[question.code] = position
                if case .computed(let spec) = question.kind { for input in spec.inputs { positions[input.code] = position } }
                under.append(position)
            }
            if shown { parts[slot].questions = under }
            byNode[node.code] = under
            return under
        }
        _ = visit(questionnaire.tree, depth: 0)
        func visitGroup(_ group: Group, depth: Int) -> [Int] {
            let slot = parts.count
            parts.append(Part(kind: .group, code: group.code, title: group.title, depth: depth, questions: [], weight: .zero))
            var under: [Int] = []
            if group.children.isEmpty {
                for code in group.sum { under += byNode[code] ?? [] }
            } else {
                for child in group.children { under += visitGroup(child, depth: depth + 1) }
            }
            parts[slot].questions = under
            return under
        }
        for group in questionnaire.groups { _ = visitGroup(group, depth: 0) }
        let fast = weights.map(FastDecimal.init)
        for index in parts.indices { parts[index].weight = parts[index].questions.reduce(FastDecimal.zero) { $0 + fast[$1] } }
        self.questionCodes = codes
        self.weights = weights
        self.fastWeights = fast
        self.positions = positions
        self.parts = parts
    }

    /// The index of each part (percent, exact to 38 digits) from which questions are complete.
    public func index(complete: [Bool]) -> [FastDecimal] {
        parts.map { part in
            guard !part.weight.isZero else { return .zero }
            var sum = FastDecimal.zero
            for position in part.questions where complete[position] { sum += fastWeights[position] }
            return sum * .hundred / part.weight
        }
    }
}
