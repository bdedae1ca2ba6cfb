import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// `--format xlsx` of `lke score` and `lke batch` through the built binary.
@Suite struct XLSXCommandTests {
    let example = "examples/kantor-contoh.yaml"

    /// The text of the file at `path` as Latin-1, so that byte searches work on a binary file.
    func bytes(_ path: String) throws -> (data: Data, text: String) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return (data, String(decoding: data.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self))
    }

    /// `-o BOOK.xlsx` writes the workbook: a ZIP whose stored parts are the workbook's, byte for byte the
    /// document the library renders for the same answer file.
    @Test func scoreWritesTheWorkbook() throws {
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("Laporan.XLSX").path
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let result = try BinaryRunner.run(["score", example, "--no-evidence", "-o", target])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "")
        let (data, text) = try bytes(target)
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        for part in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
                     "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"] {
            #expect(text.contains(part), "\(part)")
        }
        #expect(text.contains("<sheet name=\"LKE\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Ringkasan\" sheetId=\"2\" r:id=\"rId2\"/>"))
        #expect(text.contains("<f>SUM(G3,G194)</f>"))
        #expect(text.contains("<dataValidation type=\"list\""))

        let source = SourceFile(path: example, data: try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.path(example))))
        let answers = try #require(AnswerSheetLoader(library: QuestionnaireLibrary()).load(source).answers)
        #expect(XLSXReport(options: ReportOptions()).render(Scorer.score(answers)) == .binary(data))

        // The same command again gives the same bytes.
        let again = directory.appendingPathComponent("lagi.xlsx").path
        #expect(try BinaryRunner.run(["score", example, "--no-evidence", "--format", "xlsx", "-o", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == data)
    }

    @Test func eachAnswerFileGetsItsWorkbookInADirectory() throws {
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BinaryRunner.run(["score", example, "examples/draf-belum-lengkap.yaml", "--format", "xlsx", "-o", directory.path + "/"])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["kantor-contoh.xlsx", "draf-belum-lengkap.xlsx"] {
            #expect(try bytes(directory.appendingPathComponent(name).path).data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        }
    }

    /// A PDF is not a format: exit 64 with the formats named, xlsx among them; a workbook needs a file.
    @Test func unknownExtensionsAndTheTerminalAreUsageErrors() throws {
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("report.pdf").path
        let result = try BinaryRunner.run(["score", example, "-o", pdf, "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.contains(".md, .csv, .json, .xlsx"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let terminal = try BinaryRunner.run(["score", example, "--format", "xlsx"])
        #expect(terminal.status == 64)
        #expect(terminal.stdout == "")
        let batch = try BinaryRunner.run(["batch", "examples", "--format", "xlsx", "--lang", "en"])
        #expect(batch.status == 64)
        #expect(batch.stdout == "")
        #expect(batch.stderr.contains(Message.Usage.workbookNeedsOutput.en), "\(batch.stderr)")
        let compare = try BinaryRunner.run(["batch", "--compare", "examples", "examples", "-o", directory.appendingPathComponent("c.xlsx").path])
        #expect(compare.status == 64)
        #expect(compare.stderr.hasPrefix("error: \(Message.Usage.compareNotWorkbook.id)\n"), "\(compare.stderr)")
        #expect(Message.Usage.compareNotWorkbook.en == "'--compare' writes md, csv, json or html, not xlsx")
    }

    /// `lke batch -o rekap.xlsx`: the CSV's table as a workbook with a frozen header and an autofilter.
    @Test func batchWritesTheTableAsAWorkbook() throws {
        let work = BatchCLIFixtures.smallBatch(broken: false)
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try BinaryRunner.run(["batch", "batch", "-o", "rekap.xlsx"], directory: work)
        #expect(result.status == 0, "\(result.stderr)")
        let (data, text) = try bytes(work.appendingPathComponent("rekap.xlsx").path)
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(text.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        let csv = try BinaryRunner.run(["batch", "batch", "--format", "csv"], directory: work)
        let header = csv.stdout.split(separator: "\r\n").first.map(String.init) ?? ""
        // The filter spans the CSV's columns and its rows (the header and one row per unit).
        let columns = header.split(separator: ",").count
        let rows = csv.stdout.split(separator: "\r\n").count
        let last = columns <= 26 ? String(UnicodeScalar(UInt8(64 + columns)))
            : String(UnicodeScalar(UInt8(64 + (columns - 1) / 26))) + String(UnicodeScalar(UInt8(65 + (columns - 1) % 26)))
        #expect(text.contains("<autoFilter ref=\"A1:\(last)\(rows)\"/>"), "\(columns) columns, \(rows) rows")
        for column in header.split(separator: ",") { #expect(text.contains("<t>\(column)</t>"), "\(column)") }
        // `--format xlsx`, as the help names it, writes the same workbook.
        let named = try BinaryRunner.run(["batch", "batch", "--format", "xlsx", "-o", "named.bin"], directory: work)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(try Data(contentsOf: work.appendingPathComponent("named.bin")) == data)
    }
}
