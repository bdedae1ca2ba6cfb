// Keys of block mappings: where a key ends, its text, and the keys the subset refuses.

extension YAMLReader {
    /// The key of a `key: value` line, as `findKey` finds it.
    struct Key {
        /// The key's bytes: the text of a plain key, or a quoted key with its quotes.
        var range: Range<Int>
        /// Where the value starts (just after the colon).
        var valueStart: Int
        var isQuoted: Bool
    }

    /// Finds the key of `key: value`; `nil` when the line is not a mapping entry. Reads no text, so that telling a
    /// mapping from a value costs little (`keyText` reads it).
    func findKey(_ line: YAMLLine) -> Key? {
        let first = s[line.start]
        if first == .apostrophe || first == .quote {
            var p = line.start + 1
            var closed = false
            while p < line.end {
                let c = s[p]
                if first == .apostrophe, c == .apostrophe {
                    if p + 1 < line.end, s[p + 1] == .apostrophe { p += 2; continue }
                    closed = true; p += 1; break
                }
                if first == .quote, c == .backslash { return nil } // escaped keys are not needed; read as a value, which explains
                if first == .quote, c == .quote { closed = true; p += 1; break }
                p += 1
            }
            guard closed else { return nil }
            let closedEnd = p
            while p < line.end, s[p] == .space { p += 1 }
            guard p < line.end, s[p] == .colon, isSpace(p + 1, line) else { return nil }
            return Key(range: line.start..<closedEnd, valueStart: p + 1, isQuoted: true)
        }
        var p = line.start
        while true {
            p = firstByte(.colon, or: .hash, from: p, to: line.end)
            guard p < line.end else { return nil }
            if s[p] == .hash {
                if p > line.start, s[p - 1] == .space || s[p - 1] == .tab { return nil }
            } else if isSpace(p + 1, line) {
                var end = p
                while end > line.start, s[end - 1] == .space || s[end - 1] == .tab { end -= 1 }
                return Key(range: line.start..<end, valueStart: p + 1, isQuoted: false)
            }
            p += 1
        }
    }

    /// The text of a key: a plain key as written, a quoted one without its quotes (and `''` read as `'`; a
    /// double-quoted key has no escapes, see `findKey`).
    func keyText(_ key: Key) -> String {
        guard key.isQuoted else { return text(key.range) }
        let inner = (key.range.lowerBound + 1)..<(key.range.upperBound - 1)
        guard s[key.range.lowerBound] == .apostrophe else { return text(inner) }
        var bytes: [UInt8] = []
        var p = inner.lowerBound
        while p < inner.upperBound {
            bytes.append(s[p])
            p += s[p] == .apostrophe ? 2 : 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Why a plain key cannot be read, if it cannot: it is empty, or starts with a character YAML gives a meaning.
    func keyProblem(_ key: Key, text: String) -> Localized? {
        guard !key.isQuoted else { return nil }
        if text.isEmpty { return Message.YAML.emptyKey }
        let first = Unicode.Scalar(s[key.range.lowerBound])
        switch first {
        case "&": return Message.YAML.anchor
        case "*": return Message.YAML.alias
        case "!": return Message.YAML.tag
        case "[", "{": return Message.YAML.flowCollectionAsKey
        case "@", "`", "%", "|", ">", ",", "]", "}": return Message.YAML.keyStartsWith(first)
        default: return nil
        }
    }
}
