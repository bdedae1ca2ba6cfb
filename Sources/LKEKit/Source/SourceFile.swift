import Foundation

/// The text of one input file, decoded and split into lines, with the byte-level facts the loader needs.
///
/// A UTF-8 byte-order mark is dropped and CRLF line ends are read as LF. Columns count Unicode scalars.
public struct SourceFile: Sendable {
    /// The path as the user named it; used in diagnostics.
    public let path: String
    /// The decoded text (no BOM), or `nil` when the bytes are not valid UTF-8.
    public let text: String?
    /// The file's scalars, without BOM, with CRLF read as LF.
    let scalars: [Unicode.Scalar]
    /// For each line, the range of its scalars (without the line end).
    let lineRanges: [Range<Int>]
    /// Where decoding failed, when it did.
    public let encodingError: SourceLocation?
    /// The bytes as read.
    public let data: Data

    /// SHA-256 of the bytes as read, lowercase hex.
    public var digest: String { SHA256.hex(of: data) }

    /// Decodes `data` read from `path`.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let decoded = Self.decode(bytes, path: path)
        var scalars = decoded.scalars
        let failure = decoded.failure
        self.text = decoded.text
        // Fold CRLF to LF.
        if scalars.contains("\r") {
            var folded: [Unicode.Scalar] = []
            folded.reserveCapacity(scalars.count)
            var index = 0
            while index < scalars.count {
                if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                    index += 1
                    continue
                }
                folded.append(scalars[index])
                index += 1
            }
            scalars = folded
        }
        self.scalars = scalars
        self.encodingError = failure
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            ranges.append(start..<index)
            start = index + 1
        }
        if start < scalars.count || ranges.isEmpty { ranges.append(start..<scalars.count) }
        self.lineRanges = ranges
    }

    /// Decodes UTF-8 `bytes`: the scalars and the text, or, on invalid input, the scalars before the first bad
    /// byte and its location.
    /// The scalars of `bytes` when they are well-formed UTF-8 (shortest forms, no surrogates, at most
    /// U+10FFFF); `nil` otherwise.
    private static func wellFormedScalars(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        let ok = bytes.withUnsafeBufferPointer { b -> Bool in
            let n = b.count
            var i = 0
            while i < n {
                let lead = b[i]
                if lead < 0x80 {
                    scalars.append(Unicode.Scalar(lead))
                    i += 1
                    continue
                }
                let count: Int
                var value: UInt32
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: count = 2; value = UInt32(lead & 0x1F)
                case 0xE0: count = 3; value = UInt32(lead & 0x0F); low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: count = 3; value = UInt32(lead & 0x0F)
                case 0xED: count = 3; value = UInt32(lead & 0x0F); high = 0x9F
                case 0xF0: count = 4; value = UInt32(lead & 0x07); low = 0x90
                case 0xF1...0xF3: count = 4; value = UInt32(lead & 0x07)
                case 0xF4: count = 4; value = UInt32(lead & 0x07); high = 0x8F
                default: return false
                }
                guard i + count <= n else { return false }
                for k in 1..<count {
                    let byte = b[i + k]
                    if k == 1 { guard byte >= low, byte <= high else { return false } } else { guard byte & 0xC0 == 0x80 else { return false } }
                    value = value << 6 | UInt32(byte & 0x3F)
                }
                guard let scalar = Unicode.Scalar(value) else { return false }
                scalars.append(scalar)
                i += count
            }
            return true
        }
        return ok ? scalars : nil
    }

    private static func decode(_ bytes: [UInt8], path: String) -> (scalars: [Unicode.Scalar], text: String?, failure: SourceLocation?) {
        // Fast path: well-formed UTF-8 decoded in one pass; anything doubtful goes to the checked decoder below.
        if let scalars = wellFormedScalars(bytes) {
            return (scalars, String(decoding: bytes, as: UTF8.self), nil)
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                scalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars)
                return (scalars, String(view), nil)
            case .error:
                return (scalars, nil, SourceLocation(path: path, line: line, column: column))
            }
        }
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
        return Self.string(scalars[lineRanges[number - 1]])
    }

    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
