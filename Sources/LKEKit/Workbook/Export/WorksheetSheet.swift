import Foundation

/// The sheet "LKE": the worksheet in the column order of the ministry's LKE (Kode, Komponen/Pertanyaan, Bobot,
/// Penjelasan, Pilihan Jawaban, Jawaban, Nilai, %, Catatan, Eviden), one row per node, question, count input
/// and derived row in the definition's order, with live formulas for every value, percentage and sum.
///
/// Column F (Jawaban) holds what a team types (options, counts, indices) and the computed percentages and
/// subtotals; column H holds each question's value in [0, 1] (from the scale sheet, the number's value formula or
/// the percentage), and each node's share of its weight; column G the points. Every formula carries the
/// value `lke` computed, for viewers that do not recalculate.
struct WorksheetSheet: Sendable {
    /// The sheet's name for a workbook of one unit.
    static let defaultName = "LKE"
    enum Column {
        static let code = 1, title = 2, weight = 3, explanation = 4, options = 5, answer = 6, score = 7, percent = 8, note = 9, evidence = 10
    }

    private(set) var sheet: SpreadsheetSheet
    /// The row of every node, question, input and derived code.
    private(set) var rows: [String: Int] = [:]

    init(name: String, card: ScoreCard, scales: ScaleSheet, language: Language) {
        sheet = SpreadsheetSheet(name: name)
        let q = card.questionnaire
        let worksheet = Worksheet(card)
        let t = { (id: String, en: String) in language == .en ? en : id }
        let evidenceColumns = max(1, worksheet.rows.map(\.evidence.count).max() ?? 1)
        let decimals = q.rounding.decimals

        // Column titles: the ministry's, in its order; the evidence title spans every evidence column.
        let titles = [t("Kode", "Code"), t("Komponen/Pertanyaan", "Component/Question"), t("Bobot", "Weight"), t("Penjelasan", "Explanation"),
                      t("Pilihan Jawaban", "Answer Options"), t("Jawaban", "Answer"), t("Nilai", "Score"), "%", t("Catatan", "Note"),
                      t("Eviden", "Evidence")]
        var header = titles.enumerated().map { SpreadsheetSheet.Cell(column: $0.offset + 1, value: .text($0.element), style: .header) }
        for extra in 1..<evidenceColumns { header.append(.init(column: Column.evidence + extra, value: .text(""), style: .header)) }
        sheet.append(header)
        if evidenceColumns > 1 {
            sheet.merges.append(CellReference.cell(Column.evidence, 1) + ":" + CellReference.cell(Column.evidence + evidenceColumns - 1, 1))
        }
        for (i, row) in worksheet.rows.enumerated() { rows[row.code] = i + 2 }

        let widths: [Double] = [13, 40, 7, 42, 9, 9, 8, 9, 30] + Array(repeating: 24, count: evidenceColumns)
        sheet.columnWidths = widths
        var choiceCells: [String: [String]] = [:]
        var countCells: [[Number]: [String]] = [:]
        var numberCells: [[Number]: [String]] = [:]
        var countOrder: [[Number]] = [], numberOrder: [[Number]] = []

        for row in worksheet.rows {
            let r = rows[row.code]!
            func ref(_ column: Int) -> String { CellReference.cell(column, r) }
            let isNode = row.kind == .node
            let fill: CellStyle.Fill = isNode ? .node : .none
            var cells: [SpreadsheetSheet.Cell] = [
                .init(column: Column.code, value: .text(row.code), style: CellStyle(bold: isNode, fill: fill)),
                .init(column: Column.title, value: .text(row.title), style: CellStyle(bold: isNode, fill: fill, wrap: true, indent: row.depth)),
            ]
            func add(_ column: Int, _ value: SpreadsheetSheet.Value, _ style: CellStyle) {
                cells.append(.init(column: column, value: value, style: style))
            }
            let scoreStyle = CellStyle(bold: isNode, fill: fill, format: .decimals(decimals))
            let percentStyle = CellStyle(bold: isNode, fill: fill, format: .percent(decimals))
            let textStyle = CellStyle(fill: fill, wrap: true)
            switch row.kind {
            case .node:
                let node = q.nodesByCode[row.code]!
                add(Column.weight, .number(XLSXExport.double(node.weight)), scoreStyle)
                let formula: String
                if !node.children.isEmpty {
                    formula = "SUM(" + node.children.map { CellReference.cell(Column.score, rows[$0.code]!) }.joined(separator: ",") + ")"
                } else if node.questions.isEmpty {
                    formula = "0"
                } else {
                    let first = rows[node.questions[0].code]!, last = lastRow(of: node.questions.last!, from: rows)
                    switch node.aggregate {
                    case .weighted:
                        formula = "SUM(\(CellReference.cell(Column.score, first)):\(CellReference.cell(Column.score, last)))"
                    case .mean, .sum:
                        // The mean of the values, unanswered counting 0, times the weight: SUM skips the empty text.
                        formula = "SUM(\(CellReference.cell(Column.percent, first)):\(CellReference.cell(Column.percent, last)))/\(node.questions.count)*\(ref(Column.weight))"
                    }
                }
                add(Column.score, .formula(formula, cached: .number(XLSXExport.double(row.score ?? 0))), scoreStyle)
                add(Column.percent, .formula("IF(\(ref(Column.weight))=0,0,\(ref(Column.score))/\(ref(Column.weight)))",
                                             cached: .number(XLSXExport.double((row.percent ?? 0) / 100))), percentStyle)
                for column in [Column.explanation, Column.options, Column.answer, Column.note] { add(column, .text(""), textStyle) }
                for extra in 0..<evidenceColumns { add(Column.evidence + extra, .text(""), textStyle) }
            case .question:
                let question = q.question(row.code)!
                let nodeCode = q.ancestors[row.code]!.last!
                let node = q.nodesByCode[nodeCode]!
                if node.aggregate == .weighted {
                    add(Column.weight, .number(XLSXExport.double(question.weight ?? 0)), scoreStyle)
                } else {
                    add(Column.weight, .formula("\(CellReference.cell(Column.weight, rows[nodeCode]!))/\(node.questions.count)",
                                                cached: .number(XLSXExport.double(row.weight ?? 0))), scoreStyle)
                }
                add(Column.explanation, .text(Self.explanation(question)), textStyle)
                add(Column.options, .text(row.choices ?? ""), CellStyle(wrap: true, horizontal: .center))
                let valueCached: SpreadsheetSheet.Cached = row.percent.map { .number(XLSXExport.double($0 / 100)) } ?? .text("")
                let answerStyle = CellStyle(fill: .input, horizontal: .center)
                switch question.kind {
                case .choice(let choice):
                    if case .option(let code) = row.answer { add(Column.answer, .text(code), answerStyle) } else { add(Column.answer, .text(""), answerStyle) }
                    add(Column.percent, .formula(scales.lookup(ref(Column.answer), scale: choice.scale.id), cached: valueCached), CellStyle(format: .percent(decimals)))
                    choiceCells[choice.scale.id, default: []].append(ref(Column.answer))
                case .number(let spec):
                    if case .number(let value, _) = row.answer {
                        add(Column.answer, .number(XLSXExport.double(value)), CellStyle(fill: .input, format: .decimals(spec.decimals), horizontal: .center))
                    } else {
                        add(Column.answer, .text(""), answerStyle)
                    }
                    let x = ref(Column.answer)
                    let value = FormulaTranslator(cell: { $0 == "x" ? x : nil }).guarded(spec.value, zero: .unanswered, clamp: nil)
                    add(Column.percent, .formula("IF(\(x)=\"\",\"\",\(value))", cached: valueCached), CellStyle(format: .percent(decimals)))
                    let key = [spec.min, spec.max]
                    if numberCells[key] == nil { numberOrder.append(key) }
                    numberCells[key, default: []].append(x)
                case .computed(let spec):
                    let cells = rows, questionCodes = Set(q.questionIndex.keys)
                    // Inputs and derived rows are read from Jawaban; a question (if a formula names one) from its value.
                    let translator = FormulaTranslator(cell: { code in
                        cells[code].map { CellReference.cell(questionCodes.contains(code) ? Column.percent : Column.answer, $0) }
                    })
                    let blanks = (spec.inputs.map(\.code) + spec.formula.references.filter { spec.derived.map(\.code).contains($0) })
                        .map { "\(CellReference.cell(Column.answer, rows[$0]!))=\"\"" }
                    let value = translator.guarded(spec.formula, zero: spec.zeroDenominator, clamp: spec.clamp)
                    add(Column.answer, .formula("IF(OR(\(blanks.joined(separator: ","))),\"\",\(value))", cached: valueCached),
                        CellStyle(format: .percent(decimals), horizontal: .center))
                    add(Column.percent, .formula(ref(Column.answer), cached: valueCached), CellStyle(format: .percent(decimals)))
                }
                add(Column.score, .formula("N(\(ref(Column.percent)))*\(ref(Column.weight))", cached: .number(XLSXExport.double(row.score ?? 0))),
                    CellStyle(format: .decimals(decimals)))
            case .input:
                let input = Self.input(row.code, in: q)!
                add(Column.explanation, .text(""), textStyle)
                add(Column.options, .text(t("Jumlah", "Count")), CellStyle(horizontal: .center))
                let style = CellStyle(fill: .input, format: input.decimals == 0 ? .integer : .decimals(input.decimals), horizontal: .center)
                if case .number(let value, _) = row.answer { add(Column.answer, .number(XLSXExport.double(value)), style) } else { add(Column.answer, .text(""), style) }
                let key = [input.min, input.max, Number(input.decimals)]
                if countCells[key] == nil { countOrder.append(key) }
                countCells[key, default: []].append(ref(Column.answer))
            case .derived:
                let derived = q.derivedIndex[row.code]!
                let cells = rows
                let translator = FormulaTranslator(cell: { cells[$0].map { CellReference.cell(Column.answer, $0) } })
                let blanks = derived.formula.references.compactMap { rows[$0] }.map { "\(CellReference.cell(Column.answer, $0))=\"\"" }
                let value = translator.guarded(derived.formula, zero: .unanswered, clamp: nil)
                let cached: SpreadsheetSheet.Cached
                if case .computed(let v) = row.answer { cached = .number(XLSXExport.double(v)) } else { cached = .text("") }
                add(Column.explanation, .text(""), textStyle)
                add(Column.options, .text(t("Jumlah", "Count")), CellStyle(horizontal: .center))
                add(Column.answer, .formula(blanks.isEmpty ? value : "IF(OR(\(blanks.joined(separator: ","))),\"\",\(value))", cached: cached),
                    CellStyle(format: .general, horizontal: .center))
            }
            if !isNode {
                for column in [Column.weight, Column.score, Column.percent] where !cells.contains(where: { $0.column == column }) {
                    add(column, .text(""), CellStyle())
                }
                add(Column.note, .text(row.note ?? ""), textStyle)
                for extra in 0..<evidenceColumns {
                    let item = extra < row.evidence.count ? row.evidence[extra] : ""
                    if let url = Hyperlink.url(item) {
                        sheet.hyperlinks.append((CellReference.cell(Column.evidence + extra, r), url))
                        add(Column.evidence + extra, .text(item), CellStyle(link: true))
                    } else {
                        add(Column.evidence + extra, .text(item), textStyle)
                    }
                }
            }
            sheet.append(cells)
        }

        sheet.frozenRows = 1
        sheet.print.titleRows = 1...1
        sheet.print.footer = "&L&A&R" + t("Halaman &P dari &N", "Page &P of &N")
        let answerTitle = t("Jawaban tidak sah", "Invalid answer")
        for scale in scales.optionOrder where choiceCells[scale] != nil {
            sheet.validations.append(.init(kind: .list(scales.optionRanges[scale]!), cells: choiceCells[scale]!, errorTitle: answerTitle,
                                           error: t("Pilih salah satu pilihan jawaban dari daftar.", "Choose one of the options in the list.")))
        }
        for key in numberOrder {
            sheet.validations.append(.init(kind: .decimal(min: key[0], max: key[1]), cells: numberCells[key]!, errorTitle: answerTitle,
                                           error: t("Isikan angka dari \(key[0]) sampai \(key[1]).", "Enter a number from \(key[0]) to \(key[1]).")))
        }
        for key in countOrder {
            let whole = key[2] == 0
            sheet.validations.append(.init(kind: whole ? .whole(min: key[0], max: key[1]) : .decimal(min: key[0], max: key[1]),
                                           cells: countCells[key]!, errorTitle: answerTitle,
                                           error: whole ? t("Isikan bilangan bulat dari \(key[0]) sampai \(key[1]).", "Enter a whole number from \(key[0]) to \(key[1]).")
                                                        : t("Isikan angka dari \(key[0]) sampai \(key[1]).", "Enter a number from \(key[0]) to \(key[1]).")))
        }
    }

    /// The last row of a question: its own, or that of its last input or derived row.
    private func lastRow(of question: Question, from rows: [String: Int]) -> Int {
        guard case .computed(let spec) = question.kind else { return rows[question.code]! }
        return ([question.code] + spec.inputs.map(\.code) + spec.derived.map(\.code)).compactMap { rows[$0] }.max()!
    }

    /// The Penjelasan of a question: the printed condition, or the criterion of every option, then the explanation.
    static func explanation(_ question: Question) -> String {
        var parts: [String] = []
        if case .choice(let choice) = question.kind {
            if let condition = choice.condition { parts.append(condition) }
            for option in choice.scale.options {
                if let criterion = choice.criteria[option.code] { parts.append(option.code + ". " + criterion) }
            }
        }
        if let explanation = question.explanation { parts.append(explanation) }
        return parts.joined(separator: "\n")
    }

    static func input(_ code: String, in q: Questionnaire) -> Question.Input? {
        guard let owner = q.inputOwner[code], let question = q.question(owner), case .computed(let spec) = question.kind else { return nil }
        return spec.inputs.first { $0.code == code }
    }
}
