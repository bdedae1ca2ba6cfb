import Foundation
import LKEKit
import Testing

/// Hostile input cannot make the YAML reader hold more than a bounded number of diagnostics.
@Suite struct YAMLLimitsTests {
    /// One million bad keys: the reader reports the first `maximumErrors`, says that it stopped, and returns no
    /// tree (so that no loader reports what is missing from a file that was not read to its end).
    @Test func aMillionBadKeysGiveBoundedDiagnostics() {
        var text = "a: 1\n"
        text += String(repeating: "x\n", count: 1_000_000)
        let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "m.yaml", text: text))
        #expect(root == nil)
        #expect(diagnostics.count == YAMLParser.maximumErrors + 1)
        #expect(diagnostics.first?.message.en == "expected 'key: value'")
        #expect(diagnostics.first?.location?.line == 2)
        let last = diagnostics.last
        #expect(last?.message.en == "too many errors; stopped reading the file after 1000 errors")
        #expect(last?.message.id == "terlalu banyak kesalahan; pembacaan berkas berhenti setelah 1000 kesalahan")
        #expect(last?.location?.line == 1002)
    }

    /// The same for a million duplicate keys (each error carries a note) and a million bad escapes on one line.
    @Test func aMillionDuplicateKeysOrBadEscapes() {
        let duplicates = String(repeating: "k: 1\n", count: 1_000_000)
        let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "d.yaml", text: duplicates))
        #expect(root == nil)
        #expect(diagnostics.count == YAMLParser.maximumErrors + 1)
        #expect(diagnostics.dropLast().allSatisfy { $0.notes.count == 1 })
        let escapes = (0..<200_000).map { "k\($0): \"\\x1b\"\n" }.joined()
        let second = YAMLParser.parse(SourceFile(path: "e.yaml", text: escapes))
        #expect(second.root == nil)
        #expect(second.diagnostics.count == YAMLParser.maximumErrors + 1)
    }

    /// Up to the limit, every error is reported and the tree is kept (the loaders read what they can).
    @Test func belowTheLimitEveryErrorIsReported() {
        let text = "a: 1\n" + String(repeating: "x\n", count: YAMLParser.maximumErrors)
        let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "m.yaml", text: text))
        #expect(root?["a"]?.scalar == "1")
        #expect(diagnostics.count == YAMLParser.maximumErrors)
        #expect(diagnostics.allSatisfy { $0.message.en == "expected 'key: value'" })
    }
}
