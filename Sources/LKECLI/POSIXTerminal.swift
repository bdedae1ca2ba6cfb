import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal of a POSIX system (Linux, macOS): `isatty`, termios, SIGINT through a dispatch source,
/// SIGPIPE ignored. One per process (`shared`), since the terminal settings it saves belong to the process.
public final class POSIXTerminal: Terminal, @unchecked Sendable {
    /// The process's terminal.
    public static let shared = POSIXTerminal()

    private let lock = NSLock()
    /// The settings to put back, once `enterKeyMode()` has switched them.
    private var saved: termios?
    private var registeredExit = false
    private var interrupts: DispatchSourceSignal?

    private init() {}

    private static func descriptor(_ stream: TerminalStream) -> Int32 {
        switch stream {
        case .input: return STDIN_FILENO
        case .output: return STDOUT_FILENO
        case .error: return STDERR_FILENO
        }
    }

    /// Whether `stream` is a terminal (`isatty`).
    public func isTerminal(_ stream: TerminalStream) -> Bool { isatty(Self.descriptor(stream)) == 1 }

    /// Puts the input terminal in raw mode (keys one at a time, no echo); false when that is not possible.
    public func enterKeyMode() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if saved != nil { return true }
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return false }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | IEXTEN)
        raw.c_iflag &= ~tcflag_t(ICRNL | IXON)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return false }
        saved = original
        if !registeredExit {
            registeredExit = true
            atexit { POSIXTerminal.shared.restoreMode() }
        }
        return true
    }

    /// Restores the terminal mode saved by `enterKeyMode()`.
    public func restoreMode() {
        lock.lock()
        defer { lock.unlock() }
        if var settings = saved { _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings) }
        saved = nil
    }

    /// Reads one byte of input; `nil` at the end of input.
    public func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR { continue }
            return count == 1 ? byte : nil
        }
    }

    /// Writes `text` to `stream`.
    public func write(_ text: String, to stream: TerminalStream) {
        let descriptor = Self.descriptor(stream)
        text.withCString { pointer in _ = writeBytes(descriptor, pointer, strlen(pointer)) }
    }

    /// Calls `handler` on SIGINT (Ctrl-C) instead of ending the process.
    public func handleInterrupts(_ handler: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "lke.interrupt"))
        source.setEventHandler(handler: handler)
        source.resume()
        lock.lock()
        interrupts = source
        lock.unlock()
    }

    /// Restores the default handling of SIGINT.
    public func removeInterruptHandler() {
        lock.lock()
        interrupts?.cancel()
        interrupts = nil
        lock.unlock()
        signal(SIGINT, SIG_DFL)
    }

    /// Ignores SIGPIPE, so that writing to a closed pipe fails instead of ending the process.
    public func ignoreBrokenPipes() { signal(SIGPIPE, SIG_IGN) }

    /// Ends the process at once with `status` (`_exit`), without running exit handlers.
    public func exitImmediately(_ status: Int32) -> Never { _exit(status) }
}

/// The system's `write(2)`, named apart from `POSIXTerminal.write(_:to:)`.
private func writeBytes(_ descriptor: Int32, _ pointer: UnsafePointer<CChar>, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}
