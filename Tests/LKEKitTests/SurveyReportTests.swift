import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The report writers on edge cases (the full reports are golden files of the CLI tests).
@Suite struct SurveyReportTests {
    let skm = SurveyComputationTests.skm

    func analysis(_ text: String, options: SurveyProcessor.Options = .init()) throws -> SurveyAnalysis {
        let outcome = SurveyProcessor(definition: skm, options: options).run([.init(path: "d.csv", data: Data(text.utf8))])
        return try #require(outcome.analysis, "\(outcome.diagnostics)")
    }

    @Test func aValueBelowTabelIIHasNoGrade() throws {
        let a = try analysis("U1,U2,U3,U4,U5,U6,U7,U8,U9\n1,1,1,1,1,1,1,1,1\n", options: .init(weights: "legacy-0.11"))
        let md = SurveyMarkdownReport.render(a, language: .id)
        #expect(md.contains("| **Nilai Interval Konversi (NIK), skala 25-100** | **24,75** |"))
        #expect(md.contains("| Mutu pelayanan | di luar tabel |"))
        #expect(md.contains("| 1 | U1 | Persyaratan | 1 | 1 | 1,0000 | 0,11 | 0,1100 |"))
        #expect(md.contains("| Periode survei | tidak diketahui (data tanpa kolom tanggal) |"))
        #expect(!md.contains("## 5. Rincian per bulan"))
        let csv = SurveyCSVReport.render(a)
        #expect(csv.hasSuffix("all,,1,1.0000,1.0000,1.0000,1.0000,1.0000,1.0000,1.0000,1.0000,1.0000,0.9900,0.9900,24.75,,\n"))
    }

    @Test func anIndexThatCannotBeComputedSaysWhy() throws {
        let a = try analysis("U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,,4,4,4,4,4\n", options: .init(weights: "legacy-0.11"))
        let md = SurveyMarkdownReport.render(a, language: .en)
        #expect(md.contains("| **Nilai Indeks (NI), skala 1-4** | **–** |"))
        #expect(md.contains("> nobody answered item 'U4'; with the weights 'legacy-0.11' the index cannot be computed"))
        #expect(md.contains("| 4 | U4 | Biaya/Tarif | 0 | 0 | – | 0.11 | – |"))
        // Unanswered items come last in the priorities.
        #expect(a.overall.weakestFirst.last?.code == "U4")
        let json = SurveyJSONReport.render(a)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let result = try #require(object["result"] as? [String: Any])
        #expect(result["index"] is NSNull)
        #expect((result["problems"] as? [String])?.count == 1)
    }

    @Test func breakdownValuesAreQuotedInCSVAndEscapedInMarkdown() throws {
        let text = "Loket,U1,U2,U3,U4,U5,U6,U7,U8,U9\n\"Loket 1, lantai 2\",4,4,4,4,4,4,4,4,4\nA|B,3,3,3,3,3,3,3,3,3\n"
        let a = try analysis(text, options: .init(by: "Loket"))
        let csv = SurveyCSVReport.render(a)
        #expect(csv.contains("\nby:Loket,\"Loket 1, lantai 2\",1,"))
        #expect(csv.contains("\nby:Loket,A|B,1,"))
        let md = SurveyMarkdownReport.render(a, language: .id)
        #expect(md.contains("| A\\|B | 1 | 3,0000 | 75,00 | C |"))
        #expect(md.contains("## 5. Rincian per Loket"))
    }

    @Test func jsonIsValidAndComplete() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.path("examples/survey-skm.csv")))
        let outcome = SurveyProcessor(definition: skm, options: .init(by: "usia", population: 200)).run([.init(path: "skm.csv", data: data)])
        let a = try #require(outcome.analysis)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(SurveyJSONReport.render(a, unit: "Unit \"Uji\"").utf8)) as? [String: Any])
        #expect(object["unit"] as? String == "Unit \"Uji\"")
        #expect((object["respondents"] as? [String: Any])?["required_sample"] as? Int == 132)
        #expect((object["months"] as? [Any])?.count == 3)
        #expect(((object["breakdown"] as? [String: Any])?["groups"] as? [Any])?.count == 6)
        #expect((object["priority"] as? [String])?.first == "U8")
        let items = try #require((object["result"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 9)
        #expect((items[3]["distribution"] as? [String: Int]) == ["1": 0, "2": 1, "3": 10, "4": 32])
        #expect((object["period"] as? [String: Any])?["months"] as? Int == 3)
        #expect((object["columns"] as? [Any])?.count == 9)
    }

    @Test func englishMarkdownUsesADecimalPoint() throws {
        let a = try analysis("U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,3,4,3,4,3,4,3,4\n", options: .init(population: 1500))
        let md = SurveyMarkdownReport.render(a, language: .en, unit: "Unit A")
        #expect(md.hasPrefix("# Report: Survei Kepuasan Masyarakat (SKM)\n\n| | |\n|---|---|\n| Service unit | Unit A |\n"))
        #expect(md.contains("| **Nilai Interval Konversi (NIK), skala 25-100** | **88.89** |"))
        #expect(md.contains("for a population of 1,500: 306 respondents; 305 respondents short."))
    }
}
