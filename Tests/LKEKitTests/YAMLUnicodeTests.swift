import Foundation
@testable import LKEKit
import Testing

/// The parser reads UTF-8 bytes; text outside ASCII must come out whole, and columns must count characters
/// (Unicode scalars), not bytes.
@Suite struct YAMLUnicodeTests {
    /// Every kind of scalar with characters of two, three and four bytes, and escapes that produce them.
    static let sampler = """
        judul: Évaluasi — zona «integritas» 😀
        'kunci ''é''': nilai ñ
        "kunci ü": "baris\\u00e9 \\x41\\U0001F600\\_akhir"
        catatan: teks polos é
          berlanjut ü

          paragraf ∑
        literal: |
          é ü
           ñ 😀
        lipat: >
          satu é
          dua ü

          tiga
        alir: [é, 'ü''x', "\\u2603", ñ]
        peta: {é: ü, "ñ": '😀'}
        kutip: 'satu é
          dua ü'
        ganda: "satu é \\
          dua ü"
        daftar:
          - é
          - ü: ñ

        """

    /// The tree of `sampler` as PyYAML's BaseLoader reads it (checked by `readsLikePyYAML` where PyYAML is installed).
    static let expected = """
        {"judul": "Évaluasi — zona «integritas» 😀", "kunci 'é'": "nilai ñ", "kunci ü": "barisé A😀\u{A0}akhir", \
        "catatan": "teks polos é berlanjut ü\\nparagraf ∑", "literal": "é ü\\n ñ 😀\\n", "lipat": "satu é dua ü\\ntiga\\n", \
        "alir": ["é", "ü'x", "☃", "ñ"], "peta": {"é": "ü", "ñ": "😀"}, "kutip": "satu é dua ü", "ganda": "satu é dua ü", \
        "daftar": ["é", {"ü": "ñ"}]}
        """

    @Test func textOutsideASCIIComesOutWhole() throws {
        let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "u.yaml", text: Self.sampler))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        #expect(try #require(root).canonical == Self.expected)
    }

    @Test(.enabled(if: PyYAML.isAvailable, "skipped: python3 with PyYAML (the 'yaml' module) is not installed"))
    func readsLikePyYAML() throws {
        let trees = try #require(PyYAML.canonicalTrees(of: [.init(name: "u", text: Self.sampler)]))
        #expect(trees["u"] == Self.expected)
    }

    /// Locations of values and keys after characters of several bytes.
    @Test func locationsCountCharacters() throws {
        let text = "é: ü\nkunci: 😀 x\n\"ñ\": [a, é, b]\n"
        let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "u.yaml", text: text))
        #expect(diagnostics.isEmpty)
        let entries = try #require(root?.entries)
        #expect(entries.map { "\($0.keyLocation.line):\($0.keyLocation.column)" } == ["1:1", "2:1", "3:1"])
        #expect(entries.map { "\($0.value.location.line):\($0.value.location.column)" } == ["1:4", "2:8", "3:6"])
        let items = try #require(entries[2].value.items)
        #expect(items.map(\.location.column) == [7, 10, 13])
    }

    @Test(arguments: [
        MalformedCase("colon after an accented letter", "a: café: x\n", [(1, 8, "': ' inside unquoted text; put the whole text in quotes")]),
        MalformedCase("colon after an emoji", "kunci: 😀 b: c\n", [(1, 11, "': ' inside unquoted text; put the whole text in quotes")]),
        MalformedCase("C1 control character after an accent", "a: é\u{85}x\n", [(1, 5, "control character U+0085 is not allowed; remove it")]),
        MalformedCase("noncharacter U+FFFE", "a: ü\u{FFFE}\n", [(1, 5, "control character U+FFFE is not allowed; remove it")]),
        MalformedCase("paragraph separator after CJK text", "a: 中文\u{2029}\n",
                      [(1, 6, "the line separator U+2029 is not allowed; use an ordinary line break")]),
        MalformedCase("tab after an accented letter", "a: é\tb\n",
                      [(1, 5, "tabs are allowed only inside quoted text, block text ('|' or '>') and comments; use spaces")]),
        MalformedCase("unknown escape of an accented letter", "a: \"x\\é\"\n", [(1, 6, "unknown escape '\\é'")]),
        MalformedCase("escape digits that are not hexadecimal", "a: \"\\u00é!\"\n", [(1, 5, "escape '\\u00é!' is not a valid character")]),
        MalformedCase("duplicate key outside ASCII", "é: 1\né: 2\n", [(2, 1, "duplicate key 'é'; remove one of them")]),
        MalformedCase("unterminated quote after an accented key", "ñ: 'abc\n", [(1, 4, "unterminated quoted text; add the closing '")]),
        MalformedCase("unterminated quote in a flow sequence", "ñ: [é, \"x]\n", [(1, 8, "unterminated quoted text; add the closing \"")]),
        MalformedCase("mistyped character at the start of a flow value", "ü: [é, @x]\n", [(1, 8, "a value cannot start with '@'; quote it")]),
        MalformedCase("invalid UTF-8 after an accented letter", bytes: Array("a: é ".utf8) + [0xC0, 0xAF],
                      [(1, 6, "file is not valid UTF-8 text; save it again as UTF-8")]),
    ])
    func diagnosticsPointAtTheCharacter(_ malformed: MalformedCase) {
        let (_, diagnostics) = YAMLParser.parse(SourceFile(path: "t.yaml", data: Data(malformed.bytes)))
        malformed.verify(diagnostics)
    }

    /// The caret of a rendered diagnostic sits under the character, after accented letters.
    @Test func caretSitsUnderTheCharacter() {
        let source = SourceFile(path: "t.yaml", text: "judul: é ü: x\n")
        let (_, diagnostics) = YAMLParser.parse(source)
        let rendered = DiagnosticRenderer(language: .en, sources: [source]).render(diagnostics)
        #expect(rendered == "t.yaml:1:11: error: ': ' inside unquoted text; put the whole text in quotes\njudul: é ü: x\n          ^\n")
    }
}
