import Foundation

/// The content of the score report of one answer file, as a `ReportDocument`: the unit, a summary (total,
/// WBK/WBBM verdicts, completeness, warnings), scores per component and per area, the predicates rule by
/// rule, the eligibility checklist, what is unanswered, the warnings, the full worksheet, and a
/// reproducibility stamp. Markdown, HTML and DOCX render this one model.
struct ScoreReportModel {
    let card: ScoreCard
    let language: Language
    let numbers: ReportNumbers
    private var section: [ReportDocument.Block] = []
    private var document: ReportDocument

    typealias Inline = ReportDocument.Inline
    typealias Column = ReportDocument.Column
    typealias Row = ReportDocument.Row

    /// The document of `card`'s report in `language`.
    static func document(_ card: ScoreCard, language: Language) -> ReportDocument {
        var model = ScoreReportModel(card: card, language: language)
        model.build()
        return model.document
    }

    /// The documents of several answer files as one, each report starting on a new page.
    static func document(_ cards: [ScoreCard], language: Language) -> ReportDocument {
        combined(cards.map { document($0, language: language) }, language: language)
    }

    /// Reports of several answer files as one document, each starting on a new page.
    static func combined(_ documents: [ReportDocument], language: Language) -> ReportDocument {
        let title = documents.count == 1 ? documents[0].title
            : (language == .en ? "Assessment reports (\(documents.count) units)" : "Laporan penilaian (\(documents.count) unit)")
        return ReportDocument(title: title, language: language, sections: documents.flatMap(\.sections))
    }

    private init(card: ScoreCard, language: Language) {
        self.card = card
        self.language = language
        self.numbers = ReportNumbers(rounding: card.questionnaire.rounding, decimalComma: language == .id)
        let title = (language == .en ? "Assessment Report: " : "Laporan Penilaian: ") + card.answers.sheet.unit
        self.document = ReportDocument(title: title, language: language)
    }

    var q: Questionnaire { card.questionnaire }
    var sheet: AnswerSheet { card.answers.sheet }

    func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
    func text(_ localized: Localized) -> String { localized.text(language) }

    mutating func add(_ block: ReportDocument.Block) { section.append(block) }

    /// Ends the current section; the next one starts on a new page when printed.
    private mutating func close(landscape: Bool = false) {
        if !section.isEmpty { document.sections.append(.init(section, landscape: landscape)) }
        section = []
    }

    private mutating func build() {
        header()
        summary()
        close()
        predicates()
        eligibility()
        close()
        completeness()
        for block in TeamReportSections(card: card, language: language).blocks { add(block) }
        warnings()
        signature()
        close()
        worksheet()
        close(landscape: true)
        stamp()
        close()
    }

    // MARK: - Unit

    private mutating func header() {
        add(.heading(level: 1, [.plain(t("Laporan Penilaian: ", "Assessment Report: ")), .text(sheet.unit)]))
        add(.paragraph([.text(q.title), .plain(" ("), .text(q.id), .plain(t(" versi ", " version ")), .text(q.version), .plain(")")]))
        var items: [(String, [Inline])] = [(t("Unit kerja", "Unit"), [.text(sheet.unit)])]
        if let instansi = sheet.instansi { items.append((t("Instansi", "Institution (instansi)"), [.text(instansi)])) }
        if let period = sheet.period { items.append((t("Periode", "Period"), [.text(period)])) }
        if let layer = sheet.layer { items.append((t("Lapisan penilaian", "Assessment layer"), [.text(text(ReportLabels.layer(layer)))])) }
        if let assessor = sheet.assessor { items.append((t("Penilai", "Assessor"), [.text(assessor)])) }
        items.append((t("Predikat yang dimiliki", "Predicate held"), [.text(text(ReportLabels.held(sheet.predicate, in: q)))]))
        items.append((t("Berkas jawaban", "Answer file"), [.text(sheet.path)]))
        add(.list(items.map { [.strong([.plain($0.0 + ":")]), .plain(" ")] + $0.1 }))
    }

    // MARK: - Summary

    private mutating func summary() {
        let total = card.total
        add(.heading(level: 2, [.plain(t("Ringkasan", "Summary"))]))
        add(.paragraph([.strong([.plain(t("Nilai evaluasi: ", "Evaluation score: ") + numbers.fixed(total.score) + t(" dari ", " of ")
                                        + numbers.fixed(total.weight))]), .plain(" (" + numbers.percent(total.percent) + ")")]))
        var lines: [[Inline]] = []
        for predicate in card.predicates {
            let failed = predicate.rules.filter { !$0.met }
            var line: [Inline] = [.strong([.text(predicate.title), .plain(":")]), .plain(" ")]
            if failed.isEmpty {
                line.append(.plain(t("✓ memenuhi semua \(predicate.rules.count) syarat nilai", "✓ meets all \(predicate.rules.count) score conditions")))
            } else {
                line.append(.plain(t("✗ tidak memenuhi \(failed.count) dari \(predicate.rules.count) syarat nilai: ",
                                     "✗ fails \(failed.count) of \(predicate.rules.count) score conditions: ")))
                for (index, rule) in failed.enumerated() {
                    if index > 0 { line.append(.plain("; ")) }
                    line.append(.text(rule.title))
                    let children = rule.children.filter { !$0.met }
                    guard !children.isEmpty else { continue }
                    line.append(.plain(" ("))
                    if children.count == rule.children.count {
                        line.append(.plain(t("semua", "all")))
                    } else {
                        for (position, child) in children.enumerated() {
                            if position > 0 { line.append(.plain(", ")) }
                            line.append(.text(child.title))
                        }
                    }
                    line.append(.plain(")"))
                }
            }
            line.append(.plain("."))
            if !predicate.prerequisites.isEmpty {
                line.append(.plain(" " + t("Prasyarat pengusulan: ", "Eligibility prerequisites: ") + prerequisiteCounts(predicate.prerequisites) + "."))
            }
            lines.append(line)
        }
        lines.append([.strong([.plain(t("Kelengkapan", "Completeness") + ":")]), .plain(" "
            + t("\(total.answered) dari \(total.questions) pertanyaan terjawab", "\(total.answered) of \(total.questions) questions answered")
            + " (" + numbers.percent(completeness(total)) + ").")])
        lines.append([.strong([.plain(t("Peringatan", "Warnings") + ":")]), .plain(" "
            + (card.warnings.isEmpty ? t("tidak ada", "none") : "\(card.warnings.count)") + ".")])
        add(.list(lines))

        add(.heading(level: 3, [.plain(t("Nilai per komponen", "Scores by component"))]))
        var rows: [Row] = []
        for node in q.tree.children {
            rows.append(scoreRow(node.code, bold: false))
            for child in node.children { rows.append(scoreRow(child.code, bold: false)) }
        }
        rows.append(scoreRow(q.tree.code, bold: true))
        add(.table(.init(columns: [Column([.plain(t("Kode", "Code"))], .left, .code), Column([.plain(t("Komponen", "Component"))]),
                                   Column([.plain(t("Bobot", "Weight"))], .right, .number), Column([.plain(t("Nilai", "Score"))], .right, .number),
                                   Column([.plain("%")], .right, .number), Column([.plain(t("Terjawab", "Answered"))], .right, .number)],
                         rows: rows)))
        if let chart = charts.components() { add(.chart(chart)) }

        for group in q.groups {
            add(.heading(level: 3, [.text(group.title)]))
            var rows = group.children.map { groupRow($0, bold: false) }
            rows.append(groupRow(group, bold: !group.children.isEmpty))
            add(.table(.init(columns: [Column([.plain(t("Kode", "Code"))], .left, .code), Column([.plain(t("Bagian", "Part"))]),
                                       Column([.plain(t("Bobot", "Weight"))], .right, .number), Column([.plain(t("Nilai", "Score"))], .right, .number),
                                       Column([.plain("%")], .right, .number), Column([.plain(t("Rincian", "Made of"))], .left, .short),
                                       Column([.plain(t("Terjawab", "Answered"))], .right, .number)],
                             rows: rows)))
        }
        if let chart = charts.areas() { add(.chart(chart)) }
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

    var charts: ScoreCharts { ScoreCharts(card: card, numbers: numbers, language: language) }

    private func bolded(_ cells: [[Inline]], _ bold: Bool) -> [[Inline]] {
        bold ? cells.map { [.strong($0)] } : cells
    }

    private func scoreRow(_ code: String, bold: Bool) -> Row {
        guard let node = card.node(code) else { return Row(Array(repeating: [], count: 6)) }
        let cells: [[Inline]] = [[.text(node.code)], [.text(node.title)], [.plain(numbers.fixed(node.weight))], [.plain(numbers.fixed(node.score))],
                                 [.plain(numbers.percent(node.percent))], [.plain("\(node.answered)/\(node.questions)")]]
        return Row(bolded(cells, bold), emphasis: bold)
    }

    private func groupRow(_ group: Group, bold: Bool) -> Row {
        guard let node = card.node(group.code) else { return Row(Array(repeating: [], count: 7)) }
        var parts: [Inline] = []
        if group.children.isEmpty {
            for (index, code) in group.sum.enumerated() {
                if index > 0 { parts.append(.plain(" + ")) }
                parts += [.text(code), .plain(" " + (card.node(code).map { numbers.fixed($0.score) } ?? ""))]
            }
        } else {
            for (index, child) in group.children.enumerated() {
                if index > 0 { parts.append(.plain(" + ")) }
                parts.append(.text(child.code))
            }
        }
        var cells = bolded([[.text(node.code)], [.text(node.title)], [.plain(numbers.fixed(node.weight))], [.plain(numbers.fixed(node.score))],
                            [.plain(numbers.percent(node.percent))], [], [.plain("\(node.answered)/\(node.questions)")]], bold)
        cells[5] = parts
        return Row(cells, emphasis: bold)
    }

    private func completeness(_ node: ScoreCard.NodeScore) -> Number {
        node.questions == 0 ? 0 : Number(node.answered) * 100 / Number(node.questions)
    }
}

extension ReportDocument {
    /// The score report of `card` as a document: what `MarkdownReport`, `HTMLReport` and `DOCXReport` render.
    static func score(_ card: ScoreCard, language: Language) -> ReportDocument {
        ScoreReportModel.document(card, language: language)
    }
}
