import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke fill` in a pseudo-terminal, through util-linux `script`: colour, the progress line, and Ctrl-C.
@Suite struct FillTerminalTests {
    typealias S = FillTestSupport

    static let script: URL? = ["/usr/bin/script", "/bin/script"].map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// Starts `lke fill FILE` in a pseudo-terminal; input written to the process goes to the terminal.
    static func start(_ path: String, environment: [String: String] = [:]) throws -> LiveProcess {
        let command = "'\(BinaryRunner.executable.path)' fill '\(path)' --lang en"
        return try LiveProcess(executable: try #require(script), arguments: ["-qfec", command, "/dev/null"],
                               environment: ["TERM": "xterm"].merging(environment) { $1 })
    }

    @Test(.enabled(if: script != nil, "util-linux 'script' is not installed; the pseudo-terminal test is skipped"))
    func colourProgressAndInterruptInATerminal() throws {
        let path = S.newAnswerFile()
        let terminal = try Self.start(path)
        #expect(terminal.wait { $0.contains("A.I.1.i.a\u{1B}[0m (Ya/Tidak)> ") }, "\(terminal.output)")
        let output = terminal.output
        #expect(output.contains("\u{1B}[1;36mA.I.1.i.a\u{1B}[0m  Unit kerja telah membentuk tim"))
        #expect(output.contains("\u{1B}[7m A.I.1 MANAJEMEN PERUBAHAN · 0/113 answered · prerequisites 0/13 · score 0.00 \u{1B}[0m"))
        terminal.send("ya\r")
        #expect(terminal.wait { $0.contains("saved: A.I.1.i.a = Ya") && $0.contains("1/113 answered · prerequisites 0/13 · score 0.25") }, "\(terminal.output)")
        terminal.send("\u{03}")
        #expect(terminal.wait { $0.contains("saved in '\(path)': 1/113 questions answered, score so far 0.25") }, "\(terminal.output)")
        let status = terminal.finish()
        #expect(status == 130, "\(terminal.output)")
        #expect(!terminal.output.contains("Progress by area"))
        #expect(S.read(path).hasSuffix("answers:\n  A.I.1.i.a: Ya\n"))
    }

    @Test(.enabled(if: script != nil, "util-linux 'script' is not installed; the pseudo-terminal test is skipped"))
    func noColourKeepsTheProgressLine() throws {
        let path = S.newAnswerFile()
        let terminal = try Self.start(path, environment: ["NO_COLOR": "1"])
        #expect(terminal.wait { $0.contains("A.I.1.i.a (Ya/Tidak)> ") }, "\(terminal.output)")
        #expect(terminal.output.contains(" A.I.1 MANAJEMEN PERUBAHAN · 0/113 answered · prerequisites 0/13 · score 0.00 \r\n"))
        #expect(!terminal.output.contains("\u{1B}["))
        terminal.send(":quit\r")
        #expect(terminal.wait { $0.contains("no changes to '\(path)'") }, "\(terminal.output)")
        #expect(terminal.finish() == 0)
    }

    /// An interrupt while the prompt waits on a question already answered in an earlier run: nothing is lost.
    @Test(.enabled(if: script != nil, "util-linux 'script' is not installed; the pseudo-terminal test is skipped"))
    func interruptRightAwayLeavesTheFileAsItWas() throws {
        let path = S.newAnswerFile()
        _ = S.run(["fill", path], input: ["ya", "b"])
        let before = S.read(path)
        let terminal = try Self.start(path)
        #expect(terminal.wait { $0.contains("(Ya/Tidak)> ") }, "\(terminal.output)")
        terminal.send("\u{03}")
        #expect(terminal.wait { $0.contains("no changes to '\(path)': 2/113 questions answered") }, "\(terminal.output)")
        #expect(terminal.finish() == 130)
        #expect(S.read(path) == before)
    }

    /// Line editing and history at the prompt: arrow keys edit the line, never reach the answer.
    @Test(.enabled(if: script != nil, "util-linux 'script' is not installed; the pseudo-terminal test is skipped"))
    func arrowKeysEditTheLineAndRecallHistory() throws {
        let path = S.newAnswerFile()
        let terminal = try Self.start(path, environment: ["NO_COLOR": "1"])
        #expect(terminal.wait { $0.contains("A.I.1.i.a (Ya/Tidak)> ") }, "\(terminal.output)")
        // "xya", Home, Delete (drops x), End, Backspace (drops a): "y".
        terminal.send("xya\u{1B}[H\u{1B}[3~\u{1B}[F\u{7F}\r")
        #expect(terminal.wait { $0.contains("saved: A.I.1.i.a = Ya") }, "\(terminal.output)")
        #expect(terminal.wait { $0.contains("A.I.1.i.b (A/B/C)> ") }, "\(terminal.output)")
        // "c", Left, "b" gives "bc", which is no option: refused; Up brings it back, Ctrl-U clears it, then "b".
        terminal.send("c\u{1B}[Db\r")
        #expect(terminal.wait { $0.contains("'bc'") }, "\(terminal.output)")
        terminal.send("\u{1B}[A\u{15}b\r")
        #expect(terminal.wait { $0.contains("saved: A.I.1.i.b = B") }, "\(terminal.output)")
        // History is "y", "bc", "b": Up three times, Down, Up recalls "y".
        #expect(terminal.wait { $0.contains("A.I.1.ii.a (Ya/Tidak)> ") }, "\(terminal.output)")
        terminal.send("\u{1B}[A\u{1B}[A\u{1B}[A\u{1B}[B\u{1B}[A\r")
        #expect(terminal.wait { $0.contains("saved: A.I.1.ii.a = Ya") }, "\(terminal.output)")
        terminal.send(":note A.I.1.i.a SK\u{1B}[15~ Nomor 4\r")
        #expect(terminal.wait { $0.contains("saved: note of A.I.1.i.a") }, "\(terminal.output)")
        terminal.send(":quit\r")
        #expect(terminal.wait { $0.contains("saved in '\(path)'") }, "\(terminal.output)")
        #expect(terminal.finish() == 0)
        let text = S.read(path)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(text.contains("A.I.1.i.a:\n    value: Ya\n    note: SK Nomor 4\n"))
        #expect(text.contains("A.I.1.i.b: B\n  A.I.1.ii.a: Ya\n"))
    }
}
