/// A standard stream of the process.
public enum TerminalStream: Sendable {
    /// Standard input: the keys typed.
    case input
    /// Standard output: reports and prompts.
    case output
    /// Standard error: diagnostics and progress.
    case error
}

/// Everything `lke` asks of the platform's terminal, in one place: whether a stream is a terminal (prompts,
/// colour, progress), key-by-key input without echo for the line editor, unbuffered bytes in and out, Ctrl-C,
/// broken pipes and ending the process at once. `POSIXTerminal` implements it for Linux and macOS (termios,
/// signals); a port to Windows implements this protocol (console modes, `ReadConsoleInput`,
/// `SetConsoleCtrlHandler`) and nothing else in `lke` changes.
public protocol Terminal: AnyObject, Sendable {
    /// Whether `stream` is a terminal rather than a file or a pipe.
    func isTerminal(_ stream: TerminalStream) -> Bool
    /// Switches the input to key-by-key mode without echo (interrupts still interrupt, a newline written still
    /// starts a new line) and keeps it so until `restoreMode()`, which also runs at exit; `false` when the
    /// input is not a terminal. Calling it again while in key mode does nothing.
    func enterKeyMode() -> Bool
    /// Puts the terminal back as it was before `enterKeyMode()`; safe while handling an interrupt.
    func restoreMode()
    /// Waits for one byte of input; `nil` at the end of input or when the terminal went away.
    func readByte() -> UInt8?
    /// Writes `text` at once, unbuffered; safe while handling an interrupt.
    func write(_ text: String, to stream: TerminalStream)
    /// Calls `handler` (on another thread) when the user interrupts (Ctrl-C), instead of ending the process,
    /// until `removeInterruptHandler()`.
    func handleInterrupts(_ handler: @escaping @Sendable () -> Void)
    /// Restores the default behaviour of an interrupt: the process ends.
    func removeInterruptHandler()
    /// Makes a write to a closed pipe (`lke score | head`) fail instead of ending the process, so the
    /// writer can end it quietly.
    func ignoreBrokenPipes()
    /// Ends the process at once with `status`, running no exit handlers.
    func exitImmediately(_ status: Int32) -> Never
}
