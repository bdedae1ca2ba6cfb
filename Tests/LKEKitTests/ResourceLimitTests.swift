import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The limits that keep a hostile workbook small (docs/fuzzing.md, Resource limits), through the importer as
/// `lke import` calls it: a zip bomb is refused with a message naming the part, entry names are never used as
/// paths, and a huge shared-string table is refused. (Nesting past the XML depth limit: `XMLPullReaderTests`;
/// diagnostics per file: `DiagnosticLimitTests`, `YAMLLimitsTests`.)
@Suite struct ResourceLimitTests {
    /// An archive written byte by byte, so that an entry can be deflated and declare any size.
    struct RawEntry {
        var name: String
        var method: Int = 0
        var crc: UInt32
        var data: [UInt8]
        var declaredSize: Int
    }

    static func archive(_ entries: [RawEntry]) -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        func le(_ value: Int, _ bytes: Int, into buffer: inout [UInt8]) {
            for i in 0..<bytes { buffer.append(UInt8(truncatingIfNeeded: value >> (8 * i))) }
        }
        for entry in entries {
            let name = Array(entry.name.utf8)
            let offset = out.count
            le(0x0403_4B50, 4, into: &out); le(20, 2, into: &out); le(0, 2, into: &out); le(entry.method, 2, into: &out)
            le(0, 4, into: &out); le(Int(entry.crc), 4, into: &out); le(entry.data.count, 4, into: &out)
            le(entry.declaredSize, 4, into: &out); le(name.count, 2, into: &out); le(0, 2, into: &out)
            out += name + entry.data
            le(0x0201_4B50, 4, into: &directory); le(20, 2, into: &directory); le(20, 2, into: &directory); le(0, 2, into: &directory)
            le(entry.method, 2, into: &directory); le(0, 4, into: &directory); le(Int(entry.crc), 4, into: &directory)
            le(entry.data.count, 4, into: &directory); le(entry.declaredSize, 4, into: &directory); le(name.count, 2, into: &directory)
            le(0, 8, into: &directory); le(0, 4, into: &directory); le(offset, 4, into: &directory)
            directory += name
        }
        let directoryOffset = out.count
        out += directory
        le(0x0605_4B50, 4, into: &out); le(0, 4, into: &out); le(entries.count, 2, into: &out); le(entries.count, 2, into: &out)
        le(directory.count, 4, into: &out); le(directoryOffset, 4, into: &out); le(0, 2, into: &out)
        return out
    }

    /// A one-sheet workbook whose sheet part is replaced by `sheet`.
    static func workbook(sheet: RawEntry, extra: [RawEntry] = []) throws -> [UInt8] {
        let zip = try ZipReader(try TinyWorkbook.build([["Kode", "Jawaban"], ["B.I.a", "1"]]))
        var entries = try zip.entries.filter { $0.name != sheet.name }.map { entry in
            let bytes = try zip.contents(of: entry)
            return RawEntry(name: entry.name, crc: CRC32.checksum(bytes), data: bytes, declaredSize: bytes.count)
        }
        entries += [sheet] + extra
        return archive(entries)
    }

    static let sheetPart = "xl/worksheets/sheet1.xml"

    /// The deflate stream of 8 MiB of zeros, 8 KB long (Fixtures/inflate).
    static func bomb() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.path("Tests/LKEKitTests/Fixtures/inflate/zeros-bomb.deflate"))))
    }

    static func importError(_ bytes: [UInt8]) -> String? {
        do {
            _ = try WorkbookImporter(library: Fixtures.library).read(bytes, path: "bom.xlsx")
            return nil
        } catch {
            return error.message.en
        }
    }

    @Test func theRawArchiveReadsLikeTheWrittenOne() throws {
        let text = Array("<worksheet/>".utf8)
        let zip = try ZipReader(Self.archive([RawEntry(name: "a.xml", crc: CRC32.checksum(text), data: text, declaredSize: text.count)]))
        #expect(try zip.contents(named: "a.xml") == text)
    }

    @Test func aZipBombDeclaringItsSizeIsRefusedBeforeInflating() throws {
        let bomb = try Self.bomb()
        // 1 GiB declared: past the 128 MiB an entry may hold; nothing is inflated.
        let huge = try Self.workbook(sheet: RawEntry(name: Self.sheetPart, method: 8, crc: 0, data: bomb, declaredSize: 1 << 30))
        #expect(Self.importError(huge) == "not a readable .xlsx workbook: entry '\(Self.sheetPart)' is larger than allowed")
        // Five entries of 120 MiB each after the 8 MiB sheet: every one within its limit; the fifth passes the 512 MiB
        // of an archive.
        let parts = (1...5).map { RawEntry(name: "xl/media/image\($0).bin", method: 8, crc: 0, data: bomb, declaredSize: 120 << 20) }
        let many = try Self.workbook(sheet: RawEntry(name: Self.sheetPart, method: 8, crc: 0, data: bomb, declaredSize: 8 << 20), extra: parts)
        #expect(Self.importError(many) == "not a readable .xlsx workbook: entry 'xl/media/image5.bin' is larger than allowed")
    }

    @Test func aZipBombUnderstatingItsSizeStopsAtTheDeclaredSize() throws {
        let bomb = try Self.bomb()
        let lying = try Self.workbook(sheet: RawEntry(name: Self.sheetPart, method: 8, crc: 0, data: bomb, declaredSize: 1000))
        #expect(Self.importError(lying) == "part '\(Self.sheetPart)' cannot be read: entry '\(Self.sheetPart)' does not have its declared size")
        // Inflating stops at the declared size: never the 8 MiB the stream holds.
        #expect(throws: Inflate.Failure.tooLarge(limit: 1000)) { try Inflate.decompress(bomb, limit: 1000, expectedSize: 1000) }
    }

    @Test func entryNamesAreNeverUsedAsPaths() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lke-entry-names-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = Array("ditulis?".utf8)
        let names = [folder + "/absolute.txt", "../../\(UUID().uuidString).txt", "xl/../../escape.txt", "C:\\Windows\\escape.txt",
                     "xl/worksheets/../../" + folder.dropFirst() + "/dotted.txt"]
        let extra = names.map { RawEntry(name: $0, crc: CRC32.checksum(text), data: text, declaredSize: text.count) }
        let sheet = Array(try #require(try ZipReader(try TinyWorkbook.build([["Kode", "Jawaban"], ["B.I.a", "1"]])).contents(named: Self.sheetPart)))
        let bytes = try Self.workbook(sheet: RawEntry(name: Self.sheetPart, crc: CRC32.checksum(sheet), data: sheet, declaredSize: sheet.count), extra: extra)
        let zip = try ZipReader(bytes)
        for name in names {
            // Found by its own name only: never resolved against a folder.
            #expect(try zip.contents(named: name) == text)
        }
        #expect(zip.entry(named: "escape.txt") == nil && zip.entry(named: "absolute.txt") == nil)
        let result = try WorkbookImporter(library: Fixtures.library).read(bytes, path: folder + "/book.xlsx")
        #expect(result.answerCount == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        let here = FileManager.default.currentDirectoryPath
        for name in names where !name.hasPrefix("/") {
            #expect(!FileManager.default.fileExists(atPath: here + "/" + name.replacingOccurrences(of: "\\", with: "/")))
        }
    }

    @Test func aHugeSharedStringTableIsRefused() throws {
        let table = { (count: Int) in Array(("<sst>" + String(repeating: "<si><t>x</t></si>", count: count) + "</sst>").utf8) }
        #expect(try XLSXWorkbook.readSharedStrings(table(3), "xl/sharedStrings.xml", limit: 3).count == 3)
        #expect(throws: WorkbookError(Localized(id: "bagian 'xl/sharedStrings.xml' memuat lebih dari 3 teks bersama",
                                                en: "part 'xl/sharedStrings.xml' holds more than 3 shared strings"))) {
            try XLSXWorkbook.readSharedStrings(table(4), "xl/sharedStrings.xml", limit: 3)
        }
        // The importer reads the table with the default limit: as many strings as a sheet has rows.
        #expect(XLSXWorkbook.maxSharedStrings == 1_048_576)
    }
}
