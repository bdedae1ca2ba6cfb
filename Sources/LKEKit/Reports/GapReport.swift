import Foundation

/// The gap report (`lke gap`) as a document: the Markdown of `GapPlanRenderer` read into a
/// `ReportDocument`, with a chart of where the unit is and where the target is, rule by rule. HTML and
/// DOCX render it; the Markdown stays the renderer's own text.
public struct GapReport: Sendable {
    var plan: GapPlan
    var card: ScoreCard
    var language: Language

    /// The report of `plan`, made for `card`, in `language`.
    public init(plan: GapPlan, card: ScoreCard, language: Language = .id) {
        self.plan = plan
        self.card = card
        self.language = language
    }

    /// The Markdown text.
    public var markdown: String { GapPlanRenderer(language: language).render(plan, card: card) }

    /// The document, its chart after the opening paragraphs.
    var document: ReportDocument {
        var document = ReportDocument(markdown: markdown, language: language)
        if let chart = chart(), !document.sections.isEmpty {
            document.sections[0].blocks.append(.chart(chart))
        }
        return document
    }

    /// The self-contained HTML page.
    public var html: String { document.html }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
    private func double(_ value: Number) -> Double { value.double }

    /// One bar per rule of the target predicate that reads a number (and one per child of an
    /// `each_child_of` rule): the unit's value on the rule's scale (the node's weight, or 100 %), with the
    /// minimum as a mark.
    func chart() -> Chart? {
        guard let result = card.predicate(plan.target) else { return nil }
        let numbers = ReportNumbers(rounding: card.questionnaire.rounding, decimalComma: language == .id)
        let target = t("Minimal", "Minimum")
        var bars: [Chart.Bar] = []
        for rule in result.rules {
            guard let required = rule.required else { continue }
            switch rule.measure {
            case .score:
                guard let code = rule.code, let actual = rule.actual,
                      let weight = card.node(code)?.weight ?? card.questions[code]?.maximum, weight > 0 else { continue }
                bars.append(Chart.Bar(label: rule.title, value: double(actual),
                                      valueText: numbers.fixed(actual) + " / " + numbers.fixed(required), capacity: double(weight),
                                      marks: [Chart.Line(label: target, value: double(required), valueText: numbers.fixed(required))], met: rule.met))
            case .percent:
                let items = rule.children.isEmpty
                    ? [(rule.title, rule.actual ?? 0, rule.met)]
                    : rule.children.map { ($0.code + " " + $0.title, $0.actual, $0.met) }
                for (label, actual, met) in items {
                    bars.append(Chart.Bar(label: label, value: double(actual),
                                          valueText: numbers.percent(actual) + " / " + numbers.percent(required), capacity: 100,
                                          marks: [Chart.Line(label: target, value: double(required), valueText: numbers.percent(required))], met: met))
                }
            case .predicate:
                continue
            }
        }
        guard !bars.isEmpty else { return nil }
        return Chart(title: t("Posisi unit terhadap syarat \(plan.title)", "Where the unit stands against \(plan.title)"),
                     description: t("Untuk setiap syarat \(plan.title): capaian unit (batang; gelap bila terpenuhi, arsir bila belum) dan nilai minimal (garis tegak).",
                                    "For each condition of \(plan.title): the unit's value (bar; dark when met, hatched when not) and the minimum (vertical mark)."),
                     axisLabel: t("Capaian dari skala syarat (bobot atau 100%)", "Value on the condition's scale (weight or 100%)"),
                     columns: [t("Syarat", "Condition"), t("Capaian / minimal", "Actual / minimum"), target],
                     kind: .bars(bars, maximum: 100, lines: []))
    }
}
