import Foundation

/// The texts of the fill prompt: questions, prompts, help, progress, scores and the summary.
struct FillPresenter: Sendable {
    var questionnaire: Questionnaire
    var language: Language
    var style: FillStyle

    func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
    /// A catalogue message in the session's language.
    func t(_ message: Localized) -> String { message.text(language) }

    // MARK: - Numbers

    /// A definition number (range bounds) as text, with a decimal comma in Indonesian.
    func number(_ value: Number) -> String {
        let text = NumberFormat.plain(value)
        return language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A score rounded as the definition declares.
    func score(_ value: Number) -> String {
        NumberFormat.fixed(questionnaire.rounding.apply(value), places: questionnaire.rounding.decimals, language: language)
    }

    /// A value in [0, 1] as a percentage with two decimals.
    func percent(ofValue value: Number) -> String {
        NumberFormat.fixed(value * 100, places: 2, language: language) + "%"
    }

    // MARK: - Questions

    /// The path of a question: its nodes below the root, `code title` joined by `›`.
    func path(of question: Question) -> String {
        let codes = (questionnaire.ancestors[question.code] ?? []).dropFirst()
        return codes.map { "\($0) \(questionnaire.title(of: $0) ?? "")" }.joined(separator: " › ")
    }

    /// Everything shown for a step: path, code, question, options or input, help texts, current answer.
    /// - Parameter invalidReason: why the current answer in the file is not valid, when it is not.
    func question(_ step: FillStep, sheet: AnswerSheet, answers: ResolvedAnswers, invalidReason: String?) -> String {
        let question = step.question
        let path = path(of: question)
        var out = "\n" + (step.header != nil ? style.dim(t("Prasyarat pengusulan", "Eligibility")) : style.dim(path)) + "\n"
        out += style.code(question.code) + "  " + question.text + "\n"
        switch question.kind {
        case .choice(let choice):
            let width = choice.scale.options.map(\.code.count).max() ?? 1
            for (index, option) in choice.scale.options.enumerated() {
                let criterion = choice.criteria[option.code] ?? (index == 0 ? choice.condition : nil)
                    ?? (option.label != option.code ? option.label : "")
                let padded = option.code.padding(toLength: width, withPad: " ", startingAt: 0)
                out += "  " + style.bold(padded) + (criterion.isEmpty ? "" : "  " + indented(criterion, by: width + 4)) + "\n"
            }
        case .number(let spec):
            out += "  " + t("Isian", "Input") + ": " + numberRule(min: spec.min, max: spec.max, decimals: spec.decimals)
                + "; " + t("nilai", "value") + " = " + spec.value.text + "\n"
        case .computed(let spec):
            guard let input = step.input, let position = step.inputIndex else { break }
            out += "  " + t("Masukan \(position + 1) dari \(spec.inputs.count)", "Input \(position + 1) of \(spec.inputs.count)") + ": "
                + style.bold(input.code) + "  " + input.label + "\n"
            out += "  " + t("Isian", "Input") + ": " + numberRule(min: input.min, max: input.max, decimals: input.decimals) + "\n"
            out += "  " + t("Rumus", "Formula") + ": " + spec.formula.text + "\n"
            for row in spec.inputs {
                let marker = row.code == input.code ? "›" : " "
                let value = answers.inputs[row.code].map(number) ?? t("(kosong)", "(empty)")
                out += "   \(marker) \(row.code)  \(row.label) = \(value)\n"
            }
            for row in spec.derived {
                let value = (try? row.formula.evaluate { Scorer.reference($0, in: answers) }).flatMap { $0 }
                out += "     \(row.code)  \(row.label) = \(row.formula.text)" + (value.map { " = " + number($0) } ?? "") + "\n"
            }
        }
        if let explanation = question.explanation { out += field(t("Penjelasan", "Explanation"), explanation) }
        if let guidance = question.guidance { out += field(t("Panduan", "Guidance"), guidance) }
        if !question.evidence.isEmpty {
            out += "  " + t("Bukti dukung yang lazim", "Typical evidence") + ":\n"
            for item in question.evidence { out += "    - " + indented(item, by: 6) + "\n" }
        }
        if let entry = sheet.entry(step.noteCode) {
            if let note = entry.note { out += field(t("Catatan", "Note"), note) }
            if !entry.evidence.isEmpty {
                out += "  " + t("Bukti terlampir", "Attached evidence") + ":\n"
                for item in entry.evidence { out += "    - " + item + "\n" }
            }
        }
        if let value = sheet.entry(step.code)?.value {
            out += "  " + t("Jawaban saat ini", "Current answer") + ": " + style.bold(value)
            if let invalidReason { out += " " + style.bad(t("(tidak sah: \(invalidReason))", "(not valid: \(invalidReason))")) }
            out += "\n"
        }
        return out
    }

    /// `label: text`, with the lines of a multi-line text indented under it.
    func field(_ label: String, _ text: String) -> String {
        "  " + label + ": " + indented(text, by: 4) + "\n"
    }

    func indented(_ text: String, by width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + String(repeating: " ", count: width))
    }

    func numberRule(min: Number, max: Number, decimals: Int) -> String {
        let kind = decimals == 0 ? t("bilangan bulat", "a whole number")
            : t("angka dengan paling banyak \(decimals) desimal", "a number with at most \(decimals) decimals")
        if max >= 1_000_000_000 { return kind + " ≥ " + number(min) }
        return kind + " " + t("\(number(min)) sampai \(number(max))", "from \(number(min)) to \(number(max))")
    }

    /// The prompt: code, what may be typed, the current answer Enter keeps.
    func prompt(_ step: FillStep, keeping current: String?) -> String {
        let accepted: String
        switch step.question.kind {
        case .choice(let choice): accepted = choice.scale.options.map(\.code).joined(separator: "/")
        case .number(let spec): accepted = number(spec.min) + "–" + number(spec.max)
        case .computed: accepted = t("jumlah", "count")
        }
        return style.bold(step.code) + " (\(accepted))" + (current.map { " [\($0)]" } ?? "") + "> "
    }

    /// The terminal progress line: area, answered/total, running score.
    func progressLine(_ step: FillStep, card: ScoreCard, prerequisites: (decided: Int, total: Int) = (0, 0)) -> String {
        let area = (questionnaire.ancestors[step.question.code] ?? []).last { areaCodes.contains($0) }
        var parts: [String] = []
        if let area { parts.append("\(area) \(questionnaire.title(of: area) ?? "")") }
        if step.header != nil { parts.append(t("Prasyarat pengusulan", "Eligibility")) }
        parts.append(t("\(card.total.answered)/\(card.total.questions) terjawab", "\(card.total.answered)/\(card.total.questions) answered"))
        if prerequisites.total > 0 {
            parts.append(t("prasyarat \(prerequisites.decided)/\(prerequisites.total)", "prerequisites \(prerequisites.decided)/\(prerequisites.total)"))
        }
        parts.append(t("nilai", "score") + " " + score(card.total.score))
        return style.progress(" " + parts.joined(separator: " · ") + " ") + "\n"
    }

    /// Nodes whose children are all sub-indicators (leaves): the areas of the progress report.
    var areaCodes: Set<String> {
        Set(questionnaire.tree.allNodes.filter { !$0.children.isEmpty && $0.children.allSatisfy(\.children.isEmpty) }.map(\.code))
    }

    // MARK: - Commands

    var help: String {
        t("""

        Jawab dengan kode pilihan (A, b, Ya, y, Tidak, t; huruf besar dan kecil sama) atau dengan angka
        (desimal dengan koma atau titik). Enter tanpa isi mempertahankan jawaban saat ini.
        Perintah:
          :help, ?            bantuan ini
          :back               kembali ke pertanyaan sebelumnya
          :skip               lewati pertanyaan ini
          :goto KODE          pindah ke pertanyaan KODE (atau ke pertanyaan pertama bagian KODE);
                              ':goto prasyarat' ke prasyarat pengusulan, ':goto predicate' ke predikat yang dimiliki
          :note TEKS          simpan catatan pertanyaan di layar (kodenya di prompt); ':note' menampilkannya,
                              ':note -' menghapusnya
          :note KODE TEKS     simpan catatan pertanyaan KODE (misalnya yang baru saja dijawab)
          :evidence BERKAS    tambahkan bukti dukung (berkas atau URL); ':evidence' menampilkan daftarnya
          :bukti BERKAS...    lampirkan berkas dari folder bukti/KODE (nama atau awal namanya cukup) dan
                              langsung beri tahu bila berkas tidak ada atau masih draf; ':bukti' menampilkan isi folder
          :score              nilai sementara dan status Menuju WBK/WBBM
          :list               kemajuan per area
          :quit               berhenti (semua jawaban sudah tersimpan)
        Setiap jawaban, catatan dan bukti langsung disimpan ke berkas.

        """, """

        Answer with an option code (A, b, Ya, y, Tidak, t; upper and lower case are the same) or with a number
        (decimals with a comma or a dot). Enter on its own keeps the current answer.
        Commands:
          :help, ?            this help
          :back               go back to the previous question
          :skip               skip this question
          :goto CODE          go to question CODE (or to the first question of section CODE);
                              ':goto prasyarat' to the prerequisites, ':goto predicate' to the predicate held
          :note TEXT          save a note for the question on screen (its code is in the prompt); ':note'
                              shows it, ':note -' removes it
          :note CODE TEXT     save a note for question CODE (the one just answered, say)
          :evidence FILE      add evidence (a file or URL); ':evidence' lists it
          :bukti FILE...      attach files from the folder bukti/CODE (a name or its start is enough), warning
                              at once about a missing or draft file; ':bukti' lists the folder
          :score              current score and the Menuju WBK/WBBM status
          :list               progress by area
          :quit               stop (every answer is already saved)
        Every answer, note and evidence is saved to the file at once.

        """)
    }

    /// Answered/total by node, from the root down to the areas.
    func list(_ card: ScoreCard) -> String {
        var rows: [(counts: String, text: String)] = []
        let areas = areaCodes
        func visit(_ node: Node, depth: Int) {
            guard !node.children.isEmpty, let result = card.nodes[node.code] else { return }
            rows.append(("\(result.answered)/\(result.questions)", String(repeating: "  ", count: depth) + "\(node.code) \(node.title)"))
            if areas.contains(node.code) { return }
            node.children.forEach { visit($0, depth: depth + 1) }
        }
        visit(questionnaire.tree, depth: 0)
        let width = rows.map(\.counts.count).max() ?? 0
        var out = t("Kemajuan per area (terjawab/jumlah pertanyaan):", "Progress by area (answered/questions):") + "\n"
        for row in rows {
            out += "  " + String(repeating: " ", count: width - row.counts.count) + row.counts + "  " + row.text + "\n"
        }
        return out
    }

    /// The score so far, the root's parts, and each predicate's verdict.
    func scoreReport(_ card: ScoreCard) -> String {
        let total = card.total
        var out = t("Nilai sementara", "Score so far") + ": " + style.bold(score(total.score)) + " " + t("dari", "of") + " " + score(total.weight)
        if total.answered < total.questions {
            out += " " + t("(\(total.answered)/\(total.questions) terjawab; yang belum dijawab dihitung 0)",
                           "(\(total.answered)/\(total.questions) answered; unanswered questions count 0)")
        }
        out += "\n"
        for child in questionnaire.tree.children {
            guard let result = card.nodes[child.code] else { continue }
            out += "  \(child.code) \(child.title): \(score(result.score)) " + t("dari", "of") + " \(score(result.weight))\n"
        }
        for predicate in card.predicates {
            out += verdict(predicate) + "\n"
        }
        return out
    }

    func verdict(_ predicate: ScoreCard.PredicateResult) -> String {
        if predicate.met {
            return predicate.title + ": " + style.good(t("memenuhi syarat nilai", "meets the score requirements"))
        }
        let reasons = predicate.rules.filter { !$0.met }.map { rule -> String in
            switch rule.measure {
            case .predicate:
                return rule.title
            case .score, .percent:
                let suffix = rule.measure == .percent ? "%" : ""
                let required = rule.required.map { score($0) + suffix } ?? ""
                if !rule.children.isEmpty {
                    let failing = rule.children.filter { !$0.met }.map { "\($0.code) \(score($0.actual))\(suffix)" }
                    return "\(rule.title) (\(failing.joined(separator: ", ")) < \(required))"
                }
                return "\(rule.title) \(rule.actual.map { score($0) + suffix } ?? "") < \(required)"
            }
        }
        return predicate.title + ": " + style.bad(t("belum memenuhi", "not met")) + reasons.map { "\n  - " + $0 }.joined()
    }

    /// What a computed question's inputs give so far.
    func percentage(of question: Question, answers: ResolvedAnswers) -> String {
        guard case .computed(let spec) = question.kind else { return "" }
        let filled = spec.inputs.filter { answers.inputs[$0.code] != nil }.count
        guard filled == spec.inputs.count else {
            return t(Message.Fill.inputsPending(question.code, filled: filled, of: spec.inputs.count)) + "\n"
        }
        let (value, zero, _) = Scorer.value(of: question, in: answers)
        guard let value else {
            return t(Message.Fill.zeroDenominator(question.code)) + "\n"
        }
        return "\(question.code) = " + style.bold(percent(ofValue: value))
            + (zero ? " " + t("(pembagi nol)", "(zero denominator)") : "") + "\n"
    }
}
