import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ends the process on Ctrl-C (SIGINT) with a one-line summary, never in the middle of a save.
///
/// `lke fill` saves after every accepted answer, so an interrupt has nothing left to save: the handler
/// waits for a save in progress (the lock), writes the latest summary to standard output and exits with
/// status 130 (128 + SIGINT, as shells report it). The handler runs on its own dispatch queue while the
/// main thread may be blocked reading a line.
final class TerminalInterrupt: @unchecked Sendable {
    private let lock = NSLock()
    private var summary: String
    private var source: DispatchSourceSignal?

    /// The exit status after an interrupt.
    static let status: Int32 = 130

    init(summary: String) {
        self.summary = summary
    }

    /// Starts handling SIGINT.
    func install() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "lke.fill.interrupt"))
        source.setEventHandler { [self] in
            lock.lock() // held until the process ends: no save can start after this point
            TerminalLineReader.restore() // the prompt had the terminal in raw mode
            let text = "\n" + summary + "\n"
            text.withCString { pointer in _ = write(STDOUT_FILENO, pointer, strlen(pointer)) }
            _exit(Self.status)
        }
        source.resume()
        self.source = source
    }

    /// Restores the default SIGINT behaviour.
    func uninstall() {
        source?.cancel()
        source = nil
        signal(SIGINT, SIG_DFL)
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
