import Foundation

extension AnswerDiff {
    /// The comparison in `format`: Markdown in `language` (a decimal comma in Indonesian); CSV (one record per
    /// changed answer) and JSON for machines, with dot decimals.
    public func text(_ format: BatchFormat, language: Language = .id) -> String {
        switch format {
        case .md: return markdown(language)
        case .csv: return csv()
        case .json: return json()
        case .html: return ReportDocument(markdown: markdown(language), language: language).html
        }
    }

    private var places: Int { rounding.decimals }

    private func fixed(_ value: Number, _ language: Language?) -> String {
        NumberFormat.fixed(rounding.apply(value), places: places, language: language)
    }

    /// `+0,17`, `-2,50`, `0,00`.
    private func signed(_ value: Number, _ language: Language?) -> String {
        let rounded = rounding.apply(value)
        let text = NumberFormat.fixed(rounded, places: places, language: language)
        return rounded > 0 ? "+" + text : text
    }

    // MARK: - Markdown

    private func markdown(_ language: Language) -> String {
        let en = language == .en
        func t(_ id: String, _ english: String) -> String { en ? english : id }
        func cell(_ text: String) -> String { BatchText.markdownCell(text) }
        func describe(_ side: Side) -> String {
            var parts = [MarkdownText.code(side.path), cell(side.unit)]
            if let period = side.period { parts.append(t("periode", "period") + " " + cell(period)) }
            if let layer = side.layer { parts.append(t("lapisan", "layer") + " " + cell(layer)) }
            return parts.joined(separator: ", ")
        }
        func verdict(_ met: Bool?) -> String {
            guard let met else { return "—" }
            return met ? t("terpenuhi", "met") : t("tidak terpenuhi", "not met")
        }
        var out = "# " + t("Perbandingan jawaban", "Answer comparison") + ": " + cell(new.unit) + "\n\n"
        out += "- " + t("Lama", "Old") + ": " + describe(old) + "; " + t("nilai total", "total score") + " " + fixed(old.total, language) + "\n"
        out += "- " + t("Baru", "New") + ": " + describe(new) + "; " + t("nilai total", "total score") + " " + fixed(new.total, language)
            + " (" + signed(new.total - old.total, language) + ")\n"

        out += "\n## " + t("Jawaban yang berubah", "Changed answers") + " (\(changes.count))\n\n"
        if changes.isEmpty {
            out += t("Tidak ada jawaban yang berubah.", "No answer changed.") + "\n"
        } else {
            out += "| " + [t("Kode", "Code"), t("Pertanyaan", "Question"), t("Lama", "Old"), t("Baru", "New"), t("Poin", "Points"),
                           t("Sub-indikator", "Sub-indicator"), "Area", t("Komponen", "Component"), "Total"].joined(separator: " | ") + " |\n"
            out += "|---|---|---|---|---:|---|---|---|---:|\n"
            for change in changes {
                func level(_ kind: LevelKind) -> String {
                    guard let effect = effect(kind, of: change) else { return "—" }
                    return "\(effect.code) " + signed(effect.percent, language) + "%"
                }
                let total = effect(.total, of: change).map { signed($0.percent, language) } ?? "—"
                let cells = [change.code, Self.shortened(change.text), change.old.text(language: language, questionCode: change.code),
                             change.new.text(language: language, questionCode: change.code), signed(change.delta, language),
                             level(.subIndicator), level(.area), level(.component), total]
                out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
            }
            out += "\n" + t("Poin: perubahan nilai pertanyaan. Sub-indikator, area dan komponen: perubahan itu dalam persen bobot masing-masing. Total: dalam poin (bobot total 100).",
                            "Points: the change in the question's score. Sub-indicator, area and component: that change as a percentage of each one's weight. Total: in points (the total weighs 100).") + "\n"
        }

        out += annotationsMarkdown(language)

        out += "\n## " + t("Nilai yang berubah", "Scores that moved") + "\n\n"
        if scores.isEmpty {
            out += t("Tidak ada nilai yang berubah.", "No score moved.") + "\n"
        } else {
            out += "| " + [t("Kode", "Code"), t("Judul", "Title"), t("Lama", "Old"), t("Baru", "New"), t("Selisih", "Change")].joined(separator: " | ") + " |\n"
            out += "|---|---|---:|---:|---:|\n"
            for score in scores {
                let delta = (score.new ?? 0) - (score.old ?? 0)
                let cells = [score.code, score.title, score.old.map { fixed($0, language) } ?? "—", score.new.map { fixed($0, language) } ?? "—",
                             signed(delta, language)]
                out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
            }
        }

        out += "\n## " + t("Predikat", "Predicates") + "\n\n"
        out += "| " + t("Predikat", "Predicate") + " | " + t("Lama", "Old") + " | " + t("Baru", "New") + " |\n|---|---|---|\n"
        for predicate in predicates {
            out += "| " + cell(predicate.title) + " | " + verdict(predicate.old) + " | " + verdict(predicate.new) + " |\n"
        }
        let ruleChanges = predicates.flatMap { p in p.rules.map { (p, $0) } }
        if !ruleChanges.isEmpty {
            out += "\n" + t("Syarat yang berubah:", "Rules that changed:") + "\n\n"
            for (predicate, rule) in ruleChanges {
                out += "- \(cell(predicate.title)): \(cell(rule.title)) (\(MarkdownText.code(rule.id))): \(verdict(rule.old)) → \(verdict(rule.new))\n"
            }
        }

        if !sameQuestionnaire {
            out += "\n## " + t("Versi kuesioner", "Questionnaire versions") + "\n\n"
            out += t("Lama memakai", "Old uses") + " `\(old.questionnaireID)` " + t("versi", "version") + " \(old.questionnaireVersion); "
                + t("baru memakai", "new uses") + " `\(new.questionnaireID)` " + t("versi", "version") + " \(new.questionnaireVersion).\n\n"
            out += "- " + t("Kode hanya di versi lama", "Codes only in the old version") + ": " + (onlyInOld.isEmpty ? "—" : onlyInOld.joined(separator: ", ")) + "\n"
            out += "- " + t("Kode hanya di versi baru", "Codes only in the new version") + ": " + (onlyInNew.isEmpty ? "—" : onlyInNew.joined(separator: ", ")) + "\n"
        }
        return out
    }

    /// The reviewed items and the changed notes and evidence, when there are any.
    private func annotationsMarkdown(_ language: Language) -> String {
        guard !annotations.isEmpty else { return "" }
        func t(_ id: String, _ english: String) -> String { language == .en ? english : id }
        func cell(_ text: String) -> String { BatchText.markdownCell(text) }
        var out = "\n## " + t("Tinjauan, catatan dan bukti", "Reviews, notes and evidence") + " (\(annotations.count))\n\n"
        let reviewed = annotations.compactMap(\.review)
        if !reviewed.isEmpty {
            out += t("Status tinjauan", "Review status") + ": " + Review.Status.allCases.map { status in
                "\(reviewed.filter { $0.status == status }.count) " + status.label(language) }.joined(separator: ", ") + ".\n\n"
        }
        out += "| " + [t("Kode", "Code"), t("Jawaban lama", "Old answer"), t("Jawaban baru", "New answer"), t("Poin", "Points"),
                       t("Tinjauan", "Review"), t("Komentar", "Comment"), t("Catatan", "Note"), t("Bukti", "Evidence")].joined(separator: " | ") + " |\n"
        out += "|---|---|---|---:|---|---|---|---|\n"
        for item in annotations {
            var note = "—"
            if item.noteChanged { note = (item.oldNote ?? "—") + " → " + (item.newNote ?? "—") }
            let evidence = (item.addedEvidence.map { "+ " + $0 } + item.removedEvidence.map { "- " + $0 }).joined(separator: "; ")
            let cells = [item.code, item.old.text(language: language, questionCode: item.code), item.new.text(language: language, questionCode: item.code),
                         signed(item.delta, language), item.review?.status.label(language) ?? "—", item.review?.comment ?? "—", note,
                         evidence.isEmpty ? "—" : evidence]
            out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// At most 70 characters of a question, cut at a word.
    static func shortened(_ text: String) -> String {
        guard text.count > 70 else { return text }
        var cut = String(text.prefix(69))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }

    // MARK: - CSV

    /// Column names of the CSV form.
    static let csvHeader = ["code", "question", "old_answer", "new_answer", "old_points", "new_points", "delta_points",
                                   "subindicator", "subindicator_delta_percent", "area", "area_delta_percent", "component",
                                   "component_delta_percent", "total_delta_points", "review_status", "review_comment", "old_note", "new_note",
                                   "evidence_added", "evidence_removed"]

    /// The review, note and evidence cells of an item (empty when there is nothing to say).
    private func annotationCells(_ item: AnswerAnnotation?) -> [String] {
        guard let item else { return ["", "", "", "", "", ""] }
        return [item.review?.status.rawValue ?? "", item.review?.comment ?? "", item.noteChanged ? item.oldNote ?? "" : "",
                item.noteChanged ? item.newNote ?? "" : "", item.addedEvidence.joined(separator: "; "), item.removedEvidence.joined(separator: "; ")]
    }

    /// One record per changed answer, then one per item with only a verdict, a changed note or changed evidence.
    private func csv() -> String {
        var out = BatchText.csvRecord(Self.csvHeader)
        let annotated = Dictionary(annotations.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let changed = Set(changes.map(\.code))
        for change in changes {
            var cells = [change.code, change.text, change.old.text(language: nil, questionCode: change.code),
                         change.new.text(language: nil, questionCode: change.code), fixed(change.oldPoints, nil), fixed(change.newPoints, nil),
                         fixed(change.delta, nil)]
            for kind in [LevelKind.subIndicator, .area, .component] {
                if let effect = effect(kind, of: change) {
                    cells += [effect.code, fixed(effect.percent, nil)]
                } else {
                    cells += ["", ""]
                }
            }
            cells.append(effect(.total, of: change).map { fixed($0.percent, nil) } ?? "")
            out += BatchText.csvRecord(cells + annotationCells(annotated[change.code]))
        }
        for item in annotations where !changed.contains(item.code) {
            out += BatchText.csvRecord([item.code, item.text, item.old.text(language: nil, questionCode: item.code),
                                        item.new.text(language: nil, questionCode: item.code), "", "", fixed(item.delta, nil),
                                        "", "", "", "", "", "", ""] + annotationCells(item))
        }
        return out
    }

    // MARK: - JSON

    private func json() -> String {
        func number(_ value: Number?) -> String { value.map { fixed($0, nil) } ?? "null" }
        func bool(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "null" }
        func answer(_ value: AnswerComparison) -> String {
            switch value {
            case .none: return "null"
            case .option(let code): return BatchText.json(code)
            case .number(let n): return NumberFormat.plain(n)
            case .counts(let counts):
                return "{" + counts.map { "\(BatchText.json($0.code)): \($0.value.map(NumberFormat.plain) ?? "null")" }.joined(separator: ", ") + "}"
            }
        }
        func side(_ s: Side) -> String {
            "{\"file\": \(BatchText.json(s.path)), \"unit\": \(BatchText.json(s.unit)), \"period\": \(BatchText.json(s.period)), \"layer\": \(BatchText.json(s.layer)), "
                + "\"questionnaire\": \(BatchText.json(s.questionnaireID)), \"version\": \(BatchText.json(s.questionnaireVersion)), \"total\": \(number(s.total))}"
        }
        var out = "{\n  \"old\": \(side(old)),\n  \"new\": \(side(new)),\n  \"sameQuestionnaire\": \(sameQuestionnaire),\n"
        let changeItems = changes.map { change -> String in
            let effects = change.effects.map {
                "{\"level\": \(BatchText.json($0.kind.rawValue)), \"code\": \(BatchText.json($0.code)), \"deltaPercent\": \(signedJSON($0.percent))}"
            }
            return "    {\"code\": \(BatchText.json(change.code)), \"question\": \(BatchText.json(change.text)), \"old\": \(answer(change.old)), \"new\": \(answer(change.new)), "
                + "\"oldPoints\": \(number(change.oldPoints)), \"newPoints\": \(number(change.newPoints)), \"deltaPoints\": \(signedJSON(change.delta)), \"effects\": [" + effects.joined(separator: ", ") + "]}"
        }
        out += "  \"changes\": [" + (changeItems.isEmpty ? "]" : "\n" + changeItems.joined(separator: ",\n") + "\n  ]") + ",\n"
        let scoreItems = scores.map {
            "    {\"code\": \(BatchText.json($0.code)), \"title\": \(BatchText.json($0.title)), \"old\": \(number($0.old)), \"new\": \(number($0.new))}"
        }
        out += "  \"scores\": [" + (scoreItems.isEmpty ? "]" : "\n" + scoreItems.joined(separator: ",\n") + "\n  ]") + ",\n"
        let predicateItems = predicates.map { p -> String in
            let rules = p.rules.map { "{\"id\": \(BatchText.json($0.id)), \"old\": \(bool($0.old)), \"new\": \(bool($0.new))}" }
            return "    {\"id\": \(BatchText.json(p.id)), \"title\": \(BatchText.json(p.title)), \"old\": \(bool(p.old)), \"new\": \(bool(p.new)), \"changedRules\": [" + rules.joined(separator: ", ") + "]}"
        }
        out += "  \"predicates\": [" + (predicateItems.isEmpty ? "]" : "\n" + predicateItems.joined(separator: ",\n") + "\n  ]") + ",\n"
        let annotationItems = annotations.map { item -> String in
            "    {\"code\": \(BatchText.json(item.code)), \"old\": \(answer(item.old)), \"new\": \(answer(item.new)), \"deltaPoints\": \(signedJSON(item.delta)), "
                + "\"review\": " + (item.review.map { "{\"status\": \(BatchText.json($0.status.rawValue)), \"comment\": \(BatchText.json($0.comment))}" } ?? "null") + ", "
                + "\"noteChanged\": \(item.noteChanged), \"oldNote\": \(BatchText.json(item.oldNote)), \"newNote\": \(BatchText.json(item.newNote)), "
                + "\"addedEvidence\": [" + item.addedEvidence.map { BatchText.json($0) }.joined(separator: ", ") + "], "
                + "\"removedEvidence\": [" + item.removedEvidence.map { BatchText.json($0) }.joined(separator: ", ") + "]}"
        }
        out += "  \"annotations\": [" + (annotationItems.isEmpty ? "]" : "\n" + annotationItems.joined(separator: ",\n") + "\n  ]") + ",\n"
        out += "  \"onlyInOld\": [" + onlyInOld.map { BatchText.json($0) }.joined(separator: ", ") + "],\n"
        out += "  \"onlyInNew\": [" + onlyInNew.map { BatchText.json($0) }.joined(separator: ", ") + "]\n}\n"
        return out
    }

    /// A rounded signed number for JSON (no `+`).
    private func signedJSON(_ value: Number) -> String { fixed(value, nil) }
}
