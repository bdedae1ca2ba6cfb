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
    /// before the first bad one.
    let bytes: [UInt8]
    /// For each line, the range of its bytes (without the line end).
    let lineRanges: [Range<Int>]
    /// For each line, whether it holds a byte outside ASCII (so that its columns must count scalars).
    let lineHasNonASCII: [Bool]
    /// The 0-based lines, in order, that hold a byte outside printable ASCII other than a tab: a control
    /// character (a lone CR among them), DEL, or a byte outside ASCII. Only these lines can hold a character
    /// YAML rejects, so the parser checks no other line.
    let linesWithUnusualBytes: [Int]
    /// Whether the file holds a tab; the parser looks for misplaced tabs only then.
    let hasTab: Bool
    /// Where decoding failed, when it did.
    public let encodingError: SourceLocation?

    /// SHA-256 of the bytes as read, lowercase hex.
    public var digest: String { SHA256.hex(of: data) }

    /// The decoded text (no BOM, line ends as written), or `nil` when the bytes are not valid UTF-8.
    public var text: String? {
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
    /// lines are then split again.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
        var bytes = [UInt8](data)
        if bytes.starts(with: Self.byteOrderMark) { bytes.removeFirst(3) }
        var scan = Scan(bytes)
        var failure: SourceLocation?
        if scan.hasNonASCII || scan.hasCR {
            if scan.hasNonASCII, let bad = Self.firstInvalidByte(bytes) {
                failure = Self.location(ofByte: bad, in: bytes, path: path)
                bytes.removeSubrange(bad...)
            }
            if scan.hasCR { bytes = Self.foldingCRLF(bytes) }
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

        init(_ bytes: [UInt8]) {
            self = bytes.withUnsafeBufferPointer(Self.init(buffer:))
        }

        /// Reads eight bytes at a time: a word of printable ASCII (most of a file) is passed over with a few
        /// arithmetic operations, and only words holding a line end or another unusual byte are looked at bytewise.
        private init(buffer b: UnsafeBufferPointer<UInt8>) {
            let count = b.count
            lineRanges.reserveCapacity(count / 32 + 1)
            lineHasNonASCII.reserveCapacity(count / 32 + 1)
            var start = 0
            // What the current line holds: bit 0, a control character, DEL or a byte outside ASCII; bit 1, the latter.
            var line: UInt8 = 0
            var index = 0
            while index < count {
                var stop = count
                if index + 8 <= count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(b.baseAddress! + index).loadUnaligned(as: UInt64.self))
                    // The high bit of a byte of `flags` is set when some byte is below 0x20 (the subtraction borrows
                    // only from such a byte) or at least 0x7F (its own high bit, or that of the byte plus one).
                    let below = (word &- 0x2020_2020_2020_2020) & ~word
                    let flags = (below | word | (word &+ 0x0101_0101_0101_0101)) & 0x8080_8080_8080_8080
                    if flags == 0 {
                        index += 8
                        continue
                    }
                    stop = index + 8
                }
                while index < stop {
                    let byte = b[index]
                    if byte == 0x0A {
                        endLine(start..<index, holding: line)
                        start = index + 1
                        line = 0
                    } else if byte == 0x09 {
                        hasTab = true
                    } else if byte < 0x20 || byte >= 0x7F {
                        line |= byte >= 0x80 ? 3 : 1
                        if byte == 0x0D { hasCR = true }
                    }
                    index += 1
                }
            }
            if start < count || lineRanges.isEmpty { endLine(start..<count, holding: line) }
        }

        private mutating func endLine(_ range: Range<Int>, holding line: UInt8) {
            lineRanges.append(range)
            lineHasNonASCII.append(line & 2 != 0)
            if line != 0 {
                linesWithUnusualBytes.append(lineRanges.count - 1)
                if line & 2 != 0 { hasNonASCII = true }
            }
        }
    }

    /// `bytes` with each CR that ends a line (CRLF) removed.
    private static func foldingCRLF(_ bytes: [UInt8]) -> [UInt8] {
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
        return folded
    }

    /// The offset of the first byte that is not part of well-formed UTF-8 (shortest forms, no surrogates, at
    /// most U+10FFFF), or `nil` when all of `bytes` is well-formed.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
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
    }

    /// The line and column (in scalars, a CR counting as one) of byte `offset`, which starts a scalar.
    private static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
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
    public var lineCount: Int { lineRanges.count }

    /// The text of a 1-based line, without its line end; empty when out of range.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineRanges.count else { return "" }
        return String(decoding: bytes[lineRanges[number - 1]], as: UTF8.self)
    }

    /// The 1-based column of byte `offset` on the 0-based line `index`: the number of scalars before it, plus one.
    func column(ofByte offset: Int, inLine index: Int) -> Int {
        let start = lineRanges[index].lowerBound
        guard lineHasNonASCII[index] else { return offset - start + 1 }
        var column = 1
        for byte in bytes[start..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        return column
    }
}
