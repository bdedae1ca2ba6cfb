import Foundation

/// Runs the built `lke` binary for end-to-end tests.
public enum BinaryRunner {
    /// What one run printed and returned.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `lke` executable next to the test bundle (the build products directory).
    public static var executable: URL {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["LKE_BINARY"] { return URL(fileURLWithPath: explicit) }
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("lke")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        // `swift test` runs the test binary from the products directory; fall back to the conventional place.
        return ProjectPaths.root.appendingPathComponent(".build/debug/lke")
    }

    /// Runs `lke` with `arguments`, feeding `input` on stdin, in `directory` (default: the package root).
    /// Output is read before waiting, so large outputs cannot deadlock.
    public static func run(_ arguments: [String], input: String? = nil, directory: URL? = nil,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? ProjectPaths.root
        var env = ProcessInfo.processInfo.environment
        env["LKE_LANG"] = nil
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        let box = OutputBox()
        let group = DispatchGroup()
        group.enter()
        let reader = out.fileHandleForReading
        DispatchQueue.global().async {
            box.set(reader.readDataToEndOfFile())
            group.leave()
        }
        let e = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let stdoutData = box.get()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }
}

private final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
