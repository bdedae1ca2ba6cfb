import Foundation
@testable import LKECLI
import Testing

/// A terminal in memory: the keys to type, what was written, the mode and the interrupt handler. What a port
/// to another system implements, exercised through the public readers and console.
final class MemoryTerminal: Terminal, @unchecked Sendable {
    var keys: [UInt8]
    var terminals: Set<TerminalStream>
    private(set) var written: [TerminalStream: String] = [:]
    private(set) var inKeyMode = false
    private(set) var keyModeEntries = 0
    private(set) var interruptHandler: (@Sendable () -> Void)?

    init(keys: String, terminals: Set<TerminalStream> = [.input, .output, .error]) {
        self.keys = Array(keys.utf8)
        self.terminals = terminals
    }

    func isTerminal(_ stream: TerminalStream) -> Bool { terminals.contains(stream) }
    func enterKeyMode() -> Bool {
        guard terminals.contains(.input) else { return false }
        if !inKeyMode { keyModeEntries += 1 }
        inKeyMode = true
        return true
    }
    func restoreMode() { inKeyMode = false }
    func readByte() -> UInt8? { keys.isEmpty ? nil : keys.removeFirst() }
    func write(_ text: String, to stream: TerminalStream) { written[stream, default: ""] += text }
    func handleInterrupts(_ handler: @escaping @Sendable () -> Void) { interruptHandler = handler }
    func removeInterruptHandler() { interruptHandler = nil }
    func ignoreBrokenPipes() {}
    func exitImmediately(_ status: Int32) -> Never { fatalError("exit \(status)") }
}

@Suite struct TerminalProtocolTests {
    @Test func theLineReaderEditsKeysFromTheTerminal() {
        // "ab", Backspace, "c", Enter; then Ctrl-A "x" Enter; then Ctrl-D on an empty line.
        let terminal = MemoryTerminal(keys: "ab\u{7F}c\r\u{01}x\r\u{04}")
        let reader = TerminalLineReader(terminal: terminal)
        #expect(reader.readLine() == "ac")
        #expect(terminal.inKeyMode)
        #expect(reader.readLine() == "x")
        #expect(reader.readLine() == nil)
        // Key mode is entered once and kept between lines; every line ends with a new line on the output.
        #expect(terminal.keyModeEntries == 1)
        let output = terminal.written[.output] ?? ""
        #expect(output.components(separatedBy: "\r\n").count == 4)
        #expect(output.contains("ab"))
        #expect(terminal.written[.error] == nil)
    }

    @Test func aTerminalThatGoesAwayEndsWithWhatWasTyped() {
        let terminal = MemoryTerminal(keys: "half")
        #expect(TerminalLineReader(terminal: terminal).readLine() == "half")
        #expect(TerminalLineReader(terminal: MemoryTerminal(keys: "")).readLine() == nil)
    }

    @Test func theConsoleAsksTheTerminalWhatItIs() {
        let both = StandardConsole(terminal: MemoryTerminal(keys: ""))
        #expect(both.isInteractive)
        #expect(both.isErrorTerminal)
        let piped = StandardConsole(terminal: MemoryTerminal(keys: "", terminals: [.input, .error]))
        #expect(!piped.isInteractive)
        #expect(piped.isErrorTerminal)
        let none = StandardConsole(terminal: MemoryTerminal(keys: "", terminals: []))
        #expect(!none.isInteractive && !none.isErrorTerminal && !none.usesColour)
    }
}
