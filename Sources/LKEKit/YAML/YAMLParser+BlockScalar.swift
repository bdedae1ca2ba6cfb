/// Block scalars (`|` literal, `>` folded), read as YAML 1.2.2 chapter 8.1 reads them.
///
/// The rules, in the order the reader applies them:
/// - The header is the indicator, then at most one chomping indicator (`-` strip, `+` keep, none: clip) and at
///   most one indentation indicator (a digit 1 to 9), in either order, then nothing or a comment.
/// - The content indentation is the parent's indentation (the column of the key, or of the `-`) plus the
///   indentation indicator; without one, it is the indentation of the first line that holds more than spaces,
///   and no all-space line before it may have more spaces than it has.
/// - The text ends before the first line indented less than that which holds more than spaces (a key, a
///   comment, a `-`), or at the end of the file. A line of spaces only, no longer than the content indentation,
///   is an empty line; a longer one is text (its spaces beyond the indentation).
/// - Literal text keeps each line break; folded text joins two text lines with a space, except around a line
///   that starts with a space or tab (more indented), and empty lines between text lines become line breaks.
/// - Chomping decides the end: strip drops the last line break and every trailing empty line, clip keeps the
///   last line break (when there is text) and drops the trailing empty lines, keep keeps both.
/// - The end of the file counts as a line break: a file's last line reads the same with or without a final
///   line end (as in the YAML test suite's cases JEF9 and L24T, where `- |+` and a last line of three spaces
///   give "\n").
extension YAMLReader {
    mutating func parseBlockScalar(line i: Int, at p: Int, parentIndent: Int) -> YAMLNode {
        let line = lines[i]
        let here = location(p, line: line)
        let folded = s[p] == .greater
        guard let header = blockHeader(line: line, after: p, parentIndent: parentIndent) else {
            skipRest(after: i, parentIndent: parentIndent)
            return recovered(at: here)
        }
        // Explicit: the parent's indentation plus the indicator. Detected: at least one column deeper than the
        // parent, and at least one column.
        var contentIndent = header.indentation.map { parentIndent + $0 }
        let minimumIndent = max(parentIndent + 1, 1)
        var texts: [String] = []
        var trailingBlanks = 0
        // The widest all-space line before the first line of text, which may not be wider than that line's indentation.
        var widestLeadingBlank: (spaces: Int, line: Int)?
        var j = i + 1
        index = i + 1
        while j < lines.count {
            let next = lines[j]
            var spaces = 0
            while next.lineStart + spaces < next.end, s[next.lineStart + spaces] == .space { spaces += 1 }
            let allSpaces = next.lineStart + spaces == next.end
            if allSpaces, contentIndent == nil || spaces <= contentIndent! {
                if contentIndent == nil, spaces > (widestLeadingBlank?.spaces ?? 0) { widestLeadingBlank = (spaces, j) }
                texts.append("")
                trailingBlanks += 1
                j += 1
                continue
            }
            if contentIndent == nil {
                if spaces < minimumIndent || s[next.lineStart + spaces] == .tab {
                    if s[next.lineStart + spaces] == .tab, spaces >= minimumIndent {
                        error(next.lineStart + spaces, next, Message.YAML.tabIndentation)
                    }
                    break
                }
                if let widest = widestLeadingBlank, widest.spaces > spaces {
                    let blank = lines[widest.line]
                    error(blank.lineStart + spaces, blank, Message.YAML.blockScalarWideBlankLine)
                }
                contentIndent = spaces
            }
            guard spaces >= contentIndent! else { break }
            texts.append(text((next.lineStart + contentIndent!)..<next.end))
            markVerbatim((next.lineStart + contentIndent!)..<next.end)
            trailingBlanks = 0
            j += 1
            index = j
        }
        // Trailing empty lines belong to the scalar (keep reads them); the next node starts after them.
        if trailingBlanks > 0 { index = max(index, j) }
        let contentLines = texts.prefix(texts.count - trailingBlanks)
        var body = folded ? Self.fold(contentLines) : contentLines.joined(separator: "\n")
        let hasText = !contentLines.isEmpty
        switch header.chomping {
        case .strip: break
        case .clip: if hasText { body += "\n" }
        case .keep:
            if hasText { body += "\n" }
            body += String(repeating: "\n", count: trailingBlanks)
        }
        return YAMLNode(.scalar(body, folded ? .folded : .literal), at: here)
    }

    /// How a block scalar ends (YAML 1.2.2 §8.1.1.2).
    enum Chomping { case strip, clip, keep }

    /// Reads the header after the indicator at `p`; `nil` after reporting an error.
    mutating func blockHeader(line: YAMLLine, after p: Int, parentIndent: Int) -> (chomping: Chomping, indentation: Int?)? {
        var chomping: Chomping?
        var indentation: Int?
        var q = p + 1
        while q < line.end {
            let c = s[q]
            if c == .dash || c == .plus, chomping == nil {
                chomping = c == .dash ? .strip : .keep
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c), indentation == nil {
                guard c != UInt8(ascii: "0") else {
                    error(q, line, Message.YAML.blockIndentationIndicatorZero)
                    return nil
                }
                guard parentIndent >= 0 else {
                    error(q, line, Message.YAML.blockIndentationIndicatorAtTopLevel)
                    return nil
                }
                indentation = Int(c - UInt8(ascii: "0"))
            } else {
                break
            }
            q += 1
        }
        if !restIsBlank(from: q, line: line) || (q < line.end && s[q] == .hash) {
            while q < line.end, s[q] == .space || s[q] == .tab { q += 1 }
            error(q, line, Message.YAML.textAfterBlockScalarIndicator)
            return nil
        }
        return (chomping ?? .clip, indentation)
    }

    /// Folds the lines of a `>` scalar (YAML 1.2.2 §8.1.3): a line break between two text lines becomes a space
    /// unless either is more indented (starts with a space or tab); `n` empty lines between them give `n` line
    /// breaks (one more next to a more-indented line); empty lines before the first text line are line breaks.
    static func fold(_ lines: ArraySlice<String>) -> String {
        var body = ""
        var pending = 0
        var previousMore: Bool?
        for text in lines {
            if text.isEmpty { pending += 1; continue }
            let more = text.utf8.first == .space || text.utf8.first == .tab
            if let previousMore {
                if pending == 0 {
                    body += (previousMore || more) ? "\n" : " "
                } else {
                    body += String(repeating: "\n", count: pending + ((previousMore || more) ? 1 : 0))
                }
            } else {
                body += String(repeating: "\n", count: pending)
            }
            body += text
            pending = 0
            previousMore = more
        }
        return body
    }
}
