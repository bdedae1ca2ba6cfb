import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// A temporary evidence tree beside an answer file, for the evidence checks.
struct EvidenceTree {
    let root: URL

    init() { root = ProjectPaths.temporaryDirectory() }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes `text` at `relative`, making its folders.
    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) throws -> String { String(decoding: try Data(contentsOf: root.appendingPathComponent(relative)), as: UTF8.self) }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Loads, scores and checks the answer file at `relative`.
    func report(_ relative: String, options: EvidenceChecker.Options = .init()) throws -> EvidenceReport {
        let source = try SourceFile(contentsOfFile: path(relative))
        let outcome = AnswerSheetLoader(library: Fixtures.library).load(source)
        let answers = try #require(outcome.answers, "\(outcome.diagnostics)")
        let checker = EvidenceChecker(plan: EvidencePlan(answers.questionnaire), options: options)
        return checker.report(Scorer.score(answers), locator: EvidenceLocator(source))
    }
}

@Suite struct EvidenceTests {
    static let answerText = """
        # berkas uji bukti
        questionnaire: lke-zi-2021
        unit: Unit Uji
        answers:
          A.I.1.i.a:
            value: Ya
            evidence:
              - bukti/A.I.1.i.a/sk.pdf
              - bukti/A.I.1.i.a/hilang.pdf
          A.I.1.i.b:
            value: A
            evidence: bukti/A.I.1.i.b/kosong.pdf
          A.I.1.ii.a:
            value: Ya
            evidence: [bukti/A.I.1.ii.a/draf.docx]
          A.I.1.ii.b:
            value: A
            evidence:
              - bukti/../luar.pdf
          A.I.1.ii.c:
            value: B
            evidence:
              - ftp://arsip.example.go.id/a.pdf
              - https://drive.example.go.id/a.pdf
          A.I.1.iii.a: A
          A.I.1.iii.b:
            evidence:
              - https://drive.example.go.id/b.pdf
          A.I.1.iv.a:
            value: Ya
            evidence:
              - bukti/A.I.1.iv.a

        """

    /// The tree of `answerText`: present, empty, draft, outside, unlisted, ignored and stray files.
    static func tree() throws -> EvidenceTree {
        let tree = EvidenceTree()
        try tree.write("jawaban.yaml", answerText)
        try tree.write("bukti/A.I.1.i.a/sk.pdf", "%PDF-1.4 sk")
        try tree.write("bukti/A.I.1.i.a/tambahan.pdf", "%PDF-1.4 tambahan")
        try tree.write("bukti/A.I.1.i.a/BACA-SAYA.txt", "panduan")
        try tree.write("bukti/A.I.1.i.a/.DS_Store", "x")
        try tree.write("bukti/A.I.1.i.b/kosong.pdf", "")
        try tree.write("bukti/A.I.1.ii.a/draf.docx", "PK")
        try tree.write("luar.pdf", "%PDF-1.4 luar")
        try tree.write("bukti/A.I.1.iv.a/lampiran/foto.png", "png")
        try tree.write("bukti/A.I.1.i.z/salah-folder.pdf", "x")
        return tree
    }

    @Test func entriesAreClassifiedFromTheirText() {
        #expect(EvidenceRules.target(of: "https://drive.example.go.id/a.pdf") == .web)
        #expect(EvidenceRules.target(of: "HTTP://example.go.id") == .web)
        #expect(EvidenceRules.target(of: "ftp://example.go.id/a.pdf") == .badURL)
        #expect(EvidenceRules.target(of: "file:///home/a.pdf") == .badURL)
        #expect(EvidenceRules.target(of: "https:///a.pdf") == .badURL)
        #expect(EvidenceRules.target(of: "www.example.go.id/a.pdf") == .badURL)
        #expect(EvidenceRules.target(of: "bukti/A.I.1.i.a/sk.pdf") == .local)
        #expect(EvidenceRules.target(of: "C:\\ZI\\sk.pdf") == .local)
        #expect(EvidenceRules.isDraft("bukti/x/SK.DOCX"))
        #expect(EvidenceRules.isDraft("https://drive.example.go.id/a.xlsx?dl=1"))
        #expect(EvidenceRules.isDraft("laporan.ods"))
        #expect(!EvidenceRules.isDraft("bukti/x/sk.pdf"))
        #expect(!EvidenceRules.isDraft("https://drive.example.go.id/folder.docx/"))
        #expect(EvidencePath.absolute("bukti/../../x.pdf", base: "/a/b") == "/a/x.pdf")
        #expect(EvidencePath.isInside("/a/bukti/x", folder: "/a/bukti"))
        #expect(!EvidencePath.isInside("/a/bukti-lain/x", folder: "/a/bukti"))
        #expect(EvidencePath.relative("/a/bukti/x.pdf", to: "/a/c") == "../bukti/x.pdf")
    }

    @Test func everyCheckNamesItsCodeAndLine() throws {
        let tree = try Self.tree()
        defer { tree.remove() }
        let report = try tree.report("jawaban.yaml")
        let found = report.findings.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.kind.rawValue) \($0.code ?? "-") \($0.item ?? "")" }
        #expect(found == [
            "9:9 missing A.I.1.i.a bukti/A.I.1.i.a/hilang.pdf",
            "12:15 empty A.I.1.i.b bukti/A.I.1.i.b/kosong.pdf",
            "15:16 draft A.I.1.ii.a bukti/A.I.1.ii.a/draf.docx",
            "19:9 outside A.I.1.ii.b bukti/../luar.pdf",
            "23:9 bad-url A.I.1.ii.c ftp://arsip.example.go.id/a.pdf",
            "25:3 no-evidence A.I.1.iii.a ",
            "28:9 unanswered A.I.1.iii.b ",
            "32:9 folder A.I.1.iv.a bukti/A.I.1.iv.a",
            // Then what the folders hold, in folder order.
            "5:3 unlisted A.I.1.i.a bukti/A.I.1.i.a/tambahan.pdf",
            "4:1 stray - bukti/A.I.1.i.z",
            "29:3 unlisted A.I.1.iv.a bukti/A.I.1.iv.a/lampiran/foto.png",
        ])
        #expect(report.folder == tree.path("bukti"))
        #expect(report.folderExists)
        let stray = try #require(report.findings.first { $0.kind == .stray })
        #expect(stray.message == Message.Evidence.stray("bukti/A.I.1.i.z", suggestion: "A.I.1.i.a"))
        let ok = report.entries.filter { $0.status == .ok }.map(\.text)
        #expect(ok == ["bukti/A.I.1.i.a/sk.pdf", "bukti/A.I.1.ii.a/draf.docx", "https://drive.example.go.id/a.pdf", "https://drive.example.go.id/b.pdf"])
        #expect(report.entries.first { $0.text.hasSuffix("sk.pdf") }?.size == 11)
        // A.I.1.i.a lists a missing file, A.I.1.ii.a a draft, A.I.1.ii.c a bad address: only the unanswered
        // A.I.1.iii.b has complete evidence (its web address); its finding is that it is not answered.
        #expect(report.questions.filter(\.isComplete).map(\.code) == ["A.I.1.iii.b"])
    }

    @Test func hashesAreTheFilesSHA256() throws {
        let tree = try Self.tree()
        defer { tree.remove() }
        let report = try tree.report("jawaban.yaml", options: .init(hashes: true))
        let entry = try #require(report.entries.first { $0.text == "bukti/A.I.1.i.a/sk.pdf" })
        #expect(entry.sha256 == SHA256.hex(of: Data("%PDF-1.4 sk".utf8)))
        #expect(report.entries.first { $0.isURL }?.sha256 == nil)
    }

    /// A.I.1.i.a (0,25 of A.I.1.i's 0,50) and B.I.a (17,50 of B.I's 22,50) complete, A.I.1.i.b incomplete.
    @Test func indexOnAHandComputedCase() throws {
        let tree = EvidenceTree()
        defer { tree.remove() }
        try tree.write("bukti/A.I.1.i.a/sk.pdf", "%PDF")
        try tree.write("bukti/B.I.a/ipak.pdf", "%PDF")
        try tree.write("u.yaml", """
            questionnaire: lke-zi-2021
            unit: Hitung
            answers:
              A.I.1.i.a:
                value: Ya
                evidence: [bukti/A.I.1.i.a/sk.pdf, "https://x.example.go.id/sk.pdf"]
              A.I.1.i.b:
                value: A
                evidence: [bukti/A.I.1.i.b/tidak-ada.pdf]
              B.I.a:
                value: "3.5"
                evidence: bukti/B.I.a/ipak.pdf

            """)
        let report = try tree.report("u.yaml")
        func index(_ code: String) -> String { report.rounding.apply(report.row(code)!.index).description }
        #expect(index("A.I.1") == "6.25")      // 0,25 / 4
        #expect(index("A.I") == "0.83")        // 0,25 / 30 = 0,8333...
        #expect(index("AREA.MP") == "3.13")    // 0,25 / 8 = 3,125, half away from zero
        #expect(index("B.I") == "77.78")       // 17,5 / 22,5
        #expect(index("B") == "43.75")         // 17,5 / 40
        #expect(index("NILAI") == "17.75")     // 17,75 / 100
        #expect(report.row("A.II")?.index == 0)
        #expect(report.row("A.I.1")?.completeQuestions == 1)
        #expect(report.row("A.I.1")?.problems == 1)
        #expect(report.row("NILAI")?.weight == 100)
        // The batch indexer gives the same figures for the areas.
        let sheet = try #require(AnswerSheetLoader(library: Fixtures.library).load(path: tree.path("u.yaml")).sheet)
        let indexer = EvidenceIndexer(questionnaire: Fixtures.lke, codes: ["AREA.MP", "B.I", "AREA.XX"])
        #expect(indexer.index(of: sheet, rounding: Fixtures.lke.rounding) == [313, 7778, 0])
    }

    @Test func noEvidenceMeansAnAnswerThatEarnsPoints() throws {
        let tree = EvidenceTree()
        defer { tree.remove() }
        try tree.write("u.yaml", """
            questionnaire: lke-zi-2021
            unit: Poin
            answers:
              A.I.1.i.a: Tidak
              A.I.1.i.b: B
              A.I.1.ii.b: C
              B.I.a: "0"
              A.II.1.i.a.1: 2
              A.II.1.i.a.2: 1

            """)
        let report = try tree.report("u.yaml")
        #expect(report.findings.map(\.code) == ["A.I.1.i.b", "A.II.1.i.a"])
        #expect(!report.folderExists)
        #expect(report.findings.allSatisfy { $0.kind == .noEvidence })
    }

    /// The batch's fast path (`EvidenceIndexer`) and the report (`EvidenceChecker`) agree on every kind of entry.
    @Test func batchIndexerAgreesWithTheReport() throws {
        let tree = EvidenceTree()
        defer { tree.remove() }
        try tree.write("unit/bukti/A/ok.pdf", "%PDF")
        try tree.write("unit/bukti/A/empty.pdf", "")
        try tree.write("unit/bukti/A/draf.DOCX", "PK")
        try tree.write("x/ok.pdf", "%PDF")
        let entries = ["bukti/A/ok.pdf", "bukti/A/missing.pdf", "bukti/A/empty.pdf", "bukti/A/draf.DOCX", "./bukti/A/ok.pdf",
                       "bukti/../bukti/A/ok.pdf", "../x/ok.pdf", "https://x.example.go.id/a.pdf", "HTTPS://X.example.go.id/a.XLSX",
                       "http:///a.pdf", "ftp://a.example.go.id/b.pdf", "www.a.go.id/x.pdf", "bukti/A", tree.path("unit/bukti/A/ok.pdf"),
                       tree.path("x/ok.pdf"), "bukti/A/.pdf", "bukti//A/ok.pdf"]
        var text = "questionnaire: lke-zi-2021\nunit: Sama\nanswers:\n"
        for (question, entry) in zip(Fixtures.lke.questions, entries) {
            text += "  \(question.code):\n    evidence:\n      - \"\(entry)\"\n"
        }
        try tree.write("unit/u.yaml", text)
        let report = try tree.report("unit/u.yaml")
        let sheet = try #require(AnswerSheetLoader(library: Fixtures.library).load(path: tree.path("unit/u.yaml")).sheet)
        let fast = EvidenceIndexer(questionnaire: Fixtures.lke, codes: []).completeness(of: sheet)
        #expect(fast == report.questions.map(\.isComplete))
        #expect(Array(fast.prefix(entries.count)) == [true, false, false, false, true, true, false, true, false, false, false, false, false,
                                                       true, false, false, true])
    }
}
