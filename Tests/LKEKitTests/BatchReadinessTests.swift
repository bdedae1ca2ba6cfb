import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke batch` reports both "score rules met" and "ready to propose" (rules and prerequisites, as `lke score`
/// evaluates them), tells two files of one unit apart, and writes the Excel dialect of `lke score --excel`.
@Suite struct BatchReadinessTests {
    /// The example unit twice: as it is (WBK rules met, every WBK prerequisite met) and with the BPK opinion
    /// not met.
    static func report(language: Language = .id) throws -> BatchReport {
        let text = try String(contentsOfFile: ProjectPaths.path("examples/kantor-contoh.yaml"), encoding: .utf8)
        let ready = try ReportFixtures.card(text, path: "a/kantor.yaml")
        let notReady = try ReportFixtures.card(text.replacingOccurrences(of: "  opini-bpk: ya", with: "  opini-bpk: tidak"), path: "b/kantor.yaml")
        let layout = BatchLayout(questionnaire: ready.questionnaire)
        var result = BatchResult(layout: layout)
        result.add(layout.row(of: ready, path: "a/kantor.yaml"))
        result.add(layout.row(of: notReady, path: "b/kantor.yaml"))
        return BatchReport(result: result, language: language)
    }

    @Test func aFailedPrerequisiteMeetsTheRulesButIsNotReady() throws {
        let report = try Self.report()
        let rows = report.result.rows
        let a = try #require(rows.first { $0.path == "a/kantor.yaml" }), b = try #require(rows.first { $0.path == "b/kantor.yaml" })
        #expect(a.verdicts == [true, false] && a.ready == [true, false])
        #expect(b.verdicts == [true, false] && b.ready == [false, false])
        #expect(report.result.met["wbk"] == 2 && report.result.ready["wbk"] == 1)
        #expect(report.summary == "2 unit, 2 memenuhi nilai WBK (1 siap diusulkan), 0 memenuhi nilai WBBM (0 siap diusulkan), 0 gagal")
        // The JSON carries both.
        let json = report.text(.json)
        #expect(json.contains("\"met\": {\"wbk\": 2, \"wbbm\": 0}, \"ready\": {\"wbk\": 1, \"wbbm\": 0}"))
        #expect(json.contains("\"predicates\": {\"wbk\": true, \"wbbm\": false}, \"ready\": {\"wbk\": false, \"wbbm\": false}"))
    }

    @Test func markdownHasAFileColumnAndBothVerdicts() throws {
        let text = try Self.report().text(.md)
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("| No |") })
        #expect(header.contains("| Berkas | Unit |") && header.contains("WBK (nilai) | WBK (siap diusulkan)"))
        let rows = lines.filter { $0.contains("kantor.yaml") }
        #expect(rows.count == 2)
        #expect(Set(rows).count == 2, "two files of one unit look identical")
        #expect(rows.contains { $0.contains("a/kantor.yaml") && $0.contains("| ya | ya |") })
        #expect(rows.contains { $0.contains("b/kantor.yaml") && $0.contains("| ya | tidak |") })
    }

    @Test func plainCSVStaysMachineFriendlyAndExcelCSVIsIndonesian() throws {
        var report = try Self.report()
        let plain = ReportFixtures.parseCSV(report.text(.csv))
        let header = try #require(plain.first)
        let rules = try #require(header.firstIndex(of: "wbk_rules")), ready = try #require(header.firstIndex(of: "wbk_ready"))
        let b = try #require(plain.first { $0.first == "b/kantor.yaml" })
        #expect(b[rules] == "true" && b[ready] == "false")
        #expect(b[header.firstIndex(of: "total")!] == "78.92")

        report.csvDialect = .excel
        let text = report.text(.csv)
        #expect(text.hasPrefix("\u{FEFF}berkas;status;unit;instansi;periode;lapisan;total;"))
        let excel = ReportFixtures.parseCSV(text, separator: ";")
        let names = try #require(excel.first)
        #expect(names.contains("wbk_nilai") && names.contains("wbk_siap") && names.contains("kelengkapan") && !names.contains("wbk_rules"))
        let row = try #require(excel.first { $0.first == "b/kantor.yaml" })
        #expect(row[names.firstIndex(of: "wbk_nilai")!] == "ya" && row[names.firstIndex(of: "wbk_siap")!] == "tidak")
        #expect(row[names.firstIndex(of: "total")!] == "78,92" && row[names.firstIndex(of: "status")!] == "dinilai")
        report.language = .en
        let english = ReportFixtures.parseCSV(report.text(.csv), separator: ";")
        #expect(english.first?.contains("wbk_ready") == true && english.first { $0.first == "b/kantor.yaml" }?.contains("no") == true)
    }
}
