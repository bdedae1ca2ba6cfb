import Foundation

/// Ends the process on Ctrl-C (SIGINT) with a one-line summary, never in the middle of a save.
///
/// `lke fill` saves after every accepted answer, so an interrupt has nothing left to save: the handler
/// waits for a save in progress (the lock), writes the latest summary to standard output and exits with
/// status 130 (128 + SIGINT, as shells report it). The handler runs on another thread (see `Terminal`) while
/// the main thread may be blocked reading a line. Without a terminal (a scripted console) nothing is installed.
final class TerminalInterrupt: @unchecked Sendable {
    private let lock = NSLock()
    private var summary: String
    private let terminal: (any Terminal)?

    /// The exit status after an interrupt.
    static let status: Int32 = 130

    init(summary: String, terminal: (any Terminal)?) {
        self.summary = summary
        self.terminal = terminal
    }

    /// Starts handling interrupts.
    func install() {
        guard let terminal else { return }
        terminal.handleInterrupts { [self] in
            lock.lock() // held until the process ends: no save can start after this point
            terminal.restoreMode() // the prompt had the terminal in key mode
            terminal.write("\n" + summary + "\n", to: .output)
            terminal.exitImmediately(Self.status)
        }
    }

    /// Restores the default interrupt behaviour.
    func uninstall() {
        terminal?.removeInterruptHandler()
    }

    /// Runs `body` (a save) so that an interrupt waits for it, then records the summary to print.
    func saving<T>(summary newSummary: String, _ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        let result = try body()
        summary = newSummary
        return result
    }

    /// Records the summary to print without a save.
    func update(summary newSummary: String) {
        lock.lock()
        summary = newSummary
        lock.unlock()
    }
}
