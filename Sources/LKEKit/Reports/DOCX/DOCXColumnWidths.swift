/// Column widths fitted to content, in twentieths of a point: a code, number or short column gets the
/// width of its longest cell (never less than its longest word, so no word is broken), and the text
/// columns share what is left in proportion to how much text they hold.
enum DOCXColumnWidths {
    /// Twips per character at the table font (7.5 pt Arial): about 0.55 em for text, and 0.67 em for codes
    /// and numbers (capitals and digits are wider), with room.
    static let characterWidth = 86
    static let codeCharacterWidth = 102
    /// Left and right cell margins together.
    static let padding = 140

    static func widths(_ table: ReportDocument.Table, total: Int) -> [Int] {
        let count = table.columns.count
        guard count > 0 else { return [] }
        var longest = Array(repeating: 1, count: count)
        var longestWord = Array(repeating: 1, count: count)
        var volume = Array(repeating: 0, count: count)
        for (index, column) in table.columns.enumerated() {
            measure(column.header.plainText, into: index, bold: true)
        }
        for row in table.rows {
            for (index, cell) in row.cells.enumerated() where index < count {
                measure(cell.plainText, into: index, bold: row.emphasis)
            }
        }
        func measure(_ text: String, into index: Int, bold: Bool) {
            let factor = bold ? 1.1 : 1.0
            let length = Int(Double(text.count) * factor + 0.5)
            longest[index] = max(longest[index], length)
            volume[index] += text.count
            for word in text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\u{200B}" }) where !isURL(word) {
                longestWord[index] = max(longestWord[index], Int(Double(word.count) * factor + 0.5))
            }
        }
        var widths = Array(repeating: 0, count: count)
        var flexible: [Int] = []
        for (index, column) in table.columns.enumerated() {
            switch column.kind {
            case .code, .number:
                widths[index] = longest[index] * codeCharacterWidth + padding
            case .short:
                widths[index] = min(longest[index], max(longestWord[index], 18)) * codeCharacterWidth + padding
            case .text:
                widths[index] = longestWord[index] * characterWidth + padding
                flexible.append(index)
            }
        }
        let fixed = widths.reduce(0, +)
        if flexible.isEmpty || fixed >= total {
            // Nothing to stretch, or too wide: scale everything to fit.
            let sum = max(fixed, 1)
            return widths.map { $0 * total / sum }
        }
        let spare = total - fixed
        let weights = flexible.map { Double(min(max(volume[$0], 1), 400_000)).squareRoot() }
        let weightSum = weights.reduce(0, +)
        for (position, index) in flexible.enumerated() {
            widths[index] += Int(Double(spare) * weights[position] / weightSum)
        }
        widths[flexible.last!] += total - widths.reduce(0, +)
        return widths
    }

    private static func isURL(_ word: Substring) -> Bool {
        word.hasPrefix("http:") || word.hasPrefix("https:") || word.contains(".")
    }
}
