/// Where each answer and each evidence item is written in an answer file, read from its YAML tree: what the
/// evidence report cites (`path:line:col`) and what `EvidenceWriter` edits.
public struct EvidenceLocator: Sendable {
    /// One evidence item as written.
    struct Item: Sendable, Hashable {
        var text: String
        var location: SourceLocation
    }

    /// One entry under `answers:`.
    struct Answer: Sendable {
        var code: String
        var keyLocation: SourceLocation
        /// The answer's node: a scalar (`A.I.1.i.a: Ya`) or a mapping of `value`, `note`, `evidence`.
        var node: YAMLNode
        /// The `evidence` entry of a mapping answer.
        var evidence: YAMLNode.Entry?
        /// The evidence items in file order.
        var items: [Item]
    }

    /// The `answers:` key, when there is one.
    var answersKey: SourceLocation?
    /// The `answers:` node.
    var answersNode: YAMLNode?
    /// The answers in file order.
    var answers: [Answer]

    /// Reads the locations from `source`; `nil` when it does not parse.
    public init?(_ source: SourceFile) {
        let (root, diagnostics) = YAMLParser.parse(source)
        guard let root, !diagnostics.hasErrors, case .mapping(let top) = root.content else { return nil }
        self.init(top: top)
    }

    init(top: [YAMLNode.Entry]) {
        let answersEntry = top.first { $0.key == "answers" }
        answersKey = answersEntry?.keyLocation
        answersNode = answersEntry?.value
        var answers: [Answer] = []
        for entry in answersEntry?.value.entries ?? [] {
            var evidence: YAMLNode.Entry?
            var items: [Item] = []
            if case .mapping(let fields) = entry.value.content, let found = fields.first(where: { $0.key == "evidence" }) {
                evidence = found
                switch found.value.content {
                case .scalar(let text, let style) where style != .empty:
                    items = [Item(text: text, location: found.value.location)]
                case .sequence(let nodes):
                    for node in nodes {
                        if case .scalar(let text, let style) = node.content, style != .empty { items.append(Item(text: text, location: node.location)) }
                    }
                default: break
                }
            }
            answers.append(Answer(code: entry.key, keyLocation: entry.keyLocation, node: entry.value, evidence: evidence, items: items))
        }
        self.answers = answers
    }

    /// The first answer written for `code`.
    func answer(_ code: String) -> Answer? { answers.first { $0.code == code } }

    /// Item locations by code (first answer of a code only, as the loader reads it).
    var itemsByCode: [String: [Item]] {
        var out: [String: [Item]] = [:]
        for answer in answers where out[answer.code] == nil { out[answer.code] = answer.items }
        return out
    }
}
