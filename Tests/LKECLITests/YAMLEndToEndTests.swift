import Foundation
import LKETestSupport
import Testing

/// What the YAML reader rejects, through the built binary: the file is reported with its location and the
/// status says it failed.
@Suite struct YAMLEndToEndTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let url = ProjectPaths.temporaryDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    /// A colour escape in a double-quoted unit name never reaches the terminal: `check` rejects the file and
    /// prints the escape as written, not the ESC it stands for.
    @Test func controlCharacterEscapeIsRejected() throws {
        let text = "questionnaire: lke-zi-2021\nunit: \"\\x1b[31mMERAH\\x1b[0m\"\nanswers: {}\n"
        let folder = try Self.folder(["warna.yaml": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(["check", "--lang", "en", "warna.yaml"], directory: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("""
            warna.yaml:2:8: error: the escape '\\x1b' gives the control character U+001B, which is not allowed; remove it
            unit: "\\x1b[31mMERAH\\x1b[0m"
                   ^

            """), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}") && !result.stdout.contains("\u{1B}"))
        let scored = try BinaryRunner.run(["score", "warna.yaml"], directory: folder)
        #expect(scored.status == 1)
        #expect(!scored.stdout.contains("\u{1B}") && !scored.stderr.contains("\u{1B}"))
    }

    /// A lone '-' in a flow sequence is rejected with the advice to quote it.
    @Test func loneDashInAFlowSequenceIsRejected() throws {
        let text = "questionnaire: lke-zi-2021\nunit: [-]\nanswers: {}\n"
        let folder = try Self.folder(["strip.yaml": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(["check", "strip.yaml"], directory: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("strip.yaml:2:8: error: '-' sendirian di dalam '[...]' atau '{...}' bukan teks dalam YAML; beri tanda kutip: \"-\"\n"),
                "\(result.stderr)")
    }
}
