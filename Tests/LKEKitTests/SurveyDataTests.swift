import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Respondent data: CSV dialects, column matching, answer labels, bad cells, dates, breakdowns and profile.
@Suite struct SurveyDataTests {
    let skm = SurveyComputationTests.skm
    let spkp = SurveyComputationTests.spkp

    func run(_ text: String, definition: SurveyDefinition? = nil, options: SurveyProcessor.Options = .init(), path: String = "data.csv")
        -> SurveyProcessor.Outcome {
        run(Data(text.utf8), definition: definition, options: options, path: path)
    }

    func run(_ data: Data, definition: SurveyDefinition? = nil, options: SurveyProcessor.Options = .init(), path: String = "data.csv")
        -> SurveyProcessor.Outcome {
        SurveyProcessor(definition: definition ?? skm, options: options).run([.init(path: path, data: data)])
    }

    func render(_ outcome: SurveyProcessor.Outcome, _ text: String, path: String = "data.csv") -> String {
        Fixtures.render(outcome.diagnostics, text, path: path)
    }

    static let codes = "U1,U2,U3,U4,U5,U6,U7,U8,U9"

    @Test func codesNumbersAndBlankAnswers() throws {
        let text = """
            \(Self.codes)
            4,4,4,4,4,4,4,4,4
            3,,3,3,3,3,3,3,3

            """
        let outcome = run(text)
        #expect(outcome.diagnostics.isEmpty)
        let a = try #require(outcome.analysis)
        #expect(a.rowsRead == 2)
        #expect(a.overall.respondents == 2)
        #expect(a.overall.items[1].answered == 1)
        #expect(a.overall.items[1].mean == 4)
        #expect(a.overall.items[0].mean == Number(text: "3.5"))
        #expect(a.matches.map(\.kind) == Array(repeating: .code, count: 9))
        #expect(a.months.isEmpty)
        #expect(a.period == nil)
    }

    /// Google Forms headers: the question text with its number, answers as the form's labels, in the sample
    /// form's order (Q8 sarana, Q9 pengaduan), with a timestamp and profile columns.
    @Test func formExportWithLabelsAndQuestionTexts() throws {
        let outcome = run(try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.path("examples/survey-skm.csv"))), path: "examples/survey-skm.csv")
        #expect(outcome.diagnostics.isEmpty)
        let a = try #require(outcome.analysis)
        #expect(a.overall.respondents == 45)
        #expect(a.matches.map(\.code) == ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"])
        #expect(a.matches.allSatisfy { $0.kind == .text })
        #expect(a.matches[7].header.hasPrefix("9. Bagaimana pendapat Saudara tentang penanganan pengaduan"))
        #expect(a.matches[8].header.hasPrefix("8. Bagaimana pendapat Saudara tentang kualitas sarana"))
        #expect(a.months.map(\.key) == ["2026-07", "2026-08", "2026-09"])
        #expect(a.period == SurveyDate(year: 2026, month: 7, day: 3)!...SurveyDate(year: 2026, month: 9, day: 28)!)
        #expect(a.profile.map(\.id) == ["jenis-kelamin", "usia", "pendidikan", "pekerjaan", "layanan"])
        // "L" and "Laki-laki" are one group; D3 is DIII.
        #expect(a.profile[0].rows.map(\.label) == ["Laki-laki", "Perempuan"])
        #expect(a.profile[0].rows.map(\.count).reduce(0, +) == 45)
        #expect(a.profile[1].rows.map(\.label) == ["< 20", "20-29", "30-39", "40-49", "50-59", "≥ 60"])
        #expect(a.profile[2].rows.first { $0.label == "DIII" }.map(\.count) ?? 0 > 0)
        // Four blank answers to U4 and U8 are left out of those items only.
        #expect(a.overall.items[3].answered == 43)
        #expect(a.overall.items[7].answered == 44)
        #expect(a.overall.items[0].answered == 45)
    }

    @Test func semicolonsBomCrlfAndQuotedCells() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("Nama;\"U1\";U2;U3;U4;U5;U6;U7;U8;U9\r\n\"Sitompul; \"\"Ucok\"\"\nbaris dua\";Sangat sesuai;4;4;4;4;4;4;4;4\r\nB;2;2;2;2;2;2;2;2;\"2\"\r\n".utf8))
        let outcome = run(data)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let a = try #require(outcome.analysis)
        #expect(a.overall.respondents == 2)
        #expect(Rounding.snap(a.overall.index!) == 3)
    }

    @Test func tabSeparatedData() throws {
        let text = Self.codes.replacingOccurrences(of: ",", with: "\t") + "\n" + Array(repeating: "3", count: 9).joined(separator: "\t") + "\n"
        #expect(try #require(run(text).analysis).overall.items[8].mean == 3)
    }

    @Test func headersMatchTitlesAliasesBracketsAndCodePrefixes() throws {
        let text = """
            "Penilaian [Persyaratan]",Prosedur,U3 - Kecepatan,biaya / tarif,"PRODUK spesifikasi jenis pelayanan",Kompetensi Pelaksana,Perilaku Pelaksana,Penanganan Pengaduan,Sarana dan Prasarana
            4,4,4,4,4,4,4,4,4

            """
        let a = try #require(run(text).analysis)
        #expect(a.matches.map(\.kind) == [.title, .alias, .code, .title, .title, .title, .title, .alias, .title])
    }

    @Test func explicitMappingsAndTheirProblems() throws {
        let text = """
            P1,P2,P3,P4,P5,P6,P7,P8,P9
            4,4,4,4,4,4,4,3,2

            """
        // The sample form's order: P8 is sarana (U9), P9 is pengaduan (U8).
        let mappings = zip(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P9", "P8"], skm.items.map(\.code)).map { SurveyProcessor.Mapping(column: $0, code: $1) }
        let a = try #require(run(text, options: .init(mappings: mappings)).analysis)
        #expect(a.overall.items[7].mean == 2)
        #expect(a.overall.items[8].mean == 3)
        #expect(a.matches.allSatisfy { $0.kind == .map })
        // Without mappings, every item lacks a column.
        let missing = run(text)
        #expect(missing.analysis == nil)
        #expect(missing.diagnostics.count == 9)
        #expect(missing.diagnostics[0].message == Message.Survey.noColumnForItem("U1", title: "Persyaratan"))
        #expect(missing.diagnostics[0].location == SourceLocation(path: "data.csv", line: 1, column: 1))
        // A mapped column that no file has, and an unknown code.
        let unused = run(text, options: .init(mappings: mappings + [.init(column: "Q10", code: "U1")]))
        #expect(unused.diagnostics.map(\.message).contains(Message.Survey.mappedColumnMissing("Q10")))
        let processor = SurveyProcessor(definition: skm, options: .init(mappings: [.init(column: "P1", code: "U10")]))
        #expect(processor.optionProblems().map(\.en) == ["there is no item 'U10' in 'skm-2017'; did you mean 'U1'?; its items: U1, U2, U3, U4, U5, U6, U7, U8, U9"])
    }

    @Test func twoColumnsForOneItemIsAnError() {
        let text = "Persyaratan,U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4,4\n"
        let outcome = run(text)
        #expect(outcome.analysis == nil)
        #expect(render(outcome, text) == """
            data.csv:1:13: error: the columns 'U1' and 'Persyaratan' both match item 'U1'; choose one with --map 'COLUMN=U1'
            Persyaratan,U1,U2,U3,U4,U5,U6,U7,U8,U9
                        ^
            data.csv:1:1: note: the other column is here
            Persyaratan,U1,U2,U3,U4,U5,U6,U7,U8,U9
            ^

            """)
    }

    @Test func answerLabelsOfEveryKind() throws {
        let text = """
            \(Self.codes)
            Sangat sesuai,sangat  MUDAH.,d,4 - Gratis,"4. Sangat sesuai",Sangat baik,4,"Dikelola dengan baik",Sangat Baik
            a,Tidak mudah,Tidak cepat,Sangat mahal,1,Tidak kompeten,Tidak sopan dan ramah,Tidak ada,Buruk

            """
        let outcome = run(text)
        #expect(outcome.diagnostics.isEmpty, "\(render(outcome, text))")
        let a = try #require(outcome.analysis)
        #expect(a.overall.items.map(\.total) == Array(repeating: 5, count: 9))
    }

    @Test func starsAsNumbersLabelsAndSymbols() throws {
        let header = spkp.items.map(\.code).joined(separator: ",")
        let text = "\(header)\n6,6 bintang,★★★★★★,6 stars,\"6\",6.0,\"6,0\",6\n"
        let outcome = run(text, definition: spkp)
        #expect(outcome.diagnostics.isEmpty, "\(render(outcome, text))")
        let a = try #require(outcome.analysis)
        #expect(a.overall.mean == 6)
        #expect(a.roundedIndex == 4)
    }

    /// A bad cell is located at file:line:col; its row is excluded with a warning.
    @Test func badCellsAreLocatedAndTheirRowsExcluded() throws {
        let text = """
            Cap waktu,Désa,\(Self.codes)
            01/07/2026 08:00,Ciké,4,4,4,4,4,4,4,4,4
            02/07/2026 08:00,Ciké,4,Bagus,4,4,4,4,4,4,4
            03/07/2026 08:00,"Ciké
            Hilir",4,4,4,4,5,4,4,4,4
            31/02/2026 08:00,Ciké,4,4,4,4,4,4,4,4,4
            04/07/2026 08:00,Ciké,4,4,4
            05/07/2026 08:00,Ciké,,,,,,,,,
            06/07/2026 08:00,Ciké,3.5,4,4,4,4,4,4,4,4
            07/07/2026 08:00,Ciké,"3 - Sangat sesuai",4,4,4,4,4,4,4,4

            """
        let outcome = run(text)
        let a = try #require(outcome.analysis)
        #expect(a.rowsRead == 8)
        #expect(a.excludedRows == 7)
        #expect(a.overall.respondents == 1)
        #expect(outcome.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(render(outcome, text) == """
            data.csv:3:25: warning: 'Bagus' is not an answer of 'U2' (Sistem, Mekanisme, dan Prosedur); write 1 to 4 or one of: Tidak mudah, Kurang mudah, Mudah, Sangat mudah; the row is excluded
            02/07/2026 08:00,Ciké,4,Bagus,4,4,4,4,4,4,4
                                    ^
            data.csv:5:16: warning: 5 is outside the scale; answers of 'U5' are 1 to 4; the row is excluded
            Hilir",4,4,4,4,5,4,4,4,4
                           ^
            data.csv:6:1: warning: '31/02/2026 08:00' is not a date (write for example 2026-07-01 or 01/07/2026); the row is excluded
            31/02/2026 08:00,Ciké,4,4,4,4,4,4,4,4,4
            ^
            data.csv:7:1: warning: this row has 5 cells; the header has 11; the row is excluded
            04/07/2026 08:00,Ciké,4,4,4
            ^
            data.csv:8:1: warning: this row answers no item; the row is excluded
            05/07/2026 08:00,Ciké,,,,,,,,,
            ^
            data.csv:9:23: warning: '3.5' is not a whole number; answers of 'U1' are 1 to 4; the row is excluded
            06/07/2026 08:00,Ciké,3.5,4,4,4,4,4,4,4,4
                                  ^
            data.csv:10:23: warning: '3 - Sangat sesuai' is inconsistent: the number is 3 but its label means 4; the row is excluded
            07/07/2026 08:00,Ciké,"3 - Sangat sesuai",4,4,4,4,4,4,4,4
                                  ^

            """)
    }

    @Test func strictModeMakesBadCellsErrors() {
        let text = "\(Self.codes)\n4,4,4,4,4,4,4,4,4\n4,4,4,4,x,4,4,4,4\n"
        let outcome = run(text, options: .init(strict: true))
        #expect(outcome.analysis == nil)
        #expect(outcome.diagnostics.map(\.severity) == [.error])
        #expect(outcome.diagnostics[0].location == SourceLocation(path: "data.csv", line: 3, column: 9))
    }

    @Test func manyBadCellsAreCountedBeyondTheLimit() throws {
        var text = "\(Self.codes)\n4,4,4,4,4,4,4,4,4\n"
        for _ in 0..<5 { text += "9,4,4,4,4,4,4,4,4\n" }
        let outcome = run(text, options: .init(diagnosticLimit: 2))
        #expect(outcome.diagnostics.count == 3)
        #expect(outcome.diagnostics.last?.message == Message.Survey.moreProblems(3, path: "data.csv"))
        #expect(try #require(outcome.analysis).excludedRows == 5)
    }

    @Test func structuralProblems() {
        let unterminated = "\(Self.codes)\n4,4,4,4,4,4,4,4,\"4\n"
        #expect(render(run(unterminated), unterminated).hasPrefix("data.csv:2:17: warning: the quote is not closed before the end of the file; the row is excluded"))
        let trailing = "\(Self.codes)\n4,4,4,4,4,4,4,4,\"4\"x\n"
        #expect(render(run(trailing), trailing).hasPrefix("data.csv:2:20: warning: text after the closing quote; the whole cell must be inside the quotes; the row is excluded"))
        let empty = run("")
        #expect(empty.diagnostics.map(\.message) == [Message.Survey.emptyData])
        let noRows = run("\(Self.codes)\n\n,,,,,,,,\n")
        #expect(noRows.diagnostics.map(\.message) == [Message.Survey.noRespondents])
        let invalid = run(Data([0x55, 0x31, 0x0A, 0xC3, 0x28]))
        #expect(invalid.diagnostics.first?.message == Message.Survey.notUTF8)
        #expect(invalid.diagnostics.first?.location == SourceLocation(path: "data.csv", line: 2, column: 1))
    }

    @Test func periodFilterAndMonths() throws {
        let text = """
            Tanggal,\(Self.codes)
            2026-06-30,1,1,1,1,1,1,1,1,1
            2026-07-01,4,4,4,4,4,4,4,4,4
            15 Agustus 2026,3,3,3,3,3,3,3,3,3
            30/09/2026 23:59:59,2,2,2,2,2,2,2,2,2
            2026-10-01T00:00,1,1,1,1,1,1,1,1,1

            """
        let options = SurveyProcessor.Options(from: SurveyDate.parse("2026-07", monthAs: false), to: SurveyDate.parse("2026-09", monthAs: true))
        let a = try #require(run(text, options: options).analysis)
        #expect(a.outsidePeriod == 2)
        #expect(a.overall.respondents == 3)
        #expect(a.period == SurveyDate(year: 2026, month: 7, day: 1)!...SurveyDate(year: 2026, month: 9, day: 30)!)
        #expect(a.periodGiven == (true, true))
        #expect(a.periodMonths == 3)
        #expect(a.months.map(\.key) == ["2026-07", "2026-08", "2026-09"])
        #expect(a.months.map { $0.result.index.map(Rounding.snap) } == [4, 3, 2])
        // Without a date column, --from fails.
        let noDates = run("\(Self.codes)\n4,4,4,4,4,4,4,4,4\n", options: options)
        #expect(noDates.analysis == nil)
        #expect(noDates.diagnostics.first?.message.en.hasPrefix("'--from'/'--to' need a date column") == true)
    }

    @Test func breakdownByAColumnOrAProfileAttribute() throws {
        let text = """
            Jenis Kelamin,Usia,Loket,\(Self.codes)
            L,19,A,4,4,4,4,4,4,4,4,4
            laki-laki,45,B,2,2,2,2,2,2,2,2,2
            P,,B,3,3,3,3,3,3,3,3,3
            ,70,,1,1,1,1,1,1,1,1,1

            """
        let bySex = try #require(run(text, options: .init(by: "jenis kelamin")).analysis)
        #expect(bySex.breakdown?.groups.map(\.key) == ["Laki-laki", "Perempuan", nil])
        #expect(bySex.breakdown?.groups.map(\.result.respondents) == [2, 1, 1])
        #expect(bySex.breakdown?.groups[0].result.index.map(Rounding.snap) == 3)
        let byAge = try #require(run(text, options: .init(by: "usia")).analysis)
        #expect(byAge.breakdown?.groups.map(\.key) == ["< 20", "40-49", "≥ 60", nil])
        let byCounter = try #require(run(text, options: .init(by: "LOKET")).analysis)
        #expect(byCounter.breakdown?.column == "LOKET")
        #expect(byCounter.breakdown?.groups.map(\.key) == ["A", "B", nil])
        let missing = run(text, options: .init(by: "Kecamatan"))
        #expect(missing.analysis == nil)
        #expect(missing.diagnostics.map(\.message).contains(Message.Survey.byColumnMissing("Kecamatan")))
        // The profile lists declared values, with zero counts, and respondents who gave none.
        #expect(bySex.profile.first { $0.id == "usia" }?.rows.map(\.count) == [1, 0, 0, 1, 0, 1, 1])
        #expect(bySex.profile.first { $0.id == "usia" }?.rows.last?.label == nil)
    }

    @Test func severalFilesWithDifferentHeaders() throws {
        let first = "\(Self.codes)\n4,4,4,4,4,4,4,4,4\n"
        let second = "Persyaratan;Prosedur;Waktu Penyelesaian;Biaya/Tarif;Produk Spesifikasi Jenis Pelayanan;Kompetensi Pelaksana;Perilaku Pelaksana;Penanganan Pengaduan, Saran dan Masukan;Sarana dan prasarana\n2;2;2;2;2;2;2;2;2\n"
        let outcome = SurveyProcessor(definition: skm).run([.init(path: "a.csv", data: Data(first.utf8)), .init(path: "b.csv", data: Data(second.utf8))])
        let a = try #require(outcome.analysis)
        #expect(a.files == ["a.csv", "b.csv"])
        #expect(a.overall.respondents == 2)
        #expect(Rounding.snap(a.overall.index!) == 3)
        #expect(a.matches.count == 18)
    }

    @Test func populationGivesTheKrejcieMorganSample() throws {
        let a = try #require(run("\(Self.codes)\n4,4,4,4,4,4,4,4,4\n", options: .init(population: 1000)).analysis)
        #expect(a.requiredSample == 278)
    }

    @Test func optionProblemsNameTheChoices() {
        let problems = SurveyProcessor(definition: skm, options: .init(weights: "legacy", indexRule: "x")).optionProblems().map(\.en)
        #expect(problems == [
            "there is no weight profile 'legacy' in 'skm-2017'; available: exact, legacy-0.11",
            "there is no conversion rule 'x' in 'skm-2017'; available: nrr-tertimbang",
        ])
        let period = SurveyProcessor(definition: skm, options: .init(from: SurveyDate(year: 2026, month: 9, day: 1), to: SurveyDate(year: 2026, month: 7, day: 1)))
        #expect(period.optionProblems().map(\.en) == ["'--to' (2026-07-01) is before '--from' (2026-09-01)"])
    }

    @Test func datesInTheFormsSeen() {
        let expected = SurveyDate(year: 2026, month: 7, day: 1)
        for text in ["2026-07-01", "2026/07/01", "01/07/2026", "1/7/2026 8:05:00", "01-07-2026", "01.07.2026", "2026-07-01T10:00:00Z",
                     "1 Juli 2026", "01 Jul 2026 10:00", "1 July 2026", " 2026-07-01 "] {
            #expect(SurveyDate.parse(text) == expected, "\(text)")
        }
        for text in ["2026-13-01", "31/04/2026", "2026-07", "01/07/26", "Juli 2026", "kemarin", "2026-07-01x", "1 Jully 2026"] {
            #expect(SurveyDate.parse(text) == nil, "\(text)")
        }
        #expect(SurveyDate.parse("29/02/2028") != nil)
        #expect(SurveyDate.parse("29/02/2026") == nil)
        #expect(SurveyDate.parse("2026-02", monthAs: true) == SurveyDate(year: 2026, month: 2, day: 28))
        #expect(SurveyDate(year: 2026, month: 8, day: 17)!.text(.id) == "17 Agustus 2026")
        #expect(SurveyDate(year: 2026, month: 8, day: 17)!.monthText(.en) == "August 2026")
    }

    @Test func matchingKeys() {
        #expect(SurveyText.key("  Sangat   Sesuai. ") == "sangat sesuai")
        #expect(SurveyText.key("Kompetensi/ kemampuan") == "kompetensi kemampuan")
        #expect(SurveyText.key("Pendidikan Térakhir") == "pendidikan terakhir")
        #expect(SurveyText.key("★★★") == "★★★")
        #expect(SurveyText.key("L/P") == "l p")
    }
}
