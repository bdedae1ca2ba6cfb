import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

@Suite struct ReportCSVTests {
    let standard = CSVReport.Dialect.standard
    let excel = CSVReport.Dialect.excel

    @Test func plainFieldsAreWrittenAsTheyAre() {
        #expect(standard.field("A.I.1.i.a") == "A.I.1.i.a")
        #expect(standard.field("") == "")
        #expect(standard.field("Rp 1.000 (satu ribu)") == "Rp 1.000 (satu ribu)")
        #expect(standard.field("it's") == "it's")
    }

    @Test func fieldsWithSeparatorQuoteOrLineEndAreQuoted() {
        #expect(standard.field("a,b") == "\"a,b\"")
        #expect(standard.field("a;b") == "a;b")
        #expect(excel.field("a;b") == "\"a;b\"")
        #expect(excel.field("a,b") == "a,b")
        #expect(standard.field("kata \"baik\"") == "\"kata \"\"baik\"\"\"")
        #expect(standard.field("baris\nbaris") == "\"baris\nbaris\"")
        #expect(standard.field("baris\r\nbaris") == "\"baris\r\nbaris\"")
    }

    @Test func formulaTriggersGetAnApostrophe() {
        #expect(standard.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(standard.field("=1+1") == "'=1+1")
        #expect(standard.field("+62 812") == "'+62 812")
        #expect(standard.field("- belum ada SK") == "'- belum ada SK")
        #expect(standard.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(standard.field("\tx") == "'\tx")
        #expect(standard.field("\rx") == "\"'\rx\"")
        #expect(excel.field("=a;b") == "\"'=a;b\"")
        // Only the first character counts.
        #expect(standard.field("a=b") == "a=b")
        #expect(standard.field(" =b") == " =b")
    }

    @Test func recordsEndInCRLF() {
        #expect(standard.record(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
        #expect(excel.record(["a", "17,50"]) == "a;17,50\r\n")
    }

    @Test func standardDialectIsRFC4180WithDotDecimals() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        let text = CSVReport(options: .init(language: .id)).report(card)
        #expect(!text.hasPrefix("\u{FEFF}"))
        let records = ReportFixtures.parseCSV(text)
        #expect(records.first == ["Kode", "Penilaian", "Bobot", "Pilihan Jawaban", "Jawaban", "Nilai", "%", "Catatan", "Bukti Dukung", "Jenis Baris"])
        #expect(records.allSatisfy { $0.count == 10 })
        let rows = records.dropFirst()
        let total = try #require(rows.first)
        #expect(total == ["NILAI", "Nilai Evaluasi Zona Integritas", "100.00", "", "", "78.92", "78.92", "", "", "simpul"])
        // One record per node, question, input and derived row.
        let q = card.questionnaire
        let inputs = q.questions.reduce(0) { count, question in
            if case .computed(let spec) = question.kind { return count + spec.inputs.count + spec.derived.count }
            return count
        }
        #expect(rows.count == q.tree.allNodes.count + q.questions.count + inputs)
        #expect(rows.filter { $0[9] == "pertanyaan" }.count == 113)
        let lhkpn = try #require(rows.first { $0[0] == "A.II.5.iii.a" })
        #expect(lhkpn[2...6] == ["1.00", "%", "100.00", "1.00", "100.00"])
        let index = try #require(rows.first { $0[0] == "B.I.a" })
        #expect(index[4] == "3.62")
        #expect(rows.first { $0[0] == "A.II.5.iii.a.wajib" }?[9] == "turunan")
        // Multi-line evidence stays in one field, one item per line.
        let evidence = try #require(rows.first { $0[0] == "A.I.1.i.b" }?[8])
        #expect(evidence.components(separatedBy: "\n").count == 2)
    }

    @Test func excelDialectHasBOMSemicolonsAndDecimalCommas() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        let text = CSVReport(options: .init(language: .id, csvDialect: .excel)).report(card)
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let records = ReportFixtures.parseCSV(text, separator: ";")
        #expect(records.allSatisfy { $0.count == 10 })
        #expect(records[1] == ["NILAI", "Nilai Evaluasi Zona Integritas", "100,00", "", "", "78,92", "78,92", "", "", "simpul"])
        #expect(records.first { $0[0] == "B.I.a" }?[4] == "3,62")
    }

    @Test func englishHeadersAndRowTypes() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        let records = ReportFixtures.parseCSV(CSVReport(options: .init(language: .en)).report(card))
        #expect(records[0] == ["Code", "Item", "Weight", "Answer Options", "Answer", "Score", "%", "Note", "Evidence", "Row Type"])
        #expect(Set(records.dropFirst().map { $0[9] }) == ["node", "question", "input", "derived"])
    }

    @Test func notesAndEvidenceAreNeutralisedAndQuoted() throws {
        let card = try ReportFixtures.card("""
            questionnaire: lke-zi-2021
            unit: "Unit \\"Uji\\", Kota"
            answers:
              A.I.1.i.a:
                value: Ya
                note: "=HYPERLINK(\\"http://contoh\\", \\"klik\\")"
                evidence:
                  - "@bukti"
                  - "+62 812 000"
              A.I.1.i.b:
                value: B
                note: "- belum lengkap; baris satu\\nbaris dua"
            """)
        let text = CSVReport(options: .init(language: .id)).report(card)
        #expect(text.contains("\r\nA.I.1.i.a,Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas,0.25,Ya/Tidak,Ya,0.25,100.00,\"'=HYPERLINK(\"\"http://contoh\"\", \"\"klik\"\")\",\"'@bukti\n+62 812 000\",pertanyaan\r\n"))
        #expect(text.contains(",\"'- belum lengkap; baris satu\nbaris dua\","))
        let records = ReportFixtures.parseCSV(text)
        let row = try #require(records.first { $0[0] == "A.I.1.i.a" })
        #expect(row[7] == "'=HYPERLINK(\"http://contoh\", \"klik\")")
        // Several files: the unit name, with its comma and quotes, in the leading columns.
        let several = ReportFixtures.parseCSV(CSVReport(options: .init(language: .id)).report([card, card]))
        #expect(several[0].prefix(3) == ["Berkas", "Unit", "Kode"])
        #expect(several[1].prefix(3) == ["uji.yaml", "Unit \"Uji\", Kota", "NILAI"])
        #expect(several.count == 2 * (records.count - 1) + 1)
        #expect(several.allSatisfy { $0.count == 12 })
    }

    @Test func unansweredAndZeroDenominatorRowsHaveNoAnswerAndNoPercent() throws {
        let card = try ReportFixtures.example("draf-belum-lengkap")
        let rows = ReportFixtures.parseCSV(CSVReport(options: .init(language: .id)).report(card))
        let unanswered = try #require(rows.first { $0[0] == "B.I.a" })
        #expect(unanswered[4...6] == ["", "0.00", ""])
        let zero = try #require(rows.first { $0[0] == "A.II.1.i.a" })
        #expect(zero[4...6] == ["", "0.00", ""])
        #expect(rows.first { $0[0] == "A.II.1.i.a.1" }?[4] == "0")
        #expect(rows.first { $0[0] == "A.II.5.iii.a.3" }?[4] == "")
    }
}
