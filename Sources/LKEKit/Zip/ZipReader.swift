import Foundation

/// Reads a ZIP archive held in memory: the end-of-central-directory record, the central directory, local
/// headers, and stored or deflated entries, each checked against its CRC-32.
///
/// Entry names are only keys to look parts up by; they are never used as file paths. ZIP64 archives, archives
/// split over several disks and encrypted entries are refused with a `Failure`. The limits bound the number of
/// entries and the declared sizes (an entry that inflates past its declared size fails), so a small archive
/// cannot expand into gigabytes.
struct ZipReader: Sendable {
    /// Bounds on what an archive may hold.
    struct Limits: Sendable {
        var maxEntries: Int
        var maxEntrySize: Int
        var maxTotalSize: Int

        /// Limits in entries and bytes (declared uncompressed sizes).
        init(maxEntries: Int = 10_000, maxEntrySize: Int = 128 << 20, maxTotalSize: Int = 512 << 20) {
            self.maxEntries = maxEntries
            self.maxEntrySize = maxEntrySize
            self.maxTotalSize = maxTotalSize
        }
    }

    /// Why an archive or an entry cannot be read.
    enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case notZip
        case zip64
        case multiDisk
        /// The archive's structure is damaged; the payload says where.
        case corrupt(Localized)
        case encrypted(String)
        case unsupportedMethod(String, Int)
        case tooManyEntries(Int)
        case tooLarge(String)
        case inflate(String, Inflate.Failure)
        case sizeMismatch(String)
        case crcMismatch(String)

        /// What is wrong, in both languages.
        var message: Localized {
            switch self {
            case .notZip: return Message.Zip.notZip
            case .zip64: return Message.Zip.zip64
            case .multiDisk: return Message.Zip.multiDisk
            case .corrupt(let detail): return Message.Zip.corrupt(detail)
            case .encrypted(let name): return Message.Zip.encrypted(name)
            case .unsupportedMethod(let name, let method): return Message.Zip.unsupportedMethod(name, method: method)
            case .tooManyEntries(let count): return Message.Zip.tooManyEntries(count)
            case .tooLarge(let name): return Message.Zip.entryTooLarge(name)
            case .inflate(let name, let failure): return Message.Zip.entryInflate(name, failure.message)
            case .sizeMismatch(let name): return Message.Zip.sizeMismatch(name)
            case .crcMismatch(let name): return Message.Zip.crcMismatch(name)
            }
        }

        var description: String { message.en }
    }

    /// One file of the archive, as the central directory describes it.
    struct Entry: Sendable, Hashable {
        var name: String
        var method: Int
        var flags: Int
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    let bytes: [UInt8]
    let limits: Limits
    /// The entries in central-directory order.
    private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]

    /// Reads the directory of the archive `bytes`.
    init(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) {
        self.bytes = bytes
        self.limits = limits
        try readDirectory()
    }

    /// Reads the directory of the archive `data`.
    init(data: Data, limits: Limits = Limits()) throws(Failure) {
        try self.init([UInt8](data), limits: limits)
    }

    /// The entry called `name`, compared without case, with `\` read as `/` and without a leading `/`
    /// (part names in Office packages are case-insensitive).
    func entry(named name: String) -> Entry? {
        index[Self.key(name)].map { entries[$0] }
    }

    /// The uncompressed bytes of `entry`, checked against its size and CRC-32.
    func contents(of entry: Entry) throws(Failure) -> [UInt8] {
        let offset = entry.localHeaderOffset
        guard offset >= 0, offset + 30 <= bytes.count, u32(offset) == 0x0403_4B50 else {
            throw .corrupt(Message.Zip.noLocalHeader(entry.name))
        }
        let start = offset + 30 + u16(offset + 26) + u16(offset + 28)
        guard start + entry.compressedSize <= bytes.count else { throw .corrupt(Message.Zip.entryPastEnd(entry.name)) }
        let raw = Array(bytes[start..<(start + entry.compressedSize)])
        let data: [UInt8]
        switch entry.method {
        case 0:
            data = raw
        case 8:
            let size = entry.uncompressedSize
            switch Result(catching: { () throws(Inflate.Failure) in try Inflate.decompress(raw, limit: size, expectedSize: size) }) {
            case .success(let inflated): data = inflated
            case .failure(.tooLarge): throw .sizeMismatch(entry.name)
            case .failure(let failure): throw .inflate(entry.name, failure)
            }
        default:
            throw .unsupportedMethod(entry.name, entry.method)
        }
        guard data.count == entry.uncompressedSize else { throw .sizeMismatch(entry.name) }
        guard CRC32.checksum(data) == entry.crc32 else { throw .crcMismatch(entry.name) }
        return data
    }

    /// The uncompressed bytes of the entry called `name`, or `nil` when there is none.
    func contents(named name: String) throws(Failure) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }

    static func key(_ name: String) -> String {
        var key = name.replacingOccurrences(of: "\\", with: "/").lowercased()
        while key.hasPrefix("/") { key.removeFirst() }
        return key
    }

    // MARK: - Directory

    private mutating func readDirectory() throws(Failure) {
        guard let end = findEndRecord() else { throw .notZip }
        if end >= 20, u32(end - 20) == 0x0706_4B50 { throw .zip64 }
        let disk = u16(end + 4), directoryDisk = u16(end + 6)
        let onDisk = u16(end + 8), total = u16(end + 10)
        let size = Int(u32(end + 12)), offset = Int(u32(end + 16))
        if total == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { throw .zip64 }
        guard disk == 0, directoryDisk == 0, onDisk == total else { throw .multiDisk }
        guard total <= limits.maxEntries else { throw .tooManyEntries(limits.maxEntries) }
        guard offset + size <= end else { throw .corrupt(Message.Zip.directoryOutside) }
        var position = offset
        var totalSize = 0
        entries.reserveCapacity(total)
        for _ in 0..<total {
            guard position + 46 <= offset + size, u32(position) == 0x0201_4B50 else {
                throw .corrupt(Message.Zip.badDirectoryEntry(at: position))
            }
            let nameLength = u16(position + 28), extraLength = u16(position + 30), commentLength = u16(position + 32)
            let next = position + 46 + nameLength + extraLength + commentLength
            guard next <= offset + size else { throw .corrupt(Message.Zip.directoryEntryTruncated(at: position)) }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(name: name, method: u16(position + 10), flags: u16(position + 8), crc32: u32(position + 16),
                              compressedSize: Int(u32(position + 20)), uncompressedSize: Int(u32(position + 24)),
                              localHeaderOffset: Int(u32(position + 42)))
            if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF {
                throw .zip64
            }
            if entry.flags & 1 != 0 { throw .encrypted(name) }
            guard entry.uncompressedSize <= limits.maxEntrySize else { throw .tooLarge(name) }
            totalSize += entry.uncompressedSize
            guard totalSize <= limits.maxTotalSize else { throw .tooLarge(name) }
            // The first of two entries with one name wins, as the directory lists them.
            let key = Self.key(name)
            if index[key] == nil { index[key] = entries.count }
            entries.append(entry)
            position = next
        }
    }

    /// The offset of the end-of-central-directory record: searched from the end, over at most a maximal comment.
    private func findEndRecord() -> Int? {
        guard bytes.count >= 22 else { return nil }
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while position >= lowest {
            if bytes[position] == 0x50, u32(position) == 0x0605_4B50, position + 22 + u16(position + 20) <= bytes.count {
                return position
            }
            position -= 1
        }
        return nil
    }

    private func u16(_ at: Int) -> Int {
        Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    private func u32(_ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
