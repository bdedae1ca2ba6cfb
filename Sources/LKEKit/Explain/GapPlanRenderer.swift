import Foundation

/// Renders a `GapPlan` as Markdown for people (Indonesian by default).
public struct GapPlanRenderer: Sendable {
    public var language: Language

    public init(language: Language = .id) {
        self.language = language
    }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }

    private func n(_ value: Decimal, _ card: ScoreCard) -> String {
        NumberFormat.fixed(card.rounded(value), places: card.questionnaire.rounding.decimals, language: language)
    }

    /// Text from the definition or the answer file, escaped for running Markdown.
    private func esc(_ text: String) -> String { MarkdownText.inline(text) }

    private func cell(_ text: String) -> String {
        MarkdownText.cell(text)
    }

    /// The Markdown text of `plan` for the unit scored in `card`.
    public func render(_ plan: GapPlan, card: ScoreCard) -> String {
        var out = "# " + t("Jarak ke", "Distance to") + " " + esc(plan.title) + " — " + esc(card.answers.sheet.unit) + "\n\n"
        out += t("Nilai total sekarang", "Current total") + ": **\(n(card.total.score, card))**\n\n"
        if plan.failing.isEmpty {
            out += t("Semua aturan \(plan.title) sudah terpenuhi. Tidak ada jawaban yang perlu diubah.\n",
                     "Every rule of \(plan.title) is met. No answer needs to change.\n")
            return out + prerequisites(card, plan)
        }
        out += "## " + t("Aturan yang belum terpenuhi", "Rules not met") + "\n\n"
        for rule in plan.failing where rule.measure != .predicate {
            out += "- " + ruleLine(rule, card) + "\n"
            for child in rule.children where !child.met {
                let short = (rule.required ?? 0) - child.actual
                out += "  - " + esc("\(child.code) \(child.title)") + ": \(NumberFormat.fixed(child.actual, places: 2, language: language))% ("
                    + t("kurang", "short by") + " \(NumberFormat.fixed(short, places: 2, language: language)) " + t("poin persen", "percentage points") + ")\n"
            }
        }
        out += "\n"
        if !plan.changes.isEmpty {
            let steps = plan.changes.reduce(0) { $0 + $1.steps }
            out += "## " + t("Perubahan jawaban paling sedikit", "Fewest answer changes") + "\n\n"
            out += t("\(plan.changes.count) perubahan, \(steps) langkah opsi. Diurutkan dari tambahan nilai terbesar.\n\n",
                     "\(plan.changes.count) changes, \(steps) option steps. Largest gain first.\n\n")
            out += "| No | " + t("Kode", "Code") + " | " + t("Pertanyaan", "Question") + " | " + t("Sekarang", "Now") + " | "
                + t("Menjadi", "Change to") + " | " + t("Tambahan nilai", "Points added") + " |\n"
            out += "|---:|---|---|---|---|---:|\n"
            for (index, change) in plan.changes.enumerated() {
                out += "| \(index + 1) | \(cell(change.code)) | \(cell(change.title)) | \(cell(change.from.map(localized) ?? t("belum diisi", "not answered"))) | \(cell(targetText(change, card))) | \(n(change.points, card)) |\n"
            }
            out += "\n"
        }
        if !plan.minimumNumbers.isEmpty {
            out += "## " + t("Indeks survei minimal", "Minimum survey indices") + "\n\n"
            for code in plan.minimumNumbers.keys.sorted() {
                let title = card.questionnaire.question(code)?.text ?? code
                let value = NumberFormat.fixed(plan.minimumNumbers[code]!, places: 2, language: language)
                out += "- " + esc("\(code) \(title)") + ": " + t("minimal", "at least") + " **\(value)**\n"
            }
            out += "\n"
        }
        if !plan.blockers.isEmpty {
            out += "## " + t("Tidak dapat dicapai hanya dengan jawaban", "Not reachable through answers alone") + "\n\n"
            for rule in plan.blockers {
                out += "- " + ruleLine(rule, card) + "\n"
            }
            out += "\n"
        }
        if let after = plan.after, !plan.changes.isEmpty {
            let totalAfter = GapPlanner.apply(plan.changes, to: card).total.score
            out += "## " + t("Setelah perubahan", "After the changes") + "\n\n"
            out += t("Nilai total", "Total") + ": **\(n(totalAfter, card))**. "
            if plan.reachable {
                out += plan.blockers.isEmpty
                    ? t("Semua aturan \(after.title) terpenuhi.\n", "Every rule of \(after.title) is met.\n")
                    : t("Semua aturan yang bergantung pada jawaban terpenuhi.\n", "Every rule that depends on answers is met.\n")
            } else {
                out += t("Masih ada aturan yang tidak terpenuhi.\n", "Some rules are still not met.\n")
            }
        } else if !plan.reachable {
            out += t("Tidak ada perubahan jawaban yang dapat memenuhi \(plan.title).\n", "No set of answer changes meets \(plan.title).\n")
        }
        return out + prerequisites(card, plan)
    }

    private func prerequisites(_ card: ScoreCard, _ plan: GapPlan) -> String {
        guard let result = card.predicate(plan.target) else { return "" }
        let open = result.prerequisites.filter { $0.status != .met }
        guard !open.isEmpty else { return "" }
        var out = "\n## " + t("Prasyarat pengusulan yang belum terpenuhi atau belum dinyatakan", "Eligibility prerequisites not met or not stated") + "\n\n"
        for item in open {
            let status = item.status == .notMet ? t("tidak terpenuhi", "not met") : t("belum dinyatakan", "not stated")
            out += "- " + esc(item.text) + " (\(status))\n"
        }
        return out
    }

    /// A number or percentage written with a dot, in the report's language.
    private func localized(_ text: String) -> String {
        guard language == .id, text.first?.isNumber == true else { return text }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    private func ruleLine(_ rule: ScoreCard.RuleResult, _ card: ScoreCard) -> String {
        switch rule.measure {
        case .predicate:
            let held = rule.heldPredicate.flatMap { card.questionnaire.predicate($0)?.title } ?? t("tidak ada", "none")
            let required = rule.requiredPredicate.flatMap { card.questionnaire.predicate($0)?.title } ?? "?"
            return esc(rule.title) + ": " + t("diperlukan predikat \(esc(required)), yang dimiliki: \(esc(held))", "requires the predicate \(esc(required)); held: \(esc(held))")
        case .score, .percent:
            let unit = rule.measure == .percent ? "%" : ""
            let actual = NumberFormat.fixed(rule.actual ?? 0, places: 2, language: language) + unit
            let required = NumberFormat.fixed(rule.required ?? 0, places: 2, language: language) + unit
            let short = NumberFormat.fixed(-(rule.margin ?? 0), places: 2, language: language)
            let lowest = rule.children.isEmpty ? "" : t("terendah ", "lowest ")
            return esc(rule.title) + ": \(lowest)\(actual), " + t("minimal", "minimum") + " \(required) (" + t("kurang", "short by") + " \(short))"
        }
    }

    private func targetText(_ change: GapPlan.Change, _ card: ScoreCard) -> String {
        switch change.target {
        case .option(let code): return code
        case .number(let value): return "≥ " + NumberFormat.fixed(value, places: 2, language: language)
        case .input(let code, let value, let others):
            let label = card.questionnaire.question(change.code).flatMap { question -> String? in
                if case .computed(let spec) = question.kind { return spec.inputs.first { $0.code == code }?.label }
                return nil
            } ?? code
            let filled = others.keys.sorted().map { "\($0) = \(NumberFormat.plain(others[$0]!))" }
            let also = filled.isEmpty ? "" : " (" + t("dan isi", "and enter") + " " + filled.joined(separator: ", ") + ")"
            return "\(label) (\(code)) = \(NumberFormat.plain(value))\(also) → \(NumberFormat.fixed(change.newValue * 100, places: 2, language: language))%"
        }
    }
}
