import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The shipped survey definitions, and the survey loader's diagnostics.
@Suite struct SurveyDefinitionTests {
    let skm = SurveyComputationTests.skm
    let spak = SurveyComputationTests.spak
    let spkp = SurveyComputationTests.spkp

    @Test func skmKeysItemsByUnsurWithTheSampleFormsQuestionsVerbatim() throws {
        #expect(skm.id == "skm-2017")
        #expect(skm.instrument == "skm")
        #expect(skm.items.map(\.code) == ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"])
        #expect(skm.items.map(\.title) == ["Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
                                           "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
                                           "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan prasarana"])
        // The sample form asks sarana (unsur 9) as Q8 and pengaduan (unsur 8) as Q9.
        #expect(skm.items.map(\.formNumber) == [1, 2, 3, 4, 5, 6, 7, 9, 8])
        let u8 = try #require(skm.item("U8"))
        #expect(u8.text == "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan")
        #expect(u8.options == ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"])
        let u9 = try #require(skm.item("U9"))
        #expect(u9.text == "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana")
        #expect(u9.options == ["Buruk", "Cukup", "Baik", "Sangat Baik"])
        #expect(skm.item("U7")?.text == "Bagamana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan")
        #expect(skm.item("U4")?.options == ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"])
        #expect(skm.item("U6")?.text == "Bagaimana pendapat Saudara tentang kompetensi/ kemampuan petugas dalam pelayanan.")
        #expect(skm.scale.min == 1 && skm.scale.max == 4)
        #expect(skm.scale.options.map(\.label) == ["Tidak baik", "Kurang baik", "Baik", "Sangat baik"])
        #expect(skm.feeds == nil)
    }

    @Test func skmDeclaresExactAndPrintedWeightsTimes25AndTabelII() throws {
        #expect(skm.defaultWeights == "exact")
        #expect(skm.weightProfile("exact")?.rule == .equal)
        #expect(skm.weightProfile("legacy-0.11")?.rule == .each(Number(text: "0.11")!))
        #expect(skm.converted?.formula.text == "index * 25")
        let bands = try #require(skm.bands)
        #expect(bands.target == .converted)
        #expect(bands.levels.map(\.min) == ["88.31", "76.61", "65.00", "25.00"].map { Number(text: $0)! })
        #expect(bands.levels.map(\.grade) == ["A", "B", "C", "D"])
        #expect(bands.levels.map(\.label) == ["Sangat baik", "Baik", "Kurang baik", "Tidak baik"])
        #expect(skm.convertedDecimals == 2)
        #expect(skm.rounding.mode == .halfAwayFromZero)
    }

    @Test func spkpAndSpakCarryTheStatementsOfSE4Of2023AndFeedTheLKE() throws {
        #expect(spkp.items.count == 8)
        #expect(spak.items.count == 5)
        #expect(spkp.items.first?.text == "Informasi Pelayanan pada unit layanan ini tersedia melalui media elektronik maupun non elektronik")
        #expect(spkp.items.last?.text == "Layanan konsultasi dan pengaduan yang disediakan unit layanan ini mudah digunakan/diakses")
        #expect(spak.items.map(\.text) == [
            "Tidak ada diskriminasi pelayanan pada unit layanan ini",
            "Tidak ada pelayanan diluar prosedur/kecurangan pelayanan pada unit layanan ini",
            "Tidak ada penerimaan imbalan uang/barang/fasilitas diluar ketentuan yang berlaku pada unit layanan ini",
            "Tidak ada pungutan liar (pungli) pada unit layanan ini",
            "Tidak ada percaloan/perantara tidak resmi pada unit layanan ini",
        ])
        #expect(spak.item("SPAK4")?.explanation?.contains("\"uang administrasi\", \"uang rokok\", \"uang terima kasih\"") == true)
        #expect(spkp.items.allSatisfy { $0.explanation?.hasPrefix("apakah ") == true })
        for d in [spak, spkp] {
            #expect(d.scale.min == 1 && d.scale.max == 6)
            #expect(d.scale.options.map(\.label) == (1...6).map { "\($0) bintang" })
            #expect(d.indexRules.map(\.id) == ["proportional", "minmax-0-4", "minmax-1-4"])
            #expect(d.indexRule("proportional")?.formula.text == "4 * mean / 6")
            #expect(d.indexNote != nil)
            #expect(d.indexDecimals == 2)
            #expect(d.feeds?.questionnaire == "lke-zi-2021")
            #expect(d.feeds?.minimumRespondents == 30)
            #expect(d.feeds?.minimumMonths == 3)
        }
        #expect(spak.feeds?.code == "B.I.a")
        #expect(spkp.feeds?.code == "B.II.a")
        // The codes fed exist in the LKE and take a 0-4 number.
        for code in ["B.I.a", "B.II.a"] {
            let question = try #require(Fixtures.lke.question(code))
            guard case .number(let spec) = question.kind else { Issue.record("\(code) is not a number"); continue }
            #expect(spec.min == 0 && spec.max == 4 && spec.decimals == 2)
        }
    }

    @Test func bundledDefinitionsAreFoundByInstrumentName() throws {
        let bundled = SurveyLoader.bundled()
        #expect(bundled.map(\.id) == ["skm-2017", "spak-2023", "spkp-2023"])
        for name in ["skm", "spak", "spkp", "skm-2017"] {
            let resolution = SurveyLoader().resolve(name)
            #expect(resolution.definition != nil, "\(name)")
        }
        #expect(SurveyLoader().resolve("spkp").definition?.id == "spkp-2023")
        let unknown = SurveyLoader().resolve("skn")
        #expect(unknown.definition == nil)
        #expect(unknown.diagnostics.first?.message == Message.Survey.unknownInstrument(
            "skn", suggestion: "skm", available: ["skm", "skm-2017", "spak", "spak-2023", "spkp", "spkp-2023"]))
    }

    @Test func aDefinitionFileIsFoundByPathAndByIdAmongGivenFiles() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("ikm-dinas.yaml").path
        let text = try String(contentsOfFile: ProjectPaths.path("questionnaires/skm-2017.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: skm-2017\ninstrument: skm\n", with: "id: ikm-dinas\ninstrument: ikm\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(SurveyLoader().resolve(path).definition?.id == "ikm-dinas")
        #expect(SurveyLoader().resolve("ikm", paths: [path, ProjectPaths.path("questionnaires/lke-zi-2021.yaml")]).definition?.id == "ikm-dinas")
        let missing = directory.appendingPathComponent("missing.yaml").path
        #expect(SurveyLoader().resolve(missing).diagnostics.first?.message == Message.Survey.cannotReadDefinition(missing))
    }

    // MARK: - Diagnostics

    func diagnostics(_ text: String) -> String {
        let outcome = SurveyLoader().load(SourceFile(path: "s.yaml", text: text))
        #expect(outcome.definition == nil)
        return Fixtures.render(outcome.diagnostics, text, path: "s.yaml")
    }

    static let minimal = """
        format: lke/1
        kind: survey
        id: uji
        title: Survei uji
        version: "1"
        language: id
        rounding: {decimals: 2, mode: half-away-from-zero}
        scale:
          min: 1
          max: 4
        items:
          - code: A
            title: Satu
            text: Pertanyaan satu
          - code: B
            title: Dua
            text: Pertanyaan dua
        weights:
          default: sama
          profiles:
            - id: sama
              title: Sama
              each: equal
        index:
          title: Indeks
          default: rata
          rules:
            - id: rata
              title: Rata-rata
              formula: mean

        """

    @Test func theMinimalDefinitionLoads() throws {
        let outcome = SurveyLoader().load(SourceFile(path: "s.yaml", text: Self.minimal))
        #expect(outcome.diagnostics.isEmpty, "\(Fixtures.render(outcome.diagnostics, Self.minimal, path: "s.yaml"))")
        let d = try #require(outcome.definition)
        #expect(d.instrument == "uji")
        #expect(d.nrrDecimals == 2)
        #expect(d.sampleSize == nil)
    }

    @Test func aWorksheetDefinitionIsRejected() {
        let text = Self.minimal.replacingOccurrences(of: "kind: survey", with: "kind: lke")
        #expect(diagnostics(text) == """
            s.yaml:2:7: error: this is a worksheet definition (kind: lke); 'lke survey' reads survey definitions (kind: survey)
            kind: lke
                  ^

            """)
    }

    @Test func unknownKeysGetSuggestions() {
        let text = Self.minimal.replacingOccurrences(of: "index:\n", with: "indeks:\n")
        let rendered = diagnostics(text)
        #expect(rendered.contains("s.yaml:24:1: error: unknown key 'indeks' in the survey definition; did you mean 'index'?"))
        #expect(rendered.contains("s.yaml:1:1: error: the survey definition is missing the required key 'index'"))
    }

    @Test func perItemWeightsMustAddUpToOne() {
        let text = Self.minimal.replacingOccurrences(of: "      each: equal\n", with: "      items: {A: 0.5, B: 0.4}\n")
        #expect(diagnostics(text).contains("s.yaml:23:14: error: the weights per item add up to 0.9; they must add up to 1"))
    }

    @Test func perItemWeightsThatAddUpToOneLoad() throws {
        let text = Self.minimal.replacingOccurrences(of: "      each: equal\n", with: "      items: {A: 0.75, B: 0.25}\n")
        let d = try #require(SurveyLoader().load(SourceFile(path: "s.yaml", text: text)).definition)
        var tally = SurveyTally(items: 2, minimum: 1, maximum: 4)
        tally.add([4, 2])
        let r = SurveyResult.compute(tally, definition: d, weights: d.weightProfiles[0], rule: d.indexRules[0])
        #expect(r.index == Number(text: "3.5"))
    }

    @Test func formulasMayOnlyReferToTheMean() {
        let text = Self.minimal.replacingOccurrences(of: "formula: mean", with: "formula: 4 * rerata / 6")
        #expect(diagnostics(text).contains("s.yaml:30:20: error: the formula refers to 'rerata'; only 'mean' are known here"))
    }

    @Test func itemProblems() {
        var text = Self.minimal.replacingOccurrences(of: "  - code: B\n", with: "  - code: A\n")
        #expect(diagnostics(text).contains("s.yaml:15:11: error: code 'A' is already used; codes must be unique"))
        text = Self.minimal.replacingOccurrences(of: "    text: Pertanyaan satu\n", with: "    text: Pertanyaan satu\n    options: [Buruk, Baik]\n")
        #expect(diagnostics(text).contains("error: 'options' needs 4 labels, one for each value from 1 to 4; it has 2"))
        text = Self.minimal.replacingOccurrences(of: "    title: Dua\n", with: "    title: Pertanyaan satu\n")
        #expect(diagnostics(text).contains("error: the column name 'Pertanyaan satu' matches both item 'A' and item 'B'"))
    }

    @Test func scaleLabelsMayNotNameTwoValues() {
        let text = Self.minimal.replacingOccurrences(of: "  max: 4\n", with: """
              max: 4
              options:
                - value: 1
                  label: Buruk
                - value: 4
                  label: Baik
                  aliases: [buruk]

            """)
        #expect(diagnostics(text).contains("error: 'buruk' names two values of the scale (1 and 4)"))
    }

    @Test func defaultsMustName() {
        var text = Self.minimal.replacingOccurrences(of: "  default: sama\n", with: "  default: sam\n")
        #expect(diagnostics(text).contains("s.yaml:19:12: error: there is no weight profile 'sam'; did you mean 'sama'?"))
        text = Self.minimal.replacingOccurrences(of: "  default: rata\n", with: "  default: median\n")
        #expect(diagnostics(text).contains("s.yaml:26:12: error: there is no index rule 'median'"))
    }

    @Test func bandsGoDownAndConvertedBandsNeedAConversion() {
        let text = Self.minimal + """
            bands:
              on: converted
              grade_title: Mutu
              label_title: Kinerja
              levels:
                - min: 2
                  grade: B
                  label: Baik
                - min: 3
                  grade: A
                  label: Sangat baik

            """
        let rendered = diagnostics(text)
        #expect(rendered.contains("s.yaml:32:7: error: 'on: converted' needs a 'converted' section"))
        #expect(rendered.contains("s.yaml:39:12: error: levels go from the highest down: 3 must be below 2"))
    }

    @Test func feedsAndSampleSizeAreChecked() {
        let text = Self.minimal + """
            sample_size:
              method: cochran
              chi_square: 3.841
              proportion: 1.5
              margin: 0.05
            feeds:
              questionnaire: lke-zi-2021
              min_months: 0

            """
        let rendered = diagnostics(text)
        #expect(rendered.contains("error: 'method' is 'cochran'; it must be one of: krejcie-morgan"))
        #expect(rendered.contains("error: 'proportion' must be above 0 and below 1"))
        #expect(rendered.contains("error: 'feeds' is missing the required key 'code'"))
        #expect(rendered.contains("error: 'min_months' must be a whole number from 1 to 120"))
    }

    @Test func profileAttributesNeedColumnsAndKeepValuesAndBinsApart() {
        let text = Self.minimal + """
            respondents:
              date: [Tanggal]
              profile:
                - id: usia
                  title: Usia
                  bins: [30, 20]
                - id: kelamin
                  title: Jenis kelamin
                  columns: [Jenis kelamin]
                  values:
                    - label: Laki-laki
                      aliases: [L]
                    - label: Lainnya
                      aliases: [l]

            """
        let rendered = diagnostics(text)
        #expect(rendered.contains("error: attribute 'usia' needs 'columns' (the column names that hold it)"))
        #expect(rendered.contains("error: 'bins' must be rising positive whole numbers, not '20'"))
        #expect(rendered.contains("error: 'l' names two values of attribute 'kelamin' ('Laki-laki' and 'Lainnya')"))
    }
}
