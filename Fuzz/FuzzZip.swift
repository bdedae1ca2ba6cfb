#if LKE_WORKBOOK_IMPORT
import Foundation

/// The ZIP reader on any bytes, as the workbook importer opens an `.xlsx` package, with tight limits.
///
/// Invariants: never more entries than the limit; every entry read has exactly its declared size, within the
/// entry limit, and all entries together stay within the total limit; every entry is found again by its name;
/// entry names are never used as paths: the harness runs in an empty folder of its own, which stays empty.
enum FuzzZip {
    static let limits = ZipReader.Limits(maxEntries: 64, maxEntrySize: 1 << 20, maxTotalSize: 4 << 20)

    /// An empty folder to run in, made once; anything written relative to the working directory lands here.
    static let sandbox: String = {
        let path = NSTemporaryDirectory() + "lke-fuzz-zip-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        FuzzCheck.require(FileManager.default.changeCurrentDirectoryPath(path), "cannot work in \(path)")
        return path
    }()

    static func run(_ data: Data) {
        let folder = sandbox
        defer {
            let left = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            FuzzCheck.require(left.isEmpty, "reading an archive wrote \(left) into the working directory")
        }
        let reader: ZipReader
        do { reader = try ZipReader(data: data, limits: limits) } catch { return }
        FuzzCheck.require(reader.entries.count <= limits.maxEntries, "\(reader.entries.count) entries over a limit of \(limits.maxEntries)")
        var total = 0
        for entry in reader.entries {
            FuzzCheck.require(reader.entry(named: entry.name) != nil, "entry '\(entry.name)' is not found by its name")
            guard let bytes = try? reader.contents(of: entry) else { continue }
            FuzzCheck.require(bytes.count == entry.uncompressedSize, "entry '\(entry.name)': \(bytes.count) bytes, declared \(entry.uncompressedSize)")
            FuzzCheck.require(bytes.count <= limits.maxEntrySize, "entry '\(entry.name)': \(bytes.count) bytes over the entry limit")
            total += bytes.count
        }
        FuzzCheck.require(total <= limits.maxTotalSize, "\(total) bytes in all entries over the total limit of \(limits.maxTotalSize)")
    }
}
#endif
