import Foundation

extension ReviewComparison {
    /// The comparison in `format`: Markdown in `language` (a decimal comma in Indonesian); CSV and JSON for
    /// machines, with dot decimals.
    public func text(_ format: BatchFormat, language: Language = .id) -> String {
        switch format {
        case .md: return markdown(language)
        case .csv: return csv()
        case .json: return json()
        case .html: return ReportDocument(markdown: markdown(language), language: language).html
        }
    }

    private var places: Int { layout?.decimals ?? 2 }

    private func fixed(_ value: Number, _ language: Language?) -> String {
        NumberFormat.fixed(Rounding.snap(value), places: places, language: language)
    }

    /// `+0,17`, `-2,50`, `0,00`.
    private func signed(_ value: Number, _ language: Language?) -> String {
        let rounded = Rounding.snap(value).rounded(places: places, .halfAwayFromZero)
        let text = NumberFormat.fixed(rounded, places: places, language: language)
        return rounded > 0 ? "+" + text : text
    }

    private func share(_ count: Int, of total: Int) -> Number {
        total == 0 ? 0 : Number(count) * 100 / Number(total)
    }

    // MARK: - Markdown

    private func markdown(_ language: Language) -> String {
        let en = language == .en
        func t(_ id: String, _ english: String) -> String { en ? english : id }
        func cell(_ text: String) -> String { BatchText.markdownCell(text) }
        var out = "# " + t("Koreksi penilai atas penilaian mandiri", "Reviewer corrections of self-assessments") + "\n\n"
        out += t("Pasangan (unit dan periode yang sama)", "Pairs (same unit and period)") + ": \(pairs); "
            + t("berkas tanpa pasangan", "files without a partner") + ": \(unpaired.count); " + t("gagal", "failed") + ": \(failed).\n"
        if let total, pairs > 0 {
            let mean = total.totalDelta / Number(pairs)
            out += t("Rata-rata perubahan nilai total per pasangan", "Mean change of the total per pair") + ": " + signed(mean, language) + " "
                + t("poin", "points") + " (" + t("turun pada \(total.lowered) pasangan, naik pada \(total.raised)", "lowered in \(total.lowered) pairs, raised in \(total.raised)") + ").\n"
        }
        if !reviewStatuses.isEmpty {
            out += t("Butir menurut status tinjauan", "Items by review status") + ": " + Review.Status.allCases.map { status in
                "\(reviewStatuses[status] ?? 0) " + status.label(language) }.joined(separator: ", ") + ".\n"
        }

        if pairs > 0 {
            out += "\n## " + t("Per komponen dan area", "By component and area") + "\n\n"
            out += "| " + [t("Bagian", "Part"), t("Pasangan berubah", "Pairs changed"), t("Turun", "Lowered"), t("Naik", "Raised"),
                           t("Rata-rata per perubahan (poin)", "Mean per change (points)"), t("Rata-rata per pasangan (poin)", "Mean per pair (points)"),
                           t("Rata-rata per pasangan (% bobot)", "Mean per pair (% of weight)")].joined(separator: " | ") + " |\n"
            out += "|---|---:|---:|---:|---:|---:|---:|\n"
            let rows = (total.map { [$0] } ?? []) + components + areas
            for figure in rows {
                let key = layout?.areas.first { $0.code == figure.code }?.key
                let name = (key.map { "\($0) " } ?? "") + (figure.code == layout?.total.code ? "Total" : BatchReport.displayTitle(figure.title))
                let perPair = figure.totalDelta / Number(max(1, figure.pairs))
                let cells = [name, "\(figure.changed) (" + fixed(share(figure.changed, of: figure.pairs), language) + "%)", String(figure.lowered),
                             String(figure.raised), signed(figure.meanDeltaPerChange, language), signed(perPair, language),
                             signed(figure.weight == 0 ? 0 : perPair * 100 / figure.weight, language) + "%"]
                out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
            }
            out += "\n" + t("Bagian dihitung berubah bila nilainya (dibulatkan) berbeda. Nilai negatif: penilai menurunkan nilai.",
                            "A part counts as changed when its rounded score differs. Negative values: the reviewer lowered the score.") + "\n"

            out += "\n## " + t("Per pertanyaan (yang paling sering dikoreksi dahulu)", "By question (most often corrected first)") + "\n\n"
            if questions.isEmpty {
                out += t("Penilai tidak mengubah satu jawaban pun.", "The reviewers changed no answer.") + "\n"
            } else {
                out += "| " + [t("Kode", "Code"), t("Pertanyaan", "Question"), "Area", t("Dikoreksi", "Corrected"), t("Turun", "Lowered"),
                               t("Naik", "Raised"), t("Rata-rata per koreksi (poin)", "Mean per correction (points)"),
                               t("Jumlah poin", "Total points")].joined(separator: " | ") + " |\n"
                out += "|---|---|---|---:|---:|---:|---:|---:|\n"
                for figure in questions {
                    let cells = [figure.code, AnswerDiff.shortened(figure.title), figure.area ?? "—",
                                 "\(figure.changed) (" + fixed(share(figure.changed, of: figure.pairs), language) + "%)",
                                 String(figure.lowered), String(figure.raised), signed(figure.meanDeltaPerChange, language),
                                 signed(figure.totalDelta, language)]
                    out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
                }
            }
        }

        if !unpaired.isEmpty {
            out += "\n## " + t("Berkas tanpa pasangan", "Files without a partner") + "\n\n"
            out += "| " + [t("Sisi", "Side"), t("Berkas", "File"), "Unit", t("Periode", "Period"), t("Keterangan", "Note")].joined(separator: " | ") + " |\n"
            out += "|---|---|---|---|---|\n"
            for item in unpaired {
                let side = item.side == .selfAssessment ? t("mandiri", "self") : t("penilai", "review")
                let note: String
                switch item.reason {
                case .noPartner:
                    note = item.side == .selfAssessment ? t("tidak ada berkas penilai untuk unit dan periode ini", "no reviewed file for this unit and period")
                        : t("tidak ada penilaian mandiri untuk unit dan periode ini", "no self-assessment for this unit and period")
                case .duplicate(let first):
                    note = t("unit dan periode sama dengan '\(first)'; yang dipakai adalah '\(first)'", "same unit and period as '\(first)', which is used")
                }
                out += "| " + [side, item.path, item.unit, item.period ?? "—", note].map(cell).joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    // MARK: - CSV

    /// Column names of the CSV form.
    static let csvHeader = ["level", "code", "title", "area", "file", "unit", "period", "pairs", "changed", "changed_percent",
                                   "lowered", "raised", "mean_delta_per_change", "total_delta"]

    private func csv() -> String {
        var out = BatchText.csvRecord(Self.csvHeader)
        func record(_ level: String, _ figure: Figure) {
            out += BatchText.csvRecord([level, figure.code, figure.title, figure.area ?? "", "", "", "", String(figure.pairs), String(figure.changed),
                                        fixed(share(figure.changed, of: figure.pairs), nil), String(figure.lowered), String(figure.raised),
                                        fixed(figure.meanDeltaPerChange, nil), fixed(figure.totalDelta, nil)])
        }
        if let total { record("total", total) }
        components.forEach { record("component", $0) }
        areas.forEach { record("area", $0) }
        questions.forEach { record("question", $0) }
        for item in unpaired {
            let level: String
            switch item.reason {
            case .noPartner: level = "unpaired-\(item.side.rawValue)"
            case .duplicate: level = "duplicate-\(item.side.rawValue)"
            }
            out += BatchText.csvRecord([level, "", "", "", item.path, item.unit, item.period ?? "", "", "", "", "", "", "", ""])
        }
        return out
    }

    // MARK: - JSON

    private func json() -> String {
        func figure(_ f: Figure) -> String {
            "{\"code\": \(BatchText.json(f.code)), \"title\": \(BatchText.json(f.title)), \"area\": \(BatchText.json(f.area)), \"pairs\": \(f.pairs), "
                + "\"changed\": \(f.changed), \"lowered\": \(f.lowered), \"raised\": \(f.raised), \"meanDeltaPerChange\": \(fixed(f.meanDeltaPerChange, nil)), "
                + "\"totalDelta\": \(fixed(f.totalDelta, nil))}"
        }
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n" + items.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
        }
        var out = "{\n  \"questionnaire\": \(BatchText.json(layout?.questionnaireID)),\n  \"pairs\": \(pairs),\n  \"failed\": \(failed),\n"
            + (reviewStatuses.isEmpty ? "" : "  \"reviewStatuses\": {" + Review.Status.allCases.map { "\"\($0.rawValue)\": \(reviewStatuses[$0] ?? 0)" }.joined(separator: ", ") + "},\n")
        out += "  \"total\": " + (total.map(figure) ?? "null") + ",\n"
        out += "  \"components\": " + list(components.map(figure)) + ",\n"
        out += "  \"areas\": " + list(areas.map(figure)) + ",\n"
        out += "  \"questions\": " + list(questions.map(figure)) + ",\n"
        out += "  \"unpaired\": " + list(unpaired.map { item in
            var reason = "\"no-partner\""
            if case .duplicate(let first) = item.reason { reason = "\"duplicate\", \"duplicateOf\": \(BatchText.json(first))" }
            return "{\"side\": \(BatchText.json(item.side.rawValue)), \"file\": \(BatchText.json(item.path)), \"unit\": \(BatchText.json(item.unit)), "
                + "\"period\": \(BatchText.json(item.period)), \"reason\": \(reason)}"
        }) + "\n}\n"
        return out
    }
}
