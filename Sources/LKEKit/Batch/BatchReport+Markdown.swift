import Foundation

extension BatchReport {
    func writeMarkdown<Target: TextOutputStream>(to target: inout Target) {
        let en = language == .en
        func t(_ id: String, _ english: String) -> String { en ? english : id }
        let layout = result.layout
        let decimals = layout?.decimals ?? 2
        func number(_ value: Int64) -> String { BatchNumber.text(value, decimals: decimals, language: language) }
        func decimal(_ value: Number) -> String { NumberFormat.fixed(value, places: decimals, language: language) }
        func percent(_ value: Number) -> String { decimal(value) + "%" }

        target.write("# " + t("Rekap penilaian batch", "Batch assessment summary"))
        if let layout { target.write(": " + BatchText.markdownCell(layout.questionnaireTitle)) }
        target.write("\n\n")
        if let layout {
            target.write(t("Kuesioner", "Questionnaire") + ": `\(layout.questionnaireID)` " + t("versi", "version") + " \(layout.questionnaireVersion). ")
        }
        target.write(t("Ringkasan", "Summary") + ": " + summary + ".\n")
        target.write(t("Urutan: nilai total tertinggi dahulu, lalu nama unit. Nilai dibulatkan \(decimals) desimal seperti ketentuan kuesioner.",
                       "Order: highest total first, then unit name. Scores are rounded to \(decimals) decimals as the questionnaire declares.") + "\n")

        // MARK: Units
        target.write("\n## " + t("Daftar unit", "Units") + "\n\n")
        var header = ["No", t("Berkas", "File"), "Unit", "Instansi", t("Periode", "Period"), t("Lapisan", "Layer"), "Total"]
        var align = ["---:", "---", "---", "---", "---", "---", "---:"]
        for component in layout?.components ?? [] {
            header.append(Self.displayTitle(component.title))
            align.append("---:")
        }
        for area in layout?.areas ?? [] {
            header.append(area.key)
            align.append("---:")
        }
        for predicate in layout?.predicates ?? [] {
            header.append(predicate.id.uppercased() + t(" (nilai)", " (rules)"))
            header.append(predicate.id.uppercased() + t(" (siap diusulkan)", " (ready)"))
            align += [":---:", ":---:"]
        }
        header += [t("Kelengkapan", "Completeness"), t("Peringatan", "Warnings")]
        align += ["---:", "---:"]
        if result.checksEvidence {
            for area in layout?.areas ?? [] {
                header.append(t("Bukti ", "Evidence ") + area.key)
                align.append("---:")
            }
        }
        target.write("| " + header.map(BatchText.markdownCell).joined(separator: " | ") + " |\n")
        target.write("|" + align.joined(separator: "|") + "|\n")
        var rank = 0
        forEachRow { _, row in
            guard row.status == .scored else { return }
            rank += 1
            var cells = [String(rank), row.path, row.unit, row.instansi ?? "", row.period ?? "", row.layer ?? "", number(row.total)]
            cells += row.components.map(number)
            for (score, share) in zip(row.areaScores, row.areaPercents) {
                cells.append(number(score) + " (" + number(share) + "%)")
            }
            for (index, met) in row.verdicts.enumerated() {
                cells.append(met ? t("ya", "yes") : t("tidak", "no"))
                cells.append(index < row.ready.count && row.ready[index] ? t("ya", "yes") : t("tidak", "no"))
            }
            cells.append("\(row.answered)/\(row.questions)")
            cells.append(String(row.warnings))
            if result.checksEvidence { cells += row.evidence.map { number($0) + "%" } }
            target.write("| " + cells.map(BatchText.markdownCell).joined(separator: " | ") + " |\n")
        }
        if rank == 0 { target.write("\n" + t("Tidak ada unit yang dapat dinilai.", "No unit could be scored.") + "\n") }
        if let layout, !layout.predicates.isEmpty {
            target.write("\n" + t("Kolom predikat: (nilai) = semua syarat nilai terpenuhi; (siap diusulkan) = syarat nilai terpenuhi dan semua prasyarat pengusulan dinyatakan terpenuhi, seperti pada `lke score`.",
                                   "Predicate columns: (rules) = every score rule is met; (ready) = the score rules are met and every eligibility prerequisite is stated as met, as in `lke score`.") + "\n")
        }
        if let layout, !layout.areas.isEmpty {
            let legend = layout.areas.map { "\($0.key) = \(BatchText.markdownCell($0.title)) (" + t("bobot", "weight") + " \(decimal($0.weight)))" }
            target.write("\n" + t("Kolom area: nilai (persentase dari bobot area). ", "Area columns: score (percentage of the area's weight). ")
                         + legend.joined(separator: "; ") + ".\n")
        }

        // MARK: Distributions
        if !statistics.distributions.isEmpty {
            target.write("\n## " + t("Sebaran persentase area", "Spread of area percentages") + "\n\n")
            target.write(t("Atas \(statistics.units) unit yang dinilai; kuartil dengan interpolasi linear (seperti QUARTILE.INC).",
                           "Over \(statistics.units) scored units; quartiles by linear interpolation (as QUARTILE.INC).") + "\n\n")
            target.write("| Area | Min | " + t("Kuartil 1", "Quartile 1") + " | Median | " + t("Kuartil 3", "Quartile 3") + " | " + t("Maks", "Max") + " | "
                         + t("Rata-rata", "Mean") + " |\n")
            target.write("|---|---:|---:|---:|---:|---:|---:|\n")
            for d in statistics.distributions {
                let cells = ["\(d.area.key) \(d.area.title)", percent(d.minimum), percent(d.lowerQuartile), percent(d.median),
                             percent(d.upperQuartile), percent(d.maximum), percent(d.mean)]
                target.write("| " + cells.map(BatchText.markdownCell).joined(separator: " | ") + " |\n")
            }
        }

        // MARK: Blockers
        if let column = statistics.target {
            target.write("\n## " + t("Syarat yang paling banyak menghalangi \(column.title)", "Rules that block most units from \(column.title)") + "\n\n")
            if statistics.unitsNotMeetingTarget == 0 {
                target.write(t("Semua unit yang dinilai memenuhi syarat nilai \(column.title).",
                               "Every scored unit meets the score rules of \(column.title).") + "\n")
            } else {
                target.write(t("\(statistics.unitsNotMeetingTarget) dari \(statistics.units) unit belum memenuhi \(column.title). Satu unit dapat gagal pada beberapa syarat.",
                               "\(statistics.unitsNotMeetingTarget) of \(statistics.units) units do not meet \(column.title). A unit can fail several rules.") + "\n\n")
                target.write("| " + t("Syarat", "Rule") + " | Unit | " + t("Persentase unit", "Share of units") + " |\n|---|---:|---:|\n")
                for item in statistics.blockers {
                    let name: String
                    if let child = item.blocker.childCode {
                        let key = layout?.areas.first { $0.code == child }?.key ?? child
                        name = "↳ " + MarkdownText.cell("\(key) \(item.blocker.childTitle ?? "")")
                    } else {
                        name = MarkdownText.cell(item.blocker.ruleTitle) + " (" + MarkdownText.code(item.blocker.ruleID) + ")"
                    }
                    let share = Number(item.units) * 100 / Number(max(1, statistics.units))
                    target.write("| " + name + " | \(item.units) | " + percent(share) + " |\n")
                }
            }
        }

        // MARK: Failed files
        if result.failed > 0 {
            target.write("\n## " + t("Berkas gagal", "Failed files") + "\n\n")
            target.write(t("Berkas berikut tidak dinilai; diagnostiknya (baris dan kolom) dicetak di stderr.",
                           "These files were not scored; their diagnostics (line and column) are printed on stderr.") + "\n\n")
            target.write("| " + t("Berkas", "File") + " | Unit | Error |\n|---|---|---:|\n")
            forEachRow { _, row in
                guard row.status == .failed else { return }
                target.write("| " + BatchText.markdownCell(row.path) + " | " + BatchText.markdownCell(row.unit) + " | \(row.errors) |\n")
            }
        }
    }

    /// A title printed in capitals (`PENGUNGKIT`) as a heading word (`Pengungkit`); other titles unchanged.
    static func displayTitle(_ title: String) -> String {
        guard title == title.uppercased(), let first = title.first else { return title }
        return String(first) + title.dropFirst().lowercased()
    }
}
