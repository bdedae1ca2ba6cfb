import Foundation

/// The text of one input file, checked as UTF-8 and split into lines, with the byte-level facts the loader needs.
///
/// A UTF-8 byte-order mark is dropped and CRLF line ends are read as LF. The parser works on the UTF-8 bytes
/// (every character the YAML subset gives a meaning is ASCII), and locations count columns in Unicode scalars:
/// `column(ofByte:inLine:)` turns a byte offset into a column, counting scalars only on lines that are not
/// all ASCII. Working on bytes instead of a decoded array of scalars is what lets a batch read thousands of
/// files a second.
public struct SourceFile: Sendable {
    /// The path as the user named it; used in diagnostics.
    public let path: String
    /// The bytes as read.
    public let data: Data
    /// The file's bytes without BOM, with CRLF read as LF; when the file is not valid UTF-8, only the bytes
    /// before the first bad one. Indexed from 0; the very storage of `data` when nothing had to change, so that
    /// reading a file does not copy it.
    let bytes: Data
    /// For each line, the range of its bytes (without the line end).
    let lineRanges: [Range<Int>]
    /// For each line, whether it holds a byte outside ASCII (so that its columns must count scalars); empty when
    /// the whole file is ASCII.
    let lineHasNonASCII: [Bool]
    /// The 0-based lines, in order, that hold a byte outside printable ASCII other than a tab: a control
    /// character (a lone CR among them), DEL, or a byte outside ASCII. Only these lines can hold a character
    /// YAML rejects, so the parser checks no other line.
    let linesWithUnusualBytes: [Int]
    /// Whether the file holds a tab; the parser looks for misplaced tabs only then.
    let hasTab: Bool
    /// Where decoding failed, when it did.
    let encodingError: SourceLocation?

    /// SHA-256 of the bytes as read, lowercase hex.
    var digest: String { SHA256.hex(of: data) }

    /// The decoded text (no BOM, line ends as written), or `nil` when the bytes are not valid UTF-8.
    var text: String? {
        guard encodingError == nil else { return nil }
        var raw = [UInt8](data)
        if raw.starts(with: Self.byteOrderMark) { raw.removeFirst(3) }
        return String(decoding: raw, as: UTF8.self)
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Reads `data` read from `path`.
    ///
    /// One pass over the bytes splits the lines and notes which hold anything but printable ASCII; the rarer
    /// work (checking UTF-8, folding CRLF) runs only when that pass saw a byte outside ASCII or a CR, and the
    /// lines are split again when it changed the bytes.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
        var bytes = data.startIndex == 0 ? data : Data(data)
        if bytes.starts(with: Self.byteOrderMark) { bytes = Data(bytes.dropFirst(3)) }
        var scan = Scan(bytes)
        var failure: SourceLocation?
        if scan.hasNonASCII, let bad = bytes.withUnsafeBytes({ Self.firstInvalidByte($0.bindMemory(to: UInt8.self)) }) {
            failure = Self.location(ofByte: bad, in: bytes, path: path)
            bytes = bytes.prefix(bad)
            scan = Scan(bytes)
        }
        if scan.hasCR {
            bytes = Self.foldingCRLF(bytes)
            scan = Scan(bytes)
        }
        self.encodingError = failure
        self.bytes = bytes
        self.lineRanges = scan.lineRanges
        self.lineHasNonASCII = scan.lineHasNonASCII
        self.linesWithUnusualBytes = scan.linesWithUnusualBytes
        self.hasTab = scan.hasTab
    }

    /// The lines of a file's bytes and what they hold.
    private struct Scan {
        var lineRanges: [Range<Int>] = []
        var lineHasNonASCII: [Bool] = []
        var linesWithUnusualBytes: [Int] = []
        var hasTab = false
        var hasNonASCII = false
        var hasCR = false

        init(_ bytes: Data) {
            self = bytes.withUnsafeBytes { Self(buffer: $0.bindMemory(to: UInt8.self)) }
        }

        /// Reads the bytes a 64-bit word at a time. Words of printable ASCII (most of a file) are passed over two at
        /// a time with a few arithmetic operations; in a word otherwise printable the line ends are found from the
        /// bits of a mask, and only words holding another unusual byte (tab, CR, control, non-ASCII) are read bytewise.
        private init(buffer b: UnsafeBufferPointer<UInt8>) {
            let count = b.count
            lineRanges.reserveCapacity(count / 32 + 1)
            var start = 0
            // Whether the current line holds a control character (other than tab), DEL or a byte outside ASCII.
            var unusual = false
            var index = 0
            if let base = b.baseAddress.map(UnsafeRawPointer.init) {
                func word(at offset: Int) -> UInt64 { ByteWords.word(base, at: offset) }
                while index &+ 16 <= count {
                    let first = word(at: index), second = word(at: index &+ 8)
                    if ByteWords.controlOrNonASCII(first) | ByteWords.controlOrNonASCII(second) != 0 {
                        scanWord(first, at: index, in: b, start: &start, unusual: &unusual)
                        scanWord(second, at: index &+ 8, in: b, start: &start, unusual: &unusual)
                    }
                    index &+= 16
                }
                if index &+ 8 <= count {
                    scanWord(word(at: index), at: index, in: b, start: &start, unusual: &unusual)
                    index &+= 8
                }
            }
            for k in index..<count { look(at: k, in: b, start: &start, unusual: &unusual) }
            if start < count || lineRanges.isEmpty { endLine(start..<count, unusual: unusual) }
            if hasNonASCII {
                lineHasNonASCII = [Bool](repeating: false, count: lineRanges.count)
                for line in linesWithUnusualBytes {
                    lineHasNonASCII[line] = UnsafeBufferPointer(rebasing: b[lineRanges[line]]).contains { $0 >= 0x80 }
                }
            }
        }

        /// Reads the eight bytes of `word`, which start at `index`.
        private mutating func scanWord(_ word: UInt64, at index: Int, in b: UnsafeBufferPointer<UInt8>, start: inout Int, unusual: inout Bool) {
            let unusualBytes = ByteWords.eachControlOrNonASCII(word)
            let lineEnds = ByteWords.each(0x0A0A_0A0A_0A0A_0A0A, in: word)
            guard unusualBytes == lineEnds else {
                for k in index..<(index + 8) { look(at: k, in: b, start: &start, unusual: &unusual) }
                return
            }
            var bits = lineEnds
            while bits != 0 {
                let end = index + bits.trailingZeroBitCount / 8
                endLine(start..<end, unusual: unusual)
                start = end + 1
                unusual = false
                bits &= bits &- 1
            }
        }

        /// Reads one byte of a word that holds something other than printable ASCII and line ends.
        private mutating func look(at index: Int, in b: UnsafeBufferPointer<UInt8>, start: inout Int, unusual: inout Bool) {
            let byte = b[index]
            if byte == 0x0A {
                endLine(start..<index, unusual: unusual)
                start = index + 1
                unusual = false
            } else if byte == 0x09 {
                hasTab = true
            } else if byte < 0x20 || byte >= 0x7F {
                unusual = true
                if byte >= 0x80 { hasNonASCII = true }
                if byte == 0x0D { hasCR = true }
            }
        }

        private mutating func endLine(_ range: Range<Int>, unusual: Bool) {
            if unusual { linesWithUnusualBytes.append(lineRanges.count) }
            lineRanges.append(range)
        }
    }

    /// `bytes` with each CR that ends a line (CRLF) removed.
    private static func foldingCRLF(_ bytes: Data) -> Data {
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                index += 1
                continue
            }
            folded.append(bytes[index])
            index += 1
        }
        return Data(folded)
    }

    /// The offset of the first byte that is not part of well-formed UTF-8 (shortest forms, no surrogates, at
    /// most U+10FFFF), or `nil` when all of `b` is well-formed.
    static func firstInvalidByte(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = b.count
        var i = 0
        while i < n {
            let lead = b[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let count: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: count = 2
            case 0xE0: count = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: count = 3
            case 0xED: count = 3; high = 0x9F
            case 0xF0: count = 4; low = 0x90
            case 0xF1...0xF3: count = 4
            case 0xF4: count = 4; high = 0x8F
            default: return i
            }
            guard i + count <= n else { return i }
            guard b[i + 1] >= low, b[i + 1] <= high else { return i }
            for k in 2..<max(2, count) where b[i + k] & 0xC0 != 0x80 { return i }
            i += count
        }
        return nil
    }

    /// The line and column (in scalars, a CR counting as one) of byte `offset`, which starts a scalar.
    private static func location(ofByte offset: Int, in bytes: Data, path: String) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(path: path, line: line, column: column)
    }

    /// Builds a source from text already in memory.
    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }

    /// Reads the file at `path`.
    public init(contentsOfFile path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        self.init(path: path, data: data)
    }

    /// The number of lines.
    var lineCount: Int { lineRanges.count }

    /// The text of a 1-based line, without its line end; empty when out of range.
    func line(_ number: Int) -> String {
        guard number >= 1, number <= lineRanges.count else { return "" }
        return String(decoding: bytes[lineRanges[number - 1]], as: UTF8.self)
    }

    /// The 1-based column of byte `offset` on the 0-based line `index`: the number of scalars before it, plus one.
    func column(ofByte offset: Int, inLine index: Int) -> Int {
        let start = lineRanges[index].lowerBound
        guard !lineHasNonASCII.isEmpty, lineHasNonASCII[index] else { return offset - start + 1 }
        var column = 1
        for byte in bytes[start..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        return column
    }
}
