import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

@Suite struct ReportMarkdownTests {
    func line(_ report: String, startingWith prefix: String) throws -> String {
        try #require(report.components(separatedBy: "\n").first { $0.hasPrefix(prefix) }, "no line starts with '\(prefix)'")
    }

    @Test func indonesianNumbersUseADecimalCommaAndEnglishADot() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        let id = MarkdownReport(options: .init(language: .id)).report(card)
        let en = MarkdownReport(options: .init(language: .en)).report(card)
        #expect(id.contains("**Nilai evaluasi: 78,92 dari 100,00** (78,92%)"))
        #expect(en.contains("**Evaluation score: 78.92 of 100.00** (78.92%)"))
        #expect(try line(id, startingWith: "| B.I.a |") == "| B.I.a | Nilai Survey Persepsi Korupsi (Survei Eksternal) | 17,50 | 3,62 | 15,84 | 90,50% | Survei persepsi anti korupsi pihak ketiga, Agustus 2026, 400 responden. | bukti/B.I.a/laporan-survei-ipak-2026.pdf |")
        #expect(try line(en, startingWith: "| B.I.a |").contains("| 17.50 | 3.62 | 15.84 | 90.50% |"))
    }

    @Test func verdictsListEveryRuleAndEveryChild() throws {
        let report = MarkdownReport(options: .init(language: .id)).report(try ReportFixtures.example("kantor-contoh"))
        #expect(report.contains("### Menuju WBK: ✓ memenuhi syarat nilai"))
        #expect(report.contains("### Menuju WBBM: ✗ tidak memenuhi syarat nilai"))
        #expect(report.contains("| Nilai Total | NILAI | 85,00 | 78,92 | -6,08 | ✗ tidak memenuhi |"))
        #expect(report.contains("| ↳ Penataan Sistem Manajemen SDM | AREA.SDM | 75,00% | 62,18% | -12,82 | ✗ tidak memenuhi |"))
        #expect(report.contains("| Nilai sub-komponen “Kinerja Lebih Baik” minimal | B.I.b | 3,75 | 3,75 | 0,00 | ✓ memenuhi |"))
        #expect(report.contains("| Telah mendapatkan predikat Menuju WBK |  | Menuju WBK | belum ada |  | ✗ tidak memenuhi |"))
        let childRows = report.components(separatedBy: "\n").filter { $0.hasPrefix("| ↳ ") && $0.contains("| AREA.") }
        #expect(childRows.count == 12)
        #expect(report.contains("| Nilai SAKIP instansi minimal BB | sakip-instansi-wbbm | – | ✗ tidak terpenuhi |"))
    }

    @Test func heldPredicateSatisfiesThePriorRule() throws {
        let text = "questionnaire: lke-zi-2021\nunit: Unit Uji\npredicate: wbk\neligibility:\n  opini-bpk: tidak\nanswers:\n  B.I.a: \"3.60\"\n"
        let report = MarkdownReport(options: .init(language: .en)).report(try ReportFixtures.card(text))
        #expect(report.contains("- **Predicate held:** Menuju WBK"))
        #expect(report.contains("| Telah mendapatkan predikat Menuju WBK |  | Menuju WBK | Menuju WBK |  | ✓ met |"))
        #expect(report.contains("| Opini BPK atas laporan keuangan instansi minimal Wajar Tanpa Pengecualian (WTP) | opini-bpk | ✗ not met | ✗ not met |"))
        #expect(report.contains("| Nilai SAKIP instansi minimal B | sakip-instansi-wbk | ? not stated | – |"))
        #expect(report.contains("Eligibility prerequisites: 0 of 9 met, 1 not met, 8 not stated."))
        #expect(report.contains("112 of 113 questions are unanswered; each counts 0 in the official score."))
    }

    @Test func computedQuestionsShowInputsDerivedRowsAndPercent() throws {
        let report = MarkdownReport(options: .init(language: .id)).report(try ReportFixtures.example("draf-belum-lengkap"))
        #expect(try line(report, startingWith: "| A.II.4.i.a |").contains("| 2,00 | 77,78% | 1,56 | 77,78% |"))
        #expect(try line(report, startingWith: "| A.II.4.i.a.1 |").contains("| ↳ Jumlah Sasaran Kinerja | "))
        #expect(try line(report, startingWith: "| A.II.4.i.a.1 |").contains("| 9 |"))
        #expect(try line(report, startingWith: "| A.II.1.i.a |").contains("| (pembagi nol) | 0,00 |  |"))
        #expect(try line(report, startingWith: "| A.II.5.iii.a.4 |").contains("| (belum diisi) |"))
        #expect(try line(report, startingWith: "| A.II.5.iii.a.wajib |").contains("(dihitung) |  |  |"))
        #expect(report.contains("- **A.II.5.iii.a** Persentase penyampaian LHKPN (input belum diisi: A.II.5.iii.a.3, A.II.5.iii.a.4)"))
        #expect(report.contains("- baris 98: 'A.II.1.i.a': pembagi bernilai nol, pertanyaan tidak bernilai dan dihitung 0"))
    }

    @Test func textFromFilesCannotBreakTablesOrInjectMarkup() throws {
        let card = try ReportFixtures.card("""
            questionnaire: lke-zi-2021
            unit: "Unit *Uji* | <b>Kota</b>"
            answers:
              A.I.1.i.a:
                value: Ya
                note: "SK | lampiran\\nbaris kedua <script>alert(1)</script> [tautan](http://x) `kode` _miring_ nama_berkas &amp;"
                evidence:
                  - "bukti/sk_tim|2026.pdf"
            """)
        let report = MarkdownReport(options: .init(language: .id)).report(card)
        #expect(report.hasPrefix("# Laporan Penilaian: Unit \\*Uji\\* \\| \\<b>Kota\\</b>\n"))
        let row = try line(report, startingWith: "| A.I.1.i.a |")
        #expect(ReportFixtures.cells(row).count == 8)
        #expect(row.hasSuffix("| SK \\| lampiran baris kedua \\<script>alert(1)\\</script> \\[tautan\\](http://x) \\`kode\\` \\_miring\\_ nama_berkas \\&amp; | bukti/sk_tim\\|2026.pdf |"))
        #expect(!report.contains("\r"))
    }

    @Test func severalReportsAreSeparatedByRules() throws {
        let a = try ReportFixtures.example("kantor-contoh"), b = try ReportFixtures.example("draf-belum-lengkap")
        let writer = MarkdownReport(options: .init(language: .id))
        #expect(writer.report([a, b]) == writer.report(a) + "\n---\n\n" + writer.report(b))
    }

    @Test func registryFindsFormatsByNameAndExtension() {
        func id(_ type: (any ReportWriter.Type)?) -> ObjectIdentifier? { type.map { ObjectIdentifier($0) } }
        #expect(ReportFormats.names == ["md", "csv", "json", "xlsx", "html", "docx"])
        #expect(id(ReportFormats.named("csv")) == ObjectIdentifier(CSVReport.self))
        #expect(id(ReportFormats.named("pdf")) == nil)
        #expect(id(ReportFormats.inferred(fromPath: "laporan/unit.JSON")) == ObjectIdentifier(JSONReport.self))
        #expect(id(ReportFormats.inferred(fromPath: "rekap.csv")) == ObjectIdentifier(CSVReport.self))
        #expect(id(ReportFormats.inferred(fromPath: "laporan.md")) == ObjectIdentifier(MarkdownReport.self))
        #expect(id(ReportFormats.inferred(fromPath: "Buku.XLSX")) == ObjectIdentifier(XLSXReport.self))
        #expect(id(ReportFormats.inferred(fromPath: "Laporan.HTML")) == ObjectIdentifier(HTMLReport.self))
        #expect(id(ReportFormats.inferred(fromPath: "laporan.docx")) == ObjectIdentifier(DOCXReport.self))
        #expect(id(ReportFormats.inferred(fromPath: "laporan.pdf")) == nil)
        #expect(id(ReportFormats.inferred(fromPath: "laporan.txt")) == nil)
        #expect(id(ReportFormats.inferred(fromPath: "laporan.d/berkas")) == nil)
    }
}
