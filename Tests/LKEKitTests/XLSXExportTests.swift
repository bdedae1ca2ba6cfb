import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The workbook export: golden XML parts, formulas that recalculate to the score card's numbers (with a small
/// evaluator, after answers are changed in the workbook), escaping, determinism, and the batch workbook.
@Suite struct XLSXExportTests {
    /// A small definition that uses every kind of row and rule: a choice scale with a label and an alias, a mean
    /// node, a weighted node with a number question, a computed question with a derived row and a zero policy
    /// by numerator, a group, and predicates with each kind of rule.
    static let miniDefinition = """
        format: lke/1
        kind: lke
        id: mini
        title: Mini <LKE> & "uji"
        version: "1"
        language: id
        rounding: {decimals: 2, mode: half-away-from-zero}
        scales:
          - id: yt
            title: Ya/Tidak
            options:
              - code: Ya
                label: Ya
                value: 1
                aliases: [Y]
              - code: Tidak
                label: Tidak
                value: 0
          - id: abc
            title: A/B/C
            options:
              - code: A
                label: Baik
                value: 1
              - code: B
                label: Cukup
                value: 0.5
              - code: C
                label: Kurang
                value: 0
        tree:
          code: TOTAL
          title: Nilai Total
          weight: 10
          children:
            - code: P
              title: Pengungkit
              weight: 6
              children:
                - code: P.1
                  title: Satu
                  weight: 3
                  questions:
                    - code: P.1.a
                      text: Ada SK
                      type: choice
                      scale: yt
                      condition: Ya, jika ada SK.
                    - code: P.1.b
                      text: Mutu
                      type: choice
                      scale: abc
                      criteria:
                        A: Baik sekali
                        B: Sedang
                        C: Belum
                    - code: P.1.c
                      text: Penurunan
                      type: computed
                      inputs:
                        - code: P.1.c.1
                          label: Tahun lalu
                        - code: P.1.c.2
                          label: Tambahan
                        - code: P.1.c.3
                          label: Tahun ini
                          max: 500
                      derived:
                        - code: P.1.c.dasar
                          label: Dasar
                          formula: P.1.c.1 + P.1.c.2
                      formula: (P.1.c.dasar - P.1.c.3) / P.1.c.dasar
                      clamp: [0, 1]
                      zero_denominator:
                        numerator_zero: 1
                        otherwise: 0
                      explanation: Penurunan dibagi dasar
                - code: P.2
                  title: Dua
                  weight: 3
                  questions:
                    - code: P.2.a
                      text: Capaian
                      type: computed
                      inputs:
                        - code: P.2.a.1
                          label: Sasaran
                        - code: P.2.a.2
                          label: Tercapai
                      formula: P.2.a.2 / P.2.a.1
                      clamp: [0, 1]
                      zero_denominator: unanswered
            - code: H
              title: Hasil
              weight: 4
              aggregate: weighted
              questions:
                - code: H.a
                  text: Indeks
                  type: number
                  weight: 4
                  min: 0
                  max: 4
                  decimals: 2
                  value: x / 4
        groups:
          - code: G
            title: Gabungan
            children:
              - code: G.1
                title: Bagian satu
                weight: 3
                sum: [P.1]
              - code: G.2
                title: Bagian dua
                weight: 3
                sum: [P.2]
        predicates:
          - id: baik
            title: Baik
            rules:
              - id: total
                title: Nilai total
                node: TOTAL
                min_score: 6
              - id: bagian
                title: Tiap bagian
                each_child_of: G
                min_percent: 50
              - id: p
                title: Pengungkit
                node: P
                min_percent: 40
            prerequisites:
              - id: opini
                text: Opini WTP
          - id: prima
            title: Prima
            stricter_than: baik
            rules:
              - id: total
                title: Nilai total
                node: TOTAL
                min_score: 8
              - id: bagian
                title: Tiap bagian
                each_child_of: G
                min_percent: 75
              - id: p
                title: Pengungkit
                node: P
                min_percent: 60
              - id: indeks
                title: Indeks
                node: H.a
                min_score: 3
              - id: lalu
                title: Sudah baik
                requires_predicate: baik
            prerequisites:
              - id: opini
                text: Opini WTP
              - id: lama
                text: Sudah dua tahun

        """

    static let library: QuestionnaireLibrary = {
        let outcome = QuestionnaireLoader().load(SourceFile(path: "mini.yaml", text: miniDefinition))
        guard let q = outcome.questionnaire else { fatalError("the mini definition does not load: \(outcome.diagnostics)") }
        var library = QuestionnaireLibrary(includeBundled: false)
        library.add(q)
        return library
    }()

    static func miniCard(_ answers: String, header: String = "") throws -> ScoreCard {
        let text = "questionnaire: mini\nunit: Unit <Uji> & \"Co\"\ninstansi: Instansi Uji\nperiod: \"2026\"\nlayer: self\n" + header + "answers:\n" + answers
        let outcome = AnswerSheetLoader(library: library).load(SourceFile(path: "mini-jawaban.yaml", text: text))
        #expect(!outcome.diagnostics.hasErrors, "\(DiagnosticRenderer(language: .en, sources: [SourceFile(path: "mini-jawaban.yaml", text: text)]).render(outcome.diagnostics))")
        return Scorer.score(try #require(outcome.answers))
    }

    static let miniAnswers = """
          P.1.a:
            value: y
            note: "=HYPERLINK(\\"http://x\\") <b>tebal</b> & kontrol"
            evidence:
              - https://drive.example.go.id/bukti uji/ñ.pdf
              - bukti/lokal.pdf
          P.1.b: Cukup
          P.1.c.1: 0
          P.1.c.2: 0
          P.1.c.3: 0
          P.2.a.1: 3
          P.2.a.2: 2
          H.a: 3.61

        """

    static func parts(_ cards: [ScoreCard], language: Language = .id) -> [(path: String, text: String)] {
        XLSXReport(options: ReportOptions(language: language)).parts(cards)
    }

    /// All parts of a workbook as one text, for a golden file.
    static func joined(_ parts: [(path: String, text: String)]) -> String {
        parts.map { "=== \($0.path) ===\n" + $0.text.replacingOccurrences(of: "><", with: ">\n<") + "\n" }.joined()
    }

    @Test func goldenPartsOfTheMiniWorkbook() throws {
        let card = try Self.miniCard(Self.miniAnswers, header: "predicate: baik\neligibility:\n  opini: ya\n  lama: tidak\n")
        assertSnapshot(Self.joined(Self.parts([card])), named: "xlsx-mini.id.txt")
        assertSnapshot(Self.joined(Self.parts([card], language: .en)), named: "xlsx-mini.en.txt")
    }

    @Test func theExampleHasTheSheetsAndColumnsOfTheMinistryWorksheet() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        let book = XLSXWorkbookReader(parts: Self.parts([card]))
        #expect(book.sheetNames == ["LKE", "Ringkasan", "Skala"])
        let titles = (1...10).map { book.cell("LKE", XLSXWorkbookReader.name($0, 1))?.written }
        #expect(titles == ["Kode", "Komponen/Pertanyaan", "Bobot", "Penjelasan", "Pilihan Jawaban", "Jawaban", "Nilai", "%", "Catatan", "Eviden"].map { .text($0) })
        // One row per node, question, input and derived row, in the definition's order, each with its code.
        var expected: [String] = []
        func visit(_ node: Node) {
            expected.append(node.code)
            node.children.forEach(visit)
            for question in node.questions {
                expected.append(question.code)
                if case .computed(let spec) = question.kind { expected += spec.inputs.map(\.code) + spec.derived.map(\.code) }
            }
        }
        visit(card.questionnaire.tree)
        let codes = (2..<(expected.count + 2)).map { book.cell("LKE", "A\($0)")?.written }
        #expect(codes == expected.map { .text($0) })
        #expect(book.cell("LKE", "A\(expected.count + 2)") == nil)
    }

    /// Every formula of the workbook, recalculated, gives the score card's numbers, and the cached values are
    /// the same numbers.
    @Test func formulasRecalculateToTheScoreCard() throws {
        var cards = [try ReportFixtures.example("kantor-contoh")]
        let generator = AnswerFileGenerator(questionnaire: Fixtures.lke, seed: 77)
        for index in 0..<12 { cards.append(try ReportFixtures.card(generator.text(forUnit: index), path: "unit-\(index).yaml")) }
        for card in cards {
            let book = XLSXWorkbookReader(parts: Self.parts([card]))
            let compared = Self.compare(book, card, recalculated: true)
            #expect(compared > 300, "\(card.answers.sheet.path)")
            _ = Self.compare(book, card, recalculated: false)
        }
    }

    /// Answers changed in the workbook (other options in another letter case, blanks, other counts and indices)
    /// recompute to what `lke` gives for an answer file with the same answers.
    @Test func changedAnswersRecompute() throws {
        var rng = SeededGenerator(seed: 13)
        for round in 0..<6 {
            let before = try ReportFixtures.card(Fixtures.sheet(Fixtures.randomAnswers(&rng, fill: 0.8)))
            var changed = Fixtures.randomAnswers(&rng, fill: 0.8)
            if round % 2 == 0 {
                // Zero counts: every zero-denominator policy.
                for code in changed.keys where code.hasPrefix("A.II.") && code.split(separator: ".").count == 6 { changed[code] = "0" }
            }
            let after = try ReportFixtures.card(Fixtures.sheet(changed))
            let book = XLSXWorkbookReader(parts: Self.parts([before]))
            Self.type(after, into: book, lowercase: round % 3 == 1)
            #expect(Self.compare(book, after, recalculated: true) > 300)
        }
    }

    @Test func miniEdgeCasesRecompute() throws {
        // Zero denominators: both counts zero (numerator zero too: 1), numerator not zero (0), unanswered policy.
        for counts in [("0", "0", "0"), ("0", "0", "2"), ("4", "0", "1"), ("1", "1", "9")] {
            for target in [("0", "0"), ("5", "4"), ("2", "9")] {
                let answers = "  P.1.a: Tidak\n  P.1.b: A\n  P.1.c.1: \(counts.0)\n  P.1.c.2: \(counts.1)\n  P.1.c.3: \(counts.2)\n"
                    + "  P.2.a.1: \(target.0)\n  P.2.a.2: \(target.1)\n  H.a: 3\n"
                let card = try Self.miniCard(answers, header: "predicate: prima\n")
                let book = XLSXWorkbookReader(parts: Self.parts([card]))
                #expect(Self.compare(book, card, recalculated: true) > 10)
            }
        }
        // Nothing answered: every value empty, every score 0.
        let empty = try Self.miniCard("")
        #expect(Self.compare(XLSXWorkbookReader(parts: Self.parts([empty])), empty, recalculated: true) > 10)
    }

    @Test func textFromTheAnswerFileIsEscapedAndNeverAFormula() throws {
        let card = try Self.miniCard(Self.miniAnswers)
        let parts = Self.parts([card])
        let all = parts.map(\.text).joined()
        #expect(!all.contains("<f>HYPERLINK"))
        #expect(!all.contains("<b>tebal"))
        #expect(!all.contains("\u{1}"))
        #expect(all.contains("=HYPERLINK(&quot;http://x&quot;) &lt;b&gt;tebal&lt;/b&gt; &amp; kontrol") || all.contains("=HYPERLINK(\"http://x\") &lt;b&gt;tebal&lt;/b&gt; &amp; kontrol"))
        // The URL is a link with the characters a URI may not hold encoded; the local path is text.
        let rels = try #require(parts.first { $0.path == "xl/worksheets/_rels/sheet1.xml.rels" }).text
        #expect(rels.contains("Target=\"https://drive.example.go.id/bukti%20uji/%C3%B1.pdf\" TargetMode=\"External\""))
        #expect(!rels.contains("lokal.pdf"))
        let book = XLSXWorkbookReader(parts: parts)
        #expect(book.value("Ringkasan", "C4") == .text("Unit <Uji> & \"Co\""))
    }

    @Test func theSameCardGivesTheSameBytes() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        let writer = XLSXReport(options: ReportOptions())
        #expect(writer.render(card) == writer.render(card))
        guard case .binary(let data) = writer.render(card) else { Issue.record("not binary"); return }
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(XLSXReport.isBinary && ReportFormats.inferred(fromPath: "Laporan.XLSX") == XLSXReport.self)
    }

    @Test func severalCardsGetNumberedSheets() throws {
        let a = try ReportFixtures.example("kantor-contoh")
        let b = try ReportFixtures.card(AnswerFileGenerator(questionnaire: Fixtures.lke, seed: 3).text(forUnit: 1))
        let book = XLSXWorkbookReader(parts: Self.parts([a, b]))
        #expect(book.sheetNames == ["LKE", "Ringkasan", "Skala", "LKE 2", "Ringkasan 2", "Skala 2"])
        #expect(Self.compare(book, b, recalculated: true, suffix: " 2") > 300)
    }

    // MARK: - Comparison

    /// Compares every number of the sheets with the card (to the declared decimals); returns how many values
    /// were compared. `recalculated: false` compares the cached values instead.
    @discardableResult
    static func compare(_ book: XLSXWorkbookReader, _ card: ScoreCard, recalculated: Bool, suffix: String = "",
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        let lke = "LKE" + suffix, summary = "Ringkasan" + suffix
        var compared = 0
        func read(_ sheet: String, _ ref: String) -> XLSXWorkbookReader.Value {
            recalculated ? book.value(sheet, ref) : (book.cell(sheet, ref)?.written ?? .empty)
        }
        func rounded(_ v: XLSXWorkbookReader.Value, times: Double = 1) -> Number? {
            guard case .number(let n) = v else { return nil }
            return Number(scientific: String(format: "%.15g", n * times))!.rounded(places: card.questionnaire.rounding.decimals, .halfAwayFromZero)
        }
        func check(_ label: String, _ actual: Number?, _ expected: Number?) {
            compared += 1
            #expect(actual == expected.map(card.rounded), "\(card.answers.sheet.path) \(label): workbook \(String(describing: actual)), lke \(String(describing: expected))",
                    sourceLocation: sourceLocation)
        }
        func verdict(_ code: String, _ value: XLSXWorkbookReader.Value, _ met: Bool) {
            compared += 1
            let mark: Character = met ? "✓" : "✗"
            #expect(value == .text(String(mark) + (met ? " memenuhi" : " tidak memenuhi")) || {
                if case .text(let t) = value { return t.first == mark }
                return false
            }(), "\(card.answers.sheet.path) \(code) verdict: \(value), met \(met)", sourceLocation: sourceLocation)
        }
        var row = 2
        while case .text(let code)? = book.cell(lke, "A\(row)")?.written {
            if let node = card.nodes[code] {
                check("\(code) Nilai", rounded(read(lke, "G\(row)")), node.score)
                check("\(code) %", rounded(read(lke, "H\(row)"), times: 100), node.percent)
            } else if let question = card.questions[code] {
                check("\(code) Nilai", rounded(read(lke, "G\(row)")), question.score)
                check("\(code) value", rounded(read(lke, "H\(row)"), times: 100), question.value.map { $0 * 100 })
                check("\(code) Bobot", rounded(read(lke, "C\(row)")), question.maximum)
            } else if let derived = card.questions.values.lazy.compactMap({ $0.derived[code] }).first {
                check("\(code) Jawaban", rounded(read(lke, "F\(row)")), derived)
            }
            row += 1
        }
        var r = 1
        while r < 400 {
            if case .text(let code)? = book.cell(summary, "A\(r)")?.written {
                if let node = card.node(code), book.cell(summary, "D\(r)")?.formula != nil {
                    check("Ringkasan \(code) Nilai", rounded(read(summary, "D\(r)")), node.score)
                    check("Ringkasan \(code) %", rounded(read(summary, "E\(r)"), times: 100), node.percent)
                }
                for predicate in card.predicates {
                    if code == predicate.id { verdict(code, read(summary, "G\(r)"), predicate.met) }
                    for rule in predicate.rules {
                        if code == predicate.id + "." + rule.id {
                            if let actual = rule.actual { check("Ringkasan \(code) Capaian", rounded(read(summary, "E\(r)")), actual) }
                            verdict(code, read(summary, "G\(r)"), rule.met)
                        }
                        for child in rule.children where code == predicate.id + "." + rule.id + "." + child.code {
                            check("Ringkasan \(code) Capaian", rounded(read(summary, "E\(r)")), child.actual)
                            verdict(code, read(summary, "G\(r)"), child.met)
                        }
                    }
                }
            }
            r += 1
        }
        return compared
    }

    /// Types the answers of `card` into the workbook's Jawaban cells (options, counts, indices), emptying the
    /// ones `card` leaves unanswered.
    static func type(_ card: ScoreCard, into book: XLSXWorkbookReader, lowercase: Bool) {
        let answers = card.answers
        var row = 2
        while case .text(let code)? = book.cell("LKE", "A\(row)")?.written {
            let cell = "F\(row)"
            if let question = card.questionnaire.question(code) {
                switch question.kind {
                case .choice:
                    let option = answers.choices[code]?.code
                    book.set("LKE", cell, option.map { .text(lowercase ? " " + $0.lowercased() : $0) } ?? .empty)
                case .number:
                    book.set("LKE", cell, answers.numbers[code].map { .number(Double($0.description)!) } ?? .empty)
                case .computed:
                    break
                }
            } else if card.questionnaire.inputOwner[code] != nil {
                book.set("LKE", cell, answers.inputs[code].map { .number(Double($0.description)!) } ?? .empty)
            }
            row += 1
        }
    }
}
