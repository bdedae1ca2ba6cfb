import Foundation

/// The charts of the score report, from the score card and the definition's predicates (every threshold
/// drawn is a rule's minimum, never a constant).
struct ScoreCharts {
    let card: ScoreCard
    let numbers: ReportNumbers
    let language: Language

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
    private func double(_ value: Number) -> Double { value.double }

    /// Each area's percentage as a bar, against the minimum percentage per area of every predicate
    /// (`each_child_of` rules): nil when no predicate has such a rule.
    func areas() -> Chart? {
        let rules = card.predicates.compactMap { predicate -> (ScoreCard.PredicateResult, ScoreCard.RuleResult)? in
            guard let rule = predicate.rules.first(where: { $0.measure == .percent && !$0.children.isEmpty && $0.required != nil }) else { return nil }
            return (predicate, rule)
        }
        guard let first = rules.first?.1 else { return nil }
        let lines = rules.map { Chart.Line(label: $0.0.title, value: double($0.1.required!), valueText: numbers.percent($0.1.required!)) }
        let bars = first.children.map { child in
            Chart.Bar(label: child.code + " " + child.title, value: double(child.actual), valueText: numbers.percent(child.actual),
                      met: child.met)
        }
        let names = lines.map { "\($0.label) \($0.valueText)" }.joined(separator: ", ")
        return Chart(title: t("Persentase nilai per area", "Score percentage by area"),
                     description: t("Persentase nilai setiap area terhadap bobotnya, dengan batas minimal per area: \(names) (garis putus-putus); batang berarsir di bawah minimal \(rules[0].0.title).",
                                    "Each area's score as a percentage of its weight, with the minimum per area: \(names) (dashed lines); a hatched bar is below the minimum of \(rules[0].0.title)."),
                     axisLabel: t("Persentase dari bobot area (%)", "Percentage of the area's weight (%)"),
                     columns: [t("Area", "Area"), "%"], kind: .bars(bars, maximum: 100, lines: lines))
    }

    /// Each component's score against its weight (the tree's first two levels).
    func components() -> Chart? {
        let q = card.questionnaire
        var bars: [Chart.Bar] = []
        for node in q.tree.children {
            for item in [node] + node.children {
                guard let score = card.node(item.code), score.weight > 0 else { continue }
                bars.append(Chart.Bar(label: item.code + " " + item.title, value: double(score.score),
                                      valueText: numbers.fixed(score.score) + " / " + numbers.fixed(score.weight),
                                      capacity: double(score.weight), met: true))
            }
        }
        guard !bars.isEmpty else { return nil }
        return Chart(title: t("Nilai komponen terhadap bobotnya", "Component scores against their weights"),
                     description: t("Setiap batang adalah nilai komponen; kerangkanya adalah bobot komponen (nilai maksimal).",
                                    "Each bar is a component's score; its outline is the component's weight (the highest score)."),
                     axisLabel: t("Nilai dari bobot", "Score of the weight"),
                     columns: [t("Komponen", "Component"), t("Nilai / bobot", "Score / weight")], kind: .bars(bars, maximum: 100, lines: []))
    }

    /// Every node with a minimum score in some predicate (the total, the hasil components and indices),
    /// its score against its weight, with each predicate's minimum as a mark.
    func conditions() -> Chart? {
        var order: [String] = []
        var marks: [String: [Chart.Line]] = [:]
        var actual: [String: Number] = [:]
        for predicate in card.predicates {
            for rule in predicate.rules where rule.measure == .score {
                guard let code = rule.code, let required = rule.required, let value = rule.actual else { continue }
                if marks[code] == nil { order.append(code); actual[code] = value }
                marks[code, default: []].append(Chart.Line(label: predicate.title, value: double(required), valueText: numbers.fixed(required)))
            }
        }
        let bars = order.compactMap { code -> Chart.Bar? in
            guard let value = actual[code], let weight = card.node(code)?.weight ?? card.questions[code]?.maximum, weight > 0 else { return nil }
            let lines = marks[code] ?? []
            let title = card.node(code)?.title ?? card.questionnaire.question(code)?.text ?? ""
            return Chart.Bar(label: code + " " + title, value: double(value),
                             valueText: numbers.fixed(value) + " / " + numbers.fixed(weight), capacity: double(weight),
                             marks: lines, met: lines.allSatisfy { double(value) >= $0.value })
        }
        guard !bars.isEmpty else { return nil }
        let names = card.predicates.map(\.title).joined(separator: ", ")
        return Chart(title: t("Nilai terhadap syarat minimal", "Scores against their minimums"),
                     description: t("Nilai total, komponen hasil dan indeks survei terhadap nilai minimal \(names) (garis tegak); kerangka batang adalah bobotnya; batang gelap memenuhi semua minimal, batang berarsir belum.",
                                    "The total, the result components and the survey indices against the minimums of \(names) (vertical marks); each bar's outline is its weight; a dark bar meets every minimum, a hatched one does not."),
                     axisLabel: t("Nilai dari bobot", "Score of the weight"),
                     columns: [t("Bagian", "Part"), t("Nilai / bobot", "Score / weight")] + card.predicates.map { t("Minimal ", "Minimum ") + $0.title },
                     kind: .bars(bars, maximum: 100, lines: []))
    }
}
