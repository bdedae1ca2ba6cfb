import LKEKit

/// Reads the lines a user types: as they come from a pipe, or edited at a terminal (through `Terminal`).
protocol LineReader: AnyObject {
    /// One line without its line end; `nil` at the end of input.
    func readLine() -> String?
}

/// Lines from standard input as they come (a pipe or a file): no editing.
final class PlainLineReader: LineReader {
    init() {}
    func readLine() -> String? { Swift.readLine(strippingNewline: true) }
}

/// Lines typed at a terminal, with line editing and history (`LineEditor`): the terminal is put in key mode
/// (non-canonical, without echo) from the first prompt until exit, each key is fed to the editor and the line
/// redrawn. Switching per line would let keys typed between two prompts be taken by the terminal's own line
/// editing (a Delete erasing, an escape sequence echoed) before this reader sees them. Everything
/// platform-specific goes through `Terminal`.
final class TerminalLineReader: LineReader, @unchecked Sendable {
    private var editor = LineEditor()
    private let terminal: any Terminal

    init(terminal: any Terminal = POSIXTerminal.shared) {
        self.terminal = terminal
    }

    func readLine() -> String? {
        guard terminal.enterKeyMode() else { return Swift.readLine(strippingNewline: true) }
        while true {
            guard let byte = terminal.readByte() else {
                // The terminal went away: what was typed is the last line, if anything.
                let rest = editor.text
                return rest.isEmpty ? nil : rest
            }
            let before = editor.cursor, shown = editor.buffer
            switch editor.feed(byte) {
            case .editing:
                // Only a change is drawn (the bytes of an escape sequence change nothing until its last one).
                if editor.cursor != before || editor.buffer != shown { terminal.write(editor.redraw(from: before), to: .output) }
            case .line(let line):
                terminal.write("\r\n", to: .output)
                return line
            case .endOfInput:
                terminal.write("\r\n", to: .output)
                return nil
            }
        }
    }
}
