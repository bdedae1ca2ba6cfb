/// Parses the strict YAML subset described in docs/format.md into a located `YAMLNode` tree.
///
/// The parser never throws and never stops at the first problem: it records a diagnostic, skips the
/// offending line (and what is indented under it) and goes on, so that one run reports every problem (past
/// `Diagnostic.storageLimit` only counted, so that a hostile file cannot make it hold millions of diagnostics).
public enum YAMLParser {
    /// The deepest nesting the parser accepts.
    static let maximumDepth = 64

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
struct YAMLLine {
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

struct YAMLReader {
    let source: SourceFile
    /// The source's UTF-8 bytes. Every character with a meaning in the subset is ASCII, so the parser reads
    /// bytes; text is copied out as whole UTF-8 sequences, and columns are counted in scalars by the source.
    /// A buffer rather than the array, so that the many reads of a byte carry no bounds check in release builds:
    /// every offset the parser reads lies inside a line, or is tested against the line's end first (debug builds,
    /// which the tests use, still check every read).
    let s: UnsafeBufferPointer<UInt8>
    var lines: [YAMLLine] = []
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
            lines.append(YAMLLine(number: offset + 1, lineStart: range.lowerBound, start: start, end: range.upperBound, isBlank: blank))
        }
    }

    // MARK: - Locations and messages

    func location(_ offset: Int, line: YAMLLine) -> SourceLocation {
        SourceLocation(path: source.path, line: line.number, column: source.column(ofByte: offset, inLine: line.number - 1))
    }

    mutating func error(_ offset: Int, _ line: YAMLLine, _ message: Localized, notes: [Diagnostic.Note] = []) {
        diagnostics.append(limited: .error(at: location(offset, line: line), message, notes: notes))
        linesWithErrors.insert(line.number)
    }
}

/// The ASCII characters the parser looks for, as UTF-8 bytes (every file of the parser reads them).
extension UInt8 {
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
