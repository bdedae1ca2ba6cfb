import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

@Suite struct AnswerSheetWriterTests {
    static let location = SourceLocation(path: "t.yaml", line: 0, column: 0)

    static func entry(_ code: String, _ value: String?, note: String? = nil, evidence: [String] = []) -> AnswerSheet.Entry {
        AnswerSheet.Entry(code: code, value: value, note: note, evidence: evidence, location: location)
    }

    @Test func writesTheCanonicalLayout() {
        var sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: "Kantor Uji", instansi: "Kementerian Contoh", period: "2026",
                                layer: "self", assessor: "Tim Kerja", predicate: "wbk",
                                eligibility: ["tlhp": false, "opini-bpk": true], eligibilityOrder: ["opini-bpk", "tlhp"])
        sheet.entries = [
            Self.entry("B.I.a", "3.62"),
            Self.entry("A.I.1.i.b", "A", note: "Seleksi terbuka: semua unsur", evidence: ["bukti/a.pdf", "https://contoh.go.id/b"]),
            Self.entry("A.II.5.iii.a", nil, note: "data diverifikasi"),
            Self.entry("A.II.5.iii.a.1", "1"),
            Self.entry("A.I.1.i.a", "Ya"),
        ]
        let expected = """
        questionnaire: lke-zi-2021
        unit: Kantor Uji
        instansi: Kementerian Contoh
        period: "2026"
        layer: self
        assessor: Tim Kerja
        predicate: wbk
        eligibility:
          opini-bpk: ya
          tlhp: tidak
        answers:
          A.I.1.i.a: Ya
          A.I.1.i.b:
            value: A
            note: "Seleksi terbuka: semua unsur"
            evidence:
              - bukti/a.pdf
              - https://contoh.go.id/b
          A.II.5.iii.a:
            note: data diverifikasi
          A.II.5.iii.a.1: 1
          B.I.a: 3.62

        """
        #expect(AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke) == expected)
    }

    @Test func anEmptySheetHasAnEmptyAnswersMapping() {
        let sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: "Unit")
        let text = AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke)
        #expect(text == "questionnaire: lke-zi-2021\nunit: Unit\nanswers: {}\n")
        let outcome = Fixtures.answers(text)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.answers?.answeredQuestionCount == 0)
    }

    @Test func unknownCodesFollowTheWorksheetInFileOrder() {
        var sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: "Unit")
        sheet.entries = [Self.entry("Z.9", "1"), Self.entry("B.II.a", "3"), Self.entry("X.1", "2"), Self.entry("A.I.1.i.a", "Ya")]
        let text = AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke)
        #expect(text.hasSuffix("answers:\n  A.I.1.i.a: Ya\n  B.II.a: 3\n  Z.9: 1\n  X.1: 2\n"))
        // Without a questionnaire the file order stays.
        let plain = AnswerSheetWriter.text(of: sheet, questionnaire: nil)
        #expect(plain.hasSuffix("answers:\n  Z.9: 1\n  B.II.a: 3\n  X.1: 2\n  A.I.1.i.a: Ya\n"))
    }

    @Test func anEntryWithNothingIsAnEmptyMapping() {
        var sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: "Unit")
        sheet.entries = [Self.entry("A.I.1.i.a", nil)]
        let text = AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke)
        #expect(text.hasSuffix("answers:\n  A.I.1.i.a: {}\n"))
        let reloaded = Fixtures.answers(text)
        #expect(reloaded.sheet?.entries.count == 1)
        #expect(reloaded.sheet?.entries.first?.value == nil)
    }

    @Test(arguments: [
        ("Kantor Uji", false, "Kantor Uji"),
        ("2026", false, "\"2026\""),
        ("3.62", true, "3.62"),
        ("12", true, "12"),
        ("-1", true, "-1"),
        ("010", true, "\"010\""),
        ("1e3", true, "\"1e3\""),
        ("0x1F", true, "\"0x1F\""),
        ("1_000", true, "\"1_000\""),
        ("3,62", true, "\"3,62\""),
        (".5", true, "\".5\""),
        ("2026-01-06", false, "\"2026-01-06\""),
        ("Y", true, "\"Y\""),
        ("n", true, "\"n\""),
        ("yes", false, "\"yes\""),
        ("No", true, "\"No\""),
        ("on", false, "\"on\""),
        ("OFF", false, "\"OFF\""),
        ("true", false, "\"true\""),
        ("null", false, "\"null\""),
        ("~", false, "\"~\""),
        ("Ya", true, "Ya"),
        ("Tidak", true, "Tidak"),
        ("a: b", false, "\"a: b\""),
        ("akhir:", false, "\"akhir:\""),
        ("teks # bukan komentar", false, "\"teks # bukan komentar\""),
        ("A#1", false, "A#1"),
        ("https://contoh.go.id/a?b=c", false, "https://contoh.go.id/a?b=c"),
        ("- butir", false, "\"- butir\""),
        ("[x]", false, "\"[x]\""),
        ("'kutip'", false, "\"'kutip'\""),
        ("kata \"kutip\"", false, "kata \"kutip\""),
        (" spasi", false, "\" spasi\""),
        ("spasi ", false, "\"spasi \""),
        ("", false, "\"\""),
        ("baris\nbaris", false, "\"baris\\nbaris\""),
        ("tab\there", false, "\"tab\\there\""),
        ("garis\\miring", false, "garis\\miring"),
        // What the reader would refuse even escaped is never written: line breaks of other kinds become a line
        // feed, other control characters are left out (docs/format.md §1).
        ("bel\u{07}", false, "\"bel\""),
        ("pemisah\u{2028}baris", false, "\"pemisah\\nbaris\""),
        ("windows\r\nbaris\rlama", false, "\"windows\\nbaris\\nlama\""),
        ("warna \u{1B}[31mmerah\u{1B}[0m\u{FEFF}", false, "\"warna [31mmerah[0m\""),
        ("Sekolah Menengah – café ✓", false, "Sekolah Menengah – café ✓"),
    ])
    func quotesScalarsOnlyWhenNeeded(text: String, allowsNumber: Bool, expected: String) {
        var sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: text.isEmpty ? "u" : text)
        sheet.entries = [Self.entry("A.I.1.i.a", allowsNumber ? text : "Ya", note: allowsNumber ? nil : text)]
        let written = AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke)
        let line = allowsNumber ? "  A.I.1.i.a: \(expected)\n" : "    note: \(expected)\n"
        #expect(written.contains(line), "\(written)")
        let outcome = Fixtures.answers(written)
        #expect(outcome.sheet != nil)
        #expect(!outcome.diagnostics.contains { $0.message.en.hasPrefix("the escape") || $0.message.en.hasPrefix("control character") },
                "\(outcome.diagnostics)")
        let reloaded = outcome.sheet
        #expect(reloaded?.entries.first?.value == (allowsNumber ? text : "Ya"))
        if !allowsNumber {
            // Read back as written: the text itself, less what the format cannot hold.
            let expectedNote = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .replacingOccurrences(of: "\u{2028}", with: "\n").unicodeScalars.filter { $0 == "\n" || $0 == "\t" || !($0.value < 0x20 || $0.value == 0xFEFF) }
            #expect(reloaded?.entries.first?.note == String(String.UnicodeScalarView(expectedNote)))
        }
    }

    @Test func keysThatAreNotCodesAreSingleQuoted() {
        var sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: "u", eligibility: ["yes": true, "it's: odd": false])
        sheet.entries = [Self.entry("kode aneh: #1", "x"), Self.entry("010", "1")]
        let text = AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke)
        #expect(text.contains("  'yes': ya\n"))
        #expect(text.contains("  'it''s: odd': tidak\n"))
        #expect(text.contains("  'kode aneh: #1': x\n"))
        #expect(text.contains("  '010': 1\n"))
        let reloaded = Fixtures.answers(text).sheet
        #expect(reloaded?.entries.map(\.code) == ["kode aneh: #1", "010"])
        #expect(reloaded?.eligibility == ["yes": true, "it's: odd": false])
    }

    /// The shipped examples survive a rewrite: same metadata, same entries, and rewriting again changes nothing.
    @Test(arguments: ["examples/kantor-contoh.yaml", "examples/draf-belum-lengkap.yaml"])
    func examplesRoundTrip(path: String) throws {
        let loader = AnswerSheetLoader(library: Fixtures.library)
        let original = try #require(loader.load(path: ProjectPaths.path(path)).sheet)
        let text = AnswerSheetWriter.text(of: original, questionnaire: Fixtures.lke)
        let outcome = loader.load(SourceFile(path: path, text: text))
        #expect(!outcome.diagnostics.hasErrors, "\(Fixtures.render(outcome.diagnostics, text, path: path))")
        let reloaded = try #require(outcome.sheet)
        #expect(Self.metadata(reloaded) == Self.metadata(original))
        #expect(Self.entries(reloaded).sorted { $0.code < $1.code } == Self.entries(original).sorted { $0.code < $1.code })
        #expect(AnswerSheetWriter.text(of: reloaded, questionnaire: Fixtures.lke) == text)
        let before = Scorer.score(try #require(loader.load(path: ProjectPaths.path(path)).answers))
        let after = Scorer.score(try #require(outcome.answers))
        #expect(before.total.score == after.total.score)
    }

    // MARK: - Property: random sheets

    struct EntryValue: Equatable { var code: String; var value: String?; var note: String?; var evidence: [String] }

    static func entries(_ sheet: AnswerSheet) -> [EntryValue] {
        sheet.entries.map { EntryValue(code: $0.code, value: $0.value, note: $0.note, evidence: $0.evidence) }
    }

    /// Entries in worksheet order, unknown codes after the known ones in their own order.
    static func worksheetOrder(_ entries: [EntryValue]) -> [EntryValue] {
        let codes = Fixtures.lke.answerCodes
        let known = codes.compactMap { code in entries.first { $0.code == code } }
        return known + entries.filter { !codes.contains($0.code) }
    }

    static func metadata(_ sheet: AnswerSheet) -> [String] {
        [sheet.questionnaireID, sheet.unit, sheet.instansi ?? "<nil>", sheet.period ?? "<nil>", sheet.layer ?? "<nil>",
         sheet.assessor ?? "<nil>", sheet.predicate ?? "<nil>",
         sheet.eligibility.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")]
    }

    /// Pieces that stress quoting: indicators, reserved words, numbers, comments, escapes, non-ASCII. No control
    /// character but tab and line feed: no file can hold one, raw or escaped (docs/format.md §1).
    static let pieces = ["Ya", "tidak", "A", "no", "Y", "on", "null", "~", "3.62", "010", "1e3", "-", "- ", "? ", ": ", ":", "#", " #",
                         "'", "\"", "\\", "[", "]", "{", "}", ",", "&a", "*b", "!t", "|", ">", "%", "@", "`", "\n", "\t", " ", "  ",
                         "\u{A0}", "é", "✓", "日本", "😀", "Kantor", "SK-04/2026", "https://x.go.id/a",
                         "2026-01-06", "0x1F", "+1", ".5", "---", "...", "<<", "="]

    static func randomText(_ rng: inout SeededGenerator, allowEmpty: Bool = true) -> String {
        var text = ""
        for _ in 0..<Int.random(in: (allowEmpty ? 0 : 1)...5, using: &rng) { text += pieces.randomElement(using: &rng)! }
        if !allowEmpty, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { text = "x" + text }
        return text
    }

    /// Codes for random keys: known ones, plain unknown ones, and ones that need quotes (never multi-line).
    static func randomKey(_ rng: inout SeededGenerator) -> String {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0, 1: return Fixtures.lke.answerCodes.randomElement(using: &rng)!
        case 2: return "X.\(Int.random(in: 1...99, using: &rng))"
        default:
            let parts = ["kode", " ", ":", "#", "'", "yes", "010", "é", "-", "?"]
            return (0..<Int.random(in: 1...4, using: &rng)).map { _ in parts.randomElement(using: &rng)! }.joined()
        }
    }

    static func randomSheet(_ rng: inout SeededGenerator) -> AnswerSheet {
        var sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: randomText(&rng, allowEmpty: false))
        if Bool.random(using: &rng) { sheet.instansi = randomText(&rng, allowEmpty: false) }
        if Bool.random(using: &rng) { sheet.period = randomText(&rng, allowEmpty: false) }
        if Bool.random(using: &rng) { sheet.layer = AnswerSheetLoader.layers.randomElement(using: &rng) }
        if Bool.random(using: &rng) { sheet.assessor = randomText(&rng, allowEmpty: false) }
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
            let id = randomKey(&rng)
            if sheet.eligibility[id] == nil { sheet.eligibilityOrder.append(id) }
            sheet.eligibility[id] = Bool.random(using: &rng)
        }
        var used = Set<String>()
        for _ in 0..<Int.random(in: 0...12, using: &rng) {
            let code = randomKey(&rng)
            guard used.insert(code).inserted else { continue }
            let value: String? = Int.random(in: 0..<5, using: &rng) == 0 ? nil : randomText(&rng)
            let note: String? = Bool.random(using: &rng) ? randomText(&rng) : nil
            let evidence = (0..<Int.random(in: 0...2, using: &rng)).map { _ in randomText(&rng, allowEmpty: false) }
            sheet.entries.append(entry(code, value, note: note, evidence: evidence))
        }
        return sheet
    }

    @Test func randomSheetsReloadToTheSameEntries() throws {
        var rng = SeededGenerator(seed: 20_260_105)
        for _ in 0..<300 {
            let sheet = Self.randomSheet(&rng)
            let text = AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke)
            let (_, yamlProblems) = YAMLParser.parse(SourceFile(path: "r.yaml", text: text))
            #expect(!yamlProblems.hasErrors, "\(Fixtures.render(yamlProblems, text, path: "r.yaml"))")
            let reloaded = try #require(Fixtures.answers(text, path: "r.yaml").sheet, "\(text)")
            #expect(Self.entries(reloaded) == Self.worksheetOrder(Self.entries(sheet)), "\(text)")
            #expect(Self.metadata(reloaded) == Self.metadata(sheet), "\(text)")
            #expect(reloaded.eligibilityOrder.filter { sheet.eligibility[$0] != nil } == sheet.eligibilityOrder, "\(text)")
        }
    }

    // MARK: - Property: another YAML reader

    static let pythonYAML: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import yaml"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// PyYAML (a YAML 1.1 reader) reads every written file to the same tree of strings (BaseLoader), and its
    /// typing loader (SafeLoader) sees text everywhere except plain decimal answer values, which it reads as the
    /// same numbers: no booleans, nulls, dates or octal numbers sneak in.
    @Test(.enabled(if: pythonYAML, "python3 with PyYAML is not installed; the comparison with another YAML reader is skipped"))
    func pyYAMLReadsTheSameTree() throws {
        var rng = SeededGenerator(seed: 7_117)
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var expected: [String] = []
        for index in 0..<200 {
            let text = AnswerSheetWriter.text(of: Self.randomSheet(&rng), questionnaire: Fixtures.lke)
            try Data(text.utf8).write(to: directory.appendingPathComponent(String(format: "%03d.yaml", index)))
            let root = try #require(YAMLParser.parse(SourceFile(path: "r.yaml", text: text)).root)
            expected.append(root.canonical)
        }
        let script = #"""
        import sys, os, yaml, json
        def canon(v):
            if isinstance(v, str):
                return '"' + v.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'
            if isinstance(v, list):
                return '[' + ', '.join(canon(x) for x in v) + ']'
            if isinstance(v, dict):
                return '{' + ', '.join(canon(k) + ': ' + canon(x) for k, x in v.items()) + '}'
            raise Exception('not a string: %r' % (v,))
        def typed(v, path, problems):
            if isinstance(v, dict):
                for k, x in v.items():
                    if not isinstance(k, str): problems.append('key %r at %s' % (k, path))
                    typed(x, path + [k], problems)
            elif isinstance(v, list):
                for x in v: typed(x, path + ['-'], problems)
            elif isinstance(v, str):
                pass
            elif isinstance(v, (int, float)) and not isinstance(v, bool) and len(path) >= 2 and path[0] == 'answers' and (len(path) == 2 or path[2:] == ['value']):
                pass
            else:
                problems.append('%r at %s' % (v, path))
        folder = sys.argv[1]
        for name in sorted(os.listdir(folder)):
            text = open(os.path.join(folder, name), encoding='utf-8').read()
            base = yaml.load(text, Loader=yaml.BaseLoader)
            problems = []
            typed(yaml.safe_load(text), [], problems)
            print(json.dumps({'canonical': canon(base), 'problems': problems}))
        """#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, directory.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(errors)")
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == expected.count)
        for (index, line) in lines.enumerated() where index < expected.count {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["canonical"] as? String == expected[index], "file \(index)")
            #expect((object["problems"] as? [String])?.isEmpty == true, "file \(index): \(object["problems"] ?? "")")
        }
    }
}

@Suite struct AnswerSheetEditingTests {
    @Test func setValueReplacesOrAppendsAndClearingRemovesEmptyEntries() {
        var sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: "u", path: "u.yaml")
        sheet.setValue("Ya", for: "A.I.1.i.a")
        sheet.setValue("B", for: "A.I.1.i.b")
        sheet.setValue("Tidak", for: "A.I.1.i.a")
        #expect(sheet.entries.map(\.code) == ["A.I.1.i.a", "A.I.1.i.b"])
        #expect(sheet.entry("A.I.1.i.a")?.value == "Tidak")
        #expect(sheet.entry("A.I.1.i.a")?.location.path == "u.yaml")
        sheet.setValue(nil, for: "A.I.1.i.b")
        #expect(sheet.entry("A.I.1.i.b") == nil)
        sheet.setValue(nil, for: "B.I.a")
        #expect(sheet.entries.count == 1)
    }

    @Test func notesAndEvidenceKeepTheEntryAlive() {
        var sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: "u")
        sheet.setNote("catatan", for: "A.II.5.iii.a")
        #expect(sheet.entry("A.II.5.iii.a")?.note == "catatan")
        let first = sheet.addEvidence("a.pdf", for: "A.II.5.iii.a")
        let again = sheet.addEvidence("a.pdf", for: "A.II.5.iii.a")
        let second = sheet.addEvidence("b.pdf", for: "A.II.5.iii.a")
        #expect(first && !again && second)
        #expect(sheet.entry("A.II.5.iii.a")?.evidence == ["a.pdf", "b.pdf"])
        sheet.setNote(nil, for: "A.II.5.iii.a")
        #expect(sheet.entry("A.II.5.iii.a")?.note == nil)
        #expect(sheet.entry("A.II.5.iii.a")?.evidence.count == 2)
        sheet.setValue("Ya", for: "A.I.1.i.a")
        sheet.setNote("n", for: "A.I.1.i.a")
        sheet.setValue(nil, for: "A.I.1.i.a")
        #expect(sheet.entry("A.I.1.i.a")?.note == "n")
    }
}
