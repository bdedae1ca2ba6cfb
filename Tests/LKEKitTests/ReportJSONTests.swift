import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

@Suite struct ReportJSONTests {
    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func keysComeInTheDocumentedOrder() throws {
        let text = JSONReport(options: .init()).report(try ReportFixtures.example("kantor-contoh"))
        let topLevel = text.components(separatedBy: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topLevel == ["format", "stamp", "unit", "rounding", "total", "nodes", "answers", "predicates", "eligibility",
                             "completeness", "warnings"])
        #expect(text.hasPrefix("{\n  \"format\": \"lke-report/1\",\n"))
        #expect(text.hasSuffix("\n}\n"))
    }

    @Test func scoresAreRoundedNumbersWithExactStrings() throws {
        let text = JSONReport(options: .init()).report(try ReportFixtures.example("kantor-contoh"))
        #expect(text.contains("\"score\": 78.92,"))
        #expect(text.contains("\"weight\": 100.00,"))
        let json = try object(text)
        let total = try #require(json["total"] as? [String: Any])
        #expect(total["code"] as? String == "NILAI")
        #expect((total["score"] as? NSNumber)?.doubleValue == 78.92)
        let exact = try #require(total["exact"] as? [String: Any])
        // 1894183 / 24000, carried to 20 places.
        #expect(exact["score"] as? String == "78.92429166666666666667")
    }

    @Test func carriesNodesGroupsAnswersPredicatesAndCompleteness() throws {
        let json = try object(JSONReport(options: .init()).report(try ReportFixtures.example("kantor-contoh")))
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.first?["code"] as? String == "NILAI")
        let area = try #require(nodes.first { $0["code"] as? String == "AREA.SDM" })
        #expect(area["kind"] as? String == "group")
        #expect(area["parent"] as? String == "AREA")
        #expect((area["percent"] as? NSNumber)?.doubleValue == 62.18)
        #expect(nodes.filter { $0["kind"] as? String == "group" }.count == 7)

        let answers = try #require(json["answers"] as? [[String: Any]])
        #expect(answers.count == 113)
        let lhkpn = try #require(answers.first { $0["code"] as? String == "A.II.5.iii.a" })
        #expect(lhkpn["type"] as? String == "computed")
        #expect((lhkpn["inputs"] as? [[String: Any]])?.count == 4)
        #expect(((lhkpn["derived"] as? [[String: Any]])?.first?["value"] as? NSNumber)?.intValue == 7)
        let index = try #require(answers.first { $0["code"] as? String == "B.I.a" })
        #expect((index["answer"] as? NSNumber)?.doubleValue == 3.62)
        #expect((index["value"] as? NSNumber)?.doubleValue == 0.905)
        #expect((index["score"] as? NSNumber)?.doubleValue == 15.84)
        #expect((index["maximum"] as? NSNumber)?.doubleValue == 17.5)

        let predicates = try #require(json["predicates"] as? [[String: Any]])
        #expect(predicates.map { $0["id"] as? String } == ["wbk", "wbbm"])
        #expect(predicates.map { $0["met"] as? Bool } == [true, false])
        let rules = try #require(predicates[1]["rules"] as? [[String: Any]])
        let prior = try #require(rules.first { $0["id"] as? String == "prior" })
        #expect(prior["required_predicate"] as? String == "wbk")
        #expect(prior["held_predicate"] is NSNull)
        let areaRule = try #require(rules.first { $0["id"] as? String == "area" })
        #expect((areaRule["margin"] as? NSNumber)?.doubleValue == -12.82)
        #expect((areaRule["children"] as? [[String: Any]])?.count == 6)

        let eligibility = try #require(json["eligibility"] as? [[String: Any]])
        #expect(eligibility.count == 13)
        let bpk = try #require(eligibility.first { $0["id"] as? String == "opini-bpk" })
        #expect(bpk["predicates"] as? [String] == ["wbk", "wbbm"])
        #expect(bpk["status"] as? String == "met")
        #expect(eligibility.first { $0["id"] as? String == "sakip-instansi-wbbm" }?["status"] as? String == "not-met")

        let completeness = try #require(json["completeness"] as? [String: Any])
        #expect(completeness["answered"] as? Int == 113)
        #expect((completeness["by_area"] as? [[String: Any]])?.count == 6)
        #expect((completeness["unanswered"] as? [Any])?.isEmpty == true)
        #expect((json["warnings"] as? [Any])?.isEmpty == true)
    }

    @Test func draftReportsUnansweredAndWarnings() throws {
        let json = try object(JSONReport(options: .init(language: .en)).report(try ReportFixtures.example("draf-belum-lengkap")))
        let completeness = try #require(json["completeness"] as? [String: Any])
        #expect(completeness["answered"] as? Int == 71)
        #expect((completeness["unanswered"] as? [String])?.contains("A.II.5.iii.a") == true)
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.count == 1)
        #expect(warnings[0]["path"] as? String == "examples/draf-belum-lengkap.yaml")
        #expect(warnings[0]["line"] as? Int == 98)
        #expect((warnings[0]["message"] as? String)?.hasPrefix("'A.II.1.i.a': the denominator is zero") == true)
        let answers = try #require(json["answers"] as? [[String: Any]])
        let zero = try #require(answers.first { $0["code"] as? String == "A.II.1.i.a" })
        #expect(zero["answered"] as? Bool == true)
        #expect(zero["zero_denominator"] as? Bool == true)
        #expect(zero["value"] is NSNull)
        let unit = try #require(json["unit"] as? [String: Any])
        #expect(unit["predicate"] is NSNull)
    }

    @Test func severalCardsMakeAnArray() throws {
        let a = try ReportFixtures.example("kantor-contoh"), b = try ReportFixtures.example("draf-belum-lengkap")
        let text = JSONReport(options: .init()).report([a, b])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(((array[1]["unit"] as? [String: Any])?["name"] as? String)?.hasPrefix("Dinas Penanaman Modal") == true)
        #expect(JSONReport(options: .init()).report([a]).hasPrefix("[\n  {\n"))
    }

    @Test func stringsAreEscaped() {
        let value = JSONValue.object([
            ("teks", .string("kutip \" garis \\ baris\nbaru\ttab \u{01} é “x”")),
            ("kosong", .array([])),
            ("objek", .object([])),
            ("angka", .number("-2.08")),
            ("ya", .bool(true)),
            ("tidak ada", .null),
        ])
        #expect(value.pretty() == """
            {
              "teks": "kutip \\" garis \\\\ baris\\nbaru\\ttab \\u0001 é “x”",
              "kosong": [],
              "objek": {},
              "angka": -2.08,
              "ya": true,
              "tidak ada": null
            }
            """)
    }
}
