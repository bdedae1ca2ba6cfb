import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke import` through the built binary: import, then `lke check` and `lke score` on what it wrote.
@Suite struct ImportCommandTests {
    static func fixture(_ name: String) -> String { ProjectPaths.path("Tests/LKEKitTests/Fixtures/xlsx/\(name)") }

    static func scoreBody(_ path: String) throws -> String {
        let result = try BinaryRunner.run(["score", path, "--format", "json", "--no-evidence"])
        #expect(result.status == 0, "\(result.stderr)")
        // Everything but the file's own name and digest.
        return result.stdout.split(separator: "\n").filter { !$0.contains("\"path\"") && !$0.contains("\"sha256\"") && !$0.contains("digest") }
            .joined(separator: "\n")
    }

    @Test func importCheckScoreEndToEnd() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let output = directory.appendingPathComponent("jawaban.yaml").path
        let imported = try BinaryRunner.run(["import", Self.fixture("kode-columns.xlsx"), "-o", output, "--lang", "en"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "written: \(output) (lke-zi-2021, 127 answers from sheet 'LKE' for 113 questions; 71 cached values compared; 0 warnings, 0 errors)\n")
        #expect(imported.stderr.isEmpty)
        let check = try BinaryRunner.run(["check", output])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try Self.scoreBody(output) == (try Self.scoreBody(ProjectPaths.path("examples/kantor-contoh.yaml"))))
        // The same again is refused: the file exists.
        let again = try BinaryRunner.run(["import", Self.fixture("kode-columns.xlsx"), "-o", output, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("'\(output)' already exists; use --force to overwrite it"))
    }

    @Test func quirkyWorkbookWarnsWithCells() throws {
        let output = ProjectPaths.temporaryDirectory().appendingPathComponent("unit.yaml").path
        let book = Self.fixture("unit-quirky.xlsx")
        let result = try BinaryRunner.run(["import", book, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(book):'LKE ZI'!K10: warning: 'A.I.1.ii.a': 'ya' dibaca sebagai 'Ya'\n"))
        #expect(result.stderr.contains("\(book):'LKE ZI'!K124: warning: 'A.II.1.i.a': buku kerja menyimpan 100,00 %, sedangkan lke menghitung 90,91 % dari masukan yang sama\n"))
        let check = try BinaryRunner.run(["check", output])
        #expect(check.status == 0, "\(check.stderr)")
        let score = try BinaryRunner.run(["score", output, "--format", "json"])
        #expect(score.status == 0)
    }

    @Test func errorsWriteNothingUnlessForced() throws {
        let output = ProjectPaths.temporaryDirectory().appendingPathComponent("salah.yaml").path
        let book = Self.fixture("unit-errors.xlsx")
        let refused = try BinaryRunner.run(["import", book, "-o", output, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(book):'LKE ZI'!K8: error: 'A.I.1.i.b': 'F' is not an option of A/B/C (options: A, B, C)\n"))
        #expect(refused.stderr.contains("lke: error: 3 errors, "))
        #expect(!FileManager.default.fileExists(atPath: output))
        let forced = try BinaryRunner.run(["import", book, "-o", output, "--force", "--lang", "en"])
        #expect(forced.status == 0)
        #expect(forced.stdout.hasSuffix("; rows without a code (not read): 198\n"))
        let check = try BinaryRunner.run(["check", output])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func defaultOutputNextToTheWorkbookAndAGivenDefinition() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let book = directory.appendingPathComponent("LKE Unit.xlsx").path
        try FileManager.default.copyItem(atPath: Self.fixture("kode-columns.xlsx"), toPath: book)
        let result = try BinaryRunner.run(["import", book, "-q", ProjectPaths.path("questionnaires/lke-zi-2021.yaml"), "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = directory.appendingPathComponent("LKE Unit.yaml").path
        #expect(result.stdout.hasPrefix("written: \(output) (lke-zi-2021, 127 answers"))
        #expect(FileManager.default.fileExists(atPath: output))
        let unknown = try BinaryRunner.run(["import", book, "--sheet", "Lembar Lain", "-o", directory.appendingPathComponent("z.yaml").path, "--lang", "en"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("there is no sheet 'Lembar Lain'; the sheets are: 'LKE', 'Ringkasan'"))
    }

    @Test func usageAndHelp() throws {
        let none = try BinaryRunner.run(["import", "--lang", "en"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("name one .xlsx workbook"))
        let missing = try BinaryRunner.run(["import", "tidak-ada.xlsx", "-o", ProjectPaths.temporaryDirectory().appendingPathComponent("x.yaml").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("tidak dapat membaca 'tidak-ada.xlsx'"))
        let notBook = try BinaryRunner.run(["import", ProjectPaths.path("examples/kantor-contoh.yaml"), "-o",
                                            ProjectPaths.temporaryDirectory().appendingPathComponent("y.yaml").path, "--lang", "en"])
        #expect(notBook.status == 1)
        #expect(notBook.stderr.contains("not a readable .xlsx workbook"))
        for language in ["id", "en"] {
            let help = try BinaryRunner.run(["help", "import", "--lang", language])
            #expect(help.status == 0)
            #expect(help.stdout.contains("lke import BOOK.xlsx [-o FILE] [--sheet NAME] [--force] [-q FILE]..."))
            #expect(help.stdout.contains(language == "en" ? "Exit status: 0 when the file was written" : "Status keluar: 0 bila berkas ditulis"))
        }
        let listed = try BinaryRunner.run(["--help"])
        #expect(listed.stdout.contains("import"))
    }
}
