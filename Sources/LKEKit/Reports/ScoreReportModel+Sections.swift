import Foundation

extension ScoreReportModel {
    // MARK: - Predicates

    mutating func predicates() {
        guard !card.predicates.isEmpty else { return }
        add(.heading(level: 2, [.plain(t("Predikat", "Predicates"))]))
        add(.paragraph([.plain(t("Setiap syarat dibandingkan pada nilai yang dibulatkan \(q.rounding.decimals) desimal. Selisih = capaian - minimal.",
                                 "Every condition is compared on values rounded to \(q.rounding.decimals) decimals. Margin = actual - required."))]))
        if let chart = charts.conditions() { add(.chart(chart)) }
        for predicate in card.predicates {
            add(.heading(level: 3, [.text(predicate.title), .plain(": " + (predicate.met
                ? t("✓ memenuhi syarat nilai", "✓ score conditions met") : t("✗ tidak memenuhi syarat nilai", "✗ score conditions not met")))]))
            var rows: [Row] = []
            for rule in predicate.rules {
                rows.append(ruleRow(rule))
                for child in rule.children {
                    rows.append(Row([[.plain("↳ "), .text(child.title)], [.text(child.code)], [.plain(rule.required.map(numbers.percent) ?? "")],
                                     [.plain(numbers.percent(child.actual))], [.plain(rule.required.map { numbers.signed(child.actual - $0) } ?? "")],
                                     [.plain(text(ReportLabels.verdict(child.met)))]]))
                }
            }
            add(.table(.init(columns: [Column([.plain(t("Syarat", "Condition"))]), Column([.plain(t("Kode", "Code"))], .left, .code),
                                       Column([.plain(t("Minimal", "Required"))], .right, .number), Column([.plain(t("Capaian", "Actual"))], .right, .number),
                                       Column([.plain(t("Selisih", "Margin"))], .right, .number), Column([.plain(t("Hasil", "Result"))], .left, .code)],
                             rows: rows)))
        }
    }

    private func ruleRow(_ rule: ScoreCard.RuleResult) -> Row {
        var required: [Inline] = [], actual: [Inline] = [], margin = ""
        switch rule.measure {
        case .score:
            required = [.plain(rule.required.map(numbers.fixed) ?? "")]
            actual = [.plain(rule.actual.map(numbers.fixed) ?? "")]
        case .percent:
            required = [.plain(rule.required.map(numbers.percent) ?? "")]
            actual = [.plain((rule.children.isEmpty ? "" : t("terendah ", "lowest ")) + (rule.actual.map(numbers.percent) ?? ""))]
        case .predicate:
            required = rule.requiredPredicate.map { [.text(text(ReportLabels.held($0, in: q)))] } ?? []
            actual = [.text(text(ReportLabels.held(rule.heldPredicate, in: q)))]
        }
        if let value = rule.margin { margin = numbers.signed(value) }
        return Row([[.text(rule.title)], rule.code.map { [.text($0)] } ?? [], required, actual, [.plain(margin)],
                    [.plain(text(ReportLabels.verdict(rule.met)))]])
    }

    // MARK: - Eligibility

    /// Every prerequisite once, in the order the predicates list them, with its status.
    private func uniquePrerequisites() -> [ScoreCard.PrerequisiteResult] {
        var seen: Set<String> = []
        return card.predicates.flatMap(\.prerequisites).filter { seen.insert($0.id).inserted }
    }

    mutating func eligibility() {
        let prerequisites = uniquePrerequisites()
        guard !prerequisites.isEmpty else { return }
        let holders = card.predicates.filter { !$0.prerequisites.isEmpty }
        add(.heading(level: 2, [.plain(t("Prasyarat pengusulan", "Eligibility prerequisites"))]))
        add(.paragraph([.plain(t("Prasyarat tidak dinilai; statusnya diambil dari bagian 'eligibility' berkas jawaban (ya/tidak).",
                                 "Prerequisites are not scored; their status comes from the answer file's 'eligibility' section (ya/tidak)."))]))
        let rows = prerequisites.map { item in
            Row([[.text(item.text)], [.text(item.id)]] + holders.map { predicate -> [Inline] in
                [.plain(predicate.prerequisites.contains { $0.id == item.id } ? text(ReportLabels.status(item.status)) : "–")]
            })
        }
        add(.table(.init(columns: [Column([.plain(t("Prasyarat", "Prerequisite"))]), Column([.plain(t("Kode", "Code"))], .left, .code)]
                            + holders.map { Column([.text($0.title)], .left, .short) },
                         rows: rows)))
    }

    // MARK: - Completeness and warnings

    mutating func completeness() {
        let unanswered = card.unanswered
        add(.heading(level: 2, [.plain(t("Pertanyaan belum dijawab", "Unanswered questions"))]))
        guard !unanswered.isEmpty else {
            add(.paragraph([.plain(t("Semua \(q.questions.count) pertanyaan sudah dijawab.", "All \(q.questions.count) questions are answered."))]))
            return
        }
        add(.paragraph([.plain(t("\(unanswered.count) dari \(q.questions.count) pertanyaan belum dijawab; dalam nilai resmi masing-masing dihitung 0.",
                                 "\(unanswered.count) of \(q.questions.count) questions are unanswered; each counts 0 in the official score."))]))
        add(.list(unanswered.map { question in
            var line: [Inline] = [.strong([.text(question.code)]), .plain(" "), .text(question.text)]
            if case .computed(let spec) = question.kind {
                let missing = spec.inputs.filter { card.answers.inputs[$0.code] == nil }.map(\.code)
                if missing.count < spec.inputs.count {
                    line.append(.plain(" (" + t("input belum diisi: ", "inputs not filled: ")))
                    for (index, code) in missing.enumerated() {
                        if index > 0 { line.append(.plain(", ")) }
                        line.append(.text(code))
                    }
                    line.append(.plain(")"))
                }
            }
            return line
        }))
    }

    mutating func warnings() {
        add(.heading(level: 2, [.plain(t("Peringatan", "Warnings"))]))
        guard !card.warnings.isEmpty else {
            add(.paragraph([.plain(t("Tidak ada peringatan.", "No warnings."))]))
            return
        }
        add(.list(card.warnings.map { warning in
            var line: [Inline] = []
            if let location = warning.location {
                line.append(location.path == sheet.path ? .plain(t("baris \(location.line)", "line \(location.line)")) : .text(location.description))
                line.append(.plain(": "))
            }
            return line + [.text(text(warning.message))]
        }))
    }

    // MARK: - Worksheet

    mutating func worksheet() {
        add(.heading(level: 2, [.plain(t("Lembar kerja", "Worksheet"))]))
        add(.paragraph([.plain(t("Bobot pertanyaan adalah bagiannya dari bobot subindikator; % pertanyaan adalah nilai jawabannya (0-100%).",
                                 "A question's weight is its share of the sub-indicator's weight; a question's % is its answer's value (0-100%)."))]))
        let columns = [Column([.plain(t("Kode", "Code"))], .left, .code), Column([.plain(t("Penilaian", "Item"))]),
                       Column([.plain(t("Bobot", "Weight"))], .right, .number), Column([.plain(t("Jawaban", "Answer"))], .left, .short),
                       Column([.plain(t("Nilai", "Score"))], .right, .number), Column([.plain("%")], .right, .number),
                       Column([.plain(t("Catatan", "Note"))]), Column([.plain(t("Bukti dukung", "Evidence"))])]
        add(.table(.init(columns: columns, rows: Worksheet(card).rows.map(worksheetRow), isLong: true)))
    }

    private func worksheetRow(_ row: Worksheet.Row) -> Row {
        var code: [Inline] = [.text(row.code)]
        var title: [Inline] = [.text(row.title)]
        switch row.kind {
        case .node:
            code = [.strong(code)]
            title = [.strong(title)]
        case .question:
            break
        case .input:
            title = [.plain("↳ ")] + title
        case .derived:
            title = [.plain("↳ ")] + title + [.plain(t(" (dihitung)", " (computed)"))]
        }
        var evidence: [Inline] = []
        for (index, item) in row.evidence.enumerated() {
            if index > 0 { evidence.append(.plain("; ")) }
            evidence.append(.link(item))
        }
        return Row([code, title, [.plain(row.weight.map(numbers.fixed) ?? "")], answer(row.answer, of: row.kind),
                    [.plain(row.score.map(numbers.fixed) ?? "")], [.plain(row.percent.map(numbers.percent) ?? "")],
                    row.note.map { [.text($0)] } ?? [], evidence],
                   emphasis: row.kind == .node)
    }

    private func answer(_ answer: Worksheet.Answer, of kind: Worksheet.Kind) -> [Inline] {
        switch answer {
        case .none: return []
        case .unanswered: return [.plain(kind == .input ? t("(belum diisi)", "(not filled)") : t("(belum dijawab)", "(unanswered)"))]
        case .option(let code): return [.text(code)]
        case .number(let value, let places): return [.plain(numbers.entered(value, places: places))]
        case .percent(let value): return [.plain(numbers.percent(value))]
        case .noValue: return [.plain(t("(pembagi nol)", "(zero denominator)"))]
        case .computed(let value): return [.plain(numbers.count(value))]
        }
    }

    // MARK: - Stamp

    mutating func stamp() {
        add(.heading(level: 2, [.plain(t("Stempel", "Stamp"))]))
        let source: [Inline] = ReportLabels.isBundled(q) ? [.plain(t("bawaan lke", "bundled with lke"))] : [.plain(t("berkas ", "file ")), .text(q.path)]
        add(.list([
            [.strong([.plain(t("Kuesioner", "Questionnaire") + ":")]), .plain(" "), .text(q.id), .plain(t(" versi ", " version ")), .text(q.version),
             .plain(" (")] + source + [.plain("), SHA-256 "), .code(q.digest)],
            [.strong([.plain(t("Berkas jawaban", "Answer file") + ":")]), .plain(" "), .text(sheet.path), .plain(", SHA-256 "), .code(sheet.digest)],
            [.strong([.plain(t("Dihitung dengan", "Computed by") + ":")]), .plain(" lke " + LKEVersion.current
                + t(", aritmetika desimal eksak; nilai dan persentase dibulatkan \(q.rounding.decimals) desimal (",
                    ", exact decimal arithmetic; scores and percentages rounded to \(q.rounding.decimals) decimals (")
                + text(ReportLabels.rounding(q.rounding.mode)) + ")")],
        ]))
        add(.paragraph([.plain(t("Laporan ini tidak memuat waktu pembuatan: berkas yang sama selalu menghasilkan laporan yang sama, byte demi byte.",
                                 "This report carries no timestamp: the same files always give the same report, byte for byte."))]))
    }
}

extension ScoreReportModel {
    /// The closing block for the head of the unit's signature, filled from the answer file's `head:` block.
    mutating func signature() {
        let head = sheet.head
        let blank = "……………………………"
        var placeAndDate = head?.place ?? blank
        placeAndDate += ", " + (head?.date ?? blank)
        add(.signature(.init(placeAndDate: placeAndDate, position: head?.position ?? t("Kepala ", "Head of ") + sheet.unit,
                             name: head?.name ?? blank, nip: "NIP " + (head?.nip ?? blank))))
    }
}
