import Foundation

/// A weighted node of the tree: a component, half, area or sub-indicator.
public struct Node: Sendable {
    /// How a node's score comes from what is under it.
    enum Aggregate: String, Sendable, CaseIterable {
        /// The sum of the children's scores.
        case sum
        /// The mean of the questions' values times the node's weight (unanswered counts 0).
        case mean
        /// The sum of each question's value times its own weight.
        case weighted
    }

    /// The node's code, unique in the definition (`1`, `1.1`, ...).
    public internal(set) var code: String
    /// The node's title, as the definition writes it.
    public internal(set) var title: String
    /// The most this node adds to its parent's score.
    public internal(set) var weight: Number
    var aggregate: Aggregate
    /// The nodes under this one, in worksheet order.
    public internal(set) var children: [Node]
    /// The questions under this node, in worksheet order.
    public internal(set) var questions: [Question]
    var note: String?
    var location: SourceLocation

    init(code: String, title: String, weight: Number, aggregate: Aggregate, children: [Node], questions: [Question],
                note: String?, location: SourceLocation) {
        self.code = code
        self.title = title
        self.weight = weight
        self.aggregate = aggregate
        self.children = children
        self.questions = questions
        self.note = note
        self.location = location
    }

    /// Every node of the subtree, this one first, depth first.
    public var allNodes: [Node] {
        [self] + children.flatMap(\.allNodes)
    }

    /// The largest score a question can add to this node: its share of the weight.
    func share(of question: Question) -> Number {
        switch aggregate {
        case .weighted: return question.weight ?? 0
        case .mean, .sum: return questions.isEmpty ? 0 : weight / Number(questions.count)
        }
    }
}

/// A sum across the tree (for example an area's Pemenuhan and Reform halves).
public struct Group: Sendable {
    /// The group's code, unique among nodes and groups.
    public let code: String
    /// The group's title, as the definition writes it.
    public let title: String
    var weight: Number
    /// Node codes whose scores the group adds (empty for a group of groups).
    var sum: [String]
    /// The groups this group adds (empty for a group of nodes).
    public let children: [Group]

    init(code: String, title: String, weight: Number, sum: [String], children: [Group]) {
        self.code = code
        self.title = title
        self.weight = weight
        self.sum = sum
        self.children = children
    }
}
