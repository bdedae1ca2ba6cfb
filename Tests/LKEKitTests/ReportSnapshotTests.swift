import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Golden files of every report format on the two example answer files. Read them when they change: they
/// are what users see.
@Suite struct ReportSnapshotTests {
    static let examples = ["kantor-contoh", "draf-belum-lengkap"]

    @Test(arguments: examples) func markdownInIndonesian(example: String) throws {
        let card = try ReportFixtures.example(example)
        assertSnapshot(MarkdownReport(options: .init(language: .id)).report(card), named: "report-\(example).id.md")
    }

    @Test(arguments: examples) func markdownInEnglish(example: String) throws {
        let card = try ReportFixtures.example(example)
        assertSnapshot(MarkdownReport(options: .init(language: .en)).report(card), named: "report-\(example).en.md")
    }

    @Test(arguments: examples) func csv(example: String) throws {
        let card = try ReportFixtures.example(example)
        assertSnapshot(CSVReport(options: .init(language: .id)).report(card), named: "report-\(example).csv")
    }

    @Test(arguments: examples) func excelCSV(example: String) throws {
        let card = try ReportFixtures.example(example)
        assertSnapshot(CSVReport(options: .init(language: .id, csvDialect: .excel)).report(card), named: "report-\(example).excel.csv")
    }

    @Test(arguments: examples) func json(example: String) throws {
        let card = try ReportFixtures.example(example)
        assertSnapshot(JSONReport(options: .init(language: .id)).report(card), named: "report-\(example).json")
    }

    /// Two independent loads and renderings give the same bytes, in every format and dialect.
    @Test(arguments: examples) func outputIsByteIdenticalAcrossRuns(example: String) throws {
        let first = try ReportFixtures.example(example)
        let second = try ReportFixtures.example(example)
        for language in Language.allCases {
            for dialect in CSVReport.Dialect.allCases {
                for writer in ReportFormats.all {
                    let options = ReportOptions(language: language, csvDialect: dialect)
                    let a = Data(writer.init(options: options).render(first).data)
                    let b = Data(writer.init(options: options).render(second).data)
                    #expect(a == b, "\(writer.name) \(language) \(dialect)")
                    #expect(!a.isEmpty)
                }
            }
        }
    }

    /// Every Markdown table row has as many cells as its header: no stray pipe from a title or note.
    @Test(arguments: examples) func markdownTablesAreWellFormed(example: String) throws {
        let card = try ReportFixtures.example(example)
        for language in Language.allCases {
            let lines = MarkdownReport(options: .init(language: language)).report(card).components(separatedBy: "\n")
            var width: Int?
            var tables = 0
            for (index, line) in lines.enumerated() {
                guard line.hasPrefix("|") else { width = nil; continue }
                let count = ReportFixtures.cells(line).count
                if let width {
                    #expect(count == width, "line \(index + 1): \(line)")
                } else {
                    width = count
                    tables += 1
                    #expect(lines[index + 1].hasPrefix("| :--") || lines[index + 1].hasPrefix("| --:"), "a delimiter row follows the header")
                }
            }
            #expect(tables >= 6)
        }
    }
}
