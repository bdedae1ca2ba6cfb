import Foundation
import LKEKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the lines a user types. The one platform-specific piece of the prompts: a port to another system
/// implements this (a Windows console reader, say) and nothing else.
public protocol LineReader: AnyObject {
    /// One line without its line end; `nil` at the end of input.
    func readLine() -> String?
}

/// Lines from standard input as they come (a pipe or a file): no editing.
public final class PlainLineReader: LineReader {
    public init() {}
    public func readLine() -> String? { Swift.readLine(strippingNewline: true) }
}

/// Lines typed at a terminal, with line editing and history (`LineEditor`): the terminal is put in
/// non-canonical mode without echo from the first prompt until exit (signals stay on, so Ctrl-C still
/// interrupts; output processing stays on, so a newline still starts a new line),
/// each key is fed to the editor and the line redrawn. termios only, no library.
public final class TerminalLineReader: LineReader, @unchecked Sendable {
    private var editor = LineEditor()
    private let input: Int32
    private let output: Int32

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    /// The terminal settings to put back, once the first line has switched them (for `restore()`).
    private nonisolated(unsafe) static var saved: termios?
    private static let lock = NSLock()

    /// Puts the terminal back as it was before the first line was read: at exit, and on an interrupt that
    /// ends the process.
    public static func restore() {
        lock.lock()
        defer { lock.unlock() }
        if var settings = saved { _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings) }
        saved = nil
    }

    /// Switches the terminal to non-canonical mode without echo at the first line and keeps it so until
    /// `restore()` (registered to run at exit). Switching per line would let keys typed between two prompts
    /// be taken by the terminal's own line editing (a Delete erasing, an escape sequence echoed) before this
    /// reader sees them. `false` when `input` is not a terminal.
    private static func enterRawMode(_ input: Int32) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if saved != nil { return true }
        var original = termios()
        guard tcgetattr(input, &original) == 0 else { return false }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | IEXTEN)
        raw.c_iflag &= ~tcflag_t(ICRNL | IXON)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return false }
        saved = original
        if !registeredExit {
            registeredExit = true
            atexit { TerminalLineReader.restore() }
        }
        return true
    }

    private nonisolated(unsafe) static var registeredExit = false

    public func readLine() -> String? {
        guard Self.enterRawMode(input) else { return Swift.readLine(strippingNewline: true) }
        var byte: UInt8 = 0
        while true {
            let count = read(input, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else {
                // The terminal went away: what was typed is the last line, if anything.
                let rest = editor.text
                return rest.isEmpty ? nil : rest
            }
            let before = editor.cursor, shown = editor.buffer
            switch editor.feed(byte) {
            case .editing:
                // Only a change is drawn (the bytes of an escape sequence change nothing until its last one).
                if editor.cursor != before || editor.buffer != shown { emit(editor.redraw(from: before)) }
            case .line(let line):
                emit("\r\n")
                return line
            case .endOfInput:
                emit("\r\n")
                return nil
            }
        }
    }

    private func emit(_ text: String) {
        text.withCString { pointer in _ = write(output, pointer, strlen(pointer)) }
    }
}
