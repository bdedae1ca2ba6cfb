import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Team, reviews, attestation and the action plan through the public API.
@Suite struct TeamWorkTests {
    static let header = """
    questionnaire: lke-zi-2021
    unit: Unit Uji
    period: "2026"

    """

    @Test func teamReviewAndUndecidedPrerequisitesAreRead() throws {
        let text = Self.header.replacingOccurrences(of: "period: \"2026\"\n", with: "period: \"2026\"\nlayer: tpi\n") + """
        eligibility:
          opini-bpk: ya
          tlhp:
        team:
          - name: Pokja MP
            areas: [AREA.MP, A.I.1]
            pic: Budi
            members: [Ani, Citra]
          - name: Pokja Hasil
            areas: [B]
        answers:
          A.I.1.i.a:
            value: Ya
            review: {status: perlu-perbaikan, comment: "SK belum ditandatangani"}
          B.I.a: "3,62"

        """
        let outcome = Fixtures.answers(text)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message.en))")
        let sheet = try #require(outcome.answers?.sheet)
        #expect(sheet.eligibility == ["opini-bpk": true])
        #expect(sheet.eligibilityOrder == ["opini-bpk", "tlhp"])
        #expect(sheet.team.map(\.name) == ["Pokja MP", "Pokja Hasil"])
        #expect(sheet.team[0].members == ["Ani", "Citra"])
        #expect(sheet.entry("A.I.1.i.a")?.review == Review(status: .perluPerbaikan, comment: "SK belum ditandatangani"))
        #expect(sheet.pokja(for: "A.I.1.i.b", in: Fixtures.lke)?.name == "Pokja MP")
        #expect(sheet.pokja(for: "A.II.1.i.a", in: Fixtures.lke)?.name == "Pokja MP")
        #expect(sheet.pokja(for: "B.I.a", in: Fixtures.lke)?.name == "Pokja Hasil")
        #expect(sheet.pokja(for: "A.I.2.i.a", in: Fixtures.lke) == nil)
        // The writer keeps every block, and what it writes reads back the same.
        let written = AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke)
        #expect(written.contains("  tlhp:\nteam:\n  - name: Pokja MP\n    areas: [AREA.MP, A.I.1]\n    pic: Budi\n"))
        #expect(written.contains("    review:\n      status: perlu-perbaikan\n      comment: SK belum ditandatangani\n"))
        let again = try #require(Fixtures.answers(written).answers?.sheet)
        #expect(again.team == sheet.team)
        #expect(again.eligibilityOrder == sheet.eligibilityOrder)
        #expect(again.entry("A.I.1.i.a")?.review == sheet.entry("A.I.1.i.a")?.review)
    }

    @Test(arguments: [
        ("team:\n  - name: X\n    areas: [AREA.ZZ]\n", "5:5: pokja 'X': area 'AREA.ZZ' does not exist in 'lke-zi-2021'; did you mean 'AREA.AK'?"),
        ("team:\n  - pic: Budi\n", "5:5: a pokja is missing the required key 'name'"),
        ("team:\n  - name: X\n  - name: x\n", "6:11: pokja 'x' is written twice"),
        ("answers:\n  A.I.1.i.a:\n    value: Ya\n    review: {status: ok}\n", "7:22: 'status' is 'ok'; it must be one of: diterima, perlu-perbaikan, ditolak"),
        ("attestation:\n  name: A\n  nip: '1'\n  jabatan: K\n  digest: abc\n", "8:11: 'digest' must be a SHA-256 (64 hexadecimal digits); sign again with 'lke attest'"),
    ])
    func badBlocksAreLocatedErrors(block: String, message: String) {
        let text = Self.header + (block.hasPrefix("answers:") ? block : block + "answers: {}\n")
        let errors = Fixtures.answers(text).diagnostics.filter { $0.severity == .error }
        let shown = errors.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message.en)" }
        #expect(shown.contains(message), "\(shown)")
    }

    @Test func aVerdictOutsideAReviewerLayerIsAWarning() throws {
        let text = Self.header + "answers:\n  A.I.1.i.a:\n    value: Ya\n    review: {status: diterima}\n"
        let outcome = Fixtures.answers(text)
        #expect(outcome.answers != nil)
        #expect(outcome.diagnostics.map(\.severity) == [.warning])
        #expect(outcome.diagnostics.first?.message == Message.Answers.reviewInLayer("A.I.1.i.a", layer: "self"))
    }

    // MARK: - Attestation

    static func resolved(_ text: String) throws -> ResolvedAnswers {
        try #require(Fixtures.answers(text).answers)
    }

    @Test func theDigestIgnoresSpellingCommentsAndNotes() throws {
        let a = try Self.resolved(Self.header + "eligibility:\n  opini-bpk: ya\nanswers:\n  A.I.1.i.a: Ya\n  B.I.a: \"3,62\"\n")
        let b = try Self.resolved("# komentar\n" + Self.header + "eligibility:\n  opini-bpk: Y\nanswers:\n  A.I.1.i.a:\n    value: ya\n    note: catatan baru\n  B.I.a: 3.62\n")
        #expect(AnswerDigest(a).digest == AnswerDigest(b).digest)
        let c = try Self.resolved(Self.header + "eligibility:\n  opini-bpk: ya\nanswers:\n  A.I.1.i.a:\n    value: Ya\n    evidence: sk.pdf\n  B.I.a: \"3,62\"\n")
        #expect(AnswerDigest(a).digest != AnswerDigest(c).digest)
        #expect(AnswerDigest(a).digest.count == 64)
    }

    @Test func aChangedAnswerIsFoundByItsCode() throws {
        let original = Self.header + "eligibility:\n  opini-bpk: ya\n# dicatat tim\nanswers:\n  A.I.1.i.a: Ya\n  A.I.1.i.b: B\n"
        let attestation = AnswerDigest(try Self.resolved(original)).attestation(name: "Dra. Siti", nip: "1970", jabatan: "Kepala", date: "2026-05-20")
        let signed = AttestationBlockEditor.apply(attestation, to: original)
        #expect(signed.hasPrefix(original))
        let intact = Fixtures.answers(signed)
        #expect(intact.diagnostics.isEmpty, "\(intact.diagnostics.map(\.message.en))")
        let intactAnswers = try #require(intact.answers)
        #expect(AttestationCheck(intactAnswers)?.holds == true)
        let changed = signed.replacingOccurrences(of: "A.I.1.i.b: B", with: "A.I.1.i.b: A").replacingOccurrences(of: "opini-bpk: ya", with: "opini-bpk: tidak")
        let outcome = Fixtures.answers(changed)
        let changedAnswers = try #require(outcome.answers)
        let check = try #require(AttestationCheck(changedAnswers))
        #expect(!check.holds)
        #expect(check.changedCodes == ["eligibility.opini-bpk", "A.I.1.i.b"])
        let warning = try #require(outcome.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 10)
        #expect(warning.message.en.contains("changed codes: eligibility.opini-bpk, A.I.1.i.b"))
        // Signing again replaces the block and keeps the comment.
        let resigned = AttestationBlockEditor.apply(AnswerDigest(changedAnswers).attestation(name: "B", nip: "2", jabatan: "K", date: nil), to: changed)
        #expect(resigned.contains("# dicatat tim\n"))
        #expect(resigned.components(separatedBy: "attestation:").count == 2)
        #expect(Fixtures.answers(resigned).diagnostics.isEmpty)
    }

    @Test func theBlockEditorKeepsEveryOtherLine() {
        let attestation = Attestation(name: "A", nip: "1", jabatan: "K", digest: String(repeating: "a", count: 64))
        let crlf = "unit: X\r\n# c\r\nanswers: {}\r\n"
        #expect(AttestationBlockEditor.apply(attestation, to: crlf).hasPrefix(crlf))
        #expect(!AttestationBlockEditor.apply(attestation, to: crlf).replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let middle = "unit: X\nattestation:\n  name: old\n  # note\n\n# keep\nanswers: {}\n"
        let replaced = AttestationBlockEditor.apply(attestation, to: middle)
        #expect(replaced.hasPrefix("unit: X\nattestation:\n  name: A\n"))
        #expect(replaced.hasSuffix("\n\n# keep\nanswers: {}\n"))
        #expect(!replaced.contains("old"))
        #expect(AttestationBlockEditor.apply(attestation, to: "unit: X") .hasPrefix("unit: X\nattestation:\n"))
    }

    // MARK: - Nothing changes a score

    /// The same answers give the same numbers with or without team, review, attestation blocks and a plan.
    @Test func noBlockChangesAScore() throws {
        let generator = AnswerFileGenerator(questionnaire: Fixtures.lke, seed: 16)
        var rng = SeededGenerator(seed: 0x7EA4)
        for index in 0..<40 {
            let layer = index % 2 == 0 ? "self" : "tpi"
            let text = generator.text(forUnit: index, layer: layer)
            let plain = Fixtures.answers(text)
            guard let answers = plain.answers else { Issue.record("unit \(index): \(plain.diagnostics.map(\.message.en))"); continue }
            var sheet = answers.sheet
            sheet.team = [Pokja(name: "Pokja \(index)", areas: ["AREA.MP", "B"], pic: "PIC \(index)", members: ["A", "B"]),
                          Pokja(name: "Koordinator", areas: ["NILAI"])]
            for entry in sheet.entries where Bool.random(using: &rng) {
                let status = Review.Status.allCases.randomElement(using: &rng)!
                sheet.setReview(Review(status: status, comment: Bool.random(using: &rng) ? "komentar: \(entry.code)" : nil), for: entry.code)
            }
            var rewritten = AnswerSheetWriter.text(of: sheet, questionnaire: Fixtures.lke)
            let attestation = AnswerDigest(answers).attestation(name: "Kepala", nip: "19700101", jabatan: "Kepala", date: "2026-05-20")
            rewritten = AttestationBlockEditor.apply(attestation, to: rewritten)
            if Bool.random(using: &rng) { rewritten = rewritten.replacingOccurrences(of: attestation.digest, with: String(repeating: "0", count: 64)) }
            let decorated = try #require(Fixtures.answers(rewritten).answers, "unit \(index)")
            let before = Scorer.score(answers), after = Scorer.score(decorated)
            #expect(before.total.score == after.total.score, "unit \(index)")
            for (code, node) in before.nodes { #expect(after.nodes[code]?.score == node.score, "unit \(index) \(code)") }
            for (code, question) in before.questions { #expect(after.questions[code]?.value == question.value, "unit \(index) \(code)") }
            #expect(before.predicates.map(\.met) == after.predicates.map(\.met), "unit \(index)")
            // A plan built from the answers leaves them as they are.
            _ = ActionPlanBuilder.build(after, target: "wbbm", answersPath: "u.yaml", due: "2026-05-31")
            #expect(Scorer.score(decorated).total.score == before.total.score)
            #expect(AnswerDigest(decorated).digest == attestation.digest, "unit \(index)")
        }
    }
}
