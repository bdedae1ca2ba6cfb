import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The evidence checks' only contact with the disk: what a path is, what a folder holds, a file's digest.
/// Reads only; one `stat` per path, so that a batch of thousands of files stays fast.
public enum EvidenceDisk {
    /// What is at a path.
    enum Kind: Sendable, Hashable {
        case none
        case file(size: UInt64)
        case folder
    }

    /// What is at `path` (following symbolic links).
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .none }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .folder }
        return .file(size: UInt64(max(0, info.st_size)))
    }

    /// Whether `path` is a folder.
    public static func isFolder(_ path: String) -> Bool { kind(of: path) == .folder }

    /// The names in folder `path`, sorted by their bytes; empty when it cannot be read.
    static func names(in path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Every file under folder `path`, as paths relative to it, depth first in name order, leaving out the files
    /// `EvidenceRules.isIgnored` names and hidden folders.
    static func files(under path: String) -> [String] {
        var out: [String] = []
        func walk(_ folder: String, prefix: String) {
            for name in names(in: folder) where !EvidenceRules.isIgnored(fileName: name) {
                let full = folder + "/" + name
                if isFolder(full) { walk(full, prefix: prefix + name + "/") } else { out.append(prefix + name) }
            }
        }
        walk(path, prefix: "")
        return out
    }

    /// SHA-256 of the file at `path`, lowercase hex; `nil` when it cannot be read.
    static func sha256(of path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return SHA256.hex(of: data)
    }
}
