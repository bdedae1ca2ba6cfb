import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

@Suite("ZipReader")
struct ZipReaderTests {
    static func stored(_ files: [(String, String)]) throws -> [UInt8] {
        var zip = ZipWriter()
        for (name, text) in files { try zip.add(name, bytes: Array(text.utf8)) }
        return [UInt8](try zip.finish())
    }

    /// The offset of the end-of-central-directory record (no comment).
    static func endRecord(_ bytes: [UInt8]) -> Int { bytes.count - 22 }

    @Test func readsStoredEntries() throws {
        let bytes = try Self.stored([("xl/workbook.xml", "<workbook/>"), ("docProps/app.xml", "")])
        let zip = try ZipReader(bytes)
        #expect(zip.entries.map(\.name) == ["xl/workbook.xml", "docProps/app.xml"])
        #expect(try zip.contents(named: "xl/workbook.xml") == Array("<workbook/>".utf8))
        // Part names are case-insensitive and may be written with a leading slash.
        #expect(try zip.contents(named: "/XL/Workbook.xml") == Array("<workbook/>".utf8))
        #expect(try zip.contents(named: "docProps/app.xml") == [])
        #expect(try zip.contents(named: "xl/missing.xml") == nil)
    }

    @Test func readsDeflatedEntriesOfAWorkbookSavedByPython() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.path("Tests/LKEKitTests/Fixtures/xlsx/kode-columns.xlsx")))
        let zip = try ZipReader(data: data)
        let sheet = try #require(zip.entry(named: "xl/worksheets/sheet1.xml"))
        #expect(sheet.method == 8)
        let xml = try zip.contents(of: sheet)
        #expect(String(decoding: xml, as: UTF8.self).contains("<sheetData>"))
    }

    @Test func crcMismatchIsAnError() throws {
        var bytes = try Self.stored([("a.txt", "Ya Tidak")])
        bytes[30 + 5] ^= 0x20 // a byte of the data, after the local header and name
        let zip = try ZipReader(bytes)
        #expect(throws: ZipReader.Failure.crcMismatch("a.txt")) { try zip.contents(named: "a.txt") }
    }

    @Test func zip64AndMultiDiskAreRefused() throws {
        var bytes = try Self.stored([("a.txt", "x")])
        let end = Self.endRecord(bytes)
        bytes[end + 10] = 0xFF; bytes[end + 11] = 0xFF; bytes[end + 8] = 0xFF; bytes[end + 9] = 0xFF
        #expect(throws: ZipReader.Failure.zip64) { try ZipReader(bytes) }
        var disks = try Self.stored([("a.txt", "x")])
        disks[Self.endRecord(disks) + 4] = 1
        #expect(throws: ZipReader.Failure.multiDisk) { try ZipReader(disks) }
        // A ZIP64 end-of-central-directory locator just before the record.
        var located = try Self.stored([("a.txt", "x")])
        let e = Self.endRecord(located)
        located.insert(contentsOf: [0x50, 0x4B, 0x06, 0x07] + [UInt8](repeating: 0, count: 16), at: e)
        #expect(throws: ZipReader.Failure.zip64) { try ZipReader(located) }
    }

    @Test func limits() throws {
        let bytes = try Self.stored([("a.txt", String(repeating: "x", count: 1000)), ("b.txt", "y"), ("c.txt", "z")])
        #expect(throws: ZipReader.Failure.tooManyEntries(2)) { try ZipReader(bytes, limits: .init(maxEntries: 2)) }
        #expect(throws: ZipReader.Failure.tooLarge("a.txt")) { try ZipReader(bytes, limits: .init(maxEntrySize: 999)) }
        #expect(throws: ZipReader.Failure.tooLarge("b.txt")) { try ZipReader(bytes, limits: .init(maxTotalSize: 1000)) }
        _ = try ZipReader(bytes, limits: .init(maxEntries: 3, maxEntrySize: 1000, maxTotalSize: 1002))
    }

    @Test func declaredSizeBoundsInflation() throws {
        // A deflated entry whose central directory understates its size fails instead of growing.
        let data = try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.path("Tests/LKEKitTests/Fixtures/xlsx/kode-columns.xlsx")))
        var bytes = [UInt8](data)
        let zip = try ZipReader(bytes)
        let sheet = try #require(zip.entry(named: "xl/worksheets/sheet1.xml"))
        // Find the central directory entry of the sheet and lower its uncompressed size.
        let name = Array(sheet.name.utf8)
        var at = bytes.count - 22
        while at > 0 {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 1, bytes[at + 3] == 2,
               Array(bytes[(at + 46)..<(at + 46 + name.count)]) == name { break }
            at -= 1
        }
        bytes[at + 24] = 10; bytes[at + 25] = 0; bytes[at + 26] = 0; bytes[at + 27] = 0
        let lying = try ZipReader(bytes)
        #expect(throws: ZipReader.Failure.sizeMismatch(sheet.name)) { try lying.contents(named: sheet.name) }
    }

    @Test func notZipAndTruncation() throws {
        #expect(throws: ZipReader.Failure.notZip) { try ZipReader([]) }
        #expect(throws: ZipReader.Failure.notZip) { try ZipReader(Array("questionnaire: lke-zi-2021\n".utf8)) }
        let bytes = try Self.stored([("a.txt", "Ya"), ("b.txt", "Tidak")])
        for length in 0..<bytes.count {
            // Any prefix fails to open or to read, and never traps.
            if let zip = try? ZipReader(Array(bytes[..<length])) {
                for entry in zip.entries { _ = try? zip.contents(of: entry) }
            }
        }
    }

    @Test func mutatedArchivesNeverTrap() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.path("Tests/LKEKitTests/Fixtures/xlsx/kode-columns.xlsx")))
        let original = [UInt8](data)
        var generator = SplitMix(seed: 99)
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<(1 + Int(generator.next() % 8)) {
                let index = Int(generator.next() % UInt64(bytes.count))
                bytes[index] = UInt8(truncatingIfNeeded: generator.next())
            }
            if let zip = try? ZipReader(bytes) {
                for entry in zip.entries { _ = try? zip.contents(of: entry) }
            }
        }
    }
}
