import Foundation
@testable import LKEKit
import Testing

/// A malformed input and every diagnostic it must produce, in order: line, column and English message, plus
/// the Indonesian message where given.
struct MalformedCase: CustomTestStringConvertible, Sendable {
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var line: Int
        var column: Int
        var message: String
        var description: String { "\(line):\(column): \(message)" }
    }

    var name: String
    var bytes: [UInt8]
    var expected: [Expected]
    /// The Indonesian text of the first diagnostic, when the case checks it.
    var indonesian: String?

    init(_ name: String, _ text: String, _ expected: [(Int, Int, String)], id indonesian: String? = nil) {
        self.name = name
        self.bytes = Array(text.utf8)
        self.expected = expected.map { Expected(line: $0.0, column: $0.1, message: $0.2) }
        self.indonesian = indonesian
    }

    init(_ name: String, bytes: [UInt8], _ expected: [(Int, Int, String)], id indonesian: String? = nil) {
        self.name = name
        self.bytes = bytes
        self.expected = expected.map { Expected(line: $0.0, column: $0.1, message: $0.2) }
        self.indonesian = indonesian
    }

    var testDescription: String { name }

    /// Compares `diagnostics` with the expectation.
    func verify(_ diagnostics: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let actual = diagnostics.map { Expected(line: $0.location?.line ?? 0, column: $0.location?.column ?? 0, message: $0.message.en) }
        #expect(actual == expected, "\(name)", sourceLocation: sourceLocation)
        if let indonesian {
            #expect(diagnostics.first?.message.id == indonesian, "\(name)", sourceLocation: sourceLocation)
        }
    }
}

/// The YAML subset's syntax errors: each names the construct and points at it.
@Suite struct YAMLDiagnosticsTests {
    static let cases: [MalformedCase] = [
        .init("tab used for indentation", "a:\n\tb: 1\n", [(2, 1, "tabs are not allowed for indentation; use spaces")],
              id: "tab tidak boleh dipakai untuk indentasi; gunakan spasi"),
        .init("tab after a colon", "a:\tb\n", [(1, 3, "tabs are allowed only inside quoted text, block text ('|' or '>') and comments; use spaces")]),
        .init("tab inside plain text", "a: b\tc\n", [(1, 5, "tabs are allowed only inside quoted text, block text ('|' or '>') and comments; use spaces")]),
        .init("tab on a blank line", "a: 1\n\t\nb: 2\n", [(2, 1, "tabs are not allowed for indentation; use spaces")]),
        .init("anchor", "a: &x 1\n", [(1, 4, "anchors ('&') are not supported; write the value out")],
              id: "jangkar ('&') tidak didukung; tulis nilainya langsung"),
        .init("alias", "a: 1\nb: *x\n", [(2, 4, "aliases ('*') are not supported; write the value out")]),
        .init("anchor on a key", "&k a: 1\n", [(1, 1, "anchors ('&') are not supported; write the value out")]),
        .init("tag", "a: !!str 1\n", [(1, 4, "tags ('!') are not supported; remove the tag")], id: "tag ('!') tidak didukung; hapus tag"),
        .init("tag in a flow sequence", "a: [!x b]\n", [(1, 5, "tags ('!') are not supported")]),
        .init("second document", "a: 1\n---\nb: 2\n",
              [(2, 1, "only one document per file is supported; remove '---' and what follows, or split the file")]),
        .init("two start markers", "---\n---\na: 1\n",
              [(2, 1, "only one document per file is supported; remove '---' and what follows, or split the file")]),
        .init("document end marker", "a: 1\n...\n", [(2, 1, "the document end marker '...' is not supported; remove this line")]),
        .init("directive", "%YAML 1.2\n---\na: 1\n", [(1, 1, "YAML directives ('%') are not supported; remove this line")],
              id: "direktif YAML ('%') tidak didukung; hapus baris ini"),
        .init("content on the start marker line", "--- a: 1\n",
              [(1, 5, "content on the '---' document start line is not supported; move it to the next line")]),
        .init("complex key", "? a\n: b\n", [(1, 1, "complex keys ('? ') are not supported; write 'key: value'")]),
        .init("flow sequence as a key", "[a, b]: c\n", [(1, 1, "complex keys are not supported; use plain text as the key")]),
        .init("nested flow collection", "a: [b, [c]]\n", [(1, 8, "nested flow collections are not supported; use block style")]),
        .init("flow mapping inside a flow mapping", "a: {b: {c: d}}\n", [(1, 8, "nested flow collections are not supported; use block style")]),
        .init("flow sequence over two lines", "a: [b,\n  c]\n", [(1, 4, "'[' must be closed on the same line with ']'")],
              id: "'[' harus ditutup di baris yang sama dengan ']'"),
        .init("flow mapping over two lines", "a: {b: 1,\n  c: 2}\n", [(1, 4, "'{' must be closed on the same line with '}'")]),
        .init("key: value inside a flow sequence", "a: [b: c]\n", [(1, 6, "a 'key: value' pair inside '[...]' is not supported")]),
        .init("question mark inside a flow sequence", "a: [b?]\n", [(1, 6, "a '?' inside '[...]' or '{...}' must be quoted")]),
        .init("hash at the start of a flow scalar", "a: [#b]\n", [(1, 5, "a value cannot start with '#'; quote it")]),
        .init("missing comma in a flow sequence", "a: ['b' c]\n", [(1, 9, "expected ',' or ']'")]),
        .init("text after a flow sequence", "a: [b] c\n", [(1, 8, "unexpected text after ']'")]),
        .init("duplicate key", "a: 1\nb: 2\na: 3\n", [(3, 1, "duplicate key 'a'; remove one of them")],
              id: "kunci ganda 'a'; hapus salah satu"),
        .init("duplicate key in a flow mapping", "a: {b: 1, b: 2}\n", [(1, 11, "duplicate key 'b'; remove one of them")]),
        .init("unknown escape", "a: \"x\\qy\"\n", [(1, 6, "unknown escape '\\q'")], id: "escape '\\q' tidak dikenal"),
        .init("escape with too few digits", "a: \"\\u00e\"\n", [(1, 5, "escape '\\u00e\"' is not a valid character")]),
        .init("escape past the line end", "a: \"\\u12\n", [(1, 5, "escape '\\u' needs 4 hexadecimal digits")]),
        .init("escape of a surrogate", "a: \"\\uD800\"\n", [(1, 5, "escape '\\uD800' is not a valid character")]),
        .init("escape with a sign", "a: \"\\x+1\"\n", [(1, 5, "escape '\\x+1' is not a valid character")]),
        .init("unterminated double quote", "a: \"abc\n", [(1, 4, "unterminated quoted text; add the closing \"")],
              id: "tanda kutip tidak ditutup; tambahkan \" penutup"),
        .init("unterminated single quote over lines", "a: 'abc\n  def\nb: 1\n", [(1, 4, "unterminated quoted text; add the closing '")]),
        .init("unterminated quote in a flow sequence", "a: ['b, c]\n", [(1, 5, "unterminated quoted text; add the closing '")]),
        .init("text after quoted text", "a: 'b' c\n", [(1, 8, "unexpected text after the quoted text")]),
        .init("block scalar indentation indicator 0", "a: |0\n   x\n",
              [(1, 5, "a block scalar's indentation indicator must be 1 to 9, not 0")],
              id: "indikator indentasi blok teks harus 1 sampai 9, bukan 0"),
        .init("block scalar indentation indicator of two digits", "a: |12\n   x\n", [(1, 6, "unexpected text after the block scalar indicator")]),
        .init("two chomping indicators", "a: |+-\n   x\n", [(1, 6, "unexpected text after the block scalar indicator")]),
        .init("indentation indicator at the top level", "|2\n  x\n",
              [(1, 2, "an indentation indicator is not supported on a block scalar at the top level of the file; remove the digit")]),
        .init("comment right after a block scalar indicator", "a: |#c\n  x\n", [(1, 5, "unexpected text after the block scalar indicator")]),
        // YAML 1.2.2 ns-plain-first: a '-' starts a flow scalar only before a character that can continue it.
        .init("lone dash in a flow sequence", "a: [-]\n", [(1, 5, "a lone '-' inside '[...]' or '{...}' is not text in YAML; quote it: \"-\"")],
              id: "'-' sendirian di dalam '[...]' atau '{...}' bukan teks dalam YAML; beri tanda kutip: \"-\""),
        .init("lone dash as the root flow sequence", "[-]\n", [(1, 2, "a lone '-' inside '[...]' or '{...}' is not text in YAML; quote it: \"-\"")]),
        .init("lone dashes in a list item's flow sequence", "- [-, -]\n", [(1, 4, "a lone '-' inside '[...]' or '{...}' is not text in YAML; quote it: \"-\"")]),
        .init("lone dash first among aliases", "aliases: [-, ya]\n", [(1, 11, "a lone '-' inside '[...]' or '{...}' is not text in YAML; quote it: \"-\"")]),
        .init("lone dash last among aliases", "aliases: [ya, -]\n", [(1, 15, "a lone '-' inside '[...]' or '{...}' is not text in YAML; quote it: \"-\"")]),
        .init("lone dash before spaces", "aliases: [ya, -  ]\n", [(1, 15, "a lone '-' inside '[...]' or '{...}' is not text in YAML; quote it: \"-\"")]),
        .init("lone dash as a flow mapping value", "a: {code: -, value: 1}\n",
              [(1, 11, "a lone '-' inside '[...]' or '{...}' is not text in YAML; quote it: \"-\"")]),
        .init("lone dash as the last flow mapping value", "a: {code: -}\n",
              [(1, 11, "a lone '-' inside '[...]' or '{...}' is not text in YAML; quote it: \"-\"")]),
        .init("dash before a space in a flow sequence", "a: [- b]\n", [(1, 5, "a lone '-' inside '[...]' or '{...}' is not text in YAML; quote it: \"-\"")]),
        // Escapes may not give what the file could not hold as it is (docs/format.md §1): only \t and \n of the controls.
        .init("escape giving ESC", "unit: \"\\x1b[31mMERAH\\x1b[0m\"\n",
              [(1, 8, "the escape '\\x1b' gives the control character U+001B, which is not allowed; remove it")],
              id: "escape '\\x1b' menghasilkan karakter kendali U+001B, yang tidak diizinkan; hapus escape ini"),
        .init("escape \\e", "a: \"x\\ey\"\n", [(1, 6, "the escape '\\e' gives the control character U+001B, which is not allowed; remove it")]),
        .init("escape \\0", "a: \"\\0\"\n", [(1, 5, "the escape '\\0' gives the control character U+0000, which is not allowed; remove it")]),
        .init("escape \\r", "a: \"x\\r\\n\"\n", [(1, 6, "the escape '\\r' gives the control character U+000D, which is not allowed; remove it")]),
        .init("escape \\a", "a: \"\\a\"\n", [(1, 5, "the escape '\\a' gives the control character U+0007, which is not allowed; remove it")]),
        .init("escape \\N", "a: \"\\N\"\n", [(1, 5, "the escape '\\N' gives the control character U+0085, which is not allowed; remove it")]),
        .init("escape \\L", "a: \"\\L\"\n", [(1, 5, "the escape '\\L' gives the control character U+2028, which is not allowed; remove it")]),
        .init("escape \\u007F", "a: \"\\u007F\"\n", [(1, 5, "the escape '\\u007F' gives the control character U+007F, which is not allowed; remove it")]),
        .init("escape \\x9B", "a: \"\\x9B\"\n", [(1, 5, "the escape '\\x9B' gives the control character U+009B, which is not allowed; remove it")]),
        .init("escape \\U0000FEFF", "a: \"\\U0000FEFF\"\n", [(1, 5, "the escape '\\U0000FEFF' gives the control character U+FEFF, which is not allowed; remove it")]),
        .init("control escape in a flow sequence", "a: [\"\\x07\"]\n", [(1, 6, "the escape '\\x07' gives the control character U+0007, which is not allowed; remove it")]),
        .init("control escape on a folded line", "a: \"b\n  \\x1b\"\n", [(2, 3, "the escape '\\x1b' gives the control character U+001B, which is not allowed; remove it")]),
        .init("text after a block scalar indicator", "a: | x\n", [(1, 6, "unexpected text after the block scalar indicator")]),
        .init("wide blank line before block text", "a: |\n    \n  x\n",
              [(2, 3, "a blank line at the start of the block text has more spaces than its first line of text; remove the spaces")]),
        .init("invalid UTF-8", bytes: Array("a: b\nc: ".utf8) + [0xFF, 0x0A], [(2, 4, "file is not valid UTF-8 text; save it again as UTF-8")],
              id: "berkas bukan teks UTF-8 yang sah; simpan ulang sebagai UTF-8"),
        .init("truncated UTF-8 sequence", bytes: Array("a: caf".utf8) + [0xC3], [(1, 7, "file is not valid UTF-8 text; save it again as UTF-8")]),
        .init("control character", "a: b\u{07}c\n", [(1, 5, "control character U+0007 is not allowed; remove it")],
              id: "karakter kendali U+0007 tidak diizinkan; hapus karakter ini"),
        .init("lone carriage return", "a: b\rc: d\n",
              [(1, 5, "control character U+000D is not allowed; remove it"), (1, 7, "': ' inside unquoted text; put the whole text in quotes")]),
        .init("byte-order mark inside the text", "a: \u{FEFF}b\n", [(1, 4, "control character U+FEFF is not allowed; remove it")]),
        .init("line separator", "a: b\u{2028}c\n", [(1, 5, "the line separator U+2028 is not allowed; use an ordinary line break")]),
        .init("less indented key", "a:\n  b: 1\n c: 2\n", [(3, 2, "unexpected indentation; align it with the keys above")]),
        .init("more indented key", "a:\n  b: 1\n    c: 2\n", [(3, 6, "': ' inside unquoted text; put the whole text in quotes")]),
        .init("more indented line after a list item", "- [a]\n  b\n", [(2, 3, "unexpected indentation; align it with the '-' above")]),
        .init("text at the root after a list", "- a\nb\n", [(2, 1, "unexpected content at this indentation; check the indentation")]),
        .init("colon and space in plain text", "a: b: c\n", [(1, 5, "': ' inside unquoted text; put the whole text in quotes")],
              id: "': ' di dalam teks tanpa tanda kutip; beri tanda kutip pada seluruh teks"),
        .init("list on the key's line", "a: - b\n", [(1, 4, "a list cannot start on the same line as its key; move '- ' to the next line")]),
        .init("list item among keys", "a: 1\n- b\n", [(2, 1, "a list item ('- ') where a 'key: value' entry was expected")]),
        .init("value starting with an at sign", "a: @b\n", [(1, 4, "a value cannot start with '@'; quote it")]),
        .init("value starting with a backquote", "a: `b`\n", [(1, 4, "a value cannot start with '`'; quote it")]),
        .init("key starting with a closing bracket", "]a: b\n", [(1, 1, "a key cannot start with ']'; quote it")]),
        .init("plain text among keys", "a: 1\nb\n", [(2, 1, "expected 'key: value'")]),
        .init("deep nesting", String(repeating: "- ", count: 70) + "x\n", [(1, 131, "nesting deeper than 64 levels is not supported")],
              id: "struktur bersarang lebih dari 64 tingkat tidak didukung"),
    ]

    @Test(arguments: cases)
    func reportsTheConstructAndWhereItIs(_ malformed: MalformedCase) {
        let (_, diagnostics) = YAMLParser.parse(SourceFile(path: "t.yaml", data: Data(malformed.bytes)))
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.location?.path == "t.yaml" })
        malformed.verify(diagnostics)
    }

    @Test func duplicateKeyNotesTheFirstOne() throws {
        let (_, diagnostics) = YAMLParser.parse(SourceFile(path: "t.yaml", text: "a: 1\nb: 2\na: 3\n"))
        let note = try #require(diagnostics.first?.notes.first)
        #expect(note.location == LKEKit.SourceLocation(path: "t.yaml", line: 1, column: 1))
        #expect(note.message == Message.YAML.firstWrittenHere("a"))
    }

    /// One run reports every problem, not only the first.
    @Test func collectsEveryProblem() {
        let text = "a: &x 1\nb: *x\nc: !t 3\nd: \"\\q\"\ne: 1\ne: 2\n"
        let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "t.yaml", text: text))
        #expect(diagnostics.map { $0.location!.line } == [1, 2, 3, 4, 6])
        #expect(root?.entries?.map(\.key) == ["a", "b", "c", "d", "e"])
    }

    @Test func fullRenderedText() {
        let text = "title: Contoh\nscales:\n  - id: ya\n    title: 'Ya\n  - id: abc\ntitle: lagi\n"
        let source = SourceFile(path: "questionnaires/contoh.yaml", text: text)
        let (_, diagnostics) = YAMLParser.parse(source)
        let rendered = DiagnosticRenderer(language: .en, sources: [source]).render(diagnostics)
        #expect(rendered == """
            questionnaires/contoh.yaml:4:12: error: unterminated quoted text; add the closing '
                title: 'Ya
                       ^
            questionnaires/contoh.yaml:6:1: error: duplicate key 'title'; remove one of them
            title: lagi
            ^
            questionnaires/contoh.yaml:1:1: note: 'title' first written here
            title: Contoh
            ^

            """)
        let indonesian = DiagnosticRenderer(language: .id, sources: [source]).render(diagnostics)
        #expect(indonesian.hasPrefix("questionnaires/contoh.yaml:4:12: error: tanda kutip tidak ditutup; tambahkan ' penutup\n"))
        #expect(indonesian.contains("questionnaires/contoh.yaml:1:1: note: 'title' pertama kali ditulis di sini\n"))
    }

    @Test func caretUnderATabKeepsTheTab() {
        let source = SourceFile(path: "t.yaml", text: "a: 'x'\tb\n")
        let (_, diagnostics) = YAMLParser.parse(source)
        let rendered = DiagnosticRenderer(language: .en, sources: [source]).render(diagnostics)
        #expect(rendered == "t.yaml:1:8: error: unexpected text after the quoted text\na: 'x'\tb\n      \t^\n")
    }
}
