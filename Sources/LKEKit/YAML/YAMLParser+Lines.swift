// Line helpers: the parser's questions about a line and the bytes in it.

extension YAMLReader {
    /// The text of a byte range (whole UTF-8 sequences of the well-formed source).
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: s[range]), as: UTF8.self)
    }

    /// The offset of the first byte in `p..<end` that is `a` or `b`, or `end`: keys, values and quoted text are
    /// mostly long runs of other bytes, which `ByteWords` passes over a word at a time.
    func firstByte(_ a: UInt8, or b: UInt8, from p: Int, to end: Int) -> Int {
        ByteWords.firstIndex(of: a, or: b, in: s, from: p, to: end)
    }

    /// The number of significant lines from the current one on that are indented by exactly `indent`, up to the
    /// first line indented less: the number of entries or items of the block starting here, when it is well-formed.
    /// Collections reserve that much, instead of growing (and copying) as they are read.
    func linesIndented(by indent: Int) -> Int {
        var count = 0
        for line in lines[index...] where !line.isBlank {
            if line.indent < indent { break }
            if line.indent == indent { count += 1 }
        }
        return count
    }

    func nextSignificant() -> Int? {
        var j = index
        while j < lines.count {
            if !lines[j].isBlank { return j }
            j += 1
        }
        return nil
    }

    /// Whether the line is a document marker: `---` (`mark` is `.dash`) or `...` (`.dot`), alone or before a space.
    func isMarker(_ line: YAMLLine, _ mark: UInt8) -> Bool {
        guard line.end - line.start >= 3 else { return false }
        for k in 0..<3 where s[line.start + k] != mark { return false }
        return line.end - line.start == 3 || s[line.start + 3] == .space || s[line.start + 3] == .tab
    }

    func restIsBlank(from offset: Int, line: YAMLLine) -> Bool {
        var p = offset
        while p < line.end, s[p] == .space || s[p] == .tab { p += 1 }
        return p >= line.end || s[p] == .hash
    }

    func isDash(_ line: YAMLLine) -> Bool {
        s[line.start] == .dash && (line.start + 1 == line.end || s[line.start + 1] == .space || s[line.start + 1] == .tab)
    }

    /// Reports and skips a line indented with a tab.
    mutating func rejectTab(_ i: Int) -> Bool {
        let line = lines[i]
        guard s[line.start] == .tab, line.start == lines[i].lineStart + line.indent else { return false }
        error(line.start, line, Message.YAML.tabIndentation)
        skipBlock(from: i)
        return true
    }

    /// Skips line `i` and every following line indented deeper than it.
    mutating func skipBlock(from i: Int) {
        let indent = lines[i].indent
        index = i + 1
        while let j = nextSignificant(), lines[j].indent > indent { index = j + 1 }
    }

    /// Skips a `? key` line, what is indented under it, and its `: value` line.
    mutating func skipComplexKey(from i: Int) {
        skipBlock(from: i)
        if let j = nextSignificant(), lines[j].indent == lines[i].indent, s[lines[j].start] == .colon, isSpace(lines[j].start + 1, lines[j]) {
            skipBlock(from: j)
        }
    }

    func isSpace(_ offset: Int, _ line: YAMLLine) -> Bool {
        offset >= line.end || s[offset] == .space || s[offset] == .tab
    }
}
