import Foundation

/// Reads CSV as form tools and spreadsheets export it: a header row, fields separated by `,` or `;` (or a
/// tab), fields in double quotes with `""` for a quote and line breaks inside quotes, LF or CRLF, UTF-8 with
/// or without a byte-order mark. It works on the bytes and keeps where each field starts, so that a bad cell
/// can be reported as `file:line:col`.
struct SurveyCSVReader {
    /// One field: its content bytes and where it starts.
    struct Field {
        /// The content (inside the quotes for a quoted field).
        var start: Int
        var end: Int
        /// Whether the content holds `""` pairs to fold.
        var hasEscapes: Bool
        /// The 1-based line and the byte offset of that line's start, for the column.
        var line: Int
        var lineStart: Int
        /// The byte offset of the field's first character (the opening quote of a quoted field).
        var cellStart: Int
    }

    /// A structural problem in one record.
    struct Problem {
        var line: Int
        var lineStart: Int
        var offset: Int
        var message: Localized
    }

    let bytes: [UInt8]
    private(set) var delimiter: UInt8 = UInt8(ascii: ",")
    private var position: Int
    private var line = 1
    private var lineStart: Int

    /// Starts reading `data`; a byte-order mark is skipped and the delimiter is taken from the header line.
    init(data: Data) {
        bytes = [UInt8](data)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        position = bytes.starts(with: bom) ? 3 : 0
        lineStart = position
        delimiter = detectDelimiter()
    }

    /// The delimiter the header line uses most, outside quotes: `;`, `\t` or `,` (the default).
    private func detectDelimiter() -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        var i = position
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { quoted.toggle() }
            else if !quoted, b == UInt8(ascii: "\n") { break }
            else if !quoted, counts[b] != nil { counts[b]! += 1 }
            i += 1
        }
        let comma = counts[UInt8(ascii: ",")]!, semicolon = counts[UInt8(ascii: ";")]!, tab = counts[UInt8(ascii: "\t")]!
        if semicolon > comma, semicolon >= tab { return UInt8(ascii: ";") }
        if tab > comma, tab > semicolon { return UInt8(ascii: "\t") }
        return UInt8(ascii: ",")
    }

    /// The 1-based column of a byte offset on a line, counted in Unicode scalars.
    func column(of offset: Int, lineStart: Int) -> Int {
        var count = 1
        var i = lineStart
        while i < offset, i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The location of a field.
    func location(_ field: Field, path: String) -> SourceLocation {
        SourceLocation(path: path, line: field.line, column: column(of: field.cellStart, lineStart: field.lineStart))
    }

    /// The raw bytes of a field's content (with any `""` unfolded).
    func bytes(_ field: Field) -> ArraySlice<UInt8> { bytes[field.start..<field.end] }

    /// The text of a field, with `""` folded to `"`.
    func text(_ field: Field) -> String {
        let slice = bytes[field.start..<field.end]
        let raw = String(decoding: slice, as: UTF8.self)
        return field.hasEscapes ? raw.replacingOccurrences(of: "\"\"", with: "\"") : raw
    }

    /// Whether the field holds only spaces (or nothing).
    func isBlank(_ field: Field) -> Bool {
        var i = field.start
        while i < field.end {
            let b = bytes[i]
            if b != UInt8(ascii: " ") && b != UInt8(ascii: "\t") && b != UInt8(ascii: "\r") && b != UInt8(ascii: "\n") { return false }
            i += 1
        }
        return true
    }

    /// The single ASCII digit a field holds (spaces around it allowed), if that is all it holds.
    func digit(_ field: Field) -> Int? {
        var i = field.start, end = field.end
        while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
        while end > i, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end - i == 1 else { return nil }
        let b = bytes[i]
        return b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") ? Int(b - UInt8(ascii: "0")) : nil
    }

    /// Reads the next record into `fields`; `false` at the end of the data. Structural problems (an
    /// unterminated quote, text after a closing quote) go to `problem`, and the record is still returned.
    mutating func next(into fields: inout [Field], problem: inout Problem?) -> Bool {
        fields.removeAll(keepingCapacity: true)
        problem = nil
        guard position < bytes.count else { return false }
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        while true {
            let cellStart = position
            let fieldLine = line, fieldLineStart = lineStart
            if position < bytes.count, bytes[position] == quote {
                position += 1
                let start = position
                var escapes = false
                var closed = false
                while position < bytes.count {
                    let b = bytes[position]
                    if b == quote {
                        if position + 1 < bytes.count, bytes[position + 1] == quote {
                            escapes = true
                            position += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    if b == newline { line += 1; lineStart = position + 1 }
                    position += 1
                }
                let end = position
                fields.append(Field(start: start, end: end, hasEscapes: escapes, line: fieldLine, lineStart: fieldLineStart, cellStart: cellStart))
                if !closed {
                    problem = Problem(line: fieldLine, lineStart: fieldLineStart, offset: cellStart, message: Message.Survey.unclosedQuote)
                    return true
                }
                position += 1
                // After the closing quote: a delimiter, a line end or the end of the data.
                var trailing = position
                while trailing < bytes.count, bytes[trailing] == UInt8(ascii: " ") { trailing += 1 }
                if trailing < bytes.count, bytes[trailing] != delimiter, bytes[trailing] != newline, bytes[trailing] != cr {
                    if problem == nil {
                        problem = Problem(line: line, lineStart: lineStart, offset: trailing, message: Message.Survey.textAfterQuote)
                    }
                    while trailing < bytes.count, bytes[trailing] != delimiter, bytes[trailing] != newline { trailing += 1 }
                }
                position = trailing
            } else {
                let start = position
                while position < bytes.count, bytes[position] != delimiter, bytes[position] != newline { position += 1 }
                var end = position
                if end > start, bytes[end - 1] == cr { end -= 1 }
                fields.append(Field(start: start, end: end, hasEscapes: false, line: fieldLine, lineStart: fieldLineStart, cellStart: cellStart))
            }
            if position >= bytes.count { return true }
            if bytes[position] == delimiter {
                position += 1
                if position >= bytes.count {
                    fields.append(Field(start: position, end: position, hasEscapes: false, line: line, lineStart: lineStart, cellStart: position))
                    return true
                }
                continue
            }
            if bytes[position] == cr { position += 1 }
            if position < bytes.count, bytes[position] == newline {
                position += 1
                line += 1
                lineStart = position
            }
            return true
        }
    }
}
