import Foundation

/// One import in progress: reads the rows of the worksheet into answer entries, then checks them and compares
/// the workbook's cached results with what `lke` computes.
struct ImportRun {
    let book: String
    let sheet: WorkbookSheet
    let layout: SheetLayout
    let questionnaire: Questionnaire
    var matcher: RowMatcher
    var answers: AnswerSheet
    /// The problems kept: at most `Diagnostic.perFile`; the rest are only counted (`hidden`), so that a sheet of
    /// a million bad rows costs a counter, not a message each.
    private(set) var diagnostics: [WorkbookDiagnostic] = []
    /// How many problems of each severity were found, kept or not.
    private(set) var counts: [Diagnostic.Severity: Int] = [:]
    /// How many problems were counted but not kept, and the worst of them.
    private var hidden = (count: 0, severity: Diagnostic.Severity.note)
    private(set) var unmatched: [Int] = []
    private(set) var answerCount = 0
    /// How many cached results were compared with the score.
    var comparedCount = 0
    /// Cells holding results `lke` computes: compared after scoring.
    var cached: [(code: String, kind: RowMatcher.Kind, address: CellAddress, cell: WorkbookCell)] = []
    var rowOfCode: [String: Int] = [:]
    private var entryIndex: [String: Int] = [:]

    init(book: String, sheet: WorkbookSheet, layout: SheetLayout, questionnaire: Questionnaire) {
        self.book = book
        self.sheet = sheet
        self.layout = layout
        self.questionnaire = questionnaire
        matcher = RowMatcher(questionnaire: questionnaire)
        let base = (book as NSString).lastPathComponent
        let unit = (base as NSString).deletingPathExtension
        answers = AnswerSheet(questionnaireID: questionnaire.id, unit: unit.isEmpty ? base : unit, path: book)
    }

    mutating func report(_ severity: Diagnostic.Severity, _ address: CellAddress?, _ message: Localized, sheet name: String? = nil) {
        add(WorkbookDiagnostic(severity, book: book, sheet: name ?? sheet.name, cell: address, message))
    }

    /// Keeps `diagnostic`, or only counts it once `Diagnostic.perFile` are kept; `times` counts one that stands for
    /// several (the validator's own tally).
    mutating func add(_ diagnostic: WorkbookDiagnostic, times: Int = 1) {
        counts[diagnostic.severity, default: 0] += times
        if times == 1, diagnostics.count < Diagnostic.perFile {
            diagnostics.append(diagnostic)
        } else {
            hidden.count += times
            hidden.severity = Swift.min(hidden.severity, diagnostic.severity)
        }
    }

    /// The problems to show: those kept, then, when some were only counted, one line at the book saying how many.
    var shownDiagnostics: [WorkbookDiagnostic] {
        guard hidden.count > 0 else { return diagnostics }
        return diagnostics + [WorkbookDiagnostic(hidden.severity, book: book, sheet: nil, cell: nil,
                                                 Message.Diagnostics.moreNotShown(hidden.count, perFile: Diagnostic.perFile))]
    }

    // MARK: - Rows

    mutating func readRows() {
        guard let answerColumn = layout.column(.answer), sheet.maxRow >= layout.firstDataRow else { return }
        for row in layout.firstDataRow...sheet.maxRow {
            let codeText = layout.column(.code).map { AnswerCellReader.tidy(sheet.cell(row, $0)?.text ?? "") } ?? ""
            let text = rowText(row)
            let answerAddress = CellAddress(row: row, column: answerColumn)
            let answerCell = sheet.cells[answerAddress]
            let note = noteText(row)
            let evidence = evidenceItems(row)
            let typeLabel = layout.column(.type).flatMap { sheet.cell(row, $0)?.text }
            let typed = answerCell.map { $0.formula != nil || !AnswerCellReader.isPlaceholder($0.text, typeLabel: nil, scaleTitle: nil) } ?? false
            if codeText.isEmpty, text.isEmpty, !typed, note == nil, evidence.isEmpty { continue }
            var item: RowMatcher.Item?
            if !codeText.isEmpty, matcher.item(code: codeText) != nil {
                item = matcher.match(code: codeText, row: row)
            } else if !text.isEmpty {
                item = matcher.match(text: text, row: row)
            }
            guard let item else {
                if typed || note != nil || !evidence.isEmpty {
                    unmatched.append(row)
                    let shown = codeText.isEmpty ? text : codeText
                    report(.error, answerAddress, Message.Workbook.rowMatchesNoCode(row: row, shown: Self.clip(shown), questionnaire: questionnaire.id))
                }
                continue
            }
            if let earlier = rowOfCode[item.code] {
                report(.error, answerAddress, Message.Workbook.codeAlreadyRead(item.code, row: earlier))
                continue
            }
            rowOfCode[item.code] = row
            readRow(item, row: row, answerAddress: answerAddress, answerCell: answerCell, typeLabel: typeLabel, note: note, evidence: evidence)
        }
    }

    private mutating func readRow(_ item: RowMatcher.Item, row: Int, answerAddress: CellAddress, answerCell: WorkbookCell?,
                                  typeLabel: String?, note: String?, evidence: [String]) {
        let location = SourceLocation(path: book, line: row, column: layout.column(.code) ?? answerAddress.column)
        let valueLocation = SourceLocation(path: book, line: row, column: answerAddress.column)
        switch item.kind {
        case .node:
            if let column = layout.column(.value), let cell = sheet.cell(row, column), cell.number != nil {
                cached.append((item.code, .node, CellAddress(row: row, column: column), cell))
            }
            if note != nil || !evidence.isEmpty {
                report(.warning, answerAddress, Message.Workbook.notesOnNonQuestion(item.code))
            }
            return
        case .derived:
            if let answerCell { cached.append((item.code, .derived, answerAddress, answerCell)) }
            return
        case .question, .input:
            break
        }
        var value: String?
        let reading: AnswerCellReader.Reading?
        switch answerKind(item) {
        case .choice(let scale):
            reading = answerCell.map { AnswerCellReader.choice($0, scale: scale, typeLabel: typeLabel) }
        case .number(let min, let max, let decimals, let allowsUnit):
            reading = answerCell.map { AnswerCellReader.number($0, min: min, max: max, decimals: decimals, typeLabel: typeLabel, allowsUnit: allowsUnit) }
        case .computed:
            if let answerCell, answerCell.value != .empty || answerCell.formula != nil { cached.append((item.code, .question, answerAddress, answerCell)) }
            reading = nil
        }
        if let answerCell, let formula = answerCell.formula, reading != nil {
            report(.error, answerAddress, Message.Workbook.answerIsFormula(item.code, formula: Self.clip(formula)))
        } else if let reading {
            switch reading {
            case .unanswered: break
            case .answer(let text, let normalized):
                value = text
                answerCount += 1
                if let normalized {
                    report(.warning, answerAddress, Message.Workbook.aboutCode(item.code, normalized))
                }
            case .invalid(let message):
                report(.error, answerAddress, Message.Workbook.aboutCode(item.code, message))
            }
        }
        guard value != nil || note != nil || !evidence.isEmpty else { return }
        entryIndex[item.code] = answers.entries.count
        answers.entries.append(AnswerSheet.Entry(code: item.code, value: value, note: note, evidence: evidence,
                                                 location: location, valueLocation: valueLocation))
    }

    private enum AnswerKind {
        case choice(Scale)
        case number(min: Number, max: Number, decimals: Int, allowsUnit: Bool)
        case computed
    }

    private func answerKind(_ item: RowMatcher.Item) -> AnswerKind {
        if item.kind == .input, let owner = item.owner, let question = questionnaire.question(owner), case .computed(let spec) = question.kind,
           let input = spec.inputs.first(where: { $0.code == item.code }) {
            return .number(min: input.min, max: input.max, decimals: input.decimals, allowsUnit: true)
        }
        guard let question = questionnaire.question(item.code) else { return .computed }
        switch question.kind {
        case .choice(let choice): return .choice(choice.scale)
        case .number(let spec): return .number(min: spec.min, max: spec.max, decimals: spec.decimals, allowsUnit: false)
        case .computed: return .computed
        }
    }

    /// The row's text: the longest text in the text columns that is not a numbering mark (`A.`, `ii.`, `-`).
    private func rowText(_ row: Int) -> String {
        var best = ""
        for column in layout.columns[.text] ?? [] {
            guard let cell = sheet.cell(row, column), case .text(let raw) = cell.value else { continue }
            let text = AnswerCellReader.tidy(raw)
            if Self.isNumbering(text) { continue }
            if text.count > best.count { best = text }
        }
        return best
    }

    /// `A.`, `II.`, `1.`, `iii.`, `a`, `-`: hierarchy marks, never the text.
    static func isNumbering(_ text: String) -> Bool {
        var body = Substring(text)
        while let last = body.last, last == "." || last == ")" { body = body.dropLast() }
        if body.isEmpty { return true }
        if body == "-" { return true }
        return body.count <= 4 && (body.allSatisfy(\.isNumber) || body.allSatisfy { "ivxlIVXL".contains($0) } || (body.count == 1 && body.first!.isLetter))
    }

    private func noteText(_ row: Int) -> String? {
        var parts: [String] = []
        for column in layout.columns[.note] ?? [] {
            guard let text = sheet.cell(row, column)?.text else { continue }
            let cleaned = text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !cleaned.isEmpty { parts.append(cleaned) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n")
    }

    /// Evidence items of the row, left to right: each line of the evidence cells; a cell whose text is a title
    /// with a hyperlink gives the link.
    private func evidenceItems(_ row: Int) -> [String] {
        var items: [String] = []
        for column in layout.columns[.evidence] ?? [] {
            let address = CellAddress(row: row, column: column)
            let lines = (sheet.cells[address]?.text ?? "").split(whereSeparator: { $0 == "\n" || $0 == "\r" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let link = sheet.hyperlinks[address], !link.hasPrefix("#"), lines.count <= 1, !(lines.first.map(SheetLayout.isLink) ?? false) {
                items.append(link)
                continue
            }
            // Items are kept as listed, a repeated one too: the answer file may list one twice.
            items += lines
        }
        return items
    }

    static func clip(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}
