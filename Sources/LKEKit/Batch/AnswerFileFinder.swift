import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks the paths given to a batch, one file at a time, without listing the whole tree first.
///
/// A path that names a file is taken as it is. A directory is walked recursively in byte order of the names,
/// taking files that end in `.yaml` or `.yml` (any case) and skipping names that start with a dot; symbolic
/// links to files are followed, links to directories are not (so a walk cannot loop). Memory is bounded by the
/// largest directory, not by the number of files.
public struct AnswerFileFinder: IteratorProtocol, Sendable {
    /// A file to read, or a path that does not exist.
    public struct Candidate: Sendable, Hashable {
        var path: String
        /// Named on the command line (read whatever it is), rather than found in a directory (read only if it is an
        /// answer file).
        var isExplicit: Bool
        /// The path names nothing readable.
        var isMissing: Bool
    }

    private var pending: [String]
    private var stack: [(directory: String, entries: [(name: String, isDirectory: Bool)], next: Int)] = []

    init(paths: [String]) {
        pending = paths.reversed()
    }

    /// The next file to read (directories walked in byte order of the names); `nil` when the walk is done.
    public mutating func next() -> Candidate? {
        while true {
            if var top = stack.popLast() {
                guard top.next < top.entries.count else { continue }
                let entry = top.entries[top.next]
                top.next += 1
                stack.append(top)
                let path = Self.join(top.directory, entry.name)
                if entry.isDirectory {
                    stack.append((path, Self.entries(of: path), 0))
                    continue
                }
                return Candidate(path: path, isExplicit: false, isMissing: false)
            }
            guard let path = pending.popLast() else { return nil }
            var info = stat()
            guard stat(path, &info) == 0 else { return Candidate(path: path, isExplicit: true, isMissing: true) }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                stack.append((path, Self.entries(of: path), 0))
                continue
            }
            return Candidate(path: path, isExplicit: true, isMissing: false)
        }
    }

    /// Counts the files a walk of `paths` would yield (for a progress bar), without reading them.
    public static func count(_ paths: [String]) -> Int {
        var finder = AnswerFileFinder(paths: paths)
        var count = 0
        while finder.next() != nil { count += 1 }
        return count
    }

    /// Whether `name` has an answer-file extension.
    static func hasAnswerExtension(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    /// Whether the bytes of a file have the top-level key `questionnaire` (a line starting with it, at column 1):
    /// the mark of an answer file. Definitions have `format`, `kind` and `id` at the top instead.
    static func looksLikeAnswerFile(_ data: Data) -> Bool {
        ByteWords.withBytes(of: data) { ByteWords.hasTopLevelKey("questionnaire", in: $0) }
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The entries of a directory worth visiting: subdirectories and answer-file names, sorted by their bytes.
    private static func entries(of directory: String) -> [(name: String, isDirectory: Bool)] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var result: [(name: String, isDirectory: Bool, key: [UInt8])] = []
        while let entry = readdir(handle) {
            var raw = entry.pointee
            // System-call glue, kept beside `readdir`: the name is a fixed-size C array, read as a C string.
            let capacity = MemoryLayout.size(ofValue: raw.d_name)
            let name = withUnsafePointer(to: &raw.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: capacity) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            var isDirectory: Bool
            switch Int32(raw.d_type) {
            case Int32(DT_DIR): isDirectory = true
            case Int32(DT_REG): isDirectory = false
            default:
                // Unknown type or a symbolic link: ask stat (lstat for links, so linked directories are skipped).
                var info = stat()
                let path = join(directory, name)
                guard lstat(path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFLNK {
                    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                    isDirectory = false
                } else {
                    isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
                    guard isDirectory || (info.st_mode & S_IFMT) == S_IFREG else { continue }
                }
            }
            guard isDirectory || hasAnswerExtension(name) else { continue }
            result.append((name, isDirectory, Array(name.utf8)))
        }
        result.sort { $0.key.lexicographicallyPrecedes($1.key) }
        return result.map { ($0.name, $0.isDirectory) }
    }
}
