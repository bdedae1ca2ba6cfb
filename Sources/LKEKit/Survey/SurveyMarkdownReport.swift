import Foundation

/// The Markdown report of a survey, following the outline of PermenPANRB 14/2017 (Bab III.C, V.C, VII):
/// unit and period, method, respondents and their profile, the per-item table, the index and grade, the
/// breakdowns, the improvement priorities and a follow-up plan table to fill. Deterministic: no dates other
/// than the survey's own.
public enum SurveyMarkdownReport {
    /// The report text.
    /// - Parameters:
    ///   - unit: the service unit's name, when known.
    ///   - contribution: the index's worth in the LKE question it feeds, when known.
    public static func render(_ analysis: SurveyAnalysis, language: Language, unit: String? = nil,
                              contribution: SurveyContribution? = nil) -> String {
        var w = Writer(analysis: analysis, language: language)
        w.header(unit: unit)
        w.method()
        w.respondents()
        w.items()
        w.index(contribution: contribution)
        w.months()
        w.breakdown()
        w.priorities()
        w.followUp()
        w.footer()
        return w.out
    }
}

private struct Writer {
    let analysis: SurveyAnalysis
    let language: Language
    var out = ""
    var section = 0
    var d: SurveyDefinition { analysis.definition }

    init(analysis: SurveyAnalysis, language: Language) {
        self.analysis = analysis
        self.language = language
    }

    func t(_ id: String, _ en: String) -> String { language == .en ? en : id }

    func number(_ value: Number?, _ places: Int) -> String {
        guard let value else { return "–" }
        return NumberFormat.fixed(d.rounded(value, places: places), places: places, language: language)
    }

    func count(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (offset, c) in digits.reversed().enumerated() {
            if offset > 0, offset % 3 == 0 { out.append(language == .en ? "," : ".") }
            out.append(c)
        }
        return String(out.reversed())
    }

    func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        return NumberFormat.fixed(Number(part) * 100 / Number(whole), places: 2, language: language) + "%"
    }

    /// A table cell: pipes escaped, line breaks folded.
    func cell(_ text: String) -> String {
        MarkdownText.cell(text)
    }

    func weight(_ value: Number?) -> String {
        guard let value else { return "–" }
        if case .equal = analysis.weights.rule {
            let answered = analysis.overall.items.filter { $0.mean != nil }.count
            return "1/\(answered)"
        }
        return NumberFormat.fixed(Rounding.snap(value), places: decimals(of: value), language: language)
    }

    func decimals(of value: Number) -> Int {
        let text = NumberFormat.plain(Rounding.snap(value))
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return min(4, text.distance(from: text.index(after: dot), to: text.endIndex))
    }

    func period(_ range: ClosedRange<SurveyDate>) -> String {
        range.lowerBound.text(language) + t(" s.d. ", " to ") + range.upperBound.text(language)
    }

    func groupLabel(_ key: String?, month: Bool) -> String {
        guard let key else { return month ? t("(tanpa tanggal)", "(no date)") : t("(tidak diisi)", "(not given)") }
        if month, let date = SurveyDate.parse(key + "-01") { return date.monthText(language) }
        return cell(key)
    }

    mutating func heading(_ id: String, _ en: String) {
        section += 1
        out += "\n## \(section). " + t(id, en) + "\n\n"
    }

    // MARK: - Sections

    mutating func header(unit: String?) {
        out += "# " + t("Laporan ", "Report: ") + cell(d.title) + "\n\n"
        out += "| | |\n|---|---|\n"
        out += "| " + t("Unit layanan", "Service unit") + " | " + (unit.map(cell) ?? t("(tidak disebutkan; gunakan --unit)", "(not given; use --unit)")) + " |\n"
        out += "| " + t("Instrumen", "Instrument") + " | " + cell(d.title) + " (`\(d.id)` " + t("versi", "version") + " \(d.version)) |\n"
        for basis in d.legalBasis { out += "| " + t("Dasar hukum", "Legal basis") + " | " + cell(basis) + " |\n" }
        if let range = analysis.period {
            let source: String
            switch analysis.periodGiven {
            case (true, true): source = t("ditetapkan dengan --from/--to", "set with --from/--to")
            case (false, false): source = t("tanggal pertama dan terakhir dalam data", "first and last date in the data")
            default: source = t("sebagian dari --from/--to, sebagian dari data", "partly from --from/--to, partly from the data")
            }
            out += "| " + t("Periode survei", "Survey period") + " | " + period(range) + " (\(source)) |\n"
        } else {
            out += "| " + t("Periode survei", "Survey period") + " | " + t("tidak diketahui (data tanpa kolom tanggal)", "unknown (the data has no date column)") + " |\n"
        }
        out += "| " + t("Berkas data", "Data files") + " | " + analysis.files.map(MarkdownText.code).joined(separator: ", ") + " |\n"
    }

    mutating func method() {
        heading("Metode", "Method")
        let labels = d.scale.options.map { "\($0.value) = \($0.label)" }.joined(separator: ", ")
        out += "- " + t("Kuesioner: \(d.items.count) unsur, jawaban \(d.scale.min) sampai \(d.scale.max)",
                        "Questionnaire: \(d.items.count) items, answers \(d.scale.min) to \(d.scale.max)")
            + (labels.isEmpty ? "" : " (\(labels))") + ".\n"
        if let instructions = d.instructions { out += "- " + t("Petunjuk pada kuesioner", "Instruction on the form") + ": \"" + cell(instructions) + "\"\n" }
        out += "- " + t("Nilai rata-rata (NRR) per unsur = jumlah nilai unsur itu / jumlah responden yang mengisinya; jawaban kosong tidak dihitung.",
                        "Mean (NRR) per item = the sum of its answers / the number of respondents who answered it; blank answers are not counted.") + "\n"
        out += "- " + t("Bobot", "Weights") + ": `\(analysis.weights.id)`, " + cell(analysis.weights.title) + ".\n"
        out += "- " + cell(d.indexTitle) + ": `\(analysis.rule.id)`, " + cell(analysis.rule.title)
            + " (" + t("rumus", "formula") + " " + MarkdownText.code(analysis.rule.formula.text) + ", " + t("dengan mean = rata-rata tertimbang NRR", "where mean = the weighted mean of the NRR") + ").\n"
        if let note = d.indexNote { out += "- " + t("Catatan aturan konversi", "Note on the conversion rule") + ": " + cell(note) + ".\n" }
        if d.indexRules.count > 1 {
            let others = d.indexRules.filter { $0.id != analysis.rule.id }.map { "`\($0.id)` (\(cell($0.title)))" }.joined(separator: "; ")
            out += "- " + t("Aturan lain yang dapat dipilih dengan --conversion", "Other rules selectable with --conversion") + ": " + others + ".\n"
        }
        if let converted = d.converted {
            out += "- " + cell(converted.title) + ": " + t("rumus", "formula") + " " + MarkdownText.code(converted.formula.text) + ".\n"
        }
        if let bands = d.bands {
            let levels = bands.levels.map { "\($0.grade) (\(cell($0.label))) ≥ \(NumberFormat.fixed($0.min, places: 2, language: language))" }.joined(separator: ", ")
            out += "- " + cell(bands.gradeTitle) + ": " + levels + "; " + t("dibaca pada nilai yang sudah dibulatkan", "read on the rounded value") + ".\n"
        }
        let mode: String
        switch d.rounding.mode {
        case .halfAwayFromZero: mode = t("setengah menjauhi nol", "half away from zero")
        case .halfEven: mode = t("setengah ke genap", "half to even")
        case .down: mode = t("dipotong", "truncated")
        }
        var places = t("Pembulatan: NRR \(d.nrrDecimals) desimal, indeks \(d.indexDecimals) desimal", "Rounding: NRR \(d.nrrDecimals) decimals, index \(d.indexDecimals) decimals")
        if d.converted != nil { places += t(", nilai konversi \(d.convertedDecimals) desimal", ", converted value \(d.convertedDecimals) decimals") }
        out += "- " + places + " (" + mode + "); " + t("perhitungan di dalamnya tepat.", "the arithmetic behind them is exact.") + "\n"
        out += "\n" + t("Kolom data untuk setiap unsur:", "Data column of each item:") + "\n\n"
        out += "| " + t("Kode", "Code") + " | " + t("Kolom data", "Data column") + " | " + t("Dicocokkan dengan", "Matched by") + " |\n|---|---|---|\n"
        let multiple = Set(analysis.matches.map(\.file)).count > 1
        for match in analysis.matches {
            let how: String
            switch match.kind {
            case .code: how = t("kode", "code")
            case .text: how = t("teks pertanyaan", "question text")
            case .title: how = t("nama unsur", "item title")
            case .alias: how = t("nama lain", "alias")
            case .map: how = "--map"
            }
            out += "| \(match.code) | " + cell(match.header) + (multiple ? " (" + MarkdownText.code(match.file) + ")" : "") + " | \(how) |\n"
        }
    }

    mutating func respondents() {
        heading("Responden", "Respondents")
        let counted = analysis.overall.respondents
        out += "- " + t("Baris data dibaca", "Data rows read") + ": \(count(analysis.rowsRead))\n"
        out += "- " + t("Baris dikecualikan karena sel tidak sah atau tanpa jawaban", "Rows excluded for a bad cell or no answer") + ": \(count(analysis.excludedRows))\n"
        if analysis.periodGiven.from || analysis.periodGiven.to {
            out += "- " + t("Baris di luar periode", "Rows outside the period") + ": \(count(analysis.outsidePeriod))\n"
        }
        out += "- **" + t("Responden yang diolah", "Respondents processed") + ": \(count(counted))**\n"
        if let population = analysis.population, let required = analysis.requiredSample {
            let sample = d.sampleSize ?? .krejcieMorgan
            let constants = "λ² = \(NumberFormat.fixed(sample.chiSquare, places: 3, language: language)), P = \(NumberFormat.fixed(sample.proportion, places: 2, language: language)), d = \(NumberFormat.fixed(sample.margin, places: 2, language: language))"
            let verdict = counted >= required
                ? t("terpenuhi", "met")
                : t("kurang \(count(required - counted)) responden", "\(count(required - counted)) respondents short")
            out += "- " + t("Ukuran sampel minimal (Krejcie-Morgan, \(constants)) untuk populasi \(count(population)): \(count(required)) responden; \(verdict).",
                            "Minimum sample (Krejcie-Morgan, \(constants)) for a population of \(count(population)): \(count(required)) respondents; \(verdict).") + "\n"
        } else {
            out += "- " + t("Populasi tidak disebutkan (--population N), sehingga ukuran sampel minimal Krejcie-Morgan tidak dihitung.",
                            "No population given (--population N), so the Krejcie-Morgan minimum sample is not computed.") + "\n"
        }
        if let feed = d.feeds {
            var lines: [String] = []
            if let minimum = feed.minimumRespondents {
                lines.append(counted >= minimum
                    ? t("paling sedikit \(minimum) responden: terpenuhi (\(count(counted)))", "at least \(minimum) respondents: met (\(count(counted)))")
                    : t("paling sedikit \(minimum) responden: TIDAK terpenuhi (\(count(counted)))", "at least \(minimum) respondents: NOT met (\(count(counted)))"))
            }
            if let minimum = feed.minimumMonths {
                if let months = analysis.periodMonths {
                    lines.append(months >= minimum
                        ? t("periode paling sedikit \(minimum) bulan: terpenuhi (\(months) bulan)", "a period of at least \(minimum) months: met (\(months) months)")
                        : t("periode paling sedikit \(minimum) bulan: TIDAK terpenuhi (\(months) bulan)", "a period of at least \(minimum) months: NOT met (\(months) months)"))
                } else {
                    lines.append(t("periode paling sedikit \(minimum) bulan: tidak dapat diperiksa (periode tidak diketahui)",
                                   "a period of at least \(minimum) months: cannot be checked (the period is unknown)"))
                }
            }
            if !lines.isEmpty {
                out += "- " + t("Syarat untuk LKE (\(feed.code))", "Conditions for the LKE (\(feed.code))") + ": " + lines.joined(separator: "; ") + ".\n"
            }
        }
        guard !analysis.profile.isEmpty else { return }
        out += "\n### " + t("Profil responden", "Respondent profile") + "\n"
        for table in analysis.profile {
            let total = table.rows.reduce(0) { $0 + $1.count }
            out += "\n| " + cell(table.title) + " | " + t("Jumlah", "Count") + " | % |\n|---|---:|---:|\n"
            for row in table.rows {
                out += "| " + (row.label.map(cell) ?? t("(tidak diisi)", "(not given)")) + " | \(count(row.count)) | \(percent(row.count, of: total)) |\n"
            }
        }
    }

    mutating func items() {
        heading("Hasil per unsur", "Results per item")
        let r = analysis.overall
        out += "| No | " + t("Kode", "Code") + " | " + t("Unsur", "Item") + " | " + t("Responden mengisi", "Answered") + " | "
            + t("Jumlah nilai", "Sum") + " | NRR | " + t("Bobot", "Weight") + " | " + t("NRR tertimbang", "Weighted NRR") + " |\n"
        out += "|---:|---|---|---:|---:|---:|---:|---:|\n"
        for (offset, item) in r.items.enumerated() {
            out += "| \(offset + 1) | \(item.code) | " + cell(item.title) + " | \(count(item.answered)) | \(count(item.total)) | "
                + number(item.mean, d.nrrDecimals) + " | " + weight(item.weight) + " | " + number(item.weighted, d.nrrDecimals) + " |\n"
        }
        out += "| | | **" + t("Jumlah", "Total") + "** | | | | | **" + number(r.mean, d.nrrDecimals) + "** |\n"
        out += "\n" + t("Sebaran jawaban (jumlah responden per nilai):", "Distribution of answers (respondents per value):") + "\n\n"
        let values = Array(d.scale.min...d.scale.max)
        out += "| " + t("Kode", "Code") + " | " + values.map(String.init).joined(separator: " | ") + " | " + t("Kosong", "Blank") + " |\n"
        out += "|---|" + values.map { _ in "---:|" }.joined() + "---:|\n"
        for item in r.items {
            out += "| \(item.code) | " + item.distribution.map(count).joined(separator: " | ") + " | \(count(r.respondents - item.answered)) |\n"
        }
    }

    mutating func index(contribution: SurveyContribution?) {
        heading(d.bands != nil ? "Indeks dan mutu pelayanan" : "Indeks", d.bands != nil ? "Index and grade" : "Index")
        let r = analysis.overall
        out += "| | |\n|---|---:|\n"
        let meanIsIndex = analysis.rule.formula.text.trimmingCharacters(in: .whitespaces) == "mean"
        if !meanIsIndex {
            out += "| " + t("Rata-rata tertimbang NRR (skala \(d.scale.min)-\(d.scale.max))", "Weighted mean of the NRR (scale \(d.scale.min)-\(d.scale.max))")
                + " | " + number(r.mean, d.nrrDecimals) + " |\n"
        }
        out += "| **" + cell(d.indexTitle) + "** | **" + number(r.index, d.indexDecimals) + "** |\n"
        if let converted = d.converted {
            out += "| **" + cell(converted.title) + "** | **" + number(r.converted, d.convertedDecimals) + "** |\n"
        }
        if let bands = d.bands {
            out += "| " + cell(bands.gradeTitle) + " | " + (r.band.map { "**\(cell($0.grade))**" } ?? t("di luar tabel", "outside the table")) + " |\n"
            out += "| " + cell(bands.labelTitle) + " | " + (r.band.map { cell($0.label) } ?? "–") + " |\n"
        }
        if !meanIsIndex {
            out += "| " + t("Aturan konversi", "Conversion rule") + " | `\(analysis.rule.id)`: " + cell(analysis.rule.title) + " |\n"
        }
        if let c = contribution {
            out += "| " + t("Nilai di LKE", "LKE score") + " (`\(c.code)`, `\(c.questionnaireID)`) | "
                + NumberFormat.fixed(c.rounding.apply(c.score), places: c.rounding.decimals, language: language) + " " + t("dari", "of") + " "
                + NumberFormat.fixed(c.maximum, places: c.rounding.decimals, language: language) + " |\n"
        }
        for problem in r.problems { out += "\n> " + problem.text(language) + "\n" }
    }

    /// A table of groups: respondents, index, converted value and grade.
    mutating func groupTable(_ groups: [SurveyAnalysis.Group], title: String, month: Bool) {
        out += "| " + cell(title) + " | " + t("Responden", "Respondents") + " | " + cell(d.indexTitle) + " |"
        var rule = "|---|---:|---:|"
        if let converted = d.converted { out += " " + cell(converted.title) + " |"; rule += "---:|" }
        if let bands = d.bands { out += " " + cell(bands.gradeTitle) + " |"; rule += "---|" }
        out += "\n" + rule + "\n"
        for group in groups {
            out += "| " + groupLabel(group.key, month: month) + " | \(count(group.result.respondents)) | " + number(group.result.index, d.indexDecimals) + " |"
            if d.converted != nil { out += " " + number(group.result.converted, d.convertedDecimals) + " |" }
            if d.bands != nil { out += " " + (group.result.band.map { cell($0.grade) } ?? "–") + " |" }
            out += "\n"
        }
    }

    mutating func months() {
        guard !analysis.months.isEmpty else { return }
        heading("Rincian per bulan", "By month")
        groupTable(analysis.months, title: t("Bulan", "Month"), month: true)
        let dated = analysis.months.filter { $0.key != nil }
        let indices = dated.compactMap(\.result.index)
        if dated.count >= 2, indices.count == dated.count {
            let mean = indices.reduce(0, +) / Number(indices.count)
            out += "\n" + t("Rata-rata indeks bulanan", "Mean of the monthly indices") + ": " + number(mean, d.indexDecimals) + " ("
                + t("indeks di atas menggabungkan semua responden dalam periode", "the index above pools every respondent of the period") + ").\n"
        }
    }

    mutating func breakdown() {
        guard let breakdown = analysis.breakdown else { return }
        heading("Rincian per \(breakdown.column)", "By \(breakdown.column)")
        groupTable(breakdown.groups, title: breakdown.column, month: false)
    }

    mutating func priorities() {
        heading("Prioritas peningkatan kualitas pelayanan", "Improvement priorities")
        out += t("Unsur dengan NRR terendah diperbaiki lebih dahulu; unsur yang tinggi dipertahankan (PermenPANRB 14/2017 Bab V.C.2).",
                 "Items with the lowest NRR come first; high ones are to be kept at least at their level (PermenPANRB 14/2017 Bab V.C.2).") + "\n\n"
        out += "| " + t("Prioritas", "Priority") + " | " + t("Kode", "Code") + " | " + t("Unsur", "Item") + " | NRR |\n|---:|---|---|---:|\n"
        for (offset, item) in analysis.overall.weakestFirst.enumerated() {
            out += "| \(offset + 1) | \(item.code) | " + cell(item.title) + " | " + number(item.mean, d.nrrDecimals) + " |\n"
        }
    }

    mutating func followUp() {
        heading("Rencana tindak lanjut", "Follow-up plan")
        out += t("Diisi oleh unit layanan, mulai dari unsur prioritas (jangka pendek < 12 bulan, menengah 12-24 bulan, panjang > 24 bulan).",
                 "To be filled by the unit, starting from the priority items (short term < 12 months, medium 12-24 months, long > 24 months).") + "\n\n"
        out += "| No | " + t("Prioritas unsur", "Priority item") + " | " + t("Program/kegiatan", "Programme/activity") + " | "
            + t("Waktu", "When") + " | " + t("Penanggung jawab", "Responsible") + " |\n|---:|---|---|---|---|\n"
        for (offset, item) in analysis.overall.weakestFirst.enumerated() {
            out += "| \(offset + 1) | \(item.code) " + cell(item.title) + " | | | |\n"
        }
    }

    mutating func footer() {
        out += "\n---\n\n" + t("Dibuat oleh lke \(LKEVersion.current) dari definisi `\(d.id)` (sha256 \(d.digest.prefix(12))).",
                                "Made by lke \(LKEVersion.current) from the definition `\(d.id)` (sha256 \(d.digest.prefix(12))).") + "\n"
    }
}
