import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `--write` (EvidenceWriter), `lke evidence init` (EvidenceSkeleton) and `:bukti` (FillEvidence).
@Suite struct EvidenceWriterTests {
    static let before = """
        # komentar atas
        questionnaire: lke-zi-2021
        unit: Uji   # komentar
        answers:
          A.I.1.i.a: Ya   # sudah
          A.I.1.i.b:
          A.I.1.ii.a:
            value: Ya
            note: |
              catatan
              # bukan komentar
          A.I.1.ii.b:
            value: A
            evidence: bukti/A.I.1.ii.b/a.pdf # satu
          A.I.1.ii.c:
            value: B
            evidence: [bukti/A.I.1.ii.c/a.pdf, "x, y.pdf"]  # flow
          # komentar tengah
          A.I.1.iii.b:
            value: A
            evidence:
            - bukti/A.I.1.iii.b/a.pdf
        """

    static let after = """
        # komentar atas
        questionnaire: lke-zi-2021
        unit: Uji   # komentar
        answers:
          A.I.1.i.a:
            value: Ya # sudah
            evidence:
              - bukti/A.I.1.i.a/b.pdf
          A.I.1.i.b:
            evidence:
              - bukti/A.I.1.i.b/b.pdf
          A.I.1.ii.a:
            value: Ya
            note: |
              catatan
              # bukan komentar
            evidence:
              - bukti/A.I.1.ii.a/b.pdf
          A.I.1.ii.b:
            value: A
            evidence: # satu
              - bukti/A.I.1.ii.b/a.pdf
              - bukti/A.I.1.ii.b/b.pdf
          A.I.1.ii.c:
            value: B
            evidence: [bukti/A.I.1.ii.c/a.pdf, "x, y.pdf", bukti/A.I.1.ii.c/b.pdf, "bukti/A.I.1.ii.c/c, d.pdf"]  # flow
          A.I.1.iii.a:
            evidence:
              - bukti/A.I.1.iii.a/b.pdf
          # komentar tengah
          A.I.1.iii.b:
            value: A
            evidence:
            - bukti/A.I.1.iii.b/a.pdf
            - bukti/A.I.1.iii.b/b.pdf
          A.I.1.iv.a:
            evidence:
              - bukti/A.I.1.iv.a/b.pdf
        """

    static let additions: [String: [String]] = [
        "A.I.1.i.a": ["bukti/A.I.1.i.a/b.pdf"], "A.I.1.i.b": ["bukti/A.I.1.i.b/b.pdf"], "A.I.1.ii.a": ["bukti/A.I.1.ii.a/b.pdf"],
        "A.I.1.ii.b": ["bukti/A.I.1.ii.b/b.pdf", "bukti/A.I.1.ii.b/a.pdf"], "A.I.1.ii.c": ["bukti/A.I.1.ii.c/b.pdf", "bukti/A.I.1.ii.c/c, d.pdf"],
        "A.I.1.iii.a": ["bukti/A.I.1.iii.a/b.pdf"], "A.I.1.iii.b": ["bukti/A.I.1.iii.b/b.pdf"], "A.I.1.iv.a": ["bukti/A.I.1.iv.a/b.pdf"],
    ]

    /// Every layout of an answer: the items go where they belong; comments and all other lines stay as they were.
    @Test func insertsAtTheRightPlaceKeepingEveryOtherLine() throws {
        let outcome = EvidenceWriter(questionnaire: Fixtures.lke).adding(Self.additions, to: SourceFile(path: "u.yaml", text: Self.before + "\n"))
        #expect(outcome.refused.isEmpty)
        let data = try #require(outcome.data)
        #expect(String(decoding: data, as: UTF8.self) == Self.after + "\n")
        // A file listed already is not added again.
        #expect(outcome.added.first { $0.code == "A.I.1.ii.b" }?.items == ["bukti/A.I.1.ii.b/b.pdf"])
        // The result loads, with every item.
        let loaded = Fixtures.answers(String(decoding: data, as: UTF8.self))
        #expect(!loaded.diagnostics.hasErrors)
        #expect(loaded.sheet?.entry("A.I.1.ii.c")?.evidence == ["bukti/A.I.1.ii.c/a.pdf", "x, y.pdf", "bukti/A.I.1.ii.c/b.pdf", "bukti/A.I.1.ii.c/c, d.pdf"])
        #expect(loaded.sheet?.entry("A.I.1.i.a")?.value == "Ya")
        #expect(loaded.sheet?.entry("A.I.1.i.b")?.value == nil)
    }

    @Test func keepsCRLFAndTheByteOrderMark() throws {
        let text = "\u{FEFF}questionnaire: lke-zi-2021\r\nunit: Uji\r\nanswers:\r\n  A.I.1.i.a:\r\n    value: Ya\r\n    evidence:\r\n      - a.pdf\r\n  B.I.a: 3\r\n"
        let outcome = EvidenceWriter(questionnaire: Fixtures.lke).adding(["A.I.1.i.a": ["b.pdf"]], to: SourceFile(path: "u.yaml", text: text))
        let data = try #require(outcome.data)
        #expect(String(decoding: data, as: UTF8.self)
            == "\u{FEFF}questionnaire: lke-zi-2021\r\nunit: Uji\r\nanswers:\r\n  A.I.1.i.a:\r\n    value: Ya\r\n    evidence:\r\n      - a.pdf\r\n      - b.pdf\r\n  B.I.a: 3\r\n")
    }

    @Test func aNewAnswerFollowsWorksheetOrderAndAnEmptyFileGetsOne() throws {
        let text = "questionnaire: lke-zi-2021\nunit: Uji\nanswers:\n  B.I.a: 3\n"
        let first = EvidenceWriter(questionnaire: Fixtures.lke).adding(["A.I.1.i.a": ["bukti/A.I.1.i.a/sk.pdf"]], to: SourceFile(path: "u.yaml", text: text))
        #expect(String(decoding: try #require(first.data), as: UTF8.self)
            == "questionnaire: lke-zi-2021\nunit: Uji\nanswers:\n  A.I.1.i.a:\n    evidence:\n      - bukti/A.I.1.i.a/sk.pdf\n  B.I.a: 3\n")
        let empty = "questionnaire: lke-zi-2021\nunit: Uji\nanswers:\n"
        let second = EvidenceWriter(questionnaire: Fixtures.lke).adding(["B.I.a": ["x.pdf"]], to: SourceFile(path: "u.yaml", text: empty))
        #expect(String(decoding: try #require(second.data), as: UTF8.self) == empty + "  B.I.a:\n    evidence:\n      - x.pdf\n")
        // A flow mapping cannot be edited line by line: refused, nothing written.
        let flow = "questionnaire: lke-zi-2021\nunit: Uji\nanswers: {A.I.1.i.a: Ya}\n"
        let refused = EvidenceWriter(questionnaire: Fixtures.lke).adding(["A.I.1.i.a": ["x.pdf"]], to: SourceFile(path: "u.yaml", text: flow))
        #expect(refused.data == nil)
        #expect(refused.refused.map(\.code) == ["A.I.1.i.a"])
    }

    @Test func skeletonCreatesGuidesAndNeverOverwrites() throws {
        let tree = EvidenceTree()
        defer { tree.remove() }
        try tree.write("bukti/A.I.1.i.a/BACA-SAYA.txt", "catatan saya sendiri")
        try tree.write("bukti/A.I.1.i.b", "sebuah berkas, bukan folder")
        let skeleton = EvidenceSkeleton(questionnaire: Fixtures.lke)
        let first = skeleton.create(in: tree.path("bukti"), written: "bukti")
        #expect(first.kept.contains(tree.path("bukti")))
        #expect(first.kept.contains(tree.path("bukti/A.I.1.i.a/BACA-SAYA.txt")))
        #expect(first.failed.map(\.path) == [tree.path("bukti/A.I.1.i.b")])
        #expect(first.created.count == 2 * (Fixtures.lke.questions.count - 2))
        #expect(try tree.read("bukti/A.I.1.i.a/BACA-SAYA.txt") == "catatan saya sendiri")
        #expect(try tree.read("bukti/A.I.1.i.b") == "sebuah berkas, bukan folder")
        let guide = try tree.read("bukti/A.I.1.ii.b/BACA-SAYA.txt")
        #expect(guide.hasPrefix("A.I.1.ii.b\n"))
        #expect(guide.contains("Kriteria jawaban:\n  A: "))
        #expect(guide.contains("Petunjuk: "))
        #expect(guide.contains("      - bukti/A.I.1.ii.b/nama-berkas.pdf"))
        let computed = try tree.read("bukti/A.II.5.iii.a/BACA-SAYA.txt")
        #expect(computed.contains("A.II.5.iii.a.1: "))
        let second = skeleton.create(in: tree.path("bukti"), written: "bukti")
        #expect(second.created.isEmpty)
        // The guide files are not evidence: a fresh skeleton gives no unlisted files.
        try tree.write("u.yaml", "questionnaire: lke-zi-2021\nunit: Uji\nanswers:\n")
        let report = try tree.report("u.yaml")
        #expect(report.findings.map(\.kind) == [.stray])
    }

    @Test func fillCompletesFromTheCodesFolderAndWarnsAtOnce() throws {
        let tree = EvidenceTree()
        defer { tree.remove() }
        try tree.write("bukti/A.I.1.i.a/sk-tim-2026.pdf", "%PDF")
        try tree.write("bukti/A.I.1.i.a/notulen.docx", "PK")
        try tree.write("bukti/A.I.1.i.a/notulen-final.pdf", "%PDF")
        let helper = FillEvidence(answerPath: tree.path("u.yaml"))
        #expect(helper.files(of: "A.I.1.i.a") == ["bukti/A.I.1.i.a/notulen-final.pdf", "bukti/A.I.1.i.a/notulen.docx", "bukti/A.I.1.i.a/sk-tim-2026.pdf"])
        let items = try helper.resolve("sk \"notulen.docx\" baru.pdf https://x.example.go.id/a.pdf", code: "A.I.1.i.a").get()
        #expect(items.map(\.text) == ["bukti/A.I.1.i.a/sk-tim-2026.pdf", "bukti/A.I.1.i.a/notulen.docx", "bukti/A.I.1.i.a/baru.pdf", "https://x.example.go.id/a.pdf"])
        #expect(items.map(\.warnings) == [
            [], [Message.Evidence.draft("A.I.1.i.a", item: "bukti/A.I.1.i.a/notulen.docx", fileExtension: "docx")],
            [Message.Evidence.notFound("A.I.1.i.a", item: "bukti/A.I.1.i.a/baru.pdf")], [],
        ])
        guard case .failure(let failure) = helper.resolve("notulen", code: "A.I.1.i.a") else { Issue.record("ambiguous prefix accepted"); return }
        #expect(failure.message == Message.Fill.severalFilesMatch("notulen", folder: "bukti/A.I.1.i.a", names: ["notulen-final.pdf", "notulen.docx"]))

        // Through the session: the command attaches, warns, and saves.
        let sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: "Uji", path: tree.path("u.yaml"))
        var session = try FillSession(questionnaire: Fixtures.lke, sheet: sheet, options: .init(language: .en, from: "A.I.1.i.a"))
        _ = session.start()
        let effects = session.handle(":bukti sk notulen.docx")
        #expect(session.sheet.entry("A.I.1.i.a")?.evidence == ["bukti/A.I.1.i.a/sk-tim-2026.pdf", "bukti/A.I.1.i.a/notulen.docx"])
        #expect(effects.contains { if case .error(let text) = $0 { return text.contains("still a draft") } else { return false } })
        #expect(effects.contains { if case .save = $0 { return true } else { return false } })
        let listing = session.handle(":bukti")
        #expect(listing.contains { effect in
            guard case .output(let text) = effect else { return false }
            return text.contains("  ✓ bukti/A.I.1.i.a/notulen.docx\n") && text.contains("  - bukti/A.I.1.i.a/notulen-final.pdf\n")
        })
    }
}
