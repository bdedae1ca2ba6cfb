import Foundation

/// Writes files so that a reader (or a crash) never sees half a file: a temporary file beside the target,
/// flushed to disk, then renamed over it.
public enum AtomicFile {
    /// A file that could not be written; nothing was replaced.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The file that was to be written.
        public internal(set) var path: String
        /// Why it could not be written (the system's reason).
        public internal(set) var reason: String
        /// The error as one line of English text.
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// Replaces the file at `path` with `data`, atomically. Keeps the target's permissions when it exists.
    public static func write(_ data: Data, to path: String) throws {
        let stream = try Stream(path: path)
        stream.append(data)
        try stream.commit()
    }

    /// Writes text as UTF-8.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
