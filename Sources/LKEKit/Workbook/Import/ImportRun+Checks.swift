import Foundation

extension ImportRun {
    /// Takes the unit header and eligibility from the Ringkasan sheet; without one, the unit is named after the file.
    mutating func readSummary(_ summary: WorkbookSheet?) {
        guard let summary else {
            add(WorkbookDiagnostic(.warning, book: book, sheet: nil, cell: nil, Message.Workbook.noSummarySheet(unit: answers.unit)))
            return
        }
        let ids = Set(questionnaire.predicates.flatMap(\.prerequisites).map(\.id))
        let reader = SummaryReader(summary, prerequisites: ids)
        for (address, severity, message) in reader.problems { report(severity, address, message, sheet: summary.name) }
        let header = reader.header
        if let unit = header["unit"] { answers.unit = unit }
        answers.instansi = header["instansi"]
        answers.period = header["period"]
        answers.assessor = header["assessor"]
        if let layer = header["layer"] {
            if AnswerSheetLoader.layers.contains(layer) {
                answers.layer = layer
            } else {
                report(.warning, nil, Message.Workbook.unknownLayer(layer, layers: AnswerSheetLoader.layers), sheet: summary.name)
            }
        }
        if let predicate = header["predicate"], predicate.lowercased() != "none" {
            if questionnaire.predicate(predicate) != nil {
                answers.predicate = predicate
            } else {
                report(.warning, nil, Message.Workbook.unknownPredicate(predicate), sheet: summary.name)
            }
        }
        for (id, met) in reader.eligibility where answers.eligibility[id] == nil {
            answers.eligibility[id] = met
            answers.eligibilityOrder.append(id)
        }
    }

    /// Checks the answers as `lke check` would (errors drop the answer they concern), then compares the
    /// workbook's cached results with the score.
    mutating func validateAndCompare() {
        var resolved = ResolvedAnswers(questionnaire: questionnaire, sheet: answers)
        var problems: [Diagnostic] = []
        AnswerValidator(questionnaire: questionnaire).validate(answers, into: &resolved, diagnostics: &problems)
        for problem in problems + resolved.warnings {
            let cell = problem.location.map { CellAddress(row: $0.line, column: $0.column) }
            add(WorkbookDiagnostic(problem.severity, book: book, sheet: sheet.name, cell: cell, problem.message), times: Swift.max(1, problem.omitted))
        }
        let card = Scorer.score(resolved)
        let decimals = questionnaire.rounding.decimals
        for item in cached {
            guard let typed = Self.cachedNumber(item.cell) else { continue }
            let ours: Number?
            var cachedValue = typed
            var places = decimals
            var percent = false
            switch item.kind {
            case .node:
                ours = card.nodes[item.code].map { card.rounded($0.score) }
            case .derived:
                ours = matcher.item(code: item.code)?.owner.flatMap { card.questions[$0]?.derived[item.code] }
            case .question:
                ours = card.questions[item.code]?.value
                percent = true
                places = decimals + 2
                if typed > 1, ours.map({ $0 <= 1 }) ?? true { cachedValue = typed / 100 }
            case .input:
                continue
            }
            comparedCount += 1
            guard let ours else {
                report(.warning, item.address, Message.Workbook.cachedWithoutValue(item.code, cached: cachedValue, percent: percent, places: decimals))
                continue
            }
            if AnswerCellReader.round(cachedValue, places) != AnswerCellReader.round(ours, places) {
                report(.warning, item.address, Message.Workbook.cachedDiffers(item.code, cached: cachedValue, computed: ours, percent: percent, places: decimals))
            }
        }
    }

    /// The number a cached cell shows: a number, or text such as `100%` or `90,91 %`; `nil` for other text.
    static func cachedNumber(_ cell: WorkbookCell) -> Number? {
        switch cell.value {
        case .number: return cell.number
        case .text(let text):
            let tidied = AnswerCellReader.tidy(text)
            guard !tidied.isEmpty, tidied.first!.isNumber || tidied.first == "-" else { return nil }
            return AnswerCellReader.parse(tidied.replacingOccurrences(of: " %", with: "%"), decimals: 4, allowsUnit: false, fractionPercent: true)
        default: return nil
        }
    }

}
