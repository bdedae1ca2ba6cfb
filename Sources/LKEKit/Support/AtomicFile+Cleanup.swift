import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicFile {
    /// How old a temporary of a live process may grow before it counts as stale: a save takes seconds, the
    /// largest streamed report a few minutes, so an hour-old temporary is left over whatever its process id.
    static let staleAge: TimeInterval = 60 * 60

    /// Removes the temporaries that earlier saves of `path` left behind when they were killed (`kill -9`, a
    /// power cut): the files `.NAME.PID.RAND.tmp` beside the target whose process no longer runs, or which are
    /// older than `staleAge`. Temporaries of other targets and of saves still running are left alone.
    /// - Returns: the paths removed.
    @discardableResult
    static func removeStaleTemporaries(of path: String, now: Date = Date()) -> [String] {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        let prefix = "." + (path as NSString).lastPathComponent + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            // What lies between the prefix and `.tmp` must be exactly `PID.RAND`, both decimal.
            let middle = name.dropFirst(prefix.count).dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
            guard middle.count == 2, let pid = Int32(middle[0]), pid > 0, UInt32(middle[1]) != nil else { continue }
            let candidate = folder + "/" + name
            var info = stat()
            guard lstat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            #if canImport(Glibc)
            let seconds = info.st_mtim.tv_sec
            #else
            let seconds = info.st_mtimespec.tv_sec
            #endif
            let modified = Date(timeIntervalSince1970: TimeInterval(seconds))
            let isOld = now.timeIntervalSince(modified) > staleAge
            let isOrphan = pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
            if isOld || isOrphan, unlink(candidate) == 0 { removed.append(candidate) }
        }
        return removed.sorted()
    }
}
