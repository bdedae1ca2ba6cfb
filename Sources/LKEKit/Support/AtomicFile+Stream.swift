import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicFile {
    /// A file written in pieces, for outputs too large to hold in memory, and put in place atomically: the
    /// pieces go to a temporary file beside the target, which `commit()` flushes to disk and renames over the
    /// target. Until then (or after `discard()`) the target is untouched. A committed save also removes the
    /// temporaries that killed saves of the same target left (`AtomicFile.removeStaleTemporaries(of:)`).
    public final class Stream: TextOutputStream {
        let path: String
        private let temporary: String
        private var fd: Int32
        private var buffer: [UInt8] = []
        private var failure: String?

        /// Opens a temporary file beside `path`.
        public init(path: String) throws {
            self.path = path
            let directory = (path as NSString).deletingLastPathComponent
            let name = (path as NSString).lastPathComponent
            temporary = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            buffer.reserveCapacity(1 << 16)
        }

        deinit {
            if fd >= 0 {
                close(fd)
                unlink(temporary)
            }
        }

        /// Appends text (as UTF-8). Errors are kept and thrown by `commit()`.
        public func write(_ string: String) {
            buffer.append(contentsOf: string.utf8)
            if buffer.count >= 1 << 16 { flush() }
        }

        /// Appends bytes. Errors are kept and thrown by `commit()`.
        func append(_ data: Data) {
            buffer.append(contentsOf: data)
            if buffer.count >= 1 << 16 { flush() }
        }

        /// Writes the rest, flushes it to disk and renames the temporary file over the target, keeping the
        /// target's permissions when it exists.
        public func commit() throws {
            flush()
            if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
            var info = stat()
            if failure == nil, stat(path, &info) == 0 { _ = fchmod(fd, info.st_mode & 0o7777) }
            close(fd)
            fd = -1
            if let failure {
                unlink(temporary)
                throw WriteError(path: path, reason: failure)
            }
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw WriteError(path: path, reason: reason)
            }
            let directory = (path as NSString).deletingLastPathComponent
            let dirfd = open(directory.isEmpty ? "." : directory, O_RDONLY)
            if dirfd >= 0 { fsync(dirfd); close(dirfd) }
            // A save killed before its rename leaves its temporary behind: the next save of the target removes it.
            AtomicFile.removeStaleTemporaries(of: path)
        }

        /// Removes the temporary file and leaves the target as it was.
        func discard() {
            guard fd >= 0 else { return }
            close(fd)
            fd = -1
            unlink(temporary)
        }

        private func flush() {
            guard failure == nil, !buffer.isEmpty, fd >= 0 else { buffer.removeAll(keepingCapacity: true); return }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    #if canImport(Glibc)
                    let written = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    #else
                    let written = Darwin.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    #endif
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = String(cString: strerror(errno))
                        return
                    }
                    offset += written
                }
            }
            buffer.removeAll(keepingCapacity: true)
        }
    }
}
