import Foundation

/// Explains a score step by step: the answer, its value, the sub-indicator's mean times weight, and every sum
/// up to the total, with the numbers and the rounding at each step.
public struct Explainer: Sendable {
    let card: ScoreCard
    let language: Language

    /// An explainer of `card`, in `language`.
    public init(card: ScoreCard, language: Language = .id) {
        self.card = card
        self.language = language
    }

    private var q: Questionnaire { card.questionnaire }

    /// The explanation of `code` (a question, input, node or group), or of the whole tree when `code` is nil.
    /// Returns nil for an unknown code.
    public func explain(_ code: String? = nil) -> String? {
        guard let code else { return tree() }
        if let owner = q.inputOwner[code] { return explain(owner) }
        if let question = q.question(code) {
            var out = questionLines(question)
            out += chain(from: card.questions[code]!.nodeCode)
            return out.joined(separator: "\n") + "\n"
        }
        if q.nodesByCode[code] != nil {
            return (nodeLines(q.nodesByCode[code]!, indent: "") + chain(from: code, skipFirst: true)).joined(separator: "\n") + "\n"
        }
        if let group = q.groupsByCode[code] {
            return groupLines(group).joined(separator: "\n") + "\n"
        }
        return nil
    }

    // MARK: - Pieces

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }

    /// An exact value: in full when short, else to 6 places with an ellipsis.
    func exact(_ value: Number) -> String {
        let snapped = Rounding.snap(value)
        let text = NumberFormat.plain(snapped)
        let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
        var shown = decimals <= 6 ? text : NumberFormat.fixed(snapped, places: 6) + "…"
        if language == .id { shown = shown.replacingOccurrences(of: ".", with: ",") }
        return shown
    }

    func rounded(_ value: Number) -> String {
        NumberFormat.fixed(card.rounded(value), places: q.rounding.decimals, language: language)
    }

    private func roundingNote(_ value: Number) -> String {
        let r = card.rounded(value)
        return Rounding.snap(value) == r ? "" : " → " + rounded(value)
    }

    func questionLines(_ question: Question) -> [String] {
        guard let result = card.questions[question.code], let node = q.nodesByCode[result.nodeCode] else { return [] }
        var lines = ["\(question.code) · \(question.text)"]
        switch question.kind {
        case .choice(let choice):
            let scale = choice.scale.options.map { "\($0.code)=\(exact($0.value))" }.joined(separator: ", ")
            if let option = card.answers.choices[question.code] {
                lines.append("  " + t("Jawaban", "Answer") + ": \(option.code) (" + t("skala", "scale") + " \(choice.scale.title): \(scale)) → " + t("nilai", "value") + " \(exact(option.value))")
            } else {
                lines.append("  " + t("Jawaban: belum diisi → nilai 0", "Answer: not answered → value 0") + " (" + t("skala", "scale") + " \(choice.scale.title): \(scale))")
            }
        case .number(let spec):
            if let x = card.answers.numbers[question.code] {
                let substituted = render(spec.value.expression) { $0 == "x" ? x : nil }
                lines.append("  " + t("Jawaban", "Answer") + ": \(exact(x)) → " + t("nilai", "value") + " = \(spec.value.text) = \(substituted) = \(exact(result.value ?? 0))")
            } else {
                lines.append("  " + t("Jawaban: belum diisi → nilai 0", "Answer: not answered → value 0"))
            }
        case .computed(let spec):
            for input in spec.inputs {
                let value = card.answers.inputs[input.code].map(exact) ?? t("belum diisi", "not answered")
                lines.append("  \(input.code) \(input.label): \(value)")
            }
            for row in spec.derived {
                let value = result.derived[row.code].map(exact) ?? "—"
                lines.append("  \(row.code) \(row.label) = \(row.formula.text) = \(value)")
            }
            if !result.isAnswered {
                lines.append("  " + t("Belum semua masukan diisi → nilai 0", "Not every input is answered → value 0"))
            } else {
                let substituted = render(spec.formula.expression) { Scorer.reference($0, in: card.answers) }
                var line = "  " + t("Rumus", "Formula") + ": \(spec.formula.text) = \(substituted)"
                if result.hitZeroDenominator {
                    line += " — " + t("pembagi nol", "zero denominator") + ": " + policyText(spec.zeroDenominator)
                }
                if let value = result.value {
                    if let clamp = spec.clamp { line += " (" + t("dibatasi", "clamped to") + " [\(exact(clamp.lowerBound)), \(exact(clamp.upperBound))])" }
                    line += " → " + t("nilai", "value") + " \(exact(value)) (\(NumberFormat.fixed(value * 100, places: 2, language: language))%)"
                } else {
                    line += " → " + t("tanpa nilai, dihitung 0", "no value, counts 0")
                }
                lines.append(line)
            }
        }
        switch node.aggregate {
        case .weighted:
            lines.append("  " + t("Nilai", "Score") + " = \(exact(result.value ?? 0)) × " + t("bobot", "weight") + " \(exact(question.weight ?? 0)) = \(exact(result.score))\(roundingNote(result.score))")
        case .mean, .sum:
            lines.append("  " + t("Bagian dari", "Share of") + " \(node.code): \(exact(result.value ?? 0)) × \(exact(node.weight)) / \(node.questions.count) = \(exact(result.score))\(roundingNote(result.score))")
        }
        return lines
    }

    private func policyText(_ policy: Question.ZeroPolicy) -> String {
        switch policy {
        case .value(let v): return t("nilai", "value") + " \(exact(v))"
        case .unanswered, .notNeeded: return t("pertanyaan tanpa nilai", "the question has no value")
        case .byNumerator(let zero, let otherwise):
            return t("pembilang nol → \(exact(zero)), selain itu → \(exact(otherwise))", "numerator zero → \(exact(zero)), otherwise → \(exact(otherwise))")
        }
    }

    func nodeLines(_ node: Node, indent: String) -> [String] {
        guard let score = card.nodes[node.code] else { return [] }
        let head = "\(indent)\(node.code) · \(node.title) (" + t("bobot", "weight") + " \(exact(node.weight)))"
        let tail = " = \(exact(score.score))\(roundingNote(score.score)) (\(NumberFormat.fixed(card.rounded(score.percent), places: 2, language: language))%)"
        switch node.aggregate {
        case .sum:
            let parts = node.children.map { exact(card.nodes[$0.code]!.score) }.joined(separator: " + ")
            return [head, "\(indent)  " + t("jumlah", "sum") + " \(node.children.map(\.code).joined(separator: " + ")) = \(parts)\(tail)"]
        case .mean:
            let values = node.questions.map { exact(card.questions[$0.code]?.value ?? 0) }.joined(separator: language == .id ? "; " : ", ")
            let sum = node.questions.reduce(Number(0)) { $0 + (card.questions[$1.code]?.value ?? 0) }
            return [head, "\(indent)  " + t("rata-rata", "mean") + "(\(values)) × \(exact(node.weight)) = \(exact(sum)) / \(node.questions.count) × \(exact(node.weight))\(tail)"]
        case .weighted:
            let parts = node.questions.map { "\(exact(card.questions[$0.code]?.value ?? 0)) × \(exact($0.weight ?? 0))" }.joined(separator: " + ")
            return [head, "\(indent)  \(parts)\(tail)"]
        }
    }

    /// The nodes from `code` up to the root.
    func chain(from code: String, skipFirst: Bool = false) -> [String] {
        var codes = (q.ancestors[code] ?? []).reversed().map { $0 }
        if !skipFirst { codes.insert(code, at: 0) }
        var lines: [String] = []
        for nodeCode in codes {
            guard let node = q.nodesByCode[nodeCode] else { continue }
            lines += nodeLines(node, indent: "")
        }
        for group in q.groupsByCode.values.sorted(by: { $0.code < $1.code }) where group.sum.contains(where: { codes.contains($0) }) {
            lines += groupLines(group)
        }
        return lines
    }

    func groupLines(_ group: Group) -> [String] {
        guard let score = card.groups[group.code] else { return [] }
        let members = group.children.isEmpty ? group.sum : group.children.map(\.code)
        let parts = members.map { exact(card.node($0)?.score ?? 0) }.joined(separator: " + ")
        return ["\(group.code) · \(group.title) (" + t("bobot", "weight") + " \(exact(group.weight)))",
                "  " + t("jumlah", "sum") + " \(members.joined(separator: " + ")) = \(parts) = \(exact(score.score))\(roundingNote(score.score)) (\(exact(score.score)) / \(exact(group.weight)) × 100 = \(NumberFormat.fixed(card.rounded(score.percent), places: 2, language: language))%)"]
    }

    func tree() -> String {
        var lines: [String] = []
        func walk(_ node: Node, depth: Int) {
            let indent = String(repeating: "  ", count: depth)
            lines += nodeLines(node, indent: indent)
            for child in node.children { walk(child, depth: depth + 1) }
        }
        walk(q.tree, depth: 0)
        func walkGroup(_ group: Group) {
            lines += groupLines(group)
            group.children.forEach(walkGroup)
        }
        q.groups.forEach(walkGroup)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A formula with every reference replaced by its value.
    func render(_ e: Formula.Expression, _ value: (String) -> Number?) -> String {
        switch e {
        case .number(let n): return exact(n)
        case .reference(let code): return value(code).map(exact) ?? "?"
        case .negate(let inner): return "-" + render(inner, value)
        case .binary(let op, let l, let r):
            let left = wrap(l, value), right = wrap(r, value)
            return "\(left) \(op) \(right)"
        case .call(let name, let args): return name + "(" + args.map { render($0, value) }.joined(separator: ", ") + ")"
        }
    }

    private func wrap(_ e: Formula.Expression, _ value: (String) -> Number?) -> String {
        if case .binary = e { return "(" + render(e, value) + ")" }
        return render(e, value)
    }
}
