// The document: its markers, its root, and the characters and tabs YAML does not allow.

extension YAMLReader {
    mutating func parseDocument() -> YAMLNode? {
        if let failure = source.encodingError {
            diagnostics.append(.error(at: failure, Message.YAML.notUTF8))
            return nil
        }
        checkCharacters()
        let root = parseRoot()
        checkTabs()
        return root
    }

    mutating func parseRoot() -> YAMLNode? {
        var sawStart = false
        while let i = nextSignificant() {
            let line = lines[i]
            if line.indent == 0, isMarker(line, .dash) {
                if sawStart {
                    error(line.start, line, Message.YAML.onlyOneDocument)
                    index = lines.count
                    return nil
                }
                sawStart = true
                var p = line.start + 3
                while p < line.end, s[p] == .space || s[p] == .tab { p += 1 }
                if !restIsBlank(from: p, line: line) {
                    error(p, line, Message.YAML.contentOnDocumentStart)
                }
                index = i + 1
                continue
            }
            if line.indent == 0, isMarker(line, .dot) {
                error(line.start, line, Message.YAML.documentEndMarker)
                index = i + 1
                continue
            }
            if line.indent == 0, s[line.start] == .percent {
                error(line.start, line, Message.YAML.directive)
                index = i + 1
                continue
            }
            if rejectTab(i) { continue }
            return parseBody(at: i)
        }
        return nil
    }

    /// Parses the document's root node at line `i`, then reports whatever follows it.
    mutating func parseBody(at i: Int) -> YAMLNode? {
        let root = parseBlock(at: i, parentIndent: -1, depth: 0)
        while let j = nextSignificant() {
            let extra = lines[j]
            if extra.indent == 0, isMarker(extra, .dash) {
                error(extra.start, extra, Message.YAML.onlyOneDocument)
                index = lines.count
                break
            } else if extra.indent == 0, isMarker(extra, .dot) {
                error(extra.start, extra, Message.YAML.documentEndMarker)
            } else {
                error(extra.start, extra, Message.YAML.unexpectedContentAtIndentation)
            }
            skipBlock(from: j)
        }
        return root
    }

    /// Reports control characters, which YAML does not allow in text. Only the lines the source found holding
    /// something other than printable ASCII and tabs can have one.
    mutating func checkCharacters() {
        for index in source.linesWithUnusualBytes {
            let line = lines[index]
            for offset in line.lineStart..<line.end {
                let byte = s[offset]
                if byte >= 0x20, byte < 0x7F { continue }
                // Continuation bytes were read with their lead byte.
                if byte & 0xC0 == 0x80 { continue }
                let v = scalarValue(at: offset)
                let bad = (v < 0x20 && v != 0x09) || v == 0x7F || (0x80...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF
                    || (v == 0xFEFF && offset > 0)
                if v == 0x2028 || v == 0x2029 {
                    error(offset, line, Message.YAML.lineSeparator(v))
                    break
                }
                if bad {
                    error(offset, line, Message.YAML.controlCharacter(v))
                    break
                }
            }
        }
    }

    /// The value of the scalar whose UTF-8 sequence starts at byte `offset` (the source is well-formed).
    func scalarValue(at offset: Int) -> UInt32 {
        let lead = s[offset]
        switch lead {
        case ..<0x80: return UInt32(lead)
        case ..<0xE0: return UInt32(lead & 0x1F) << 6 | UInt32(s[offset + 1] & 0x3F)
        case ..<0xF0: return UInt32(lead & 0x0F) << 12 | UInt32(s[offset + 1] & 0x3F) << 6 | UInt32(s[offset + 2] & 0x3F)
        default:
            return UInt32(lead & 0x07) << 18 | UInt32(s[offset + 1] & 0x3F) << 12 | UInt32(s[offset + 2] & 0x3F) << 6 | UInt32(s[offset + 3] & 0x3F)
        }
    }

    /// Reports tabs outside quoted text, block scalar content and comments. YAML allows a few more places,
    /// but common YAML libraries reject them, so a file with such a tab would not read the same everywhere.
    mutating func checkTabs() {
        guard source.hasTab else { return }
        let ranges = verbatim.sorted { $0.lowerBound < $1.lowerBound }
        var r = 0
        for line in lines where !linesWithErrors.contains(line.number) {
            var p = line.lineStart
            var onlySpaces = true
            while p < line.end {
                while r < ranges.count, ranges[r].upperBound <= p { r += 1 }
                if r < ranges.count, ranges[r].contains(p) {
                    p = ranges[r].upperBound
                    onlySpaces = false
                    continue
                }
                let c = s[p]
                if c == .hash, p == line.lineStart || s[p - 1] == .space || s[p - 1] == .tab { break }
                if c == .tab {
                    if onlySpaces {
                        error(p, line, Message.YAML.tabIndentation)
                    } else {
                        error(p, line, Message.YAML.tabOutsideText)
                    }
                    break
                }
                if c != .space { onlySpaces = false }
                p += 1
            }
        }
    }

    /// Notes a range read verbatim, for `checkTabs`, which has nothing to do in a file without tabs.
    mutating func markVerbatim(_ range: Range<Int>) {
        if source.hasTab { verbatim.append(range) }
    }
}
