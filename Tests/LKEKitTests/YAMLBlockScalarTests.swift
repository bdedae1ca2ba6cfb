import Foundation
@testable import LKEKit
import Testing

/// Block scalars read exactly as YAML 1.2.2 chapter 8.1 reads them, in every position a file can put them.
///
/// The rules the expected texts follow (docs/format.md §1 states them for users):
/// - R1 (§8.1.1.2, chomping): strip (`-`) drops the last line break and the trailing empty lines; clip (no
///   indicator) keeps the last line break when there is text and drops the trailing empty lines; keep (`+`)
///   keeps the last line break and every trailing empty line.
/// - R2 (§8.1.1.1, indentation): the text's indentation is the parent's (the key's or the `-`'s column) plus the
///   indentation indicator, or without one that of the first line holding more than spaces. A line of spaces no
///   longer than that is an empty line; a longer one is text (its extra spaces).
/// - R3 (§8.1.3, folding): in `>` text a line break between two text lines is a space, unless one of them starts
///   with a space (is more indented); the line break before a more-indented line stays.
/// - R4 (end of input): the end of the file counts as a line break, so a last line reads the same with and
///   without a final line end (the YAML test suite's JEF9 and L24T).
/// - R5: the text ends before a less-indented line holding more than spaces: a key, a comment, the end of file.
///   Trailing empty lines before a less-indented comment still belong to the scalar (§8.1.1.2 l-trail-comments).
@Suite struct YAMLBlockScalarTests {
    /// How the lines after the text end the file.
    enum Ending: String, CaseIterable, CustomTestStringConvertible, Sendable {
        /// Every line ends with LF.
        case finalLineEnd = "final line end"
        /// The last line has no line end.
        case noFinalLineEnd = "no final line end"
        /// A key at the parent's indentation follows.
        case dedentedKey = "dedented key"
        /// A comment at column 1 follows.
        case comment = "comment"
        /// Every line ends with CRLF.
        case crlf = "CRLF"

        var testDescription: String { rawValue }
    }

    /// One header with trailing lines after the text `x`, `y` (indented by 2 under `a:`), and its text.
    struct Row: CustomTestStringConvertible, Sendable {
        var header: String
        var trailing: [String]
        var trailingName: String
        var expected: String
        /// The text when the file ends without a final line end, where that differs: a trailing empty line with
        /// no line end is no line at all (R4), so the file is the same as one with one empty line fewer.
        var withoutFinalLineEnd: String?

        var testDescription: String { "'\(header)' + \(trailingName)" }
    }

    static let none: [String] = [], empty = [""], indentSpaces = ["  "], widerSpaces = ["   "], twoEmpty = ["", ""]

    /// header x trailing lines, each with its exact text (R1 to R4).
    static let rows: [Row] = [
        // No trailing line: R1 alone.
        Row(header: "|", trailing: none, trailingName: "nothing", expected: "x\ny\n"),
        Row(header: "|-", trailing: none, trailingName: "nothing", expected: "x\ny"),
        Row(header: "|+", trailing: none, trailingName: "nothing", expected: "x\ny\n"),
        Row(header: ">", trailing: none, trailingName: "nothing", expected: "x y\n"),
        Row(header: ">-", trailing: none, trailingName: "nothing", expected: "x y"),
        Row(header: ">+", trailing: none, trailingName: "nothing", expected: "x y\n"),
        // One empty line: clip and strip drop it, keep keeps it (R1); with no final line end it is no line (R4).
        Row(header: "|", trailing: empty, trailingName: "an empty line", expected: "x\ny\n"),
        Row(header: "|-", trailing: empty, trailingName: "an empty line", expected: "x\ny"),
        Row(header: "|+", trailing: empty, trailingName: "an empty line", expected: "x\ny\n\n", withoutFinalLineEnd: "x\ny\n"),
        Row(header: ">", trailing: empty, trailingName: "an empty line", expected: "x y\n"),
        Row(header: ">-", trailing: empty, trailingName: "an empty line", expected: "x y"),
        Row(header: ">+", trailing: empty, trailingName: "an empty line", expected: "x y\n\n", withoutFinalLineEnd: "x y\n"),
        // A line of as many spaces as the indentation is an empty line (R2), also without a final line end (R4).
        Row(header: "|", trailing: indentSpaces, trailingName: "a line of 2 spaces", expected: "x\ny\n"),
        Row(header: "|-", trailing: indentSpaces, trailingName: "a line of 2 spaces", expected: "x\ny"),
        Row(header: "|+", trailing: indentSpaces, trailingName: "a line of 2 spaces", expected: "x\ny\n\n"),
        Row(header: ">", trailing: indentSpaces, trailingName: "a line of 2 spaces", expected: "x y\n"),
        Row(header: ">-", trailing: indentSpaces, trailingName: "a line of 2 spaces", expected: "x y"),
        Row(header: ">+", trailing: indentSpaces, trailingName: "a line of 2 spaces", expected: "x y\n\n"),
        // A line of 3 spaces is text: one space (R2); folded, it is more indented and keeps its line break (R3);
        // its own line break is the last one, and counts without a final line end too (R4, L24T).
        Row(header: "|", trailing: widerSpaces, trailingName: "a line of 3 spaces", expected: "x\ny\n \n"),
        Row(header: "|-", trailing: widerSpaces, trailingName: "a line of 3 spaces", expected: "x\ny\n "),
        Row(header: "|+", trailing: widerSpaces, trailingName: "a line of 3 spaces", expected: "x\ny\n \n"),
        Row(header: ">", trailing: widerSpaces, trailingName: "a line of 3 spaces", expected: "x y\n \n"),
        Row(header: ">-", trailing: widerSpaces, trailingName: "a line of 3 spaces", expected: "x y\n "),
        Row(header: ">+", trailing: widerSpaces, trailingName: "a line of 3 spaces", expected: "x y\n \n"),
        // Two empty lines: keep keeps both (R1); without a final line end the second is no line (R4).
        Row(header: "|", trailing: twoEmpty, trailingName: "two empty lines", expected: "x\ny\n"),
        Row(header: "|-", trailing: twoEmpty, trailingName: "two empty lines", expected: "x\ny"),
        Row(header: "|+", trailing: twoEmpty, trailingName: "two empty lines", expected: "x\ny\n\n\n", withoutFinalLineEnd: "x\ny\n\n"),
        Row(header: ">", trailing: twoEmpty, trailingName: "two empty lines", expected: "x y\n"),
        Row(header: ">-", trailing: twoEmpty, trailingName: "two empty lines", expected: "x y"),
        Row(header: ">+", trailing: twoEmpty, trailingName: "two empty lines", expected: "x y\n\n\n", withoutFinalLineEnd: "x y\n\n"),
    ]

    /// The same header with an indentation indicator of 2, which is where the text is anyway (R2): `|2-` and
    /// `|-2` are the same header.
    static func withIndicator(_ header: String) -> [String] {
        let style = String(header.prefix(1)), chomp = String(header.dropFirst())
        return [style + "2" + chomp, style + chomp + "2"]
    }

    static func document(_ header: String, _ row: Row, _ ending: Ending) -> String {
        var lines = ["a: " + header, "  x", "  y"] + row.trailing
        switch ending {
        case .finalLineEnd, .noFinalLineEnd, .crlf: break
        case .dedentedKey: lines.append("b: 1")
        case .comment: lines.append("# akhir")
        }
        let separator = ending == .crlf ? "\r\n" : "\n"
        var text = lines.joined(separator: separator)
        if ending != .noFinalLineEnd { text += separator }
        return text
    }

    static func read(_ text: String) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        YAMLParser.parse(SourceFile(path: "b.yaml", text: text))
    }

    @Test(arguments: rows, Ending.allCases)
    func chomping(_ row: Row, _ ending: Ending) throws {
        let expected = ending == .noFinalLineEnd ? (row.withoutFinalLineEnd ?? row.expected) : row.expected
        for header in [row.header] + Self.withIndicator(row.header) {
            let text = Self.document(header, row, ending)
            let (root, diagnostics) = Self.read(text)
            #expect(diagnostics.isEmpty, "\(text.debugDescription): \(diagnostics.map(\.message.en))")
            #expect(root?["a"]?.scalar == expected, "\(text.debugDescription)")
            if ending == .dedentedKey { #expect(root?["b"]?.scalar == "1", "\(text.debugDescription)") }
        }
    }

    /// The table covers every combination it claims to.
    @Test func tableIsComplete() {
        #expect(Self.rows.count == 6 * 5)
        #expect(Set(Self.rows.map(\.header)) == ["|", "|-", "|+", ">", ">-", ">+"])
    }

    // MARK: - The cases of issue 20 and the test suite

    @Test(arguments: [
        // JEF9/00, /01, /02: a kept scalar with no text, only empty lines; the last counts without a line end (R4).
        ("- |+\n\n\n", ["\n\n"]),
        ("- |+\n   \n", ["\n"]),
        ("- |+\n   ", ["\n"]),
        // Clip and strip with only empty lines: no text, so no line break (R1).
        ("- |\n   ", [""]),
        ("- |-\n\n\n", [""]),
        ("- >+\n\n", ["\n"]),
        // A header at the very end of the file: no lines, empty text.
        ("- |+", [""]),
        ("- >", [""]),
    ])
    func keptEmptyLinesAtTheEnd(text: String, expected: [String]) {
        let (root, diagnostics) = Self.read(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        #expect(root?.items?.compactMap(\.scalar) == expected, "\(text.debugDescription)")
    }

    @Test(arguments: [
        // L24T/01: the line of 3 spaces is text " " (R2) and its line break counts at the end of the file (R4).
        ("foo: |\n  x\n   ", "x\n \n"),
        ("foo: |\n  x\n   \n", "x\n \n"),
        // The last text line without a line end keeps clip's line break (R4).
        ("foo: |\n  x", "x\n"),
        ("foo: >\n  x", "x\n"),
        ("foo: |-\n  x", "x"),
        ("foo: |+\n  x", "x\n"),
        ("foo: |+\r\n  x\r\n\r\n", "x\n\n"),
    ])
    func lastLineWithoutLineEnd(text: String, expected: String) {
        let (root, diagnostics) = Self.read(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        #expect(root?["foo"]?.scalar == expected, "\(text.debugDescription)")
    }

    /// Empty lines before a comment that is less indented than the text are trailing empty lines (R5): keep keeps
    /// them; a comment indented as deep as the text is text.
    @Test func commentsAfterTheText() {
        let (root, diagnostics) = Self.read("a: |+\n  x\n\n# c\n\nb: |\n  y\n  # not a comment\nc: >-\n    z\n  # c\n")
        #expect(diagnostics.isEmpty)
        #expect(root?["a"]?.scalar == "x\n\n")
        #expect(root?["b"]?.scalar == "y\n# not a comment\n")
        #expect(root?["c"]?.scalar == "z")
        let header = Self.read("a: |- # a comment on the header\n  x\n")
        #expect(header.diagnostics.isEmpty)
        #expect(header.root?["a"]?.scalar == "x")
    }

    // MARK: - Indentation indicators (R2)

    @Test(arguments: [
        // The indicator counts from the key's column, so deeper lines keep their extra spaces.
        ("a: |1\n   x\n  y\n", "a", "  x\n y\n"),
        ("a: >1-\n   x\n   y\n", "a", "  x\n  y"),
        // A leading line of spaces wider than the indentation is text (it would be an error without the indicator).
        ("a: |2\n    \n  x\n", "a", "  \nx\n"),
        // Text that starts with spaces: only an indicator can say so.
        ("a: |2+\n    indented\n  plain\n\n", "a", "  indented\nplain\n\n"),
        // A tab after the indentation is text.
        ("a: |2\n  \tx\n", "a", "\tx\n"),
        // Under a nested key, the key's column counts.
        ("a:\n  b: |1\n    x\n", "b", " x\n"),
    ])
    func indentationIndicator(text: String, key: String, expected: String) {
        let (root, diagnostics) = Self.read(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        let node = key == "b" ? root?["a"]?["b"] : root?[key]
        #expect(node?.scalar == expected, "\(text.debugDescription)")
    }

    @Test func indentationIndicatorInSequences() {
        // A list item's text counts from the '-' (YAML 1.2.2 c-l-block-seq-entry), at any depth.
        let (root, diagnostics) = Self.read("- |2\n   x\n- - >1\n     y\n- k: |1\n    z\n")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        let items = root?.items ?? []
        #expect(items.count == 3)
        #expect(items.first?.scalar == " x\n")
        #expect(items.dropFirst().first?.items?.first?.scalar == "  y\n")
        #expect(items.last?["k"]?.scalar == " z\n")
    }

    /// Text less indented than the indicator says ends the scalar, and the line is then out of place.
    @Test func textLessIndentedThanTheIndicator() {
        let (root, diagnostics) = Self.read("a: |3\n   x\n  y\n")
        #expect(root?["a"]?.scalar == "x\n")
        #expect(diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message.en)" }
                == ["3:3: unexpected indentation; align it with the keys above"])
    }
}
