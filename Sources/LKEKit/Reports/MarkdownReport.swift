import Foundation

/// The report for people: GitHub-flavoured Markdown with plain pipe tables (no HTML), so that it reads
/// well on a terminal, on a git forge and through pandoc.
///
/// Sections: the unit, a summary (total, WBK/WBBM verdicts, completeness, warnings), scores per component
/// and per area, the predicates rule by rule, the eligibility checklist, what is unanswered, the warnings,
/// the full worksheet, and a reproducibility stamp. Numbers have the definition's decimals, with a decimal
/// comma in Indonesian (`17,50`, `100,00%`) and a dot in English.
public struct MarkdownReport: TextReportWriter {
    public static let name = "md"
    public static let fileExtension = "md"

    public var options: ReportOptions

    public init(options: ReportOptions) {
        self.options = options
    }

    public func report(_ card: ScoreCard) -> String {
        var builder = Builder(card: card, language: options.language)
        builder.build()
        return builder.out
    }

    /// The reports one after another, separated by a horizontal rule.
    public func report(_ cards: [ScoreCard]) -> String {
        cards.map(report).joined(separator: "\n---\n\n")
    }
}

private struct Builder {
    let card: ScoreCard
    let language: Language
    let numbers: ReportNumbers
    var out = ""

    init(card: ScoreCard, language: Language) {
        self.card = card
        self.language = language
        self.numbers = ReportNumbers(rounding: card.questionnaire.rounding, decimalComma: language == .id)
    }

    private var q: Questionnaire { card.questionnaire }
    private var sheet: AnswerSheet { card.answers.sheet }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
    private func text(_ localized: Localized) -> String { localized.text(language) }
    private func esc(_ text: String) -> String { MarkdownText.inline(text) }

    mutating func build() {
        header()
        summary()
        predicates()
        eligibility()
        completeness()
        out += TeamReportSections(card: card, language: language).markdown
        warnings()
        worksheet()
        stamp()
    }

    // MARK: - Unit

    private mutating func header() {
        out += "# " + t("Laporan Penilaian: ", "Assessment Report: ") + esc(sheet.unit) + "\n\n"
        out += esc(q.title) + " (" + esc(q.id) + t(" versi ", " version ") + esc(q.version) + ")\n\n"
        var items: [(String, String)] = [(t("Unit kerja", "Unit"), esc(sheet.unit))]
        if let instansi = sheet.instansi { items.append((t("Instansi", "Institution (instansi)"), esc(instansi))) }
        if let period = sheet.period { items.append((t("Periode", "Period"), esc(period))) }
        if let layer = sheet.layer { items.append((t("Lapisan penilaian", "Assessment layer"), esc(text(ReportLabels.layer(layer))))) }
        if let assessor = sheet.assessor { items.append((t("Penilai", "Assessor"), esc(assessor))) }
        items.append((t("Predikat yang dimiliki", "Predicate held"), esc(text(ReportLabels.held(sheet.predicate, in: q)))))
        items.append((t("Berkas jawaban", "Answer file"), esc(sheet.path)))
        for (label, value) in items { out += "- **\(label):** \(value)\n" }
        out += "\n"
    }

    // MARK: - Summary

    private mutating func summary() {
        let total = card.total
        out += "## " + t("Ringkasan", "Summary") + "\n\n"
        out += "**" + t("Nilai evaluasi: ", "Evaluation score: ") + numbers.fixed(total.score) + t(" dari ", " of ")
            + numbers.fixed(total.weight) + "** (" + numbers.percent(total.percent) + ")\n\n"
        for predicate in card.predicates {
            let failed = predicate.rules.filter { !$0.met }
            var line = "- **" + esc(predicate.title) + ":** "
            if failed.isEmpty {
                line += t("✓ memenuhi semua \(predicate.rules.count) syarat nilai", "✓ meets all \(predicate.rules.count) score conditions")
            } else {
                let names = failed.map { rule -> String in
                    let children = rule.children.filter { !$0.met }
                    guard !children.isEmpty else { return esc(rule.title) }
                    let list = children.count == rule.children.count ? t("semua", "all") : children.map { esc($0.title) }.joined(separator: ", ")
                    return esc(rule.title) + " (" + list + ")"
                }
                line += t("✗ tidak memenuhi \(failed.count) dari \(predicate.rules.count) syarat nilai: ",
                          "✗ fails \(failed.count) of \(predicate.rules.count) score conditions: ") + names.joined(separator: "; ")
            }
            line += "."
            if !predicate.prerequisites.isEmpty {
                line += " " + t("Prasyarat pengusulan: ", "Eligibility prerequisites: ") + prerequisiteCounts(predicate.prerequisites) + "."
            }
            out += line + "\n"
        }
        out += "- **" + t("Kelengkapan", "Completeness") + ":** "
            + t("\(total.answered) dari \(total.questions) pertanyaan terjawab", "\(total.answered) of \(total.questions) questions answered")
            + " (" + numbers.percent(completeness(total)) + ").\n"
        out += "- **" + t("Peringatan", "Warnings") + ":** "
            + (card.warnings.isEmpty ? t("tidak ada", "none") : "\(card.warnings.count)") + ".\n\n"

        out += "### " + t("Nilai per komponen", "Scores by component") + "\n\n"
        out += MarkdownText.header([t("Kode", "Code"), t("Komponen", "Component"), t("Bobot", "Weight"), t("Nilai", "Score"), "%",
                                    t("Terjawab", "Answered")], "llrrrr")
        for node in q.tree.children {
            out += scoreRow(node.code, bold: false) + "\n"
            for child in node.children { out += scoreRow(child.code, bold: false) + "\n" }
        }
        out += scoreRow(q.tree.code, bold: true) + "\n\n"

        for group in q.groups {
            out += "### " + esc(group.title) + "\n\n"
            let members = group.children.isEmpty ? [] : group.children
            out += MarkdownText.header([t("Kode", "Code"), t("Bagian", "Part"), t("Bobot", "Weight"), t("Nilai", "Score"), "%",
                                        t("Rincian", "Made of"), t("Terjawab", "Answered")], "llrrrlr")
            for member in members { out += groupRow(member, bold: false) + "\n" }
            out += groupRow(group, bold: !members.isEmpty) + "\n\n"
        }
    }

    /// `9 dari 9 terpenuhi` / `3 dari 9 terpenuhi, 1 tidak terpenuhi, 5 belum dinyatakan`.
    private func prerequisiteCounts(_ items: [ScoreCard.PrerequisiteResult]) -> String {
        let met = items.filter { $0.status == .met }.count
        let notMet = items.filter { $0.status == .notMet }.count
        let notStated = items.filter { $0.status == .notStated }.count
        var text = t("\(met) dari \(items.count) terpenuhi", "\(met) of \(items.count) met")
        if notMet > 0 { text += t(", \(notMet) tidak terpenuhi", ", \(notMet) not met") }
        if notStated > 0 { text += t(", \(notStated) belum dinyatakan", ", \(notStated) not stated") }
        return text
    }

    private func scoreRow(_ code: String, bold: Bool) -> String {
        guard let node = card.node(code) else { return "" }
        let cells = [esc(node.code), esc(node.title), numbers.fixed(node.weight), numbers.fixed(node.score), numbers.percent(node.percent),
                     "\(node.answered)/\(node.questions)"]
        return MarkdownText.row(bold ? cells.map(MarkdownText.bold) : cells)
    }

    private func groupRow(_ group: Group, bold: Bool) -> String {
        guard let node = card.node(group.code) else { return "" }
        let parts: String
        if group.children.isEmpty {
            parts = group.sum.map { code in esc(code) + " " + (card.node(code).map { numbers.fixed($0.score) } ?? "") }
                .joined(separator: " + ")
        } else {
            parts = group.children.map { esc($0.code) }.joined(separator: " + ")
        }
        var cells = [esc(node.code), esc(node.title), numbers.fixed(node.weight), numbers.fixed(node.score), numbers.percent(node.percent),
                     "", "\(node.answered)/\(node.questions)"]
        if bold { cells = cells.map(MarkdownText.bold) }
        cells[5] = parts
        return MarkdownText.row(cells)
    }

    private func completeness(_ node: ScoreCard.NodeScore) -> Decimal {
        node.questions == 0 ? 0 : Decimal(node.answered) * 100 / Decimal(node.questions)
    }

    // MARK: - Predicates

    private mutating func predicates() {
        guard !card.predicates.isEmpty else { return }
        out += "## " + t("Predikat", "Predicates") + "\n\n"
        out += t("Setiap syarat dibandingkan pada nilai yang dibulatkan \(q.rounding.decimals) desimal. Selisih = capaian - minimal.",
                 "Every condition is compared on values rounded to \(q.rounding.decimals) decimals. Margin = actual - required.") + "\n\n"
        for predicate in card.predicates {
            out += "### " + esc(predicate.title) + ": "
                + (predicate.met ? t("✓ memenuhi syarat nilai", "✓ score conditions met") : t("✗ tidak memenuhi syarat nilai", "✗ score conditions not met"))
                + "\n\n"
            out += MarkdownText.header([t("Syarat", "Condition"), t("Kode", "Code"), t("Minimal", "Required"), t("Capaian", "Actual"),
                                        t("Selisih", "Margin"), t("Hasil", "Result")], "llrrrl")
            for rule in predicate.rules {
                out += ruleRow(rule) + "\n"
                for child in rule.children {
                    out += MarkdownText.row(["↳ " + esc(child.title), esc(child.code), rule.required.map(numbers.percent) ?? "",
                                             numbers.percent(child.actual), rule.required.map { numbers.signed(child.actual - $0) } ?? "",
                                             text(ReportLabels.verdict(child.met))]) + "\n"
                }
            }
            out += "\n"
        }
    }

    private func ruleRow(_ rule: ScoreCard.RuleResult) -> String {
        var required = "", actual = "", margin = ""
        switch rule.measure {
        case .score:
            required = rule.required.map(numbers.fixed) ?? ""
            actual = rule.actual.map(numbers.fixed) ?? ""
        case .percent:
            required = rule.required.map(numbers.percent) ?? ""
            actual = rule.actual.map(numbers.percent) ?? ""
            if !rule.children.isEmpty { actual = t("terendah ", "lowest ") + actual }
        case .predicate:
            required = rule.requiredPredicate.map { esc(text(ReportLabels.held($0, in: q))) } ?? ""
            actual = esc(text(ReportLabels.held(rule.heldPredicate, in: q)))
        }
        if let value = rule.margin { margin = numbers.signed(value) }
        return MarkdownText.row([esc(rule.title), rule.code.map(esc) ?? "", required, actual, margin, text(ReportLabels.verdict(rule.met))])
    }

    // MARK: - Eligibility

    /// Every prerequisite once, in the order the predicates list them, with its status.
    private func uniquePrerequisites() -> [ScoreCard.PrerequisiteResult] {
        var seen: Set<String> = []
        return card.predicates.flatMap(\.prerequisites).filter { seen.insert($0.id).inserted }
    }

    private mutating func eligibility() {
        let prerequisites = uniquePrerequisites()
        guard !prerequisites.isEmpty else { return }
        let holders = card.predicates.filter { !$0.prerequisites.isEmpty }
        out += "## " + t("Prasyarat pengusulan", "Eligibility prerequisites") + "\n\n"
        out += t("Prasyarat tidak dinilai; statusnya diambil dari bagian 'eligibility' berkas jawaban (ya/tidak).",
                 "Prerequisites are not scored; their status comes from the answer file's 'eligibility' section (ya/tidak).") + "\n\n"
        out += MarkdownText.header([t("Prasyarat", "Prerequisite"), t("Kode", "Code")] + holders.map { esc($0.title) },
                                   "ll" + String(repeating: "l", count: holders.count))
        for item in prerequisites {
            let cells = holders.map { predicate -> String in
                predicate.prerequisites.contains { $0.id == item.id } ? text(ReportLabels.status(item.status)) : "–"
            }
            out += MarkdownText.row([esc(item.text), esc(item.id)] + cells) + "\n"
        }
        out += "\n"
    }

    // MARK: - Completeness and warnings

    private mutating func completeness() {
        let unanswered = card.unanswered
        out += "## " + t("Pertanyaan belum dijawab", "Unanswered questions") + "\n\n"
        guard !unanswered.isEmpty else {
            out += t("Semua \(q.questions.count) pertanyaan sudah dijawab.", "All \(q.questions.count) questions are answered.") + "\n\n"
            return
        }
        out += t("\(unanswered.count) dari \(q.questions.count) pertanyaan belum dijawab; dalam nilai resmi masing-masing dihitung 0.",
                 "\(unanswered.count) of \(q.questions.count) questions are unanswered; each counts 0 in the official score.") + "\n\n"
        for question in unanswered {
            var line = "- **" + esc(question.code) + "** " + esc(question.text)
            if case .computed(let spec) = question.kind {
                let missing = spec.inputs.filter { card.answers.inputs[$0.code] == nil }.map(\.code)
                if missing.count < spec.inputs.count {
                    line += " (" + t("input belum diisi: ", "inputs not filled: ") + missing.map(esc).joined(separator: ", ") + ")"
                }
            }
            out += line + "\n"
        }
        out += "\n"
    }

    private mutating func warnings() {
        out += "## " + t("Peringatan", "Warnings") + "\n\n"
        guard !card.warnings.isEmpty else {
            out += t("Tidak ada peringatan.", "No warnings.") + "\n\n"
            return
        }
        for warning in card.warnings {
            var place = ""
            if let location = warning.location {
                place = location.path == sheet.path
                    ? t("baris \(location.line)", "line \(location.line)")
                    : esc(location.description)
                place += ": "
            }
            out += "- " + place + esc(text(warning.message)) + "\n"
        }
        out += "\n"
    }

    // MARK: - Worksheet

    private mutating func worksheet() {
        out += "## " + t("Lembar kerja", "Worksheet") + "\n\n"
        out += t("Bobot pertanyaan adalah bagiannya dari bobot subindikator; % pertanyaan adalah nilai jawabannya (0-100%).",
                 "A question's weight is its share of the sub-indicator's weight; a question's % is its answer's value (0-100%).") + "\n\n"
        out += MarkdownText.header([t("Kode", "Code"), t("Penilaian", "Item"), t("Bobot", "Weight"), t("Jawaban", "Answer"),
                                    t("Nilai", "Score"), "%", t("Catatan", "Note"), t("Bukti dukung", "Evidence")], "llrlrrll")
        for row in Worksheet(card).rows {
            out += worksheetRow(row) + "\n"
        }
        out += "\n"
    }

    private func worksheetRow(_ row: Worksheet.Row) -> String {
        var code = esc(row.code)
        var title = esc(row.title)
        switch row.kind {
        case .node:
            code = MarkdownText.bold(code)
            title = MarkdownText.bold(title)
        case .question:
            break
        case .input:
            title = "↳ " + title
        case .derived:
            title = "↳ " + title + t(" (dihitung)", " (computed)")
        }
        return MarkdownText.row([
            code, title, row.weight.map(numbers.fixed) ?? "", answer(row.answer, of: row.kind),
            row.score.map(numbers.fixed) ?? "", row.percent.map(numbers.percent) ?? "",
            row.note.map(esc) ?? "", row.evidence.map(esc).joined(separator: "; "),
        ])
    }

    private func answer(_ answer: Worksheet.Answer, of kind: Worksheet.Kind) -> String {
        switch answer {
        case .none: return ""
        case .unanswered: return kind == .input ? t("(belum diisi)", "(not filled)") : t("(belum dijawab)", "(unanswered)")
        case .option(let code): return esc(code)
        case .number(let value, let places): return numbers.entered(value, places: places)
        case .percent(let value): return numbers.percent(value)
        case .noValue: return t("(pembagi nol)", "(zero denominator)")
        case .computed(let value): return numbers.count(value)
        }
    }

    // MARK: - Stamp

    private mutating func stamp() {
        out += "## " + t("Stempel", "Stamp") + "\n\n"
        let source = ReportLabels.isBundled(q) ? t("bawaan lke", "bundled with lke") : t("berkas ", "file ") + esc(q.path)
        out += "- **" + t("Kuesioner", "Questionnaire") + ":** " + esc(q.id) + t(" versi ", " version ") + esc(q.version)
            + " (" + source + "), SHA-256 `" + q.digest + "`\n"
        out += "- **" + t("Berkas jawaban", "Answer file") + ":** " + esc(sheet.path) + ", SHA-256 `" + sheet.digest + "`\n"
        out += "- **" + t("Dihitung dengan", "Computed by") + ":** lke " + LKEVersion.current
            + t(", aritmetika desimal eksak; nilai dan persentase dibulatkan \(q.rounding.decimals) desimal (",
                ", exact decimal arithmetic; scores and percentages rounded to \(q.rounding.decimals) decimals (")
            + text(ReportLabels.rounding(q.rounding.mode)) + ")\n\n"
        out += t("Laporan ini tidak memuat waktu pembuatan: berkas yang sama selalu menghasilkan laporan yang sama, byte demi byte.",
                 "This report carries no timestamp: the same files always give the same report, byte for byte.") + "\n"
    }
}
