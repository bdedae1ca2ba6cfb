import Foundation
@testable import LKEKit
import Testing

/// The source and the parser read bytes a 64-bit word at a time, and skip whole checks for files without tabs,
/// control characters, CRs or text outside ASCII. These tests put such bytes (and the characters YAML gives a
/// meaning) at every position within a word, and check that lines, values and diagnostics come out as a reading
/// byte by byte gives them; files without such bytes take the fast paths.
@Suite struct ByteScanTests {
    /// The lines of `text` as `SourceFile` defines them: no BOM, CRLF read as LF, no line after a final line end.
    /// Worked out on bytes, as a `String` reads CRLF as one character.
    static func expectedLines(_ text: String) -> [String] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var folded: [UInt8] = []
        for (index, byte) in bytes.enumerated() where !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
            folded.append(byte)
        }
        var lines = folded.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Lines of every length up to a few words, each with one of the bytes the scan treats apart, at every offset.
    static let texts: [(name: String, text: String)] = {
        var texts: [(String, String)] = []
        for special in ["", "\t", "\r", "\u{1}", "\u{7F}", "é", "😀", "#", ":"] {
            var lines: [String] = []
            for width in 0..<40 { lines.append(String(repeating: "x", count: width) + special + String(repeating: "y", count: width % 9)) }
            let body = lines.joined(separator: "\n")
            let name = special.unicodeScalars.map { "U+\(String($0.value, radix: 16))" }.joined()
            texts.append(("\(name) without a final line end", body))
            texts.append(("\(name) with LF", body + "\n"))
            texts.append(("\(name) with CRLF", lines.map { $0 + "\r\n" }.joined()))
            texts.append(("\(name) after a BOM", "\u{FEFF}" + body + "\n"))
        }
        texts.append(("empty", ""))
        texts.append(("only line ends", "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"))
        return texts
    }()

    @Test func linesAreSplitAsByteByByte() {
        for (name, text) in Self.texts {
            let source = SourceFile(path: "s.yaml", text: text)
            let expected = Self.expectedLines(text)
            #expect(source.lineCount == expected.count, "\(name)")
            #expect((1...max(1, source.lineCount)).map(source.line) == expected, "\(name)")
        }
    }

    /// A control character, DEL, a C1 control after a letter outside ASCII, and a tab, at every offset of a value:
    /// each is reported once, at its column, and the same file without it has no diagnostic.
    @Test(arguments: [
        ("\u{1}", "control character U+0001 is not allowed; remove it"),
        ("\u{7F}", "control character U+007F is not allowed; remove it"),
        ("é\u{85}", "control character U+0085 is not allowed; remove it"),
        ("\r", "control character U+000D is not allowed; remove it"),
        ("\t", "tabs are allowed only inside quoted text, block text ('|' or '>') and comments; use spaces"),
    ])
    func unusualCharactersAreFoundAtEveryOffset(_ character: String, _ message: String) {
        for offset in 0..<24 {
            let padding = String(repeating: "x", count: offset)
            let text = "kunci: \(padding)\(character)y\nlain: \(padding)\n"
            let (_, diagnostics) = YAMLParser.parse(SourceFile(path: "c.yaml", text: text))
            let column = 8 + offset + character.unicodeScalars.count - 1
            #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message.en)" } == ["1:\(column) \(message)"],
                    "offset \(offset)")
            let (root, clean) = YAMLParser.parse(SourceFile(path: "c.yaml", text: "kunci: \(padding)y\nlain: \(padding)z\n"))
            #expect(clean.isEmpty)
            #expect(root?["kunci"]?.scalar == padding + "y")
        }
    }

    /// Keys, comments and the ': ' that plain text may not hold, at every offset within a word.
    @Test func keysCommentsAndColonsAreFoundAtEveryOffset() throws {
        for offset in 0..<24 {
            let key = "k" + String(repeating: "x", count: offset)
            let value = "v" + String(repeating: "w", count: offset)
            let text = "\(key): \(value) # \(value)\n\(key)b: a:b#c \(value)\n\(key)c: \(value): x\n"
            let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "k.yaml", text: text))
            let entries = try #require(root?.entries)
            #expect(entries.map(\.key) == [key, key + "b", key + "c"])
            #expect(entries.map { $0.value.scalar } == [value, "a:b#c \(value)", ""])
            #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" } == ["3:\(key.count + 4 + value.count)"])
        }
    }

    /// Quoted text closed on its line without escapes is read straight from the bytes; escapes, doubled quotes
    /// and line breaks take the general path. Both give the same values and report text after the quotes alike.
    @Test(arguments: [
        ("a: 'een'\n", "een", [String]()),
        ("a: \"een\"\n", "een", []),
        ("a: ''\n", "", []),
        ("a: 'it''s'\n", "it's", []),
        ("a: \"tab\\there\"\n", "tab\there", []),
        ("a: \"satu\n  dua\"\n", "satu dua", []),
        ("a: 'satu\n\n  dua'\n", "satu\ndua", []),
        ("a: 'een' x\n", "een", ["1:10 unexpected text after the quoted text"]),
        ("a: 'it''s' x\n", "it's", ["1:12 unexpected text after the quoted text"]),
        ("a: \"é\\u00e9\" # ok\n", "éé", []),
        ("a: '\(String(repeating: "panjang ", count: 5))' # ok\n", String(repeating: "panjang ", count: 5), []),
    ])
    func quotedTextReadsAlikeOnBothPaths(_ text: String, _ value: String, _ expected: [String]) {
        let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "q.yaml", text: text))
        #expect(root?["a"]?.scalar == value)
        #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message.en)" } == expected)
    }

    /// Duplicate keys are found in small mappings (scanned) and large ones (hashed), including keys that are
    /// equal as text but not as bytes: the Kelvin sign and K, a precomposed é and e with a combining accent.
    @Test(arguments: [3, 40])
    func duplicateKeysAreFoundInSmallAndLargeMappings(_ size: Int) throws {
        var lines = (0..<size).map { "kunci\($0): \($0)" }
        lines += ["\u{212A}: 1", "é: 2", "kunci1: 3", "K: 4", "e\u{301}: 5", "'kunci2': 6"]
        let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "d.yaml", text: lines.joined(separator: "\n") + "\n"))
        #expect(try #require(root?.entries).count == size + 2)
        let reports = diagnostics.map { "\($0.location?.line ?? 0) \($0.message.en) (first at \($0.notes.first?.location?.line ?? 0))" }
        #expect(reports == [
            "\(size + 3) duplicate key 'kunci1'; remove one of them (first at 2)",
            "\(size + 4) duplicate key 'K'; remove one of them (first at \(size + 1))",
            "\(size + 5) duplicate key 'e\u{301}'; remove one of them (first at \(size + 2))",
            "\(size + 6) duplicate key 'kunci2'; remove one of them (first at 3)",
        ])
    }
}
