import Foundation
@testable import LKEKit
import Testing

/// Hostile input cannot make the YAML reader hold more than a bounded number of diagnostics: past
/// `Diagnostic.storageLimit` the reader only counts them, in one tally at the end.
@Suite struct YAMLLimitsTests {
    /// One million bad keys: the first `storageLimit` are kept with their location, the rest counted.
    @Test func aMillionBadKeysGiveBoundedDiagnostics() {
        let text = "a: 1\n" + String(repeating: "x\n", count: 1_000_000)
        let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "m.yaml", text: text))
        #expect(root?["a"]?.scalar == "1")
        #expect(diagnostics.count == Diagnostic.storageLimit + 1)
        #expect(diagnostics.first?.message == Message.YAML.expectedKeyValue)
        #expect(diagnostics.first?.location?.line == 2)
        #expect(diagnostics.last?.omitted == 1_000_000 - Diagnostic.storageLimit)
    }

    /// The same for a million duplicate keys (each error carries a note) and 200,000 escapes that give ESC.
    @Test func aMillionDuplicateKeysOrBadEscapes() {
        let duplicates = String(repeating: "k: 1\n", count: 1_000_000)
        let (_, diagnostics) = YAMLParser.parse(SourceFile(path: "d.yaml", text: duplicates))
        #expect(diagnostics.count == Diagnostic.storageLimit + 1)
        #expect(diagnostics.dropLast().allSatisfy { $0.notes.count == 1 })
        #expect(diagnostics.last?.omitted == 999_999 - Diagnostic.storageLimit)
        let escapes = (0..<200_000).map { "k\($0): \"\\x1b\"\n" }.joined()
        let second = YAMLParser.parse(SourceFile(path: "e.yaml", text: escapes))
        #expect(second.diagnostics.count == Diagnostic.storageLimit + 1)
        #expect(second.diagnostics.first?.message == Message.YAML.escapeGivesControlCharacter("\\x1b", value: 0x1B))
        #expect(second.diagnostics.last?.omitted == 200_000 - Diagnostic.storageLimit)
    }

    /// A value in error reads as an empty node at its error; past the limit, where the error is only counted, the
    /// node stays on its own line rather than taking the tally's place, which names no line (a fuzz finding).
    @Test func aValueInErrorPastTheLimitKeepsItsLine() {
        let text = (0...Diagnostic.storageLimit).map { "k\($0): ? x\n" }.joined()
        let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "r.yaml", text: text))
        #expect(diagnostics.last?.omitted == 1)
        #expect(root?["k0"]?.location == SourceLocation(path: "r.yaml", line: 1, column: 5))
        #expect(root?["k\(Diagnostic.storageLimit)"]?.location.line == Diagnostic.storageLimit + 1)
    }
}
