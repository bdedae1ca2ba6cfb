import Foundation

/// The sheet "Ringkasan": the unit header, the component and area tables, each predicate rule with its minimum,
/// capaian, selisih and verdict, and the eligibility prerequisites. Every number is a formula on the sheet
/// "LKE" (rules compare values rounded as the definition declares, with `ROUND`), and every row carries its
/// code in column A.
struct SummarySheet: Sendable {
    private(set) var sheet: SpreadsheetSheet
    /// Rows of the groups on this sheet.
    private var groupRows: [String: Int] = [:]
    private let card: ScoreCard
    private let lke: [String: Int]
    private let lkeName: String
    private let language: Language

    private enum Column { static let code = 1, title = 2, weight = 3, score = 4, percent = 5, extra = 6, verdict = 7 }

    init(name: String, card: ScoreCard, lke: WorksheetSheet, language: Language) {
        self.card = card
        self.lke = lke.rows
        self.lkeName = lke.sheet.name
        self.language = language
        sheet = SpreadsheetSheet(name: name)
        sheet.columnWidths = [20, 50, 24, 12, 12, 14, 18]
        sheet.print.footer = "&L&A&R" + t("Halaman &P dari &N", "Page &P of &N")
        header()
        components()
        for group in card.questionnaire.groups { self.group(group) }
        predicates()
        prerequisites()
    }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
    private var decimals: Int { card.questionnaire.rounding.decimals }
    private func lkeCell(_ column: Int, _ code: String) -> String? {
        lke[code].map { CellReference.onSheet(lkeName, CellReference.cell(column, $0)) }
    }
    private func verdict(_ condition: String) -> String {
        "IF(\(condition),\(FormulaTranslator.string(ReportLabels.verdict(true).text(language))),\(FormulaTranslator.string(ReportLabels.verdict(false).text(language))))"
    }
    private func cell(_ column: Int, _ value: SpreadsheetSheet.Value, _ style: CellStyle = .plain) -> SpreadsheetSheet.Cell {
        .init(column: column, value: value, style: style)
    }
    private mutating func blank() { sheet.append([]) }
    private mutating func titles(_ texts: [String]) {
        sheet.append(texts.enumerated().map { cell($0.offset + 1, .text($0.element), .header) })
    }

    private mutating func header() {
        let q = card.questionnaire, s = card.answers.sheet
        sheet.append([cell(1, .text(t("Ringkasan Penilaian", "Assessment Summary")), .title)])
        titles([t("Kode", "Code"), t("Keterangan", "Item"), t("Isi", "Value")])
        sheet.merges.append("C2:G2")
        let rows: [(String, String, String, String?)] = [
            ("questionnaire", t("Kuesioner", "Questionnaire"), q.id, "\(q.title) (\(t("versi", "version")) \(q.version))"),
            ("unit", t("Unit kerja", "Unit"), s.unit, nil),
            ("instansi", t("Instansi", "Instansi"), s.instansi ?? "", nil),
            ("period", t("Periode", "Period"), s.period ?? "", nil),
            ("layer", t("Lapisan penilaian", "Assessment layer"), s.layer ?? "", s.layer.map { ReportLabels.layer($0).text(language) }),
            ("assessor", t("Penilai", "Assessor"), s.assessor ?? "", nil),
        ]
        for (code, label, value, description) in rows {
            // A value without a description spans the row.
            let r = sheet.append([cell(1, .text(code)), cell(2, .text(label)), cell(3, .text(value), .wrapped),
                                  cell(4, .text(description ?? ""), .wrapped)] + (5...7).map { cell($0, .text("")) })
            sheet.merges.append(description == nil ? "C\(r):G\(r)" : "D\(r):G\(r)")
        }
        heldRow = sheet.append([cell(1, .text("predicate")), cell(2, .text(t("Predikat yang dimiliki", "Predicate held"))),
                                cell(3, .text(s.predicate ?? ""), CellStyle(fill: .input)),
                                cell(4, .text(t("isi dengan kode predikat: ", "enter a predicate code: ") + (q.predicates.map(\.id) + ["none"]).joined(separator: ", ")), .wrapped)]
                               + (5...7).map { cell($0, .text("")) })
        sheet.merges.append("D\(heldRow):G\(heldRow)")
        sheet.validations.append(.init(kind: .list(FormulaTranslator.string((q.predicates.map(\.id) + ["none"]).joined(separator: ","))),
                                       cells: [CellReference.cell(3, heldRow)], errorTitle: t("Predikat tidak dikenal", "Unknown predicate"),
                                       error: t("Pilih kode predikat dari daftar.", "Choose a predicate code from the list.")))
        blank()
    }

    private var heldRow = 0

    private mutating func components() {
        let q = card.questionnaire
        titles([t("Kode", "Code"), t("Komponen", "Component"), t("Bobot", "Weight"), t("Nilai", "Score"), "%"])
        var codes: [(String, Bool)] = []
        for node in q.tree.children {
            codes.append((node.code, false))
            for child in node.children { codes.append((child.code, false)) }
        }
        codes.append((q.tree.code, true))
        for (code, bold) in codes {
            guard let result = card.nodes[code] else { continue }
            let fill: CellStyle.Fill = bold ? .node : .none
            sheet.append([
                cell(1, .text(code), CellStyle(bold: bold, fill: fill)), cell(2, .text(result.title), CellStyle(bold: bold, fill: fill, wrap: true)),
                cell(3, .formula(lkeCell(WorksheetSheet.Column.weight, code)!, cached: .number(XLSXExport.double(result.weight))),
                     CellStyle(bold: bold, fill: fill, format: .decimals(decimals))),
                cell(4, .formula(lkeCell(WorksheetSheet.Column.score, code)!, cached: .number(XLSXExport.double(result.score))),
                     CellStyle(bold: bold, fill: fill, format: .decimals(decimals))),
                cell(5, .formula(lkeCell(WorksheetSheet.Column.percent, code)!, cached: .number(XLSXExport.double(result.percent / 100))),
                     CellStyle(bold: bold, fill: fill, format: .percent(decimals))),
            ])
        }
        blank()
    }

    private mutating func group(_ group: Group) {
        titles([t("Kode", "Code"), group.title, t("Bobot", "Weight"), t("Nilai", "Score"), "%", t("Rincian", "Made of")])
        for child in group.children { groupRow(child, bold: false) }
        groupRow(group, bold: !group.children.isEmpty)
        blank()
    }

    private mutating func groupRow(_ group: Group, bold: Bool) {
        let r = sheet.nextRow
        groupRows[group.code] = r
        let result = card.node(group.code)
        let score: String
        let parts: [String]
        if group.children.isEmpty {
            let cells = group.sum.compactMap { lkeCell(WorksheetSheet.Column.score, $0) }
            score = cells.isEmpty ? "0" : "SUM(" + cells.joined(separator: ",") + ")"
            parts = group.sum
        } else {
            let cells = group.children.compactMap { groupRows[$0.code].map { CellReference.cell(Column.score, $0) } }
            score = cells.isEmpty ? "0" : "SUM(" + cells.joined(separator: ",") + ")"
            parts = group.children.map(\.code)
        }
        let fill: CellStyle.Fill = bold ? .node : .none
        sheet.append([
            cell(1, .text(group.code), CellStyle(bold: bold, fill: fill)), cell(2, .text(group.title), CellStyle(bold: bold, fill: fill, wrap: true)),
            cell(3, .number(XLSXExport.double(group.weight)), CellStyle(bold: bold, fill: fill, format: .decimals(decimals))),
            cell(4, .formula(score, cached: .number(XLSXExport.double(result?.score ?? 0))), CellStyle(bold: bold, fill: fill, format: .decimals(decimals))),
            cell(5, .formula("IF(C\(r)=0,0,D\(r)/C\(r))", cached: .number(XLSXExport.double((result?.percent ?? 0) / 100))),
                 CellStyle(bold: bold, fill: fill, format: .percent(decimals))),
            cell(6, .text(parts.joined(separator: " + ")), CellStyle(fill: fill, wrap: true)),
        ])
    }

    /// The score of a node, group or question, as a formula.
    private func scoreReference(_ code: String) -> String {
        if let row = groupRows[code] { return CellReference.cell(Column.score, row) }
        return lkeCell(WorksheetSheet.Column.score, code) ?? "0"
    }

    /// The percentage (0-100) of a node, group or question, as a formula.
    private func percentReference(_ code: String) -> String {
        if let row = groupRows[code] { return CellReference.cell(Column.percent, row) + "*100" }
        if card.questionnaire.question(code) != nil, let cell = lkeCell(WorksheetSheet.Column.percent, code) { return "N(\(cell))*100" }
        return lkeCell(WorksheetSheet.Column.percent, code).map { $0 + "*100" } ?? "0"
    }

    private mutating func predicates() {
        let q = card.questionnaire
        for (index, predicate) in q.predicates.enumerated() {
            let result = card.predicates[index]
            titles([t("Kode", "Code"), t("Syarat", "Condition"), t("Acuan", "Measured on"), t("Minimal", "Required"), t("Capaian", "Actual"),
                    t("Selisih", "Margin"), t("Hasil", "Result")])
            let headRow = sheet.append([])
            var conditions: [String] = []
            for (ruleIndex, rule) in predicate.rules.enumerated() {
                let ruleResult = result.rules[ruleIndex]
                let r = sheet.nextRow
                let code = predicate.id + "." + rule.id
                let met = ruleResult.met
                func numeric(_ measured: String, minimum: Number, actual: String, format: CellStyle.NumberFormat, cachedActual: Number?) {
                    sheet.append([
                        cell(1, .text(code)), cell(2, .text(rule.title), .wrapped), cell(3, .text(measured)),
                        cell(4, .number(XLSXExport.double(minimum)), CellStyle(format: format)),
                        cell(5, .formula(actual, cached: .number(XLSXExport.double(cachedActual ?? 0))), CellStyle(format: format)),
                        cell(6, .formula("E\(r)-D\(r)", cached: .number(XLSXExport.double(ruleResult.margin ?? 0))), CellStyle(format: format)),
                        cell(7, .formula(verdict("E\(r)>=D\(r)"), cached: .text(ReportLabels.verdict(met).text(language)))),
                    ])
                    conditions.append("E\(r)>=D\(r)")
                }
                switch rule.kind {
                case .minScore(let measured, let minimum):
                    numeric(measured, minimum: minimum, actual: FormulaTranslator.rounded(scoreReference(measured), q.rounding),
                            format: .decimals(decimals), cachedActual: ruleResult.actual)
                case .minPercent(let measured, let minimum):
                    numeric(measured, minimum: minimum, actual: FormulaTranslator.rounded(percentReference(measured), q.rounding),
                            format: .points(decimals), cachedActual: ruleResult.actual)
                case .eachChildMinPercent(let measured, let minimum):
                    let first = r + 1, last = r + ruleResult.children.count
                    let lowest = ruleResult.children.isEmpty ? "0" : "MIN(E\(first):E\(last))"
                    numeric(measured, minimum: minimum, actual: lowest, format: .points(decimals), cachedActual: ruleResult.actual)
                    for child in ruleResult.children {
                        let c = sheet.nextRow
                        sheet.append([
                            cell(1, .text(code + "." + child.code)), cell(2, .text("↳ " + child.title), CellStyle(wrap: true, indent: 1)),
                            cell(3, .text(child.code)), cell(4, .formula("D\(r)", cached: .number(XLSXExport.double(minimum))), CellStyle(format: .points(decimals))),
                            cell(5, .formula(FormulaTranslator.rounded(percentReference(child.code), q.rounding), cached: .number(XLSXExport.double(child.actual))),
                                 CellStyle(format: .points(decimals))),
                            cell(6, .formula("E\(c)-D\(c)", cached: .number(XLSXExport.double(child.actual - minimum))), CellStyle(format: .points(decimals))),
                            cell(7, .formula(verdict("E\(c)>=D\(c)"), cached: .text(ReportLabels.verdict(child.met).text(language)))),
                        ])
                    }
                case .requiresPredicate(let required):
                    // Held: the required predicate itself or one stricter than it.
                    let accepted = q.predicates.map(\.id).filter { Scorer.holds($0, atLeast: required, in: q) }
                    let held = CellReference.absolute(3, heldRow)
                    let condition = accepted.isEmpty ? "FALSE" : "OR(" + accepted.map { "\(held)=\(FormulaTranslator.string($0))" }.joined(separator: ",") + ")"
                    sheet.append([
                        cell(1, .text(code)), cell(2, .text(rule.title), .wrapped), cell(3, .text(required)),
                        cell(4, .text(ReportLabels.held(required, in: q).text(language))),
                        cell(5, .formula("IF(\(held)=\"\",\"\",\(held))", cached: .text(ruleResult.heldPredicate ?? ""))),
                        cell(6, .text("")),
                        cell(7, .formula(verdict(condition), cached: .text(ReportLabels.verdict(met).text(language)))),
                    ])
                    conditions.append(condition)
                }
            }
            let overall = conditions.isEmpty ? "TRUE" : "AND(" + conditions.joined(separator: ",") + ")"
            let bold = CellStyle(bold: true, fill: .node)
            sheet.rows[headRow - 1].cells = [
                cell(1, .text(predicate.id), bold), cell(2, .text(predicate.title), bold),
                cell(3, .text(""), bold), cell(4, .text(""), bold), cell(5, .text(""), bold), cell(6, .text(""), bold),
                cell(7, .formula(verdict(overall), cached: .text(ReportLabels.verdict(result.met).text(language))), bold),
            ]
            blank()
        }
    }

    private mutating func prerequisites() {
        let q = card.questionnaire
        var order: [Predicate.Prerequisite] = []
        for item in q.predicates.flatMap(\.prerequisites) where !order.contains(where: { $0.id == item.id }) { order.append(item) }
        guard !order.isEmpty else { return }
        titles([t("Kode", "Code"), t("Prasyarat pengusulan", "Eligibility prerequisite"), t("Berlaku untuk", "Applies to"),
                t("Dinyatakan", "Stated"), "Status"])
        var cells: [String] = []
        for item in order {
            let r = sheet.nextRow
            let holders = q.predicates.filter { $0.prerequisites.contains { $0.id == item.id } }.map(\.title)
            let stated = card.answers.sheet.eligibility[item.id]
            let status: ScoreCard.PrerequisiteStatus = stated.map { $0 ? .met : .notMet } ?? .notStated
            let d = "D\(r)"
            let formula = "IF(\(d)=\"ya\",\(FormulaTranslator.string(ReportLabels.status(.met).text(language))),IF(\(d)=\"tidak\","
                + "\(FormulaTranslator.string(ReportLabels.status(.notMet).text(language))),\(FormulaTranslator.string(ReportLabels.status(.notStated).text(language)))))"
            sheet.append([
                cell(1, .text(item.id)), cell(2, .text(item.text), .wrapped), cell(3, .text(holders.joined(separator: ", ")), .wrapped),
                cell(4, .text(stated.map { $0 ? "ya" : "tidak" } ?? ""), CellStyle(fill: .input, horizontal: .center)),
                cell(5, .formula(formula, cached: .text(ReportLabels.status(status).text(language)))),
            ])
            cells.append(d)
        }
        sheet.validations.append(.init(kind: .list("\"ya,tidak\""), cells: cells, errorTitle: t("Jawaban tidak sah", "Invalid answer"),
                                       error: t("Isikan ya atau tidak.", "Enter ya or tidak.")))
    }
}
