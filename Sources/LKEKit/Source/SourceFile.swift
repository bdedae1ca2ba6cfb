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
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        var failure: SourceLocation?
        decoding: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                scalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                break decoding
            case .error:
                failure = SourceLocation(path: path, line: line, column: column)
                break decoding
            }
        }
        if failure != nil {
            self.text = nil
        } else {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            self.text = String(view)
        }
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
