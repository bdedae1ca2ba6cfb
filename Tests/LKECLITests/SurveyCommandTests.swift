import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke survey` through the built binary (exit status asserted in every test), golden reports in
/// Snapshots/survey-*, and `lke check` on the survey definitions.
@Suite struct SurveyCommandTests {
    let skmData = "examples/survey-skm.csv"
    let ziData = "examples/survey-zi.csv"

    /// A form export with labels as answers, Indonesian headers, a timestamp column and the sample form's order.
    @Test func skmReportInEachFormat() throws {
        let md = try BinaryRunner.run(["survey", skmData, "--instrument", "skm", "--unit", "Dinas Kependudukan dan Pencatatan Sipil Kota Contoh",
                                       "--population", "1200", "--by", "Jenis Layanan"])
        #expect(md.status == 0)
        #expect(md.stderr == "")
        assertSnapshot(md.stdout, named: "survey-skm.id.md")
        let en = try BinaryRunner.run(["survey", skmData, "-i", "skm", "--lang", "en", "--weights", "legacy-0.11"])
        #expect(en.status == 0)
        assertSnapshot(en.stdout, named: "survey-skm-legacy.en.md")
        let csv = try BinaryRunner.run(["survey", skmData, "-i", "skm", "--format", "csv", "--by", "jenis-kelamin"])
        #expect(csv.status == 0)
        assertSnapshot(csv.stdout, named: "survey-skm.csv")
        let json = try BinaryRunner.run(["survey", skmData, "-i", "skm", "-f", "json", "--population", "100"])
        #expect(json.status == 0)
        assertSnapshot(json.stdout, named: "survey-skm.json")
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((parsed?["result"] as? [String: Any])?["converted"] as? Double == 83.23)
    }

    /// SE 4/2023 form: ';' separated with a BOM, answers as numbers and "N bintang"; the conversion rule is printed.
    @Test func spakAndSpkpReports() throws {
        let spak = try BinaryRunner.run(["survey", ziData, "--instrument", "spak", "--unit", "Kantor Pertanahan Kota Contoh"])
        #expect(spak.status == 0)
        #expect(spak.stderr == "")
        assertSnapshot(spak.stdout, named: "survey-spak.id.md")
        #expect(spak.stdout.contains("`proportional`: Proporsional, indeks = 4 x rata-rata / 6"))
        let spkp = try BinaryRunner.run(["survey", ziData, "--instrument", "spkp", "--conversion", "minmax-0-4", "--format", "json"])
        #expect(spkp.status == 0)
        assertSnapshot(spkp.stdout, named: "survey-spkp-minmax.json")
        let csv = try BinaryRunner.run(["survey", ziData, "--instrument", "spkp", "--format", "csv", "--from", "2026-08", "--to", "2026-09"])
        #expect(csv.status == 0)
        assertSnapshot(csv.stdout, named: "survey-spkp-aug-sep.csv")
    }

    @Test func badRowsAreLocatedAndExcludedOrFailTheRunWithStrict() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("rusak.csv").path
        var lines = try String(contentsOfFile: ProjectPaths.path(skmData), encoding: .utf8).components(separatedBy: "\n")
        lines[3] = lines[3].replacingOccurrences(of: ",Sesuai,", with: ",Lumayan,")
        lines[5] = "31/09/2026 10:00:00" + lines[5].drop { $0 != "," }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let warned = try BinaryRunner.run(["survey", "rusak.csv", "-i", "skm", "--format", "csv", "--lang", "en"], directory: directory)
        #expect(warned.status == 0)
        assertSnapshot(warned.stderr, named: "survey-bad-rows.en.txt")
        #expect(warned.stdout.hasPrefix("scope,group,respondents,U1,U2,U3,U4,U5,U6,U7,U8,U9,mean,index,converted,grade,label\nall,,43,"))
        let strict = try BinaryRunner.run(["survey", "rusak.csv", "-i", "skm", "--strict"], directory: directory)
        #expect(strict.status == 1)
        #expect(strict.stdout == "")
        assertSnapshot(strict.stderr, named: "survey-bad-rows-strict.id.txt")
    }

    /// `--into` writes B.I.a into a copy of the example unit; the LKE score follows.
    @Test func intoUpdatesTheAnswerFileAndTheScore() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let answers = directory.appendingPathComponent("unit.yaml").path
        try FileManager.default.copyItem(atPath: ProjectPaths.path("examples/kantor-contoh.yaml"), toPath: answers)
        let library = QuestionnaireLibrary()
        let before = Scorer.score(try #require(AnswerSheetLoader(library: library).load(path: answers).answers))
        let run = try BinaryRunner.run(["survey", ProjectPaths.path(ziData), "-i", "spak", "--into", answers, "-o", directory.appendingPathComponent("spak.md").path])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "\(answers): B.I.a = 3.64 (sebelumnya '3.62'): 15,93 dari 17,50; B HASIL 34,77 dari 40,00; nilai total 79,01\n"
            + "\(answers): catatan tim pada B.I.a dipertahankan; catatan survei ditambahkan di bawahnya\n")
        let after = AnswerSheetLoader(library: library).load(path: answers)
        #expect(!after.diagnostics.hasErrors)
        let card = Scorer.score(try #require(after.answers))
        #expect(after.sheet?.entry("B.I.a")?.value == "3.64")
        #expect(after.sheet?.entry("B.I.a")?.note?.hasPrefix("Survei persepsi anti korupsi pihak ketiga, Agustus 2026, 400 responden.\n"
            + "Survei Persepsi Anti Korupsi (SPAK) (spak-2023 versi 2023.1): 36 responden, periode 2026-07-03 s.d. 2026-09-30") == true)
        #expect(after.sheet?.entry("B.I.a")?.evidence == ["bukti/B.I.a/laporan-survei-ipak-2026.pdf"])
        #expect(card.rounded(card.nodes["B"]!.score) == Number(text: "34.77"))
        #expect(card.rounded(card.nodes["B"]!.score) != card.rounded(before.nodes["B"]!.score))
        // Every other answer is unchanged.
        let old = try #require(AnswerSheetLoader(library: library).load(path: ProjectPaths.path("examples/kantor-contoh.yaml")).sheet)
        for entry in old.entries where entry.code != "B.I.a" {
            #expect(after.sheet?.entry(entry.code)?.value == entry.value, "\(entry.code)")
        }
        let report = try String(contentsOfFile: directory.appendingPathComponent("spak.md").path, encoding: .utf8)
        #expect(report.contains("| Nilai di LKE (`B.I.a`, `lke-zi-2021`) | 15,93 dari 17,50 |"))
        // SPKP into B.II.a of the same file, in English, with too few respondents and too short a period.
        let spkp = try BinaryRunner.run(["survey", ProjectPaths.path(ziData), "-i", "spkp", "--from", "2026-09-01", "--to", "2026-09-30", "--into", answers,
                                         "--lang", "en", "-o", directory.appendingPathComponent("spkp.json").path])
        #expect(spkp.status == 0)
        #expect(spkp.stderr == """
            lke: warning: only 12 respondents; a survey for the LKE needs at least 30
            lke: warning: the period 2026-09-01 to 2026-09-30 is shorter than 3 months; the LKE takes the mean of at least the last 3 months
            \(answers): B.II.a = 3.29 (was '3.45'): 14.39 of 17.50; B HASIL 34.07 of 40.00; total 78.31
            \(answers): the team's note on B.II.a is kept; the survey note is added below it

            """)
        let json = try String(contentsOfFile: directory.appendingPathComponent("spkp.json").path, encoding: .utf8)
        #expect(json.contains("\"code\": \"B.II.a\""))
    }

    @Test func intoRefusesSKMAndBrokenAnswerFiles() throws {
        let skm = try BinaryRunner.run(["survey", skmData, "-i", "skm", "--into", "examples/kantor-contoh.yaml"])
        #expect(skm.status == 64)
        #expect(skm.stderr.hasPrefix("error: 'skm-2017' tidak mengisi pertanyaan LKE (tidak ada kunci 'feeds')"))
        let directory = ProjectPaths.temporaryDirectory()
        let broken = directory.appendingPathComponent("rusak.yaml").path
        try "questionnaire: lke-zi-2021\nunit: Uji\nanswers:\n  B.I.a: 9\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let run = try BinaryRunner.run(["survey", ziData, "-i", "spak", "--into", broken, "--lang", "en"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("'B.I.a' is 9, outside the range 0 to 4"))
        #expect(run.stderr.hasSuffix("lke: error: '\(broken)' is not changed: fix its errors first\n"))
        #expect(try String(contentsOfFile: broken, encoding: .utf8) == "questionnaire: lke-zi-2021\nunit: Uji\nanswers:\n  B.I.a: 9\n")
    }

    @Test func outputFileTakesItsFormatFromItsExtension() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let out = directory.appendingPathComponent("ikm.json").path
        let run = try BinaryRunner.run(["survey", skmData, "-i", "skm", "-o", out])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"lke_version\""))
    }

    @Test func usageErrors() throws {
        let cases: [([String], String)] = [
            (["survey", skmData], "error: sebutkan definisi survei dengan --instrument skm|spak|spkp\n"),
            (["survey", "-i", "skm"], "error: sebutkan paling sedikit satu berkas data CSV\n"),
            (["survey", skmData, "-i", "skm", "--population", "banyak"], "error: '--population' harus bilangan bulat positif, bukan 'banyak'\n"),
            (["survey", skmData, "-i", "skm", "--from", "kemarin"], "error: '--from' harus tanggal (2026-07-01, 01/07/2026 atau 2026-07), bukan 'kemarin'\n"),
            (["survey", skmData, "-i", "skm", "--map", "U1"], "error: '--map' ditulis 'KOLOM=KODE', bukan 'U1'\n"),
            (["survey", skmData, "-i", "skm", "--weights", "legacy-011"],
             "error: profil bobot 'legacy-011' tidak ada di 'skm-2017'; maksud Anda 'legacy-0.11'?; yang tersedia: exact, legacy-0.11\n"),
            (["survey", skmData, "-i", "skm", "--format", "pdf"], "error: '--format' harus salah satu dari: md, csv, json, html (bukan 'pdf')\n"),
        ]
        for (arguments, first) in cases {
            let run = try BinaryRunner.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stdout == "")
            #expect(run.stderr.hasPrefix(first), "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("Penggunaan: lke survey FILE..."))
        }
    }

    @Test func unknownInstrumentsAndMissingDataFail() throws {
        let unknown = try BinaryRunner.run(["survey", skmData, "-i", "ikm", "--lang", "en"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "lke: error: unknown survey instrument 'ikm'; did you mean 'skm'?; available: skm, skm-2017, spak, spak-2023, spkp, spkp-2023\n")
        let missing = try BinaryRunner.run(["survey", "tidak-ada.csv", "-i", "skm"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "lke: error: tidak dapat membaca 'tidak-ada.csv': berkas tidak ada atau tidak dapat dibaca\n")
        let wrongSurvey = try BinaryRunner.run(["survey", ziData, "-i", "skm", "--lang", "en"])
        #expect(wrongSurvey.status == 1)
        #expect(wrongSurvey.stderr.hasPrefix("examples/survey-zi.csv:1:1: error: no column for item 'U1' (Persyaratan); name its column with --map 'COLUMN=U1'\n"))
    }

    /// The instruments are bundled: `--instrument skm` works from any directory.
    @Test func bundledInstrumentsWorkFromAnyDirectory() throws {
        let directory = ProjectPaths.temporaryDirectory()
        try FileManager.default.copyItem(atPath: ProjectPaths.path(skmData), toPath: directory.appendingPathComponent("data.csv").path)
        let run = try BinaryRunner.run(["survey", "data.csv", "-i", "skm", "--format", "csv"], directory: directory)
        #expect(run.status == 0)
        #expect(run.stdout.contains("all,,45,"))
    }

    @Test func checkAcceptsTheSurveyDefinitions() throws {
        let run = try BinaryRunner.run(["check", "questionnaires/skm-2017.yaml", "questionnaires/spak-2023.yaml", "questionnaires/spkp-2023.yaml", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == """
            questionnaires/skm-2017.yaml: skm-2017 version 2017.1: survey 'skm', 9 items, scale 1-4, weights exact, legacy-0.11, index rules nrr-tertimbang
            questionnaires/spak-2023.yaml: spak-2023 version 2023.1: survey 'spak', 5 items, scale 1-6, weights equal, index rules proportional, minmax-0-4, minmax-1-4, feeds B.I.a of lke-zi-2021
            questionnaires/spkp-2023.yaml: spkp-2023 version 2023.1: survey 'spkp', 8 items, scale 1-6, weights equal, index rules proportional, minmax-0-4, minmax-1-4, feeds B.II.a of lke-zi-2021

            """)
        let directory = ProjectPaths.temporaryDirectory()
        let bad = directory.appendingPathComponent("bad.yaml").path
        try "format: lke/1\nkind: survey\nid: x\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let failing = try BinaryRunner.run(["check", bad, "--lang", "en"])
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("error: the survey definition is missing the required key 'title'"))
    }

    @Test func helpDescribesTheCommand() throws {
        let run = try BinaryRunner.run(["help", "survey"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Penggunaan: lke survey FILE... -i NAME [--by COLUMN]"))
        #expect(run.stdout.contains("--into JAWABAN.yaml"))
        let overview = try BinaryRunner.run(["--help"])
        #expect(overview.stdout.contains("  survey "))
    }

    /// In-process, with a scripted console.
    @Test func inProcessRunWritesTheReportToTheConsole() {
        let console = ScriptedConsole()
        let status = CLI.run(["survey", ProjectPaths.path(skmData), "-i", "skm", "-f", "csv"], console: console)
        #expect(status == 0)
        #expect(console.output.hasPrefix("scope,group,respondents,U1"))
        #expect(console.errors == "")
    }
}
