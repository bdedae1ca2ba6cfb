import Foundation

/// The worksheet of one score card as rows in tree order: each node, then (for a sub-indicator) each of its
/// questions, each question followed by its count inputs and derived rows. Shared by the Markdown and CSV
/// reports so that both list the same rows with the same numbers.
struct Worksheet: Sendable {
    /// What a row stands for.
    enum Kind: String, Sendable {
        case node, question, input, derived
    }

    /// The answer cell of a row.
    enum Answer: Sendable, Equatable {
        /// Nothing to answer (a node).
        case none
        /// A question or input without an answer.
        case unanswered
        /// A chosen option, by code.
        case option(String)
        /// A number as entered (an index, a count), printed with `places` decimals.
        case number(Number, places: Int)
        /// The value of a computed question as a percentage (exact).
        case percent(Number)
        /// A computed question whose inputs are answered but whose formula met a zero denominator that leaves
        /// it without value.
        case noValue
        /// A derived row's computed value.
        case computed(Number)
    }

    struct Row: Sendable {
        var kind: Kind
        var code: String
        /// The node's title, the question's text, or the input's or derived row's label.
        var title: String
        /// Depth in the tree: 0 for the root; a question is one deeper than its node, an input one deeper
        /// than its question.
        var depth: Int
        /// The node's weight or the question's maximum score (its share of the node's weight).
        var weight: Number?
        /// The answer type of a question (the scale's title, "Nilai (0-4)", "%"); `nil` for other rows.
        var choices: String?
        var answer: Answer
        /// The score (exact); `nil` for inputs and derived rows.
        var score: Number?
        /// The node's percentage or the question's value x 100 (exact); `nil` when there is none.
        var percent: Number?
        /// The note written in the answer file for this code.
        var note: String?
        /// The evidence listed in the answer file for this code.
        var evidence: [String]
    }

    var rows: [Row] = []

    init(_ card: ScoreCard) {
        let answers = card.answers
        var entries: [String: AnswerSheet.Entry] = [:]
        for entry in answers.sheet.entries where entries[entry.code] == nil { entries[entry.code] = entry }
        func visit(_ node: Node, depth: Int) {
            let result = card.nodes[node.code]
            rows.append(Row(kind: .node, code: node.code, title: node.title, depth: depth, weight: node.weight, choices: nil,
                            answer: .none, score: result?.score ?? 0, percent: result?.percent ?? 0,
                            note: nil, evidence: []))
            for child in node.children { visit(child, depth: depth + 1) }
            for question in node.questions { add(question, depth: depth + 1) }
        }
        func add(_ question: Question, depth: Int) {
            let score = card.questions[question.code]
            let entry = entries[question.code]
            let answer: Answer
            switch question.kind {
            case .choice:
                answer = answers.choices[question.code].map { .option($0.code) } ?? .unanswered
            case .number(let spec):
                answer = answers.numbers[question.code].map { .number($0, places: spec.decimals) } ?? .unanswered
            case .computed:
                if let value = score?.value {
                    answer = .percent(value * 100)
                } else {
                    answer = answers.isAnswered(question) ? .noValue : .unanswered
                }
            }
            rows.append(Row(kind: .question, code: question.code, title: question.text, depth: depth, weight: score?.maximum,
                            choices: question.typeName, answer: answer, score: score?.score ?? 0,
                            percent: score?.value.map { $0 * 100 }, note: entry?.note, evidence: entry?.evidence ?? []))
            guard case .computed(let spec) = question.kind else { return }
            for input in spec.inputs {
                let entry = entries[input.code]
                let value: Answer = answers.inputs[input.code].map { .number($0, places: input.decimals) } ?? .unanswered
                rows.append(Row(kind: .input, code: input.code, title: input.label, depth: depth + 1, weight: nil, choices: nil,
                                answer: value, score: nil, percent: nil, note: entry?.note, evidence: entry?.evidence ?? []))
            }
            for derived in spec.derived {
                let value: Answer = score?.derived[derived.code].map { .computed($0) } ?? .none
                rows.append(Row(kind: .derived, code: derived.code, title: derived.label, depth: depth + 1, weight: nil, choices: nil,
                                answer: value, score: nil, percent: nil, note: nil, evidence: []))
            }
        }
        visit(card.questionnaire.tree, depth: 0)
    }
}
