import Foundation

/// Sets one answer's value and note in the text of an answer file, in place: only the scalars of that answer
/// change (or, for an answer written as a bare value, its line becomes a `value:`/`note:` mapping); every other
/// byte, comments and layout included, stays as it was. The lines are found from the locations the YAML
/// parser gives.
///
/// Layouts it does not edit in place (a flow mapping `{value: ..., note: ...}` as the answer, a non-empty
/// flow mapping as `answers`, a file that does not parse) give `nil`; the caller then falls back to rewriting
/// the file (`AnswerSheetWriter`). A caller should check the result by loading it again.
public enum AnswerFileEdit {
    /// The edited text, and what the file held before.
    public struct Result: Sendable {
        /// The whole file with the change, with the original's byte-order mark and line ends.
        public internal(set) var text: String
        /// The value written before, as written (`nil` when there was none).
        var previousValue: String?
        /// The note before (`nil` when there was none).
        var previousNote: String?
    }

    /// `source` with `value` and `note` set for `code` under `answers:`.
    public static func set(code: String, value: String, note: String, in source: SourceFile) -> Result? {
        guard let decoded = source.text else { return nil }
        let (root, diagnostics) = YAMLParser.parse(source)
        guard let root, !diagnostics.hasErrors, let top = root.entries,
              let answersAt = top.firstIndex(where: { $0.key == "answers" }) else { return nil }
        var text = Text(decoded)
        let answers = top[answersAt]
        let nextTop = answersAt + 1 < top.count ? top[answersAt + 1].keyLocation.line : text.lineCount + 1
        let answersEnd = text.lastSignificantLine(from: answers.keyLocation.line, before: nextTop)
        let valueText = AnswerSheetWriter.scalar(value, allowsNumber: true)
        let noteText = AnswerSheetWriter.scalar(note)

        guard let entries = answers.value.entries else { return nil }
        guard let index = entries.firstIndex(where: { $0.key == code }) else {
            // A new answer at the end of `answers`, indented as the others.
            let indent = entries.first.map { $0.keyLocation.column - 1 } ?? 2
            if case .mapping = answers.value.content, answers.value.location.line == answers.keyLocation.line {
                // `answers: {}`: the empty flow mapping goes, the block follows.
                guard entries.isEmpty, let open = text.offset(answers.value.location),
                      let close = text.scalars[open...].firstIndex(of: "}") else { return nil }
                var from = open
                while from > 0, text.scalars[from - 1] == " " { from -= 1 }
                text.replace(from..<close + 1, with: "")
            }
            let at = text.lineEndOffset(answersEnd)
            let pad = String(repeating: " ", count: indent)
            text.replace(at..<at, with: text.newline + pad + AnswerSheetWriter.key(code) + ":" + text.newline
                         + pad + "  value: " + valueText + text.newline + pad + "  note: " + noteText)
            return Result(text: text.result(bom: source.data.starts(with: [0xEF, 0xBB, 0xBF])), previousValue: nil, previousNote: nil)
        }
        let entry = entries[index]
        let entryLimit = min(index + 1 < entries.count ? entries[index + 1].keyLocation.line - 1 : nextTop - 1, max(answersEnd, entry.keyLocation.line))
        let indent = entry.keyLocation.column - 1
        let pad = String(repeating: " ", count: indent + 2)
        var previousValue: String?, previousNote: String?
        switch entry.value.content {
        case .scalar(let old, let style) where style == .empty:
            _ = old
            let at = text.lineEndOffset(entry.keyLocation.line)
            text.replace(at..<at, with: text.newline + pad + "value: " + valueText + text.newline + pad + "note: " + noteText)
        case .scalar(let old, _):
            // `CODE: old  # comment` becomes `CODE:` / `value: new  # comment` / `note: ...`.
            guard let span = text.scalarSpan(entry.value, parentIndent: indent, lastLine: entryLimit) else { return nil }
            previousValue = old
            var from = span.lowerBound
            while from > 0, text.scalars[from - 1] == " " { from -= 1 }
            let lineEnd = text.lineEndOffset(text.line(ofOffset: span.upperBound))
            let rest = String(String.UnicodeScalarView(text.scalars[span.upperBound..<lineEnd]))
            text.replace(from..<lineEnd, with: text.newline + pad + "value: " + valueText + rest + text.newline + pad + "note: " + noteText)
        case .mapping(let fields):
            guard entry.value.location.line > entry.keyLocation.line, let first = fields.first else { return nil }
            let fieldPad = String(repeating: " ", count: first.keyLocation.column - 1)
            let fieldIndent = first.keyLocation.column - 1
            func limit(after field: Int) -> Int {
                field + 1 < fields.count ? fields[field + 1].keyLocation.line - 1 : entryLimit
            }
            let valueAt = fields.firstIndex { $0.key == "value" }
            let noteAt = fields.firstIndex { $0.key == "note" }
            // Edits from the end of the file backwards, so that earlier offsets stay valid.
            var edits: [(Range<Int>, String)] = []
            var valueEnd: Int?
            if let valueAt {
                guard case .scalar(let old, let style) = fields[valueAt].value.content, style != .empty,
                      let span = text.scalarSpan(fields[valueAt].value, parentIndent: fieldIndent, lastLine: limit(after: valueAt)) else { return nil }
                previousValue = old
                edits.append((span, valueText))
                valueEnd = text.lineEndOffset(text.line(ofOffset: span.upperBound))
            }
            if let noteAt {
                guard case .scalar(let old, let style) = fields[noteAt].value.content, style != .empty,
                      let span = text.scalarSpan(fields[noteAt].value, parentIndent: fieldIndent, lastLine: limit(after: noteAt)) else { return nil }
                previousNote = old
                edits.append((span, noteText))
            } else {
                let at = valueEnd ?? text.lineEndOffset(entry.keyLocation.line)
                edits.append((at..<at, text.newline + fieldPad + "note: " + noteText))
            }
            if valueAt == nil {
                let at = text.lineEndOffset(entry.keyLocation.line)
                edits.append((at..<at, text.newline + fieldPad + "value: " + valueText))
            }
            for (range, replacement) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
                text.replace(range, with: replacement)
            }
        case .sequence:
            return nil
        }
        return Result(text: text.result(bom: source.data.starts(with: [0xEF, 0xBB, 0xBF])), previousValue: previousValue, previousNote: previousNote)
    }

    /// The file as one array of scalars, line ends included, with where each line starts.
    struct Text {
        var scalars: [Unicode.Scalar]
        /// The line end the file uses (`\r\n` when its first line ends so), for inserted lines.
        let newline: String
        private var lineStarts: [Int] = []

        init(_ text: String) {
            let all = Array(text.unicodeScalars)
            scalars = all
            let firstEnd = all.firstIndex(of: "\n")
            newline = firstEnd.map { $0 > 0 && all[$0 - 1] == "\r" } == true ? "\r\n" : "\n"
            index()
        }

        private mutating func index() {
            lineStarts = [0]
            for (offset, scalar) in scalars.enumerated() where scalar == "\n" { lineStarts.append(offset + 1) }
            if lineStarts.count > 1, lineStarts.last == scalars.count { lineStarts.removeLast() }
        }

        var lineCount: Int { lineStarts.count }

        /// The scalars of 1-based `line`, without its line end.
        func line(_ line: Int) -> ArraySlice<Unicode.Scalar> {
            guard line >= 1, line <= lineStarts.count else { return [] }
            let start = lineStarts[line - 1]
            var end = line < lineStarts.count ? lineStarts[line] - 1 : scalars.last == "\n" ? scalars.count - 1 : scalars.count
            if end > start, scalars[end - 1] == "\r" { end -= 1 }
            return scalars[start..<max(start, end)]
        }

        /// The offset just past the last scalar of `line` (before its line end).
        func lineEndOffset(_ line: Int) -> Int { self.line(line).endIndex }

        /// The 1-based line holding `offset`.
        func line(ofOffset offset: Int) -> Int {
            var low = 0, high = lineStarts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            return low + 1
        }

        /// The offset of a location (columns count scalars).
        func offset(_ location: SourceLocation) -> Int? {
            guard location.line >= 1, location.line <= lineStarts.count else { return nil }
            let offset = lineStarts[location.line - 1] + location.column - 1
            return offset <= line(location.line).endIndex ? offset : nil
        }

        func isBlankOrComment(_ line: Int) -> Bool {
            guard let first = self.line(line).first(where: { $0 != " " && $0 != "\t" }) else { return true }
            return first == "#"
        }

        func indent(_ line: Int) -> Int { self.line(line).prefix { $0 == " " }.count }

        /// The last line from `first` up to `before` (excluded) that holds more than blanks and comments, or
        /// `first` when none does.
        func lastSignificantLine(from first: Int, before limit: Int) -> Int {
            var last = first
            var line = first + 1
            while line < limit, line <= lineCount {
                if !isBlankOrComment(line) { last = line }
                line += 1
            }
            return last
        }

        /// Where a plain scalar's text ends on `line` from `start`: before a comment (` #`) and trailing blanks.
        /// - Returns: the end offset and whether a comment ended the text.
        func plainEnd(line: Int, from start: Int) -> (Int, Bool) {
            let range = self.line(line)
            var end = range.endIndex
            var comment = false
            var p = start
            while p < range.endIndex {
                if scalars[p] == "#", p > start, scalars[p - 1] == " " || scalars[p - 1] == "\t" { end = p; comment = true; break }
                p += 1
            }
            while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
            return (end, comment)
        }

        /// The offsets a scalar node takes, from its first character to its last (a closing quote, the end of
        /// its last continuation or block line), trailing comments excluded; at most up to `lastLine`.
        func scalarSpan(_ node: YAMLNode, parentIndent: Int, lastLine: Int) -> Range<Int>? {
            guard case .scalar(_, let style) = node.content, let start = offset(node.location) else { return nil }
            let first = node.location.line
            switch style {
            case .empty:
                return nil
            case .plain:
                var (end, comment) = plainEnd(line: first, from: start)
                var line = first + 1
                while !comment, line <= lastLine {
                    defer { line += 1 }
                    if self.line(line).allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                    if isBlankOrComment(line) || indent(line) <= parentIndent { break }
                    let from = self.line(line).startIndex + indent(line)
                    (end, comment) = plainEnd(line: line, from: from)
                }
                return start..<end
            case .singleQuoted, .doubleQuoted:
                let quote = scalars[start]
                var p = start + 1
                while p < scalars.count {
                    if quote == "\"", scalars[p] == "\\" { p += 2; continue }
                    if scalars[p] == quote {
                        if quote == "'", p + 1 < scalars.count, scalars[p + 1] == "'" { p += 2; continue }
                        return start..<p + 1
                    }
                    p += 1
                }
                return nil
            case .literal, .folded:
                var end = lineEndOffset(first)
                var line = first + 1
                while line <= lastLine {
                    defer { line += 1 }
                    if self.line(line).allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                    if indent(line) <= parentIndent { break }
                    end = lineEndOffset(line)
                }
                return start..<end
            }
        }

        /// Replaces `range` with `text`, whose line ends are `\n` or already `newline`.
        mutating func replace(_ range: Range<Int>, with text: String) {
            scalars.replaceSubrange(range, with: text.unicodeScalars)
            index()
        }

        func result(bom: Bool) -> String {
            (bom ? "\u{FEFF}" : "") + String(String.UnicodeScalarView(scalars))
        }
    }
}
