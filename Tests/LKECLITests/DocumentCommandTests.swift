import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The HTML and DOCX reports through the built binary: `--format`, the `-o` extension rules, and the
/// `.pdf` usage error, for `lke score`, `gap`, `batch`, `diff` and `survey`.
@Suite struct DocumentCommandTests {
    let example = "examples/kantor-contoh.yaml"

    func golden(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: ProjectPaths.path("Tests/LKEKitTests/Snapshots/\(name)"))
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    func read(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    @Test func scoreWritesTheHTMLGoldenFileFromTheExtensionOrTheFormat() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let file = directory.appendingPathComponent("laporan.html")
        let result = try BinaryRunner.run(["score", example, "--no-evidence", "-o", file.path])
        #expect(result.status == 0)
        #expect(result.stderr == "laporan ditulis ke '\(file.path)'\n")
        #expect(String(decoding: try read(file), as: UTF8.self) == (try golden("report-kantor-contoh.id.html")))
        let printed = try BinaryRunner.run(["score", example, "--no-evidence", "--format", "html", "--lang", "en"])
        #expect(printed.status == 0)
        #expect(printed.stdout == (try golden("report-kantor-contoh.en.html")))
    }

    @Test func scoreWritesADocxWithTheGoldenParts() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let file = directory.appendingPathComponent("Laporan.DOCX")
        let result = try BinaryRunner.run(["score", example, "--no-evidence", "-o", file.path])
        #expect(result.status == 0)
        let data = try read(file)
        #expect(data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        let body = try golden("report-kantor-contoh.docx.word_document.xml")
        #expect(data.range(of: Data(body.utf8)) != nil, "word/document.xml is stored as recorded")
        // A directory of reports: one .docx per answer file.
        let folder = directory.appendingPathComponent("laporan/")
        let many = try BinaryRunner.run(["score", example, "examples/draf-belum-lengkap.yaml", "--format", "docx", "-o", folder.path + "/"])
        #expect(many.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("kantor-contoh.docx").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("draf-belum-lengkap.docx").path))
    }

    /// With the evidence folder beside the answer file, the HTML and DOCX reports end with the evidence section
    /// on a page of its own (as the Markdown report ends with it); everything before it is the report as it is
    /// without evidence. A workbook gets a sheet "Bukti".
    @Test func scoreDocumentsEndWithTheEvidenceSection() throws {
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = try BinaryRunner.run(["score", example, "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stderr.hasPrefix("examples/kantor-contoh.yaml: bukti dukung diperiksa di 'examples/bukti': indeks bukti 77,42%"))
        let plain = try golden("report-kantor-contoh.id.html")
        let evidence = try #require(html.stdout.range(of: "<section>\n<h2>Bukti dukung</h2>"), "\(html.stdout.suffix(3000))")
        #expect(plain.hasPrefix(String(html.stdout[..<evidence.lowerBound])))
        let section = String(html.stdout[evidence.lowerBound...])
        for text in ["<h3>Indeks bukti</h3>", "<h3>Temuan</h3>", "examples/bukti", "77,42%", "examples/kantor-contoh.yaml:50:9", "masih draf"] {
            #expect(section.contains(text), "\(text)")
        }

        let docx = directory.appendingPathComponent("laporan.docx")
        #expect(try BinaryRunner.run(["score", example, "-o", docx.path]).status == 0)
        let body = String(decoding: try #require(try ZipReader(data: read(docx)).contents(named: "word/document.xml")), as: UTF8.self)
        let heading = try #require(body.range(of: ">Bukti dukung</w:t>"))
        #expect(body[heading.upperBound...].contains(">Indeks bukti</w:t>"))
        #expect(body[heading.upperBound...].contains(">77,42%</w:t>"))

        // The workbook gains a fourth sheet "Bukti" with the same figures as values; its first three sheets are
        // the workbook written without evidence.
        let workbook = directory.appendingPathComponent("a.xlsx"), bare = directory.appendingPathComponent("b.xlsx")
        let withEvidence = try BinaryRunner.run(["score", example, "-o", workbook.path])
        #expect(withEvidence.status == 0 && withEvidence.stderr.contains("bukti dukung diperiksa"))
        #expect(try BinaryRunner.run(["score", example, "--no-evidence", "-o", bare.path]).status == 0)
        let book = try ZipReader(data: read(workbook)), bareBook = try ZipReader(data: read(bare))
        func text(_ zip: ZipReader, _ part: String) throws -> String { String(decoding: try #require(try zip.contents(named: part)), as: UTF8.self) }
        #expect(try text(book, "xl/workbook.xml").contains("<sheet name=\"Bukti\" sheetId=\"4\" r:id=\"rId4\"/>"))
        #expect(try !text(bareBook, "xl/workbook.xml").contains("Bukti"))
        for part in 1...3 { #expect(try text(book, "xl/worksheets/sheet\(part).xml") == text(bareBook, "xl/worksheets/sheet\(part).xml")) }
        #expect(try text(book, "xl/worksheets/sheet4.xml").contains("<v>77.42</v>"))
        let strings = try text(book, "xl/sharedStrings.xml")
        for words in ["Bukti dukung: Kantor Pelayanan Contoh Kota Maju", "Indeks bukti = bobot pertanyaan", "masih draf", "examples/kantor-contoh.yaml:50:9"] {
            #expect(strings.contains(words), "\(words)")
        }
    }

    @Test func docxNeedsAnOutputFile() throws {
        let result = try BinaryRunner.run(["score", example, "--format", "docx"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("-o laporan.docx"))
        let gap = try BinaryRunner.run(["gap", example, "--format", "docx"])
        #expect(gap.status == 64)
    }

    @Test(arguments: [["score"], ["gap"], ["batch"], ["diff", "examples/draf-belum-lengkap.yaml"],
                      ["survey", "--instrument", "skm"]])
    func pdfIsAUsageErrorThatSaysWhatToDo(command: [String]) throws {
        let directory = ProjectPaths.temporaryDirectory()
        let file = directory.appendingPathComponent("laporan.pdf")
        let input = command[0] == "survey" ? "examples/survey-skm.csv" : example
        let result = try BinaryRunner.run([command[0], input] + command.dropFirst() + ["-o", file.path])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("-o laporan.html"), "\(result.stderr)")
        #expect(result.stderr.contains("peramban"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
        let english = try BinaryRunner.run([command[0], input] + command.dropFirst() + ["-o", file.path, "--lang", "en"])
        #expect(english.stderr.contains("print it to PDF from a browser"))
    }

    @Test func gapWritesHTMLAndDocx() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let html = directory.appendingPathComponent("gap.html")
        let result = try BinaryRunner.run(["gap", example, "--target", "wbbm", "-o", html.path])
        #expect(result.status == 1, "the target is not met: the exit status says so in every format")
        let text = String(decoding: try read(html), as: UTF8.self)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("<h1>Jarak ke Menuju WBBM — Kantor Pelayanan Contoh Kota Maju</h1>"))
        #expect(text.contains("role=\"img\""))
        #expect(text.contains("78,92 / 85,00"))
        let docx = directory.appendingPathComponent("gap.docx")
        #expect(try BinaryRunner.run(["gap", example, "--target", "wbbm", "-o", docx.path]).status == 1)
        #expect(try read(docx).prefix(2) == Data([0x50, 0x4B]))
        let markdown = try BinaryRunner.run(["gap", example, "--target", "wbbm"])
        #expect(markdown.stdout.hasPrefix("# Jarak ke Menuju WBBM"))
    }

    @Test func batchDiffAndSurveyWriteHTML() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let batch = try BinaryRunner.run(["batch", "examples", "--format", "html", "--lang", "en"])
        #expect(batch.status == 0)
        #expect(batch.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(batch.stdout.contains("Distribution of totals"))
        #expect(batch.stdout.contains("Spread of area percentages</figcaption>"))
        #expect(batch.stdout.contains("Menuju WBK 75.00"))

        let diffFile = directory.appendingPathComponent("perubahan.html")
        let diff = try BinaryRunner.run(["diff", "examples/draf-belum-lengkap.yaml", example, "-o", diffFile.path])
        #expect(diff.status == 0)
        let diffText = String(decoding: try read(diffFile), as: UTF8.self)
        #expect(diffText.hasPrefix("<!DOCTYPE html>"))
        #expect(!diffText.lowercased().contains("<script"))

        let survey = try BinaryRunner.run(["survey", "examples/survey-skm.csv", "--instrument", "skm", "--format", "html"])
        #expect(survey.status == 0)
        #expect(survey.stdout.contains("<table>"))
        #expect(survey.stdout.hasSuffix("</html>\n"))
    }
}
