import Foundation
import LKETestSupport
import Testing

/// `lke explain` and `lke gap` through the built binary.
@Suite struct ExplainGapEndToEndTests {
    @Test func explainAQuestionShowsEveryStepToTheTotal() throws {
        let result = try BinaryRunner.run(["explain", "examples/kantor-contoh.yaml", "B.I.a"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("B.I.a · Nilai Survey Persepsi Korupsi (Survei Eksternal)"))
        #expect(result.stdout.contains("Jawaban: 3,62 → nilai = x / 4 = 3,62 / 4 = 0,905"))
        #expect(result.stdout.contains("Nilai = 0,905 × bobot 17,5 = 15,8375 → 15,84"))
        #expect(result.stdout.contains("NILAI · Nilai Evaluasi Zona Integritas"))
    }

    @Test func explainAComputedQuestionShowsItsFormula() throws {
        let result = try BinaryRunner.run(["explain", "examples/kantor-contoh.yaml", "A.II.4.i.a.2", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Formula: A.II.4.i.a.2 / A.II.4.i.a.1 = 14 / 16"))
        #expect(result.stdout.contains("→ value 0.875 (87.50%)"))
        #expect(result.stdout.contains("mean("))
    }

    @Test func explainWithoutCodeShowsTheWholeTree() throws {
        let result = try BinaryRunner.run(["explain", "examples/kantor-contoh.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("NILAI · Nilai Evaluasi Zona Integritas (bobot 100)\n"))
        #expect(result.stdout.contains("AREA.PW"))
    }

    @Test func explainAnUnknownCodeSuggestsOne() throws {
        let result = try BinaryRunner.run(["explain", "examples/kantor-contoh.yaml", "A.I.1.i.z"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: kode 'A.I.1.i.z' tidak ada di 'lke-zi-2021'; maksud Anda 'A.I.1.i.a'?"))
    }

    @Test func explainWithoutArgumentsIsAUsageError() throws {
        let result = try BinaryRunner.run(["explain"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Penggunaan: lke explain FILE [CODE]"))
    }

    @Test func gapForWBBMListsChangesAndTheBlocker() throws {
        let result = try BinaryRunner.run(["gap", "examples/kantor-contoh.yaml", "--target", "wbbm"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("# Jarak ke Menuju WBBM — Kantor Pelayanan Contoh Kota Maju"))
        #expect(result.stdout.contains("- Nilai Total: 78,92, minimal 85,00 (kurang 6,08)"))
        #expect(result.stdout.contains("## Perubahan jawaban paling sedikit"))
        #expect(result.stdout.contains("## Tidak dapat dicapai hanya dengan jawaban"))
        #expect(result.stdout.contains("Semua aturan yang bergantung pada jawaban terpenuhi."))
    }

    @Test func gapForAMetTargetExitsZero() throws {
        let result = try BinaryRunner.run(["gap", "examples/kantor-contoh.yaml", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Every rule of Menuju WBK is met. No answer needs to change."))
    }

    @Test func gapWithAnUnknownTargetIsAUsageError() throws {
        let result = try BinaryRunner.run(["gap", "examples/kantor-contoh.yaml", "--target", "wbkk"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("predikat 'wbkk' tidak ada; pilihan: wbk, wbbm; maksud Anda 'wbk'?"))
    }

    @Test func gapOnABrokenFileReportsTheLocation() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("rusak.yaml").path
        try "questionnaire: lke-zi-2021\nunit: X\nanswers:\n  A.I.1.i.a: Mungkin\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["gap", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path):4:14: error: 'Mungkin' bukan pilihan untuk 'A.I.1.i.a'; pilihan: Ya, Tidak"))
        #expect(result.stderr.contains("  A.I.1.i.a: Mungkin\n             ^"))
    }
}
