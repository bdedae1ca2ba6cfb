import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

@Suite struct ZipWriterTests {
    @Test func crc32OfTheStandardCheckInput() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        // Fed in pieces, the same checksum.
        var crc = CRC32()
        crc.update(Array("1234".utf8))
        crc.update(Array("56789".utf8))
        #expect(crc.value == 0xCBF4_3926)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    /// The archive's records, read back field by field: local headers, central directory, end record.
    @Test func entriesAreStoredWithTheirChecksumsAndADirectory() throws {
        var zip = ZipWriter()
        try zip.add("[Content_Types].xml", Data("<Types/>".utf8))
        try zip.add("xl/worksheets/sheet1.xml", bytes: Array("ÿ lembar".utf8))
        let bytes = [UInt8](try zip.finish())

        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) } }

        // First local header.
        #expect(u32(0) == 0x0403_4B50)
        #expect(u16(6) == 1 << 11)            // UTF-8 names
        #expect(u16(8) == 0)                  // stored
        #expect(u16(10) == 0 && u16(12) == 33) // 1980-01-01 00:00
        #expect(u32(14) == CRC32.checksum(Array("<Types/>".utf8)))
        #expect(u32(18) == 8 && u32(22) == 8)
        #expect(u16(26) == 19)
        #expect(String(decoding: bytes[30..<49], as: UTF8.self) == "[Content_Types].xml")
        #expect(String(decoding: bytes[49..<57], as: UTF8.self) == "<Types/>")

        // End of central directory: two entries, and a directory that points back at both headers.
        let end = bytes.count - 22
        #expect(u32(end) == 0x0605_4B50)
        #expect(u16(end + 8) == 2 && u16(end + 10) == 2)
        let directory = Int(u32(end + 16))
        #expect(Int(u32(end + 12)) == end - directory)
        #expect(u32(directory) == 0x0201_4B50)
        #expect(u32(directory + 42) == 0)
        let second = directory + 46 + 19
        #expect(u32(second) == 0x0201_4B50)
        #expect(u32(second + 42) == 57)
        #expect(u32(57) == 0x0403_4B50)
    }

    @Test func sameEntriesGiveTheSameBytes() throws {
        func archive() throws -> Data {
            var zip = ZipWriter()
            try zip.add("a.xml", Data("<a/>".utf8))
            try zip.add("b/c.xml", Data(repeating: 7, count: 1000))
            return try zip.finish()
        }
        #expect(try archive() == archive())
    }

    @Test func duplicateAndEmptyNamesAreRefused() throws {
        var zip = ZipWriter()
        try zip.add("a.xml", Data())
        #expect(throws: ZipWriter.Failure.invalidName("a.xml")) { try zip.add("a.xml", Data()) }
        #expect(throws: ZipWriter.Failure.invalidName("")) { try zip.add("", Data()) }
        // An empty archive is valid: just the end record.
        #expect(try ZipWriter().finish().count == 22)
    }

    /// Python's zipfile, an independent reader, lists and verifies the archive (CRC checked on read).
    @Test(.enabled(if: Python.isAvailable, "skipped: python3 is not installed, so there is no reference ZIP reader"))
    func pythonZipfileReadsTheArchive() throws {
        var zip = ZipWriter()
        try zip.add("mimetype", Data("application/test".utf8))
        try zip.add("dir/ünïcode.txt", Data(String(repeating: "lembar kerja ", count: 500).utf8))
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("t.zip").path
        try zip.finish().write(to: URL(fileURLWithPath: path))
        let script = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            for i in z.infolist(): print(i.filename, i.file_size, len(z.read(i)), i.date_time[:3])
            """
        let output = try Python.run(["-c", script, path])
        #expect(output == "mimetype 16 16 (1980, 1, 1)\ndir/ünïcode.txt 6500 6500 (1980, 1, 1)\n")
    }
}

/// Runs python3 for cross-checks against its standard library.
enum Python {
    static let isAvailable: Bool = (try? run(["-c", "print('ok')"])) == "ok\n"

    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self)
    }
}
