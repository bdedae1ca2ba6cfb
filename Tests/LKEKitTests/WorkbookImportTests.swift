import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Imports of the workbooks made by scripts/make-xlsx-fixtures.py from the bundled example.
@Suite("WorkbookImport")
struct WorkbookImportTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.path("Tests/LKEKitTests/Fixtures/xlsx/\(name)"))))
    }

    static func read(_ name: String, sheet: String? = nil) throws -> WorkbookImport {
        try WorkbookImporter(library: Fixtures.library).read(try fixture(name), path: name, sheetName: sheet)
    }

    static let example: AnswerSheet = {
        let outcome = AnswerSheetLoader(library: Fixtures.library).load(path: ProjectPaths.path("examples/kantor-contoh.yaml"))
        return outcome.sheet!
    }()

    static func score(_ sheet: AnswerSheet) -> ScoreCard {
        let text = AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke)
        let outcome = Fixtures.answers(text)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        return Scorer.score(outcome.answers!)
    }

    static func messages(_ result: WorkbookImport, _ severity: Diagnostic.Severity) -> [String] {
        result.diagnostics.filter { $0.severity == severity }.map { $0.location + ": " + $0.message.en }
    }

    @Test func exportLayoutGivesTheExampleBack() throws {
        let result = try Self.read("kode-columns.xlsx")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.sheetName == "LKE")
        #expect(result.layout.column(.code) == 1 && result.layout.column(.answer) == 6)
        #expect(result.layout.columns[.evidence] == [10, 11, 12, 13])
        let sheet = result.sheet, example = Self.example
        #expect(sheet.unit == example.unit && sheet.instansi == example.instansi && sheet.period == example.period)
        #expect(sheet.layer == example.layer && sheet.assessor == example.assessor && sheet.predicate == example.predicate)
        #expect(sheet.eligibility == example.eligibility && sheet.eligibilityOrder == example.eligibilityOrder)
        #expect(sheet.entries.map(\.code) == example.entries.map(\.code))
        for (got, want) in zip(sheet.entries, example.entries) {
            #expect(got.value == want.value, "\(want.code)")
            #expect(got.note == want.note, "\(want.code)")
            #expect(got.evidence == want.evidence, "\(want.code)")
        }
        #expect(Self.score(sheet).total.score == Self.score(example).total.score)
        #expect(AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke) == AnswerSheetWriter.text(of: example, questionnaire: Fixtures.lke))
    }

    /// The export of the example with its cached results removed, recalculated and saved by LibreOffice
    /// (scripts/make-xlsx-fixtures.py): every cached number in it is LibreOffice's.
    @Test func exportRecalculatedByLibreOfficeMatchesTheScore() throws {
        let result = try Self.read("export-libreoffice.xlsx")
        // No warning: each of LibreOffice's node sums, percentages and subtotals equals lke's (2 decimals).
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.location + ": " + $0.message.en })")
        #expect(result.comparedCount >= Fixtures.lke.tree.allNodes.count + 8)
        let card = Self.score(result.sheet), expected = Self.score(Self.example)
        #expect(card.total.score == expected.total.score)
        #expect(card.predicates.map(\.met) == expected.predicates.map(\.met))
        for want in Self.example.entries {
            let got = result.sheet.entry(want.code)
            #expect(got?.value == want.value && got?.note == want.note && got?.evidence == want.evidence, "\(want.code)")
        }
        #expect(result.sheet.eligibility == Self.example.eligibility)
        #expect(result.sheet.unit == Self.example.unit && result.sheet.layer == Self.example.layer && result.sheet.period == Self.example.period)
    }

    /// What the quirky workbook changes from the example: the answers the unit typed differently or left out.
    static let quirkyChanges: [String: String?] = [
        "A.I.1.iii.c": nil, "A.I.2.i.b": nil, // rows deleted by the unit
        "A.I.2.ii.a": nil,                    // the type label left in place
        "A.II.1.i.a.1": "11", "A.II.1.i.a.2": "10",
    ]

    @Test func quirkyUnitWorkbook() throws {
        let result = try Self.read("unit-quirky.xlsx")
        #expect(Self.messages(result, .error).isEmpty, "\(Self.messages(result, .error))")
        #expect(result.sheetName == "LKE ZI")
        #expect(result.layout.headerRow == 2 && result.layout.firstDataRow == 3)
        #expect(result.layout.columns[.text] == Array(2...7))
        #expect(result.layout.columns[.evidence] == [17])
        let warnings = Self.messages(result, .warning)
        for expected in [
            "unit-quirky.xlsx:'LKE ZI'!K8: 'A.I.1.i.b': ' A' read as 'A'",
            "unit-quirky.xlsx:'LKE ZI'!K10: 'A.I.1.ii.a': 'ya' read as 'Ya'",
            "unit-quirky.xlsx:'LKE ZI'!K12: 'A.I.1.ii.c': 'b.' read as 'B'",
            "unit-quirky.xlsx:'LKE ZI'!K17: 'A.I.1.iv.a': 'YA' read as 'Ya'",
            "unit-quirky.xlsx:'LKE ZI'!K125: 'A.II.1.i.a.1': '11 orang' read as 11",
            "unit-quirky.xlsx:'LKE ZI'!K194: 'B.I.a': '3,62' read as 3.62",
            "unit-quirky.xlsx:'LKE ZI'!K124: 'A.II.1.i.a': the workbook holds 100.00 %, but lke computes 90.91 % from the same inputs",
        ] {
            #expect(warnings.contains(expected), "missing: \(expected)\n\(warnings.joined(separator: "\n"))")
        }
        // The stale cached sum of A.I.3 is named with both values.
        #expect(warnings.contains { $0.hasPrefix("unit-quirky.xlsx:'LKE ZI'!L33: 'A.I.3': the workbook holds 5.42, but lke computes") })
        #expect(warnings.contains { $0.hasPrefix("unit-quirky.xlsx: no Ringkasan sheet") })
        let sheet = result.sheet
        #expect(sheet.unit == "unit-quirky")
        for want in Self.example.entries {
            let got = sheet.entry(want.code)
            if let change = Self.quirkyChanges[want.code] {
                #expect(got?.value == change, "\(want.code)")
                continue
            }
            #expect(got?.value == want.value, "\(want.code)")
            #expect(got?.note == want.note?.replacingOccurrences(of: "; ", with: ";\n"), "\(want.code)")
            #expect(got?.evidence == want.evidence, "\(want.code)")
        }
        // The type label typo ("Ya" for Ya/Tidak), the reordered row with a typo in its text, the rich text row.
        #expect(sheet.entry("A.I.1.i.a")?.value == "Ya")
        #expect(sheet.entry("A.I.1.iv.d")?.value == Self.example.entry("A.I.1.iv.d")?.value)
        #expect(sheet.entry("A.I.1.i.b")?.value == "A")
        #expect(sheet.entry("A.II.5.iii.a.wajib") == nil)
        #expect(result.answerCount == 127 - 3 - 0)
    }

    @Test func libreOfficeSavedCopyReadsTheSame() throws {
        let original = try Self.read("unit-quirky.xlsx"), saved = try Self.read("libreoffice-saved.xlsx")
        #expect(Self.messages(saved, .error).isEmpty)
        #expect(saved.sheet.entries.map(\.code) == original.sheet.entries.map(\.code))
        for (a, b) in zip(saved.sheet.entries, original.sheet.entries) {
            #expect(a.value == b.value && a.note == b.note && a.evidence == b.evidence, "\(a.code)")
        }
        // The same warnings, but for the unit's name taken from the file name.
        #expect(saved.diagnostics.map(\.message).filter { !$0.en.hasPrefix("no Ringkasan") } == original.diagnostics.map(\.message).filter { !$0.en.hasPrefix("no Ringkasan") })
    }

    @Test func errorsAreCollectedWithTheirCells() throws {
        let result = try Self.read("unit-errors.xlsx")
        let errors = Self.messages(result, .error)
        #expect(errors == [
            "unit-errors.xlsx:'LKE ZI'!K8: 'A.I.1.i.b': 'F' is not an option of A/B/C (options: A, B, C)",
            "unit-errors.xlsx:'LKE ZI'!K11: 'A.I.1.ii.b': the answer cell holds a formula (=IF(H5>0,\"A\",\"B\")), not an answer; enter the answer itself",
            "unit-errors.xlsx:'LKE ZI'!K198: row 198 ('Pertanyaan tambahan dari unit yang tidak ada di peraturan') matches no code of lke-zi-2021; its answer, note and evidence are not read",
        ])
        #expect(result.unmatchedRows == [198])
        #expect(result.sheet.entry("A.I.1.i.b")?.value == nil)
        #expect(result.sheet.entry("A.I.1.ii.b")?.value == nil)
        #expect(result.hasErrors)
    }

    @Test func sheetByNameAndFailures() throws {
        let named = try Self.read("unit-quirky.xlsx", sheet: " lke zi ")
        #expect(named.sheetName == "LKE ZI")
        #expect(throws: WorkbookError.self) { try Self.read("unit-quirky.xlsx", sheet: "Sheet1") }
        #expect(Self.failure { _ = try Self.read("unit-quirky.xlsx", sheet: "Ctt Eval") }?
            .hasPrefix("sheet 'Ctt Eval' has no header row with a Jawaban column") == true)
        #expect(Self.failure { _ = try WorkbookImporter(library: Fixtures.library).read(Array("questionnaire: lke-zi-2021\n".utf8), path: "x.xlsx") }?
            .hasPrefix("not a readable .xlsx workbook") == true)
    }

    /// The English message of the `WorkbookError` that `body` throws.
    static func failure(_ body: () throws -> Void) -> String? {
        switch Result(catching: body) {
        case .success: return nil
        case .failure(let error): return (error as? WorkbookError)?.message.en
        }
    }

    @Test func columnTitles() throws {
        let cases: [(String, SheetLayout.Role?)] = [
            ("Kode", .code), ("Komponen/Pertanyaan", .text), ("Penilaian", .text), ("Bobot", .weight), ("Penjelasan", .explanation),
            ("Pilihan Jawaban", .type), ("Jawaban", .answer), ("Jawaban Unit", .answer), ("JAWABAN UNIT KERJA", .answer),
            ("Nilai", .value), (" %", .percent), ("Catatan/Keterangan/Penjelasan", .note), ("Keterangan", .note),
            ("Eviden", .evidence), ("Bukti Dukung", .evidence), ("Answer Options", .type), ("LAMPIRAN III PERATURAN", nil), ("No", nil),
        ]
        for (title, role) in cases { #expect(SheetLayout.role(ofTitle: title) == role, "\(title)") }
    }

    @Test func repeatedCountLabelsFollowTheirQuestion() throws {
        // "Jumlah Perubahan yang dibuat" is an input of A.II.1.i.a (.2) and of A.II.1.i.b (.1).
        let book = try TinyWorkbook.build([
            ["Pertanyaan", "Jawaban"],
            ["Agen perubahan telah membuat perubahan yang konkret di Instansi (dalam 1 tahun)", "=MIN(1,B4/B3)|0.8"],
            ["- Jumlah Agen Perubahan", "10"],
            ["- Jumlah Perubahan yang dibuat", "8"],
            ["Perubahan yang dibuat Agen Perubahan telah terintegrasi dalam sistem manajemen", ""],
            ["- Jumlah Perubahan yang dibuat", "'1.234"],
            ["- Jumlah Perubahan yang telah diintegrasikan dalam sistem manajemen", "7 perubahan"],
        ])
        let result = try WorkbookImporter(library: Fixtures.library).read(book, path: "t.xlsx")
        #expect(result.sheet.entries.map { "\($0.code)=\($0.value ?? "-")" } == [
            "A.II.1.i.a.1=10", "A.II.1.i.a.2=8", "A.II.1.i.b.1=1234", "A.II.1.i.b.2=7",
        ])
        #expect(Self.messages(result, .warning).contains("t.xlsx:Sheet1!B6: 'A.II.1.i.b.1': '1.234' read as 1234"))
        #expect(Self.messages(result, .warning).contains("t.xlsx:Sheet1!B7: 'A.II.1.i.b.2': '7 perubahan' read as 7"))
        #expect(Self.messages(result, .error).isEmpty, "\(Self.messages(result, .error))")
    }

    /// A sheet of many bad rows gives `Diagnostic.perFile` problems and one line at the book for the rest; the
    /// counts cover them all.
    @Test func problemsPerBookAreCapped() throws {
        let rows = [["Kode", "Jawaban"], ["B.I.a", "3"]] + (1...250).map { ["ZZ.\($0)", "1"] }
        let result = try WorkbookImporter(library: Fixtures.library).read(try TinyWorkbook.build(rows), path: "many.xlsx")
        #expect(result.errorCount == 250)
        #expect(result.warningCount == 1) // no Ringkasan sheet: said after the rows, so among those only counted
        #expect(result.diagnostics.count == Diagnostic.perFile + 1)
        let tally = try #require(result.diagnostics.last)
        #expect(tally.location == "many.xlsx")
        #expect(tally.severity == .error)
        #expect(tally.message == Message.Diagnostics.moreNotShown(251 - Diagnostic.perFile, perFile: Diagnostic.perFile))
        #expect(result.sheet.entry("B.I.a")?.value == "3")
    }

    @Test func numbersAsUnitsTypeThem() throws {
        let book = try TinyWorkbook.build([
            ["Kode", "Jawaban"],
            ["B.I.a", "3,5"], ["B.II.a", "4.5"], ["A.II.4.i.a.1", "-2"], ["A.II.4.i.a.2", "2.5"], ["A.I.1.i.a", "TRUE"],
        ])
        let result = try WorkbookImporter(library: Fixtures.library).read(book, path: "n.xlsx")
        #expect(result.sheet.entry("B.I.a")?.value == "3.5")
        #expect(Self.messages(result, .error) == [
            "n.xlsx:Sheet1!B3: 'B.II.a': 4.5 is outside 0-4",
            "n.xlsx:Sheet1!B4: 'A.II.4.i.a.1': -2 is outside 0-1000000000",
            "n.xlsx:Sheet1!B5: 'A.II.4.i.a.2': 2.5 has more than 0 decimals",
            "n.xlsx:Sheet1!B6: 'A.I.1.i.a': 'TRUE' is not an option of Ya/Tidak (options: Ya, Tidak)",
        ])
    }
}

/// Builds a small one-sheet workbook in memory (inline strings, numbers, `=FORMULA|cached` cells, `'text` forced to text).
enum TinyWorkbook {
    static func build(_ rows: [[String]], sheet: String = "Sheet1") throws -> [UInt8] {
        var xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (r, row) in rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, value) in row.enumerated() where !value.isEmpty {
                let ref = CellAddress(row: r + 1, column: c + 1).description
                if value.hasPrefix("=") {
                    let parts = value.dropFirst().split(separator: "|")
                    xml += "<c r=\"\(ref)\"><f>\(escape(String(parts[0])))</f><v>\(parts.count > 1 ? String(parts[1]) : "")</v></c>"
                } else if value.hasPrefix("'") {
                    xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(escape(String(value.dropFirst())))</t></is></c>"
                } else if r > 0, c > 0, WorkbookCell.decimal(value) != nil, !value.contains(",") {
                    xml += "<c r=\"\(ref)\"><v>\(value)</v></c>"
                } else {
                    xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(escape(value))</t></is></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData></worksheet>"
        var zip = ZipWriter()
        try zip.add("xl/workbook.xml", bytes: Array(("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"\(sheet)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").utf8))
        try zip.add("xl/_rels/workbook.xml.rels", bytes: Array(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>").utf8))
        try zip.add("xl/worksheets/sheet1.xml", bytes: Array(xml.utf8))
        return [UInt8](try zip.finish())
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

@Suite("WorkbookImport robustness")
struct WorkbookImportRobustnessTests {
    @Test func extremeNumbersAreErrorsNotTraps() throws {
        let book = try TinyWorkbook.build([
            ["Kode", "Jawaban"],
            ["B.I.a", "9E+99999"], ["B.II.a", "-1e-99999"], ["A.II.4.i.a.1", "'99999999999999999999999999999999999999999999"],
            ["A.II.4.i.a.2", "'1.2.3"], ["A.II.1.i.a.1", "'1,2,3 orang"], ["A.II.1.i.a.2", "'- 5"],
        ])
        let result = try WorkbookImporter(library: Fixtures.library).read(book, path: "x.xlsx")
        #expect(result.sheet.entries.allSatisfy { $0.value == nil })
        #expect(result.diagnostics.filter { $0.severity == .error }.count == 6, "\(result.diagnostics.map(\.message.en))")
    }

    @Test func mutatedWorkbooksNeverTrap() throws {
        let rows = [["Kode", "Pertanyaan", "Jawaban", "Catatan"], ["A.I.1.i.a", "Unit kerja telah membentuk tim", "ya", "catatan &amp; lain"],
                    ["", "- Jumlah Agen Perubahan", "10 orang", ""], ["B.I.a", "Nilai", "=B2*2|3.5", ""]]
        let base = try TinyWorkbook.build(rows)
        let zip = try ZipReader(base)
        let sheetXML = try #require(try zip.contents(named: "xl/worksheets/sheet1.xml"))
        var generator = SplitMix(seed: 2026)
        for _ in 0..<300 {
            var xml = sheetXML
            for _ in 0..<(1 + Int(generator.next() % 5)) {
                let index = Int(generator.next() % UInt64(xml.count))
                xml[index] = Array("<>/\"=0123456789ABCrcvfts:&;#x-".utf8)[Int(generator.next() % 30)]
            }
            var writer = ZipWriter()
            for entry in zip.entries where entry.name != "xl/worksheets/sheet1.xml" {
                try writer.add(entry.name, bytes: try zip.contents(of: entry))
            }
            try writer.add("xl/worksheets/sheet1.xml", bytes: xml)
            _ = try? WorkbookImporter(library: Fixtures.library).read([UInt8](try writer.finish()), path: "m.xlsx")
        }
    }
}
