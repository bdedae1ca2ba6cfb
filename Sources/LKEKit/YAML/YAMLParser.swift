/// Parses the strict YAML subset described in docs/format.md into a located `YAMLNode` tree.
///
/// The parser never throws and never stops at the first problem: it records a diagnostic, skips the
/// offending line (and what is indented under it) and goes on, so that one run reports every problem.
public enum YAMLParser {
    /// The deepest nesting the parser accepts.
    public static let maximumDepth = 64

    /// Parses `source`; returns the root (or `nil` when the file has no usable content) and the diagnostics.
    public static func parse(_ source: SourceFile) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        source.bytes.withUnsafeBytes { raw in
            var reader = YAMLReader(source: source, bytes: raw.bindMemory(to: UInt8.self))
            let root = reader.parseDocument()
            return (root, reader.diagnostics)
        }
    }
}

/// One line as the parser sees it: where its content starts and how far it is indented.
///
/// Offsets count UTF-8 bytes of the source; indentation is spaces, so bytes and columns agree there.
private struct Line {
    var number: Int
    /// Byte offset of the line's first byte in the file.
    var lineStart: Int
    /// Byte offset where the content starts (after indentation, or after `- ` for a rewritten item).
    var start: Int
    /// Byte offset of the line end.
    var end: Int
    /// Number of columns before the content.
    var indent: Int { start - lineStart }
    /// Blank or comment-only.
    var isBlank: Bool
}

private struct YAMLReader {
    let source: SourceFile
    /// The source's UTF-8 bytes. Every character with a meaning in the subset is ASCII, so the parser reads
    /// bytes; text is copied out as whole UTF-8 sequences, and columns are counted in scalars by the source.
    /// A buffer rather than the array, so that the many reads of a byte carry no bounds check in release builds:
    /// every offset the parser reads lies inside a line, or is tested against the line's end first (debug builds,
    /// which the tests use, still check every read).
    let s: UnsafeBufferPointer<UInt8>
    var lines: [Line] = []
    var index = 0
    var diagnostics: [Diagnostic] = []
    /// Byte ranges read verbatim (quoted text, block scalar content), where tabs are allowed; kept only when the
    /// file has a tab (see `markVerbatim`).
    var verbatim: [Range<Int>] = []
    /// Lines that already have an error, so that the tab check does not pile up on them.
    var linesWithErrors: Set<Int> = []

    init(source: SourceFile, bytes: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.s = bytes
        lines.reserveCapacity(source.lineRanges.count)
        for (offset, range) in source.lineRanges.enumerated() {
            var start = range.lowerBound
            while start < range.upperBound, s[start] == .space { start += 1 }
            var probe = start
            while probe < range.upperBound, s[probe] == .space || s[probe] == .tab { probe += 1 }
            let blank = probe == range.upperBound || s[probe] == .hash
            lines.append(Line(number: offset + 1, lineStart: range.lowerBound, start: start, end: range.upperBound, isBlank: blank))
        }
    }

    // MARK: - Locations and messages

    func location(_ offset: Int, line: Line) -> SourceLocation {
        SourceLocation(path: source.path, line: line.number, column: source.column(ofByte: offset, inLine: line.number - 1))
    }

    mutating func error(_ offset: Int, _ line: Line, id: String, en: String, notes: [Diagnostic.Note] = []) {
        diagnostics.append(limited: .error(at: location(offset, line: line), Localized(id: id, en: en), notes: notes))
        linesWithErrors.insert(line.number)
    }

    // MARK: - Document

    mutating func parseDocument() -> YAMLNode? {
        if let failure = source.encodingError {
            diagnostics.append(.error(at: failure, Localized(
                id: "berkas bukan teks UTF-8 yang sah; simpan ulang sebagai UTF-8",
                en: "file is not valid UTF-8 text; save it again as UTF-8")))
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
                    error(line.start, line, id: "hanya satu dokumen per berkas; hapus '---' dan yang sesudahnya atau pisahkan ke berkas lain",
                          en: "only one document per file is supported; remove '---' and what follows, or split the file")
                    index = lines.count
                    return nil
                }
                sawStart = true
                var p = line.start + 3
                while p < line.end, s[p] == .space || s[p] == .tab { p += 1 }
                if !restIsBlank(from: p, line: line) {
                    error(p, line, id: "isi pada baris penanda dokumen '---' tidak didukung; pindahkan ke baris berikutnya",
                          en: "content on the '---' document start line is not supported; move it to the next line")
                }
                index = i + 1
                continue
            }
            if line.indent == 0, isMarker(line, .dot) {
                error(line.start, line, id: "penanda akhir dokumen '...' tidak didukung; hapus baris ini",
                      en: "the document end marker '...' is not supported; remove this line")
                index = i + 1
                continue
            }
            if line.indent == 0, s[line.start] == .percent {
                error(line.start, line, id: "direktif YAML ('%') tidak didukung; hapus baris ini",
                      en: "YAML directives ('%') are not supported; remove this line")
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
                error(extra.start, extra, id: "hanya satu dokumen per berkas; hapus '---' dan yang sesudahnya atau pisahkan ke berkas lain",
                      en: "only one document per file is supported; remove '---' and what follows, or split the file")
                index = lines.count
                break
            } else if extra.indent == 0, isMarker(extra, .dot) {
                error(extra.start, extra, id: "penanda akhir dokumen '...' tidak didukung; hapus baris ini",
                      en: "the document end marker '...' is not supported; remove this line")
            } else {
                error(extra.start, extra, id: "isi tak terduga pada tingkat indentasi ini; periksa indentasi",
                      en: "unexpected content at this indentation; check the indentation")
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
                    error(offset, line, id: "pemisah baris U+\(String(v, radix: 16, uppercase: true)) tidak diizinkan; ganti dengan baris baru biasa",
                          en: "the line separator U+\(String(v, radix: 16, uppercase: true)) is not allowed; use an ordinary line break")
                    break
                }
                if bad {
                    let hex = String(v, radix: 16, uppercase: true)
                    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                    error(offset, line, id: "karakter kendali \(code) tidak diizinkan; hapus karakter ini",
                          en: "control character \(code) is not allowed; remove it")
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
                        error(p, line, id: "tab tidak boleh dipakai untuk indentasi; gunakan spasi", en: "tabs are not allowed for indentation; use spaces")
                    } else {
                        error(p, line, id: "tab hanya boleh ada di dalam teks bertanda kutip, blok teks ('|' atau '>') dan komentar; gunakan spasi",
                              en: "tabs are allowed only inside quoted text, block text ('|' or '>') and comments; use spaces")
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

    // MARK: - Line helpers

    /// The text of a byte range (whole UTF-8 sequences of the well-formed source).
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: s[range]), as: UTF8.self)
    }

    /// The offset of the first byte in `p..<end` that is `a` or `b`, or `end`. Reads eight bytes at a time:
    /// keys, values and quoted text are mostly long runs of other bytes.
    func firstByte(_ a: UInt8, or b: UInt8, from p: Int, to end: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let spreadA = UInt64(a) &* ones, spreadB = UInt64(b) &* ones
        var p = p
        while p + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(s.baseAddress! + p).loadUnaligned(as: UInt64.self))
            let x = word ^ spreadA, y = word ^ spreadB
            // A byte of `x` or `y` is zero where `word` has `a` or `b`. The lowest high bit set marks the first such
            // byte exactly: a subtraction borrows only from a zero byte, into the bytes after it.
            let found = (((x &- ones) & ~x) | ((y &- ones) & ~y)) & 0x8080_8080_8080_8080
            if found != 0 { return p + found.trailingZeroBitCount / 8 }
            p += 8
        }
        while p < end, s[p] != a, s[p] != b { p += 1 }
        return p
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
    func isMarker(_ line: Line, _ mark: UInt8) -> Bool {
        guard line.end - line.start >= 3 else { return false }
        for k in 0..<3 where s[line.start + k] != mark { return false }
        return line.end - line.start == 3 || s[line.start + 3] == .space || s[line.start + 3] == .tab
    }

    func restIsBlank(from offset: Int, line: Line) -> Bool {
        var p = offset
        while p < line.end, s[p] == .space || s[p] == .tab { p += 1 }
        return p >= line.end || s[p] == .hash
    }

    func isDash(_ line: Line) -> Bool {
        s[line.start] == .dash && (line.start + 1 == line.end || s[line.start + 1] == .space || s[line.start + 1] == .tab)
    }

    /// Reports and skips a line indented with a tab.
    mutating func rejectTab(_ i: Int) -> Bool {
        let line = lines[i]
        guard s[line.start] == .tab, line.start == lines[i].lineStart + line.indent else { return false }
        error(line.start, line, id: "tab tidak boleh dipakai untuk indentasi; gunakan spasi",
              en: "tabs are not allowed for indentation; use spaces")
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

    func isSpace(_ offset: Int, _ line: Line) -> Bool {
        offset >= line.end || s[offset] == .space || s[offset] == .tab
    }

    // MARK: - Blocks

    mutating func parseBlock(at i: Int, parentIndent: Int, depth: Int) -> YAMLNode? {
        let line = lines[i]
        if depth > YAMLParser.maximumDepth {
            error(line.start, line, id: "struktur bersarang lebih dari \(YAMLParser.maximumDepth) tingkat tidak didukung",
                  en: "nesting deeper than \(YAMLParser.maximumDepth) levels is not supported")
            skipBlock(from: i)
            while let j = nextSignificant(), lines[j].indent > parentIndent { skipBlock(from: j) }
            return nil
        }
        if isDash(line) { return parseSequence(indent: line.indent, depth: depth) }
        if s[line.start] == .question, isSpace(line.start + 1, line) {
            error(line.start, line, id: "kunci kompleks ('? ') tidak didukung; tulis 'kunci: nilai'",
                  en: "complex keys ('? ') are not supported; write 'key: value'")
            skipComplexKey(from: i)
            return nil
        }
        if s[line.start] != .openBracket, s[line.start] != .openBrace, findKey(line) != nil { return parseMapping(indent: line.indent, depth: depth) }
        index = i + 1
        return parseValue(line: i, at: line.start, parentIndent: parentIndent, depth: depth)
    }

    mutating func parseMapping(indent: Int, depth: Int) -> YAMLNode {
        var entries: [YAMLNode.Entry] = []
        entries.reserveCapacity(linesIndented(by: indent))
        // The keys of `entries`, in the same order.
        var keys = MappingKeys()
        var first: SourceLocation?
        while let i = nextSignificant() {
            let line = lines[i]
            if rejectTab(i) { continue }
            if line.indent < indent { break }
            if line.indent == 0, isMarker(line, .dash) || isMarker(line, .dot) { break }
            if line.indent > indent {
                error(line.start, line, id: "indentasi tak terduga; sejajarkan dengan kunci di atasnya",
                      en: "unexpected indentation; align it with the keys above")
                skipBlock(from: i)
                continue
            }
            if isDash(line) {
                if entries.isEmpty { break }
                error(line.start, line, id: "butir daftar ('- ') di tempat yang seharusnya berisi 'kunci: nilai'",
                      en: "a list item ('- ') where a 'key: value' entry was expected")
                skipBlock(from: i)
                continue
            }
            if s[line.start] == .question, isSpace(line.start + 1, line) {
                error(line.start, line, id: "kunci kompleks ('? ') tidak didukung; tulis 'kunci: nilai'",
                      en: "complex keys ('? ') are not supported; write 'key: value'")
                skipComplexKey(from: i)
                continue
            }
            guard let key = findKey(line) else {
                error(line.start, line, id: "diharapkan 'kunci: nilai'", en: "expected 'key: value'")
                skipBlock(from: i)
                continue
            }
            let name = keyText(key)
            if let problem = keyProblem(key, text: name) {
                error(line.start, line, id: problem.id, en: problem.en)
                skipBlock(from: i)
                continue
            }
            let keyLocation = location(line.start, line: line)
            if key.isQuoted { markVerbatim(key.range) }
            if first == nil { first = keyLocation }
            index = i + 1
            let value = parseValue(line: i, at: key.valueStart, parentIndent: indent, depth: depth + 1, allowSameIndentSequence: true)
            if let earlier = keys.insert(name, among: entries) {
                diagnostics.append(limited: .error(at: keyLocation, Localized(
                    id: "kunci ganda '\(name)'; hapus salah satu", en: "duplicate key '\(name)'; remove one of them"),
                    notes: [.init(location: entries[earlier].keyLocation, message: Localized(id: "'\(name)' pertama kali ditulis di sini",
                                                                                          en: "'\(name)' first written here"))]))
                continue
            }
            entries.append(.init(key: name, keyLocation: keyLocation, value: value))
        }
        return YAMLNode(.mapping(entries), at: first ?? SourceLocation(path: source.path, line: 1, column: 1))
    }

    mutating func parseSequence(indent: Int, depth: Int) -> YAMLNode {
        var items: [YAMLNode] = []
        items.reserveCapacity(linesIndented(by: indent))
        var first: SourceLocation?
        while let i = nextSignificant() {
            let line = lines[i]
            if rejectTab(i) { continue }
            if line.indent < indent { break }
            if line.indent == 0, isMarker(line, .dash) || isMarker(line, .dot) { break }
            if line.indent > indent {
                error(line.start, line, id: "indentasi tak terduga; sejajarkan dengan '-' di atasnya",
                      en: "unexpected indentation; align it with the '-' above")
                skipBlock(from: i)
                continue
            }
            guard isDash(line) else { break }
            if first == nil { first = location(line.start, line: line) }
            var p = line.start + 1
            while p < line.end, s[p] == .space || s[p] == .tab { p += 1 }
            if p >= line.end || s[p] == .hash {
                let dash = location(line.start, line: line)
                index = i + 1
                if let j = nextSignificant(), lines[j].indent > indent {
                    items.append(parseBlock(at: j, parentIndent: indent, depth: depth + 1) ?? YAMLNode(.scalar("", .empty), at: dash))
                } else {
                    items.append(YAMLNode(.scalar("", .empty), at: dash))
                }
                continue
            }
            // Read the rest of the line as a line of its own, indented to where its content starts.
            lines[i].start = p
            if let item = parseBlock(at: i, parentIndent: indent, depth: depth + 1) { items.append(item) }
            lines[i].start = line.start
        }
        return YAMLNode(.sequence(items), at: first ?? SourceLocation(path: source.path, line: 1, column: 1))
    }

    // MARK: - Keys

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
    func findKey(_ line: Line) -> Key? {
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
    func keyProblem(_ key: Key, text: String) -> (id: String, en: String)? {
        guard !key.isQuoted else { return nil }
        if text.isEmpty { return ("kunci kosong", "empty key") }
        let first = Unicode.Scalar(s[key.range.lowerBound])
        switch first {
        case "&": return ("jangkar ('&') tidak didukung; tulis nilainya langsung", "anchors ('&') are not supported; write the value out")
        case "*": return ("alias ('*') tidak didukung; tulis nilainya langsung", "aliases ('*') are not supported; write the value out")
        case "!": return ("tag ('!') tidak didukung; hapus tag", "tags ('!') are not supported; remove the tag")
        case "[", "{": return ("kunci kompleks tidak didukung; gunakan teks biasa sebagai kunci", "complex keys are not supported; use plain text as the key")
        case "@", "`", "%", "|", ">", ",", "]", "}":
            return ("kunci tidak boleh diawali '\(first)'; beri tanda kutip", "a key cannot start with '\(first)'; quote it")
        default: return nil
        }
    }

    // MARK: - Values

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
            error(p, line, id: "jangkar ('&') tidak didukung; tulis nilainya langsung", en: "anchors ('&') are not supported; write the value out")
        case "*":
            error(p, line, id: "alias ('*') tidak didukung; tulis nilainya langsung", en: "aliases ('*') are not supported; write the value out")
        case "!":
            error(p, line, id: "tag ('!') tidak didukung; hapus tag", en: "tags ('!') are not supported; remove the tag")
        case "|", ">":
            return parseBlockScalar(line: i, at: p, parentIndent: parentIndent)
        case "[", "{":
            return parseFlow(line: i, at: p, parentIndent: parentIndent)
        case "'", "\"":
            return parseQuoted(line: i, at: p, parentIndent: parentIndent)
        case "@", "`":
            error(p, line, id: "nilai tidak boleh diawali '\(c)'; beri tanda kutip", en: "a value cannot start with '\(c)'; quote it")
        case "%":
            error(p, line, id: "nilai tidak boleh diawali '%'; beri tanda kutip", en: "a value cannot start with '%'; quote it")
        case "]", "}", ",":
            error(p, line, id: "nilai tidak boleh diawali '\(c)'; beri tanda kutip", en: "a value cannot start with '\(c)'; quote it")
        case "-" where isSpace(p + 1, line):
            error(p, line, id: "daftar tidak boleh dimulai di baris yang sama dengan kuncinya; pindahkan '- ' ke baris berikutnya",
                  en: "a list cannot start on the same line as its key; move '- ' to the next line")
        case "?" where isSpace(p + 1, line):
            error(p, line, id: "kunci kompleks ('? ') tidak didukung; tulis 'kunci: nilai'", en: "complex keys ('? ') are not supported; write 'key: value'")
        default:
            return parsePlain(line: i, at: p, parentIndent: parentIndent)
        }
        skipRest(after: i, parentIndent: parentIndent)
        return recovered(at: location(p, line: line))
    }

    /// The empty node that stands for a value that had an error, placed where the error is, so that loaders can
    /// tell a problem the YAML error already explains from a new one.
    func recovered(at fallback: SourceLocation) -> YAMLNode {
        YAMLNode(.scalar("", .empty), at: diagnostics.last?.location ?? fallback)
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
    mutating func plainText(line: Line, from p: Int) -> (String, Bool)? {
        var end = p
        var comment = false
        while true {
            end = firstByte(.colon, or: .hash, from: end, to: line.end)
            guard end < line.end else { break }
            if s[end] == .hash {
                if end > p, s[end - 1] == .space || s[end - 1] == .tab { comment = true; break }
            } else if isSpace(end + 1, line) {
                error(end, line, id: "': ' di dalam teks tanpa tanda kutip; beri tanda kutip pada seluruh teks",
                      en: "': ' inside unquoted text; put the whole text in quotes")
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
                error(p, opening, id: "tanda kutip tidak ditutup; tambahkan \(Unicode.Scalar(quote)) penutup",
                      en: "unterminated quoted text; add the closing \(Unicode.Scalar(quote))")
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
            error(after, line, id: "teks tak terduga setelah teks bertanda kutip", en: "unexpected text after the quoted text")
        }
        markVerbatim(p..<(closedAt + 1))
        index = i + 1
        return YAMLNode(.scalar(text, s[p] == .apostrophe ? .singleQuoted : .doubleQuoted), at: here)
    }

    /// Decodes one escape sequence at `p` (the backslash); returns the scalar and the number of bytes consumed.
    mutating func escape(at p: Int, line: Line) -> (Unicode.Scalar, Int)? {
        let c = Unicode.Scalar(scalarValue(at: p + 1)) ?? "\u{FFFD}"
        if let scalar = Self.simpleEscape(c) { return (scalar, 2) }
        let digits: Int
        switch c {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default:
            error(p, line, id: "escape '\\\(c)' tidak dikenal", en: "unknown escape '\\\(c)'")
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
            error(p, line, id: "escape '\\\(c)' memerlukan \(digits) digit heksadesimal", en: "escape '\\\(c)' needs \(digits) hexadecimal digits")
            return nil
        }
        let hex = text((p + 2)..<end)
        guard hex.unicodeScalars.allSatisfy(\.properties.isASCIIHexDigit), let value = UInt32(hex, radix: 16),
              let scalar = Unicode.Scalar(value) else {
            error(p, line, id: "escape '\\\(c)\(hex)' bukan karakter yang sah", en: "escape '\\\(c)\(hex)' is not a valid character")
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

    mutating func parseBlockScalar(line i: Int, at p: Int, parentIndent: Int) -> YAMLNode {
        let line = lines[i]
        let here = location(p, line: line)
        let folded = s[p] == .greater
        var chomp: Character = "c"
        var q = p + 1
        if q < line.end, s[q] == .dash || s[q] == .plus { chomp = s[q] == .dash ? "-" : "+"; q += 1 }
        if q < line.end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(s[q]) {
            error(q, line, id: "indikator indentasi eksplisit pada blok teks tidak didukung; hapus angkanya",
                  en: "explicit indentation indicators on block scalars are not supported; remove the digit")
            skipRest(after: i, parentIndent: parentIndent)
            return recovered(at: here)
        }
        if !restIsBlank(from: q, line: line) || (q < line.end && s[q] == .hash) {
            while q < line.end, s[q] == .space || s[q] == .tab { q += 1 }
            error(q, line, id: "teks tak terduga setelah penanda blok teks", en: "unexpected text after the block scalar indicator")
            skipRest(after: i, parentIndent: parentIndent)
            return recovered(at: here)
        }
        var contentIndent: Int?
        var texts: [String] = []
        var trailingBlanks = 0
        // The widest all-space line before the first line of text, which may not be wider than that line's indentation.
        var widestLeadingBlank: (spaces: Int, line: Int)?
        // A block scalar's text is indented at least one column deeper than its parent (and at least one column).
        let minimumIndent = max(parentIndent + 1, 1)
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
                        error(next.lineStart + spaces, next, id: "tab tidak boleh dipakai untuk indentasi; gunakan spasi",
                              en: "tabs are not allowed for indentation; use spaces")
                    }
                    break
                }
                if let widest = widestLeadingBlank, widest.spaces > spaces {
                    let blank = lines[widest.line]
                    error(blank.lineStart + spaces, blank, id: "baris kosong di awal blok teks memiliki spasi lebih banyak dari baris teks pertamanya; hapus spasinya",
                          en: "a blank line at the start of the block text has more spaces than its first line of text; remove the spaces")
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
        let contentLines = Array(texts.prefix(texts.count - trailingBlanks))
        // Only line breaks that are in the file count: the file's last line may have none.
        let endsWithoutBreak = j == lines.count && (lines.last.map { $0.end == s.count } ?? false) && j > i + 1
        let blankCount = trailingBlanks - (endsWithoutBreak && trailingBlanks > 0 ? 1 : 0)
        let lastContentHasBreak = !(endsWithoutBreak && trailingBlanks == 0)
        if trailingBlanks > 0, contentIndent != nil { index = j }
        var body: String
        if folded {
            body = ""
            var pending = 0
            var previousMore: Bool?
            for text in contentLines {
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
        } else {
            body = contentLines.joined(separator: "\n")
        }
        let hasContent = !contentLines.isEmpty
        switch chomp {
        case "-": break
        case "+":
            if hasContent, lastContentHasBreak { body += "\n" }
            body += String(repeating: "\n", count: blankCount)
        default: if hasContent, lastContentHasBreak { body += "\n" }
        }
        return YAMLNode(.scalar(body, folded ? .folded : .literal), at: here)
    }

    // MARK: - Flow collections (one line, scalars only)

    mutating func parseFlow(line i: Int, at p: Int, parentIndent: Int) -> YAMLNode {
        let line = lines[i]
        let here = location(p, line: line)
        let isMapping = s[p] == .openBrace
        let closing: UInt8 = isMapping ? .closeBrace : .closeBracket
        let close = Unicode.Scalar(closing)
        var items: [YAMLNode] = []
        var entries: [YAMLNode.Entry] = []
        // The keys of `entries`, in the same order.
        var keys = MappingKeys()
        var pos = p + 1
        index = i + 1
        // After an error, the lines indented under this one (the rest of a collection spread over lines) go too.
        func fail(_ reader: inout YAMLReader) -> YAMLNode {
            reader.skipRest(after: i, parentIndent: parentIndent)
            return YAMLNode(isMapping ? .mapping([]) : .sequence([]), at: here)
        }
        while true {
            while pos < line.end, s[pos] == .space || s[pos] == .tab { pos += 1 }
            guard pos < line.end, s[pos] != .hash || !(s[pos - 1] == .space || s[pos - 1] == .tab) else {
                error(p, line, id: "'\(isMapping ? "{" : "[")' harus ditutup di baris yang sama dengan '\(close)'",
                      en: "'\(isMapping ? "{" : "[")' must be closed on the same line with '\(close)'")
                return fail(&self)
            }
            if s[pos] == closing { pos += 1; break }
            if s[pos] == .openBracket || s[pos] == .openBrace {
                error(pos, line, id: "koleksi flow bersarang tidak didukung; gunakan bentuk blok", en: "nested flow collections are not supported; use block style")
                return fail(&self)
            }
            guard let (key, keyAt, next) = flowScalar(line: line, at: pos, isKey: isMapping) else { return fail(&self) }
            pos = next
            while pos < line.end, s[pos] == .space || s[pos] == .tab { pos += 1 }
            if isMapping {
                guard pos < line.end, s[pos] == .colon else {
                    error(pos, line, id: "diharapkan ':' setelah kunci '\(key.scalar ?? "")'", en: "expected ':' after the key '\(key.scalar ?? "")'")
                    return fail(&self)
                }
                pos += 1
                while pos < line.end, s[pos] == .space || s[pos] == .tab { pos += 1 }
                var value = YAMLNode(.scalar("", .empty), at: location(pos, line: line))
                if pos < line.end, s[pos] != .comma, s[pos] != .closeBrace {
                    if s[pos] == .openBracket || s[pos] == .openBrace {
                        error(pos, line, id: "koleksi flow bersarang tidak didukung; gunakan bentuk blok", en: "nested flow collections are not supported; use block style")
                        return fail(&self)
                    }
                    guard let (parsed, _, after) = flowScalar(line: line, at: pos, isKey: false) else { return fail(&self) }
                    value = parsed
                    pos = after
                }
                let name = key.scalar ?? ""
                if let earlier = keys.insert(name, among: entries) {
                    diagnostics.append(limited: .error(at: keyAt, Localized(id: "kunci ganda '\(name)'; hapus salah satu", en: "duplicate key '\(name)'; remove one of them"),
                                              notes: [.init(location: entries[earlier].keyLocation,
                                                            message: Localized(id: "'\(name)' pertama kali ditulis di sini", en: "'\(name)' first written here"))]))
                } else {
                    entries.append(.init(key: name, keyLocation: keyAt, value: value))
                }
            } else {
                if pos < line.end, s[pos] == .colon {
                    error(pos, line, id: "pasangan 'kunci: nilai' di dalam '[...]' tidak didukung", en: "a 'key: value' pair inside '[...]' is not supported")
                    return fail(&self)
                }
                items.append(key)
            }
            while pos < line.end, s[pos] == .space || s[pos] == .tab { pos += 1 }
            if pos < line.end, s[pos] == .comma { pos += 1; continue }
            if pos < line.end, s[pos] == closing { pos += 1; break }
            if pos >= line.end {
                error(p, line, id: "'\(isMapping ? "{" : "[")' harus ditutup di baris yang sama dengan '\(close)'",
                      en: "'\(isMapping ? "{" : "[")' must be closed on the same line with '\(close)'")
            } else {
                error(pos, line, id: "diharapkan ',' atau '\(close)'", en: "expected ',' or '\(close)'")
            }
            return fail(&self)
        }
        var after = pos
        while after < line.end, s[after] == .space || s[after] == .tab { after += 1 }
        if after < line.end, s[after] == .colon {
            error(p, line, id: "kunci kompleks tidak didukung; gunakan teks biasa sebagai kunci", en: "complex keys are not supported; use plain text as the key")
        } else if !restIsBlank(from: pos, line: line) || (pos < line.end && s[pos] == .hash && !(s[pos - 1] == .space || s[pos - 1] == .tab)) {
            error(after, line, id: "teks tak terduga setelah '\(close)'", en: "unexpected text after '\(close)'")
        }
        return YAMLNode(isMapping ? .mapping(entries) : .sequence(items), at: here)
    }

    /// A scalar inside a flow collection; returns the node, its location and the offset after it.
    mutating func flowScalar(line: Line, at p: Int, isKey: Bool) -> (YAMLNode, SourceLocation, Int)? {
        let here = location(p, line: line)
        let c = s[p]
        if c == .apostrophe || c == .quote {
            var out: [UInt8] = []
            var pos = p + 1
            while pos < line.end {
                let d = s[pos]
                if c == .apostrophe, d == .apostrophe {
                    if pos + 1 < line.end, s[pos + 1] == .apostrophe { out.append(.apostrophe); pos += 2; continue }
                    markVerbatim(p..<(pos + 1))
                    return (YAMLNode(.scalar(String(decoding: out, as: UTF8.self), .singleQuoted), at: here), here, pos + 1)
                }
                if c == .quote, d == .quote {
                    markVerbatim(p..<(pos + 1))
                    return (YAMLNode(.scalar(String(decoding: out, as: UTF8.self), .doubleQuoted), at: here), here, pos + 1)
                }
                if c == .quote, d == .backslash, pos + 1 < line.end {
                    guard let (scalar, length) = escape(at: pos, line: line) else { return nil }
                    UTF8.encode(scalar) { out.append($0) }
                    pos += length
                    continue
                }
                out.append(d)
                pos += 1
            }
            error(p, line, id: "tanda kutip tidak ditutup; tambahkan \(Unicode.Scalar(c)) penutup",
                  en: "unterminated quoted text; add the closing \(Unicode.Scalar(c))")
            return nil
        }
        // Inside flow collections YAML readers disagree on '#', '?' and ':' at the start; they must be quoted.
        if "&*!|>@`%]},#?:".utf8.contains(c) || c == .dash && isSpace(p + 1, line) {
            let what: (String, String)
            switch Unicode.Scalar(c) {
            case "&": what = ("jangkar ('&') tidak didukung", "anchors ('&') are not supported")
            case "*": what = ("alias ('*') tidak didukung", "aliases ('*') are not supported")
            case "!": what = ("tag ('!') tidak didukung", "tags ('!') are not supported")
            default: what = ("nilai tidak boleh diawali '\(Unicode.Scalar(c))'; beri tanda kutip", "a value cannot start with '\(Unicode.Scalar(c))'; quote it")
            }
            error(p, line, id: what.0, en: what.1)
            return nil
        }
        var end = p
        while end < line.end {
            let d = s[end]
            if d == .comma || d == .closeBracket || d == .closeBrace || d == .openBracket || d == .openBrace { break }
            if d == .colon, isSpace(end + 1, line) || (end + 1 < line.end && ",[]{}".utf8.contains(s[end + 1])) { break }
            if d == .hash, end > p, s[end - 1] == .space || s[end - 1] == .tab { break }
            if d == .question {
                error(end, line, id: "'?' di dalam '[...]' atau '{...}' harus diberi tanda kutip", en: "a '?' inside '[...]' or '{...}' must be quoted")
                return nil
            }
            end += 1
        }
        var trimmed = end
        while trimmed > p, s[trimmed - 1] == .space || s[trimmed - 1] == .tab { trimmed -= 1 }
        return (YAMLNode(.scalar(text(p..<trimmed), .plain), at: here), here, end)
    }
}

/// The ASCII characters the parser looks for, as UTF-8 bytes.
private extension UInt8 {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let quote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let percent = UInt8(ascii: "%")
    static let apostrophe = UInt8(ascii: "'")
    static let plus = UInt8(ascii: "+")
    static let comma = UInt8(ascii: ",")
    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let colon = UInt8(ascii: ":")
    static let greater = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")
    static let openBracket = UInt8(ascii: "[")
    static let backslash = UInt8(ascii: "\\")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
}
