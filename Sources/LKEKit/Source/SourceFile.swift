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
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
        var bytes = [UInt8](data)
        if bytes.starts(with: Self.byteOrderMark) { bytes.removeFirst(3) }
        var failure: SourceLocation?
        if let bad = Self.firstInvalidByte(bytes) {
            failure = Self.location(ofByte: bad, in: bytes, path: path)
            bytes.removeSubrange(bad...)
        }
        // Fold CRLF to LF.
        if bytes.contains(0x0D) {
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
            bytes = folded
        }
        self.encodingError = failure
        var ranges: [Range<Int>] = []
        var nonASCII: [Bool] = []
        ranges.reserveCapacity(bytes.count / 24 + 1)
        nonASCII.reserveCapacity(bytes.count / 24 + 1)
        bytes.withUnsafeBufferPointer { b in
            var start = 0
            var high: UInt8 = 0
            for index in 0..<b.count {
                let byte = b[index]
                if byte == 0x0A {
                    ranges.append(start..<index)
                    nonASCII.append(high & 0x80 != 0)
                    start = index + 1
                    high = 0
                } else {
                    high |= byte
                }
            }
            if start < b.count || ranges.isEmpty {
                ranges.append(start..<b.count)
                nonASCII.append(high & 0x80 != 0)
            }
        }
        self.bytes = bytes
        self.lineRanges = ranges
        self.lineHasNonASCII = nonASCII
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
