import Foundation

/// Where a command reads and writes: the process's standard streams, or a script in tests.
public protocol Console: AnyObject {
    /// Writes to standard output.
    func write(_ text: String)
    /// Writes to standard error.
    func writeError(_ text: String)
    /// Reads one line of input without its line end; `nil` at end of input.
    func readLine() -> String?
    /// Whether standard input and output are a terminal (interactive prompts, colour, progress bars).
    var isInteractive: Bool { get }
    /// Whether standard error is a terminal.
    var isErrorTerminal: Bool { get }
    /// The process environment.
    var environment: [String: String] { get }
}

extension Console {
    /// Whether colour may be used: a terminal, and NO_COLOR not set.
    var usesColour: Bool { isInteractive && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb" }
}

/// The process's standard streams, on the platform's `Terminal`.
public final class StandardConsole: Console {
    /// The terminal the streams may be (prompts, colour, interrupts).
    public let terminal: any Terminal
    /// Reads the lines: with line editing and history on a terminal, as they come otherwise.
    private lazy var lineReader: LineReader = isInteractive ? TerminalLineReader(terminal: terminal) : PlainLineReader()

    /// A console on `terminal` (the process's own by default).
    public init(terminal: any Terminal = POSIXTerminal.shared) {
        self.terminal = terminal
    }

    /// Writes `text` to standard output.
    public func write(_ text: String) {
        write(text, to: FileHandle.standardOutput)
    }

    /// Writes `text` to standard error.
    public func writeError(_ text: String) {
        write(text, to: FileHandle.standardError)
    }

    /// Writes, and ends the process quietly when the reader has gone away (`lke score | head`): nothing is
    /// left to say to anyone, and every file `lke` writes is already complete on disk.
    private func write(_ text: String, to handle: FileHandle) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            terminal.exitImmediately(0)
        }
    }

    /// Reads one line of input (with line editing when interactive); `nil` at the end of input.
    public func readLine() -> String? {
        lineReader.readLine()
    }

    /// Whether both input and output are a terminal.
    public var isInteractive: Bool { terminal.isTerminal(.input) && terminal.isTerminal(.output) }
    /// Whether standard error is a terminal.
    public var isErrorTerminal: Bool { terminal.isTerminal(.error) }
    /// The process's environment variables.
    public var environment: [String: String] { ProcessInfo.processInfo.environment }
}

/// A console for tests: scripted input lines, captured output.
final class ScriptedConsole: Console, @unchecked Sendable {
    private(set) var output = ""
    private(set) var errors = ""
    private var input: [String]
    var isInteractive: Bool
    var isErrorTerminal: Bool
    var environment: [String: String]

    init(input: [String] = [], interactive: Bool = false, environment: [String: String] = [:]) {
        self.input = input
        self.isInteractive = interactive
        self.isErrorTerminal = interactive
        self.environment = environment
    }

    func write(_ text: String) { output += text }
    func writeError(_ text: String) { errors += text }
    func readLine() -> String? { input.isEmpty ? nil : input.removeFirst() }
}
