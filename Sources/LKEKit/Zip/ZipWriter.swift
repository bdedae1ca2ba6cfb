import Foundation

/// Writes a ZIP archive (PKWARE APPNOTE 6.3, the subset Office Open XML needs) in memory: every entry is
/// stored (method 0) with its CRC-32 and sizes in the local header, names are UTF-8 (flag bit 11), and every
/// timestamp is 1980-01-01 00:00, so that the same entries always give the same bytes.
///
/// Limits of the format without ZIP64: at most 65,535 entries and 4 GiB per entry and in all; beyond them
/// `add` and `finish` throw `ZipWriter.Failure` instead of writing a damaged archive.
///
/// ```swift
/// var zip = ZipWriter()
/// try zip.add("[Content_Types].xml", Data(xml.utf8))
/// let bytes = try zip.finish()
/// ```
struct ZipWriter: Sendable {
    /// Why an archive could not be written.
    enum Failure: Error, Equatable, Sendable {
        /// More than 65,535 entries.
        case tooManyEntries
        /// An entry, or the archive, would pass 4 GiB.
        case tooLarge(name: String)
        /// The same name twice, or an empty name or one longer than 65,535 bytes.
        case invalidName(String)
    }

    private struct Entry {
        var name: [UInt8]
        var crc: UInt32
        var size: UInt32
        var offset: UInt32
    }

    private var output: [UInt8] = []
    private var entries: [Entry] = []
    private var names: Set<String> = []

    /// An empty archive.
    init() {}

    /// Adds a file called `name` (a path with `/` separators, as it will appear inside the archive).
    mutating func add(_ name: String, _ data: Data) throws {
        try add(name, bytes: [UInt8](data))
    }

    /// Adds a file called `name` holding `bytes`.
    mutating func add(_ name: String, bytes: [UInt8]) throws {
        let encodedName = Array(name.utf8)
        guard !encodedName.isEmpty, encodedName.count <= 0xFFFF, !names.contains(name) else {
            throw Failure.invalidName(name)
        }
        guard entries.count < 0xFFFF else { throw Failure.tooManyEntries }
        let headerSize = 30 + encodedName.count
        guard bytes.count <= Int(UInt32.max),
              output.count + headerSize + bytes.count <= Int(UInt32.max) else {
            throw Failure.tooLarge(name: name)
        }
        let entry = Entry(name: encodedName, crc: CRC32.checksum(bytes), size: UInt32(bytes.count),
                          offset: UInt32(output.count))
        output.reserveCapacity(output.count + headerSize + bytes.count)
        append32(0x0403_4B50)          // local file header signature
        append16(20)                   // version needed to extract: 2.0
        append16(Self.utf8Flag)
        append16(0)                    // method: stored
        append16(Self.dosTime)
        append16(Self.dosDate)
        append32(entry.crc)
        append32(entry.size)           // compressed size
        append32(entry.size)           // uncompressed size
        append16(UInt16(encodedName.count))
        append16(0)                    // extra field length
        output += encodedName
        output += bytes
        entries.append(entry)
        names.insert(name)
    }

    /// The archive: the entries, the central directory and its end record.
    func finish() throws -> Data {
        var archive = self
        let directoryOffset = archive.output.count
        for entry in entries {
            archive.append32(0x0201_4B50)  // central directory header signature
            archive.append16(0x031E)       // made by: version 3.0, Unix
            archive.append16(20)
            archive.append16(Self.utf8Flag)
            archive.append16(0)
            archive.append16(Self.dosTime)
            archive.append16(Self.dosDate)
            archive.append32(entry.crc)
            archive.append32(entry.size)
            archive.append32(entry.size)
            archive.append16(UInt16(entry.name.count))
            archive.append16(0)            // extra field length
            archive.append16(0)            // comment length
            archive.append16(0)            // disk number start
            archive.append16(0)            // internal attributes
            archive.append32(0o100644 << 16) // external attributes: a regular file, rw-r--r--
            archive.append32(entry.offset)
            archive.output += entry.name
        }
        let directorySize = archive.output.count - directoryOffset
        guard archive.output.count + 22 <= Int(UInt32.max) else { throw Failure.tooLarge(name: "") }
        archive.append32(0x0605_4B50)      // end of central directory signature
        archive.append16(0)                // this disk
        archive.append16(0)                // disk with the central directory
        archive.append16(UInt16(entries.count))
        archive.append16(UInt16(entries.count))
        archive.append32(UInt32(directorySize))
        archive.append32(UInt32(directoryOffset))
        archive.append16(0)                // comment length
        return Data(archive.output)
    }

    /// General purpose flag bit 11: names are UTF-8.
    private static let utf8Flag: UInt16 = 1 << 11
    /// 00:00:00 in MS-DOS format.
    private static let dosTime: UInt16 = 0
    /// 1980-01-01 in MS-DOS format: (1980 - 1980) << 9 | 1 << 5 | 1.
    private static let dosDate: UInt16 = (1 << 5) | 1

    private mutating func append16(_ value: UInt16) {
        output.append(UInt8(value & 0xFF))
        output.append(UInt8(value >> 8))
    }

    private mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { output.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
