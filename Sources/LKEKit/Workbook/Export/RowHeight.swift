import Foundation

/// Row heights estimated from the wrapped text of a row and the widths of its columns.
///
/// A row without a height is shown one line high by LibreOffice (which keeps the heights of an imported
/// workbook) and by Excel until it is edited, so wrapped text would be cut off or overlap the next row. The
/// estimate wraps words greedily at the number of characters a column holds (a column's width counts digits
/// of the default font; text averages narrower, bold text a little wider).
enum RowHeight {
    /// The height of one line of 10-point text, in points (Excel shows 12.75, LibreOffice about 11.5).
    static let line = 12.0

    /// The height of a row, or `nil` when every cell fits on one line.
    /// `merged` gives the width of the merged ranges (one row high) that start in this row, by first column.
    static func estimate(_ cells: [SpreadsheetSheet.Cell], widths: [Double], merged: [Int: Double] = [:]) -> Double? {
        var lines = 1
        if cells.contains(where: \.style.large) { return 20 }
        for cell in cells where cell.style.wrap {
            guard case .text(let text) = cell.value, !text.isEmpty, cell.column <= widths.count else { continue }
            let width = merged[cell.column] ?? widths[cell.column - 1]
            let perCharacter = cell.style.bold ? 1.0 : 1.1
            let capacity = max(4, Int(width * perCharacter) - 1 - cell.style.indent * 2)
            lines = max(lines, self.lines(text, capacity: capacity))
        }
        return lines > 1 ? Double(lines) * line + 2 : nil
    }

    /// How many lines `text` takes when wrapped at `capacity` characters, words kept whole where they fit.
    static func lines(_ text: String, capacity: Int) -> Int {
        var total = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines = 1, used = 0
            for word in paragraph.split(separator: " ") {
                var length = word.count
                if used > 0 && used + 1 + length <= capacity {
                    used += 1 + length
                    continue
                }
                if used > 0 { lines += 1; used = 0 }
                // A word longer than a line (a link) breaks anywhere.
                while length > capacity { lines += 1; length -= capacity }
                used = length
            }
            total += lines
        }
        return total
    }
}
