import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke survey --into` edits only the answer it sets: comments, layout and the team's note stay (issue 17, item 1).
@Suite struct SurveyIntoTests {
    static let ziData = "examples/survey-zi.csv"
    static let header = """
        # Berkas jawaban Tim Kerja: komentar ini harus tetap ada.
        questionnaire: lke-zi-2021   # kuesioner
        unit: Unit Uji
        answers:
          # Komponen pengungkit
          A.I.1.i.a: Ya   # SK Tim sudah ada

        """

    private func write(_ text: String) throws -> (URL, String) {
        let directory = ProjectPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("unit.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (directory, path)
    }

    private func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    }

    @Test func aTeamNoteAndCommentsAreKeptByteForByte() throws {
        let original = Self.header + """
              B.I.a:   # indeks dari survei
                value: 3.62   # nilai lama
                # catatan tim, jangan dihapus
                note: "Survei pihak ketiga, Agustus 2026."
                evidence:
                  - bukti/ipak.pdf   # laporan
            # Penutup: komentar terakhir

            """
        let (directory, path) = try write(original)
        let run = try BinaryRunner.run(["survey", Self.ziData, "-i", "spak", "--into", path, "-o", directory.appendingPathComponent("r.md").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("\(path): B.I.a = 3.64 (sebelumnya '3.62')"))
        #expect(run.stderr.hasSuffix("\(path): catatan tim pada B.I.a dipertahankan; catatan survei ditambahkan di bawahnya\n"))
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
        let before = original.components(separatedBy: "\n"), after = try lines(path)
        #expect(after.count == before.count)
        for (index, (old, new)) in zip(before, after).enumerated() {
            switch old {
            case "    value: 3.62   # nilai lama": #expect(new == "    value: 3.64   # nilai lama")
            case "    note: \"Survei pihak ketiga, Agustus 2026.\"":
                #expect(new.hasPrefix("    note: \"Survei pihak ketiga, Agustus 2026.\\nSurvei Persepsi Anti Korupsi (SPAK) (spak-2023 versi 2023.1): 36 responden"))
            default: #expect(new == old, "line \(index + 1)")
            }
        }
        let sheet = try #require(AnswerSheetLoader(library: QuestionnaireLibrary()).load(path: path).sheet)
        #expect(sheet.entry("B.I.a")?.note?.hasPrefix("Survei pihak ketiga, Agustus 2026.\nSurvei Persepsi Anti Korupsi (SPAK)") == true)
        #expect(sheet.entry("B.I.a")?.evidence == ["bukti/ipak.pdf"])

        // A second run replaces its own note and keeps the team's: the file comes out the same.
        let once = try String(contentsOfFile: path, encoding: .utf8)
        let again = try BinaryRunner.run(["survey", Self.ziData, "-i", "spak", "--into", path, "--lang", "en", "-o", directory.appendingPathComponent("r.md").path])
        #expect(again.status == 0)
        #expect(again.stderr.hasSuffix("\(path): the team's note on B.I.a is kept; the survey note written before is replaced by the new one\n"))
        let twice = try #require(AnswerSheetLoader(library: QuestionnaireLibrary()).load(path: path).sheet)
        #expect(twice.entry("B.I.a")?.note?.components(separatedBy: "\n").count == 2)
        #expect(twice.entry("B.I.a")?.note?.hasPrefix("Survei pihak ketiga, Agustus 2026.\nSurvei Persepsi Anti Korupsi (SPAK) (spak-2023 version 2023.1)") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n").count == once.components(separatedBy: "\n").count)
    }

    @Test func aBareValueBecomesAMappingAndAMissingAnswerIsAdded() throws {
        let original = Self.header + """
              B.I.a: 3.62   # dari laporan
              B.I.b: B
            # akhir jawaban

            """
        let (directory, path) = try write(original)
        let run = try BinaryRunner.run(["survey", Self.ziData, "-i", "spak", "--into", path, "-o", directory.appendingPathComponent("r.md").path])
        #expect(run.status == 0, "\(run.stderr)")
        var expected = original.components(separatedBy: "\n")
        let at = try #require(expected.firstIndex(of: "  B.I.a: 3.62   # dari laporan"))
        let after = try lines(path)
        expected[at] = "  B.I.a:"
        expected.insert("    value: 3.64   # dari laporan", at: at + 1)
        expected.insert(after[at + 2], at: at + 2)
        #expect(after == expected)
        #expect(after[at + 2].hasPrefix("    note: \"Survei Persepsi Anti Korupsi (SPAK) (spak-2023 versi 2023.1)"))

        // SPKP feeds B.II.a, which the file does not answer: it is added at the end of `answers`, before the comment.
        let spkp = try BinaryRunner.run(["survey", Self.ziData, "-i", "spkp", "--into", path, "-o", directory.appendingPathComponent("r.md").path])
        #expect(spkp.status == 0, "\(spkp.stderr)")
        let final = try lines(path)
        #expect(Array(final.prefix(at + 4)) == Array(after.prefix(at + 4)))
        #expect(final[at + 4] == "  B.II.a:")
        #expect(final[at + 5].hasPrefix("    value: 3."))
        #expect(final[at + 6].hasPrefix("    note: \"Survei Persepsi Kualitas Pelayanan"))
        #expect(Array(final.suffix(2)) == ["# akhir jawaban", ""])
    }
}
