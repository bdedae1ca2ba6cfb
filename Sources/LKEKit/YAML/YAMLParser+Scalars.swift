// Values: plain and quoted scalars, and the escapes of double-quoted text.

extension YAMLReader {
    mutating func parseValue(line i: Int, at offset: Int, parentIndent: Int, depth: Int,
                             allowSameIndentSequence: Bool = false) -> YAMLNode {
        let line = lines[i]
        var p = offset
        while p < line.end, s[p] == .space || s[p] == .tab { p += 1 }
        // The value's own location is made where it is needed: a location holds the path, and each copy retains it.
        if p >= line.end || (s[p] == .hash && p > line.start && (s[p - 1] == .space || s[p - 1] == .tab)) || (p == line.start && s[p] == .hash) {
            if let j = nextSignificant() {
                let next = lines[j]
                if next.indent > parentIndent, !(next.indent == 0 && (isMarker(next, .dash) || isMarker(next, .dot))) {
                    return parseBlock(at: j, parentIndent: parentIndent, depth: depth) ?? YAMLNode(.scalar("", .empty), at: location(p, line: line))
                }
                if allowSameIndentSequence, next.indent == parentIndent, isDash(next) {
                    return parseSequence(indent: parentIndent, depth: depth)
                }
            }
            return YAMLNode(.scalar("", .empty), at: location(p, line: line))
        }
        let c = Unicode.Scalar(s[p])
        switch c {
        case "&":
            error(p, line, Message.YAML.anchor)
        case "*":
            error(p, line, Message.YAML.alias)
        case "!":
            error(p, line, Message.YAML.tag)
        case "|", ">":
            return parseBlockScalar(line: i, at: p, parentIndent: parentIndent)
        case "[", "{":
            return parseFlow(line: i, at: p, parentIndent: parentIndent)
        case "'", "\"":
            return parseQuoted(line: i, at: p, parentIndent: parentIndent)
        case "@", "`", "%", "]", "}", ",":
            error(p, line, Message.YAML.valueStartsWith(c))
        case "-" where isSpace(p + 1, line):
            error(p, line, Message.YAML.listOnKeyLine)
        case "?" where isSpace(p + 1, line):
            error(p, line, Message.YAML.complexKey)
        default:
            return parsePlain(line: i, at: p, parentIndent: parentIndent)
        }
        skipRest(after: i, parentIndent: parentIndent)
        return recovered(at: location(p, line: line))
    }

    /// The empty node that stands for a value that had an error, placed where the error is, so that loaders can
    /// tell a problem the YAML error already explains from a new one. Past the storage limit the error was only
    /// counted, and the last diagnostic is the tally, which names no place: the node stays at `fallback`.
    func recovered(at fallback: SourceLocation) -> YAMLNode {
        YAMLNode(.scalar("", .empty), at: diagnostics.last.flatMap { $0.omitted == 0 ? $0.location : nil } ?? fallback)
    }

    /// After an error in a value, skips the lines that belong to it.
    mutating func skipRest(after i: Int, parentIndent: Int) {
        index = i + 1
        while let j = nextSignificant(), lines[j].indent > parentIndent, !(lines[j].indent == 0) { index = j + 1 }
    }

    mutating func parsePlain(line i: Int, at p: Int, parentIndent: Int) -> YAMLNode {
        let line = lines[i]
        let here = location(p, line: line)
        guard let (first, comment) = plainText(line: line, from: p) else {
            skipRest(after: i, parentIndent: parentIndent)
            return recovered(at: here)
        }
        var text = first
        index = i + 1
        guard !comment else { return YAMLNode(.scalar(text, .plain), at: here) }
        // Continuation lines, folded with spaces (YAML's multi-line plain scalars).
        var pendingBlank = 0
        var j = i + 1
        while j < lines.count {
            let next = lines[j]
            // The bytes before `start` are spaces.
            var q = next.start
            while q < next.end, s[q] == .space || s[q] == .tab { q += 1 }
            if q == next.end { pendingBlank += 1; j += 1; continue }
            if next.indent <= parentIndent || s[q] == .hash { break }
            if next.indent == 0, isMarker(next, .dash) || isMarker(next, .dot) { break }
            guard let (more, hasComment) = plainText(line: next, from: q) else {
                index = j + 1
                return YAMLNode(.scalar(text, .plain), at: here)
            }
            text += pendingBlank > 0 ? String(repeating: "\n", count: pendingBlank) : " "
            text += more
            pendingBlank = 0
            index = j + 1
            j += 1
            if hasComment { break }
        }
        return YAMLNode(.scalar(text, .plain), at: here)
    }

    /// The plain text on one line from `p`, and whether a comment ended it; `nil` (after an error) when the
    /// text holds `: ` or ends in `:`, which YAML would read as a nested mapping.
    mutating func plainText(line: YAMLLine, from p: Int) -> (String, Bool)? {
        var end = p
        var comment = false
        while true {
            end = firstByte(.colon, or: .hash, from: end, to: line.end)
            guard end < line.end else { break }
            if s[end] == .hash {
                if end > p, s[end - 1] == .space || s[end - 1] == .tab { comment = true; break }
            } else if isSpace(end + 1, line) {
                error(end, line, Message.YAML.colonInPlainText)
                return nil
            }
            end += 1
        }
        while end > p, s[end - 1] == .space || s[end - 1] == .tab { end -= 1 }
        return (text(p..<end), comment)
    }

    mutating func parseQuoted(line i: Int, at p: Int, parentIndent: Int) -> YAMLNode {
        let quote = s[p]
        let opening = lines[i]
        let here = location(p, line: opening)
        // Most quoted text closes on its line without an escape: its text is the bytes between the quotes.
        let firstStop = quote == .apostrophe
            ? firstByte(.apostrophe, or: .apostrophe, from: p + 1, to: opening.end)
            : firstByte(.quote, or: .backslash, from: p + 1, to: opening.end)
        if firstStop < opening.end, s[firstStop] == quote,
           !(quote == .apostrophe && firstStop + 1 < opening.end && s[firstStop + 1] == .apostrophe) {
            return closeQuoted(text(p + 1..<firstStop), opening: p, closedAt: firstStop, line: i, at: here)
        }
        // The UTF-8 bytes of the text read so far.
        var out: [UInt8] = []
        var protected = 0
        var lineIndex = i
        var pos = p + 1
        while true {
            let line = lines[lineIndex]
            var escapedBreak = false
            var closedAt: Int?
            while pos < line.end {
                // The bytes up to the next quote (or backslash) are text as they are: copy them in one go.
                let stop = quote == .apostrophe
                    ? firstByte(.apostrophe, or: .apostrophe, from: pos, to: line.end)
                    : firstByte(.quote, or: .backslash, from: pos, to: line.end)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: s[pos..<stop]))
                pos = stop
                guard pos < line.end else { break }
                if quote == .apostrophe {
                    if pos + 1 < line.end, s[pos + 1] == .apostrophe { out.append(.apostrophe); protected = out.count; pos += 2; continue }
                    closedAt = pos; break
                }
                if s[pos] == .quote { closedAt = pos; break }
                // A backslash.
                if pos + 1 >= line.end { escapedBreak = true; pos = line.end; break }
                guard let (scalar, length) = escape(at: pos, line: line) else {
                    skipRest(after: lineIndex, parentIndent: parentIndent)
                    return recovered(at: here)
                }
                UTF8.encode(scalar) { out.append($0) }
                protected = out.count
                pos += length
            }
            if let closedAt {
                return closeQuoted(String(decoding: out, as: UTF8.self), opening: p, closedAt: closedAt, line: lineIndex, at: here)
            }
            // The line ended inside the quotes: fold into the next line.
            if !escapedBreak {
                while out.count > protected, let last = out.last, last == .space || last == .tab { out.removeLast() }
            }
            var blanks = 0
            lineIndex += 1
            while lineIndex < lines.count {
                let next = lines[lineIndex]
                var q = next.lineStart
                while q < next.end, s[q] == .space || s[q] == .tab { q += 1 }
                if q < next.end { break }
                blanks += 1
                lineIndex += 1
            }
            guard lineIndex < lines.count, lines[lineIndex].indent > parentIndent,
                  !(lines[lineIndex].indent == 0 && (isMarker(lines[lineIndex], .dash) || isMarker(lines[lineIndex], .dot))) else {
                error(p, opening, Message.YAML.unterminatedQuote(Unicode.Scalar(quote)))
                index = max(index, min(lineIndex, lines.count))
                if lineIndex >= lines.count { index = lines.count }
                return recovered(at: here)
            }
            if blanks > 0 {
                out.append(contentsOf: repeatElement(.newline, count: blanks))
            } else if !escapedBreak {
                out.append(.space)
            }
            protected = out.count
            let next = lines[lineIndex]
            pos = next.lineStart
            while pos < next.end, s[pos] == .space || s[pos] == .tab { pos += 1 }
        }
    }

    /// Ends quoted text that opened at `p` and closed at `closedAt` on line `i`: reports text after it and
    /// makes the node.
    mutating func closeQuoted(_ text: String, opening p: Int, closedAt: Int, line i: Int, at here: SourceLocation) -> YAMLNode {
        let line = lines[i]
        var after = closedAt + 1
        while after < line.end, s[after] == .space || s[after] == .tab { after += 1 }
        if after < line.end, s[after] != .hash || !(s[after - 1] == .space || s[after - 1] == .tab) {
            error(after, line, Message.YAML.textAfterQuoted)
        }
        markVerbatim(p..<(closedAt + 1))
        index = i + 1
        return YAMLNode(.scalar(text, s[p] == .apostrophe ? .singleQuoted : .doubleQuoted), at: here)
    }

    /// Decodes one escape sequence at `p` (the backslash); returns the scalar and the number of bytes consumed.
    /// An escape that gives a character the file could not hold as it is (a control character other than tab
    /// and line feed, a line separator, a byte-order mark or a non-character) is an error, as that character is.
    mutating func escape(at p: Int, line: YAMLLine) -> (Unicode.Scalar, Int)? {
        guard let (scalar, length) = decodeEscape(at: p, line: line) else { return nil }
        let v = scalar.value
        if (v < 0x20 && v != 0x09 && v != 0x0A) || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF {
            error(p, line, Message.YAML.escapeGivesControlCharacter(text(p..<(p + length)), value: v))
            return nil
        }
        return (scalar, length)
    }

    /// Decodes one escape sequence at `p` (the backslash), whatever character it gives.
    mutating func decodeEscape(at p: Int, line: YAMLLine) -> (Unicode.Scalar, Int)? {
        let c = Unicode.Scalar(scalarValue(at: p + 1)) ?? "\u{FFFD}"
        if let scalar = Self.simpleEscape(c) { return (scalar, 2) }
        let digits: Int
        switch c {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default:
            error(p, line, Message.YAML.unknownEscape(c))
            return nil
        }
        // The digits are counted in scalars, so that a message quotes a mistyped character whole.
        var end = p + 2
        var taken = 0
        while taken < digits, end < line.end {
            end += 1
            while end < line.end, s[end] & 0xC0 == 0x80 { end += 1 }
            taken += 1
        }
        guard taken == digits else {
            error(p, line, Message.YAML.escapeNeedsDigits(c, digits: digits))
            return nil
        }
        let hex = text((p + 2)..<end)
        guard hex.unicodeScalars.allSatisfy(\.properties.isASCIIHexDigit), let value = UInt32(hex, radix: 16),
              let scalar = Unicode.Scalar(value) else {
            error(p, line, Message.YAML.invalidEscape(c, hex: hex))
            return nil
        }
        return (scalar, end - p)
    }

    /// The character a one-character escape (`\n`, `\t`, ...) stands for, or `nil`.
    static func simpleEscape(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "0": return "\0"
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "t", "\t": return "\t"
        case "n": return "\n"
        case "v": return "\u{0B}"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "e": return "\u{1B}"
        case " ", "\"", "/", "\\": return c
        case "N": return "\u{85}"
        case "_": return "\u{A0}"
        case "L": return "\u{2028}"
        case "P": return "\u{2029}"
        default: return nil
        }
    }
}
