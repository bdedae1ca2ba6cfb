import Foundation
@testable import LKEKit
import Testing

/// Diagnostics are bounded: kept up to a limit and counted past it, shown at most 100 per file.
@Suite struct DiagnosticLimitTests {
    @Test func pastTheStorageLimitDiagnosticsAreOnlyCounted() {
        var diagnostics: [Diagnostic] = []
        var built = 0
        for line in 1...5_000 {
            diagnostics.append(limited: line % 2 == 0 ? .warning : .error, path: "a.yaml") {
                built += 1
                return .error(at: SourceLocation(path: "a.yaml", line: line, column: 1), Localized("masalah \(line)"))
            }
        }
        #expect(diagnostics.count == Diagnostic.storageLimit + 1)
        #expect(built == Diagnostic.storageLimit)
        #expect(diagnostics.last?.omitted == 5_000 - Diagnostic.storageLimit)
        #expect(diagnostics.last?.severity == .error)
        #expect(diagnostics.hasErrors)
    }

    @Test func atMostAHundredPerFileAreShownWithAndNMore() {
        var diagnostics: [Diagnostic] = []
        for line in 1...250 {
            diagnostics.append(.warning(at: SourceLocation(path: "a.yaml", line: line, column: 1), Localized("w\(line)")))
        }
        diagnostics.append(.error(at: SourceLocation(path: "b.yaml", line: 1, column: 1), Localized("b")))
        var tally = Diagnostic.more(7, severity: .error, path: "a.yaml")
        tally.omitted = 7
        diagnostics.append(tally)
        let shown = diagnostics.limited()
        #expect(shown.count == 100 + 1 + 1)
        #expect(shown.filter { $0.location?.path == "a.yaml" && $0.omitted == 0 }.count == 100)
        let more = shown.last!
        #expect(more.omitted == 150 + 7)
        #expect(more.severity == .error)
        #expect(more.location?.path == "a.yaml")

        let text = DiagnosticRenderer(language: .id).render(diagnostics)
        #expect(text.hasSuffix("a.yaml: error: ... dan 157 lainnya tidak ditampilkan (paling banyak 100 per berkas)\n"))
        let english = DiagnosticRenderer(language: .en).render(diagnostics)
        #expect(english.hasSuffix("a.yaml: error: ... and 157 more not shown (at most 100 per file)\n"))
        #expect(english.contains("a.yaml:100:1: warning: w100\n"))
        #expect(!english.contains("w101\n"))
        #expect(english.contains("b.yaml:1:1: error: b\n"))
    }

    @Test func unknownCodesAreCountedPastTheLimitWithoutSuggestions() {
        var text = "questionnaire: lke-zi-2021\nunit: Unit Uji\nanswers:\n"
        for i in 0..<20_000 { text += "  X.\(i): Ya\n" }
        let outcome = Fixtures.answers(text)
        #expect(outcome.diagnostics.count <= Diagnostic.storageLimit + 1)
        #expect(outcome.diagnostics.reduce(0) { $0 + max($1.omitted, $1.omitted > 0 ? 0 : 1) } == 20_000)
        let shown = outcome.diagnostics.limited()
        #expect(shown.count == 101)
        #expect(shown.last?.omitted == 19_900)
    }
}
