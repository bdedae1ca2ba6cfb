import Foundation

/// Reads an answer cell the way units type it: letter case, stray spaces, `ya`/`YA`, `A.`, a decimal comma,
/// thousands separators, `100%`, a count followed by its unit (`10 orang`). Each reading that changes what was
/// typed says so (the importer turns it into a warning); what cannot be read is an error.
enum AnswerCellReader {
    enum Reading: Equatable {
        /// No answer: an empty cell, or the answer type label left in place.
        case unanswered
        /// The answer text for the answer file; `normalized` tells what was typed when it differs.
        case answer(String, normalized: Localized?)
        case invalid(Localized)
    }

    /// Placeholders that mean "not filled in": type labels and formula texts.
    static let placeholders: Set<String> = ["y/t", "ya/tidak", "a/b/c", "a/b/c/d", "a/b/c/d/e", "blm diisi", "belum diisi", "-", "--", "%", "jumlah",
                                            "nilai", "nilai (0-4)", "#n/a", "n/a"]

    /// Collapses runs of spaces, tabs and line ends to one space and trims.
    static func tidy(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    static func isPlaceholder(_ text: String, typeLabel: String?, scaleTitle: String?) -> Bool {
        let lower = tidy(text).lowercased()
        if lower.isEmpty || placeholders.contains(lower) { return true }
        if let typeLabel, lower == tidy(typeLabel).lowercased() { return true }
        if let scaleTitle, lower == scaleTitle.lowercased() { return true }
        return false
    }

    /// A choice on `scale`.
    static func choice(_ cell: WorkbookCell, scale: Scale, typeLabel: String?) -> Reading {
        let typed = cell.text
        let tidied = tidy(typed)
        // An option first: a type label with a typo ("Ya" for Ya/Tidak) can equal an answer.
        if let option = scale.option(matching: tidied), option.code == typed { return .answer(option.code, normalized: nil) }
        if scale.option(matching: tidied) == nil, isPlaceholder(typed, typeLabel: typeLabel, scaleTitle: scale.title) { return .unanswered }
        var candidates = [tidied]
        if tidied.hasSuffix(".") || tidied.hasSuffix(")") { candidates.append(String(tidied.dropLast()).trimmingCharacters(in: .whitespaces)) }
        candidates.append(tidied.replacingOccurrences(of: " ", with: ""))
        for candidate in candidates {
            guard let option = scale.option(matching: candidate) else { continue }
            if option.code == typed { return .answer(option.code, normalized: nil) }
            return .answer(option.code, normalized: Message.Workbook.readAs(typed, as: option.code))
        }
        return .invalid(Message.Workbook.notAnOption(typed, scale: scale.title, options: scale.options.map(\.code)))
    }

    /// A number in `min...max` with at most `decimals` places; `percent` allows `100%` (as a fraction when
    /// `max` is at most 1), `allowsUnit` a trailing word (`10 orang`).
    static func number(_ cell: WorkbookCell, min: Number, max: Number, decimals: Int, typeLabel: String?, allowsUnit: Bool) -> Reading {
        var value: Number
        var notes: [Localized] = []
        let typed = cell.text
        switch cell.value {
        case .empty:
            return .unanswered
        case .number(let text):
            guard let parsed = WorkbookCell.decimal(text) else { return .invalid(Message.Workbook.notANumber(text)) }
            value = parsed
        case .bool, .error:
            return .invalid(Message.Workbook.notANumber(typed))
        case .text(let text):
            if isPlaceholder(text, typeLabel: typeLabel, scaleTitle: nil) { return .unanswered }
            guard let parsed = parse(tidy(text), decimals: decimals, allowsUnit: allowsUnit, fractionPercent: max <= 1) else {
                return .invalid(Message.Workbook.unreadableNumber(text))
            }
            value = parsed
            notes.append(Message.Workbook.readAsNumber(text, parsed))
        }
        // Binary floating point noise (3.6199999999999999) is rounded away; real extra decimals are an error.
        let rounded = round(value, decimals)
        if rounded != value {
            let difference = value - rounded
            if difference.magnitude < Number(coefficient: 1, exponent: -9) {
                value = rounded
            } else {
                return .invalid(Message.Workbook.tooManyDecimals(value, decimals: decimals))
            }
        }
        guard value >= min, value <= max else {
            return .invalid(Message.Workbook.outOfRange(value, min: min, max: max))
        }
        return .answer(NumberFormat.plain(value), normalized: notes.first)
    }

    static func round(_ value: Number, _ places: Int) -> Number {
        value.rounded(places: places, .halfAwayFromZero)
    }

    /// Parses typed number text: `3,62`, `1.234`, `1.234,5`, `100%`, `10 orang`.
    static func parse(_ text: String, decimals: Int, allowsUnit: Bool, fractionPercent: Bool) -> Number? {
        var body = text
        var percent = false
        if body.hasSuffix("%") { percent = true; body = String(body.dropLast()).trimmingCharacters(in: .whitespaces) }
        if allowsUnit, let space = body.firstIndex(of: " ") {
            let unit = body[body.index(after: space)...]
            guard !unit.isEmpty, unit.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." }) else { return nil }
            body = String(body[..<space])
        }
        var sign = ""
        if body.hasPrefix("-") { sign = "-"; body.removeFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
        let dots = body.filter { $0 == "." }.count, commas = body.filter { $0 == "," }.count
        func grouped(_ separator: Character) -> Bool {
            let groups = body.split(separator: separator, omittingEmptySubsequences: false)
            return groups.count > 1 && (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
        }
        var plain: String
        if dots > 0, commas > 0 {
            // 1.234,5 (Indonesian) or 1,234.5 (English): the last separator is the decimal mark.
            let lastDot = body.lastIndex(of: ".")!, lastComma = body.lastIndex(of: ",")!
            if lastComma > lastDot {
                plain = body.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            } else {
                plain = body.replacingOccurrences(of: ",", with: "")
            }
        } else if commas > 0 {
            plain = decimals == 0 && grouped(",") ? body.replacingOccurrences(of: ",", with: "") : body.replacingOccurrences(of: ",", with: ".")
        } else if dots > 0 {
            plain = decimals == 0 && grouped(".") ? body.replacingOccurrences(of: ".", with: "") : body
        } else {
            plain = body
        }
        guard plain.filter({ $0 == "." }).count <= 1, var value = Number(scientific: sign + plain) else { return nil }
        if percent, fractionPercent { value /= 100 }
        return value
    }
}
