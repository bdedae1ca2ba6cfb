import Foundation

/// Renders a `GapPlan` as Markdown for people (Indonesian by default).
struct GapPlanRenderer: Sendable {
    var language: Language

    init(language: Language = .id) {
        self.language = language
    }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }

    private func n(_ value: Number, _ card: ScoreCard) -> String {
        NumberFormat.fixed(card.rounded(value), places: card.questionnaire.rounding.decimals, language: language)
    }

    /// Text from the definition or the answer file, escaped for running Markdown.
    private func esc(_ text: String) -> String { MarkdownText.inline(text) }

    private func cell(_ text: String) -> String {
        MarkdownText.cell(text)
    }

    /// The Markdown text of `plan` for the unit scored in `card`.
    func render(_ plan: GapPlan, card: ScoreCard) -> String {
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
        let answers = plan.answerChanges
        if !answers.isEmpty {
            let steps = answers.reduce(0) { $0 + $1.steps }
            out += "## " + t("Perubahan jawaban paling sedikit", "Fewest answer changes") + "\n\n"
            out += t("\(answers.count) perubahan, \(steps) langkah opsi. Diurutkan dari tambahan nilai terbesar. Ubah jawaban hanya bila buktinya ada.\n\n",
                     "\(answers.count) changes, \(steps) option steps. Largest gain first. Change an answer only where the evidence supports it.\n\n")
            out += "| No | " + t("Kode", "Code") + " | " + t("Pertanyaan", "Question") + " | " + t("Sekarang", "Now") + " | "
                + t("Menjadi", "Change to") + " | " + t("Tambahan nilai", "Points added") + " |\n"
            out += "|---:|---|---|---|---|---:|\n"
            for (index, change) in answers.enumerated() {
                out += "| \(index + 1) | \(cell(change.code)) | \(cell(change.title)) | \(cell(change.from.map(localized) ?? t("belum diisi", "not answered"))) | \(cell(targetText(change, card))) | \(n(change.points, card)) |\n"
            }
            out += "\n"
        }
        out += targets(plan, card)
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

    /// Facts (counts) and measurements (survey indices) the plan needs: what has to happen in reality, which
    /// number is needed, and why a measurement's number can exceed the minimum of the rule that names it.
    private func targets(_ plan: GapPlan, _ card: ScoreCard) -> String {
        let targets = plan.targets
        let planned = Set(targets.map(\.code))
        let minimums = plan.minimumNumbers.keys.filter { !planned.contains($0) }.sorted()
        guard !targets.isEmpty || !minimums.isEmpty else { return "" }
        var out = "## " + t("Target yang harus dicapai dalam kenyataan", "Targets to reach in reality") + "\n\n"
        out += t("Jumlah (fakta) dan indeks survei (hasil pengukuran) bukan jawaban yang dapat diganti: angka berikut harus dicapai dalam kenyataan, lalu dicatat apa adanya.\n\n",
                 "Counts (facts) and survey indices (measurements) are not answers to change: the numbers below have to be reached in reality, then recorded as they are.\n\n")
        for change in targets {
            let now = change.from.map(localized) ?? t("belum diisi", "not entered")
            out += "- **" + esc(change.code) + "** " + esc(change.title) + ": "
            switch change.target {
            case .number(let value):
                let needed = NumberFormat.fixed(value, places: 2, language: language)
                out += t("sekarang \(now); hasil survei yang diperlukan **≥ \(needed)**", "now \(now); the survey result needed is **≥ \(needed)**")
                if let minimum = plan.minimumNumbers[change.code], minimum < value {
                    let least = NumberFormat.fixed(minimum, places: 2, language: language)
                    let rules = (plan.beyondMinimum[change.code] ?? []).map(esc).joined(separator: "; ")
                    out += t(". Aturan yang menyebut indeks ini sendiri cukup dengan \(least); \(needed) diperlukan agar ",
                             ". The rules that name this index alone need \(least); \(needed) is needed so that ")
                    out += rules.isEmpty ? t("aturan lain terpenuhi", "the other rules are met") : rules + t(" terpenuhi", " are met")
                    out += t(" bersama perubahan jawaban di atas (indeks yang lebih tinggi berarti lebih sedikit perubahan jawaban)",
                             " together with the answer changes above (a higher index means fewer answer changes)")
                }
                out += ".\n"
            case .input:
                out += t("sekarang \(now); ", "now \(now); ") + esc(targetText(change, card))
                    + t(". Ini harus terjadi dalam kenyataan; isi jumlah yang sebenarnya.\n", ". This has to happen in reality; enter the real counts.\n")
            case .option:
                break
            }
        }
        for code in minimums {
            let title = card.questionnaire.question(code)?.text ?? code
            let value = NumberFormat.fixed(plan.minimumNumbers[code]!, places: 2, language: language)
            out += "- **" + esc(code) + "** " + esc(title) + ": " + t("hasil survei minimal", "survey result at least") + " **\(value)**"
                + t(" (minimum aturan yang menyebutnya).\n", " (the minimum of the rules that name it).\n")
        }
        return out + "\n"
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
            let also = filled.isEmpty ? "" : " (" + t("dengan anggapan", "assuming") + " " + filled.joined(separator: ", ") + ")"
            return "\(label) (\(code)) = \(NumberFormat.plain(value))\(also) → \(NumberFormat.fixed(change.newValue * 100, places: 2, language: language))%"
        }
    }
}
