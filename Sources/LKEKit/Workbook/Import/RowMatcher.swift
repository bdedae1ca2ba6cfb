import Foundation

/// Matches the rows of a sheet to the definition's codes: by the code written in the row where there is one,
/// otherwise by the row's text (the question, node title or count label) and its place in the definition's
/// printed order. Numbering and type labels are never used alone: they repeat and carry typos in real books.
struct RowMatcher {
    enum Kind: Sendable, Equatable { case node, question, input, derived }

    /// One row of the definition's worksheet.
    struct Item: Sendable {
        var code: String
        var kind: Kind
        var text: String
        /// The question an input or derived row belongs to.
        var owner: String?
        /// The normalized text and its words.
        var key: String
        var words: Set<String>
    }

    private(set) var items: [Item] = []
    private var byCode: [String: Int] = [:]
    private var byLowerCode: [String: Int] = [:]
    private var byText: [String: [Int]] = [:]
    /// Items already given a row.
    private(set) var taken: [Int: Int] = [:]
    /// The definition position of the last matched item.
    private var cursor = -1
    /// The computed question matched last, whose inputs are looked for first.
    private var currentComputed: String?

    init(questionnaire: Questionnaire) {
        func add(_ code: String, _ kind: Kind, _ text: String, owner: String? = nil) {
            let key = Self.normalized(text)
            byCode[code] = items.count
            byLowerCode[code.lowercased()] = items.count
            byText[key, default: []].append(items.count)
            items.append(Item(code: code, kind: kind, text: text, owner: owner, key: key, words: Self.words(key)))
        }
        func visit(_ node: Node) {
            add(node.code, .node, node.title)
            for question in node.questions {
                add(question.code, .question, question.text)
                if case .computed(let spec) = question.kind {
                    for input in spec.inputs { add(input.code, .input, input.label, owner: question.code) }
                    for row in spec.derived { add(row.code, .derived, row.label, owner: question.code) }
                }
            }
            node.children.forEach(visit)
        }
        visit(questionnaire.tree)
    }

    /// The item with `code` (exact, then without case).
    func item(code: String) -> Item? {
        let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        return (byCode[trimmed] ?? byLowerCode[trimmed.lowercased()]).map { items[$0] }
    }

    /// The row an item was matched to.
    func row(of code: String) -> Int? { byCode[code].flatMap { taken[$0] } }

    /// Matches a row by its code. Returns the item, or `nil` when the code is unknown.
    mutating func match(code: String, row: Int) -> Item? {
        guard let item = item(code: code), let index = byCode[item.code] else { return nil }
        record(index, row: row)
        return item
    }

    /// Matches a row by its text, preferring the definition rows just after the last match and, for a count
    /// row, the inputs of the percentage question just matched. `nil` when nothing is close enough.
    mutating func match(text: String, row: Int) -> Item? {
        let key = Self.normalized(text)
        guard !key.isEmpty else { return nil }
        // A count row under its percentage question: its inputs and derived rows first.
        if let owner = currentComputed {
            let candidates = items.indices.filter { items[$0].owner == owner && taken[$0] == nil }
            if let index = best(key, among: candidates, threshold: 0.5) {
                record(index, row: row)
                return items[index]
            }
        }
        if let exact = byText[key]?.filter({ taken[$0] == nil }), !exact.isEmpty {
            let index = exact.min { distance($0) < distance($1) }!
            record(index, row: row)
            return items[index]
        }
        let candidates = items.indices.filter { taken[$0] == nil }
        guard let index = best(key, among: candidates, threshold: 0.6) else { return nil }
        record(index, row: row)
        return items[index]
    }

    private mutating func record(_ index: Int, row: Int) {
        taken[index] = row
        cursor = index
        switch items[index].kind {
        case .question:
            let code = items[index].code
            currentComputed = items.contains { $0.owner == code } ? code : nil
        case .node:
            currentComputed = nil
        case .input, .derived:
            break
        }
    }

    /// How far `index` is from the place after the last match; going back costs more than going on.
    private func distance(_ index: Int) -> Double {
        let step = index - cursor
        return step > 0 ? Double(step - 1) : 50 + Double(-step)
    }

    private func best(_ key: String, among candidates: [Int], threshold: Double) -> Int? {
        let words = Self.words(key)
        var chosen: (index: Int, score: Double)?
        for index in candidates {
            let similarity = Self.similarity(words, items[index].words, key, items[index].key)
            guard similarity >= threshold else { continue }
            let score = similarity - 0.001 * min(distance(index), 200)
            if chosen == nil || score > chosen!.score { chosen = (index, score) }
        }
        return chosen?.index
    }

    /// Dice's coefficient of the word sets, 1 for equal texts.
    static func similarity(_ a: Set<String>, _ b: Set<String>, _ keyA: String, _ keyB: String) -> Double {
        if keyA == keyB { return 1 }
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    /// Lowercased words of letters and digits; a leading list mark (`-`, `a.`, `1)`) dropped.
    static func normalized(_ text: String) -> String {
        var key = SheetLayout.normalized(text)
        // Numbering such as "a " or "1 " or "ii " at the start is not part of the text.
        let parts = key.split(separator: " ", maxSplits: 1)
        if parts.count == 2, parts[0].count <= 3, parts[0].allSatisfy({ $0.isNumber }) || ["a", "b", "c", "d", "e", "f", "g", "h", "i", "ii", "iii", "iv", "v", "vi"].contains(String(parts[0])),
           text.trimmingCharacters(in: .whitespaces).dropFirst(parts[0].count).first.map({ ".)".contains($0) }) == true {
            key = String(parts[1])
        }
        return key
    }

    static func words(_ key: String) -> Set<String> {
        Set(key.split(separator: " ").map(String.init))
    }
}
