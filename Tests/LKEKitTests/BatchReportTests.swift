import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The batch report: formats, golden files, statistics, CSV and JSON details.
@Suite struct BatchReportTests {
    private func smallReport(language: Language = .id, target: String? = nil) -> (BatchReport, URL) {
        let batch = BatchFixtures.smallBatch()
        let result = BatchRunner(library: BatchFixtures.library, jobs: 2, language: language).run([batch.path])
        return (BatchReport(result: result, target: target, language: language), batch)
    }

    @Test(arguments: [("batch-small.id.md", BatchFormat.md, Language.id), ("batch-small.en.md", .md, .en),
                      ("batch-small.csv", .csv, .id), ("batch-small.json", .json, .id)])
    func theSmallBatchMatchesItsGoldenFile(name: String, format: BatchFormat, language: Language) {
        let (report, batch) = smallReport(language: language)
        assertSnapshot(BatchFixtures.relative(report.text(format), to: batch), named: name)
    }

    @Test func theWBBMTargetSummarisesItsOwnRules() {
        let (report, batch) = smallReport(target: "wbbm")
        assertSnapshot(BatchFixtures.relative(report.text(.md), to: batch), named: "batch-small.wbbm.md")
        #expect(report.statistics.target?.id == "wbbm")
        let wbbmRules = Set(BatchFixtures.lke.predicate("wbbm")!.rules.map(\.id))
        #expect(!report.statistics.blockers.isEmpty)
        #expect(report.statistics.blockers.allSatisfy { wbbmRules.contains($0.blocker.ruleID) && $0.units <= report.statistics.unitsNotMeetingTarget })
        let ruleCounts = report.statistics.blockers.filter { $0.blocker.childCode == nil }.map(\.units)
        #expect(ruleCounts == ruleCounts.sorted(by: >))
    }

    @Test func theSummaryCountsUnitsPredicatesAndFailures() {
        let (report, _) = smallReport()
        let met = report.result.met, ready = report.result.ready
        #expect(report.summary == "6 unit, \(met["wbk"] ?? 0) memenuhi nilai WBK (\(ready["wbk"] ?? 0) siap diusulkan), \(met["wbbm"] ?? 0) memenuhi nilai WBBM (\(ready["wbbm"] ?? 0) siap diusulkan), 2 gagal")
        var en = report
        en.language = .en
        #expect(en.summary == "6 units, \(met["wbk"] ?? 0) meet the WBK score rules (\(ready["wbk"] ?? 0) ready to propose), \(met["wbbm"] ?? 0) meet the WBBM score rules (\(ready["wbbm"] ?? 0) ready to propose), 2 failed")
    }

    @Test func csvIsRFC4180WithOneRecordPerFileAndAHeaderThatDoesNotDependOnTheLanguage() {
        let (report, _) = smallReport()
        let text = report.text(.csv)
        let records = text.components(separatedBy: "\r\n").dropLast()
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(records.count == 1 + 6 + 2)
        #expect(records.first == "file,status,unit,instansi,period,layer,total,pengungkit,hasil,MP_score,MP_percent,TL_score,TL_percent,SDM_score,SDM_percent,AK_score,AK_percent,PW_score,PW_percent,PL_score,PL_percent,wbk_rules,wbk_ready,wbbm_rules,wbbm_ready,answered,questions,completeness,warnings,errors")
        var en = report
        en.language = .en
        #expect(en.text(.csv) == text)
        let header = records.first!.split(separator: ",", omittingEmptySubsequences: false)
        let failed = records.last!.split(separator: ",", omittingEmptySubsequences: false)
        #expect(failed.count == header.count)
        #expect(failed[1] == "failed")
        #expect(failed.last == "2")
        #expect(failed[6..<(failed.count - 1)].allSatisfy { $0.isEmpty })
    }

    @Test func csvCellsAreQuotedAndNeutralisedAgainstFormulas() {
        #expect(BatchText.csv("Kantor A") == "Kantor A")
        #expect(BatchText.csv("Kantor, \"Pusat\"") == "\"Kantor, \"\"Pusat\"\"\"")
        #expect(BatchText.csv("baris\nbaru") == "\"baris\nbaru\"")
        #expect(BatchText.csv("baris\r\nbaru") == "\"baris\r\nbaru\"")
        #expect(BatchText.markdownCell("Kantor É") == "Kantor É")
        #expect(BatchText.markdownCell("a|b") == "a\\|b")
        #expect(BatchText.markdownCell("a\nb\r\nc\rd") == "a b c d")
        #expect(BatchText.csv("baris\rbaru") == "\"baris\rbaru\"")
        #expect(BatchText.csv("Kantor É, Pusat") == "\"Kantor É, Pusat\"")
        for dangerous in ["=HYPERLINK(\"x\")", "+62 21", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\tTab", "\rCR", "-", "+"] {
            #expect(BatchText.csv(dangerous).hasPrefix("'") || BatchText.csv(dangerous).hasPrefix("\"'"), "\(dangerous)")
        }
        #expect(BatchText.csv("=1+1") == "'=1+1")
        for number in ["-1", "-0.25", "+3", "78.92"] { #expect(BatchText.csv(number) == number) }
        #expect(BatchText.csv("-1.") == "'-1.")
        #expect(BatchText.csv("=1,2") == "\"'=1,2\"")
        #expect(BatchText.csvRecord(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }

    @Test func aUnitNameThatLooksLikeAFormulaIsNeutralisedInTheBatchCSV() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let text = "questionnaire: lke-zi-2021\nunit: \"=HYPERLINK(\\\"http://x\\\")\"\ninstansi: \"+62, Jakarta\"\nanswers:\n  A.I.1.i.a: Ya\n"
        try Data(text.utf8).write(to: directory.appendingPathComponent("a.yaml"))
        let result = BatchRunner(library: BatchFixtures.library).run([directory.path])
        let csv = BatchReport(result: result).text(.csv)
        #expect(csv.contains(",scored,\"'=HYPERLINK(\"\"http://x\"\")\",\"'+62, Jakarta\",,,"))
    }

    @Test func jsonIsWellFormedAndUsesDotDecimals() throws {
        let (report, _) = smallReport()
        let data = Data(report.text(.json).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(units.count == 6)
        #expect((object["failed"] as? [[String: Any]])?.count == 2)
        let first = units[0]
        #expect(first["total"] is NSNumber)
        #expect((first["areas"] as? [String: Any])?.keys.sorted() == ["AK", "MP", "PL", "PW", "SDM", "TL"])
        #expect(report.text(.json).contains("\"total\": \(BatchNumber.text(report.result.rows[0].total, decimals: 2)),"))
        let totals = units.compactMap { ($0["total"] as? NSNumber)?.doubleValue }
        #expect(totals == totals.sorted(by: >))
    }

    @Test func quartilesInterpolateLinearlyBetweenRanks() throws {
        // Five units with MP percentages 10, 20, 30, 40, 100 (and the same for every area).
        var result = BatchResult(layout: BatchLayout(questionnaire: BatchFixtures.lke))
        for (index, percent) in [4000, 1000, 10000, 3000, 2000].enumerated() {
            result.add(BatchRow(path: "\(index).yaml", status: .scored, unit: "U\(index)", total: Int64(index),
                                areaScores: Array(repeating: 0, count: 6), areaPercents: Array(repeating: Int64(percent), count: 6),
                                verdicts: [false, false], blocked: [[0], [0, 1]]))
        }
        let statistics = BatchStatistics(result, target: "wbk")
        let mp = try #require(statistics.distributions.first)
        #expect(mp.minimum == 10)
        #expect(mp.lowerQuartile == 20)
        #expect(mp.median == 30)
        #expect(mp.upperQuartile == 40)
        #expect(mp.maximum == 100)
        #expect(mp.mean == 40)
        // Four values: h = 3/4 -> between the first two.
        var four = BatchResult(layout: BatchLayout(questionnaire: BatchFixtures.lke))
        for (index, percent) in [1000, 2000, 3000, 4100].enumerated() {
            four.add(BatchRow(path: "\(index)", status: .scored, areaScores: Array(repeating: 0, count: 6),
                              areaPercents: Array(repeating: Int64(percent), count: 6), verdicts: [true, true], blocked: [[], []]))
        }
        let d = try #require(BatchStatistics(four, target: "wbk").distributions.first)
        #expect(d.lowerQuartile == Number(text: "17.5"))
        #expect(d.median == 25)
        #expect(d.upperQuartile == Number(text: "32.75"))
        #expect(d.mean == Number(text: "25.25"))
        #expect(statistics.unitsNotMeetingTarget == 5)
        #expect(statistics.blockers.map(\.blocker.ruleID) == ["total"])
        #expect(BatchStatistics(four, target: "wbk").blockers.isEmpty)
    }

    @Test func fixedPointNumbersPrintLikeNumberFormat() {
        for (value, places) in [("78.92", 2), ("0.05", 2), ("-3.5", 1), ("100", 2), ("0", 2), ("12345.6789", 4), ("7", 0)] {
            let decimal = Number(text: value)!
            let scaled = BatchNumber.scaled(decimal, decimals: places)
            #expect(BatchNumber.decimal(scaled, decimals: places) == decimal)
            #expect(BatchNumber.text(scaled, decimals: places, language: .id) == NumberFormat.fixed(decimal, places: places, language: .id))
            #expect(BatchNumber.text(scaled, decimals: places, language: nil) == NumberFormat.fixed(decimal, places: places))
        }
        #expect(BatchNumber.scaled(Number(text: "123456789012345678.91")!, decimals: 2) == Int64.max)
    }

    @Test func theFormatComesFromTheOutputExtension() {
        #expect(BatchFormat.inferred(fromPath: "rekap.CSV") == .csv)
        #expect(BatchFormat.inferred(fromPath: "out/rekap.json") == .json)
        #expect(BatchFormat.inferred(fromPath: "rekap.md") == .md)
        #expect(BatchFormat.inferred(fromPath: "rekap.d/x") == nil)
        #expect(BatchFormat.inferred(fromPath: "rekap.txt") == nil)
    }

    @Test func aStreamedFileAppearsOnlyOnCommit() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("rekap.csv").path
        try Data("lama\n".utf8).write(to: URL(fileURLWithPath: path))
        let stream = try AtomicFile.Stream(path: path)
        for i in 0..<20_000 { stream.write("baris \(i)\n") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "lama\n")
        try stream.commit()
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("baris 0\n") && written.hasSuffix("baris 19999\n"))
        let discarded = try AtomicFile.Stream(path: path)
        discarded.write("tidak jadi")
        discarded.discard()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["rekap.csv"])
    }
}
