import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The rencana aksi: built from the gap, written and read back, merged keeping the team's edits.
@Suite struct ActionPlanTests {
    static func card(_ text: String) throws -> ScoreCard {
        let outcome = Fixtures.answers(text)
        return Scorer.score(try #require(outcome.answers, "\(outcome.diagnostics.map(\.message.en))"))
    }

    static let example = (try? String(contentsOfFile: ProjectPaths.path("examples/kantor-contoh.yaml"), encoding: .utf8)) ?? ""

    static var withTeam: String {
        example.replacingOccurrences(of: "answers:\n", with: """
        team:
          - name: Pokja Reform
            areas: [A.II]
            pic: Budi
          - name: Pokja Hasil
            areas: [B]
            pic: Dewi
          - name: Koordinator
            areas: [NILAI]
            pic: Rina
        answers:

        """)
    }

    @Test func actionsCarryTheGapTheTeamAndTheDueDate() throws {
        let card = try Self.card(Self.withTeam)
        let plan = try #require(ActionPlanBuilder.build(card, target: "wbbm", answersPath: "kantor.yaml", due: "2026-05-31"))
        let gap = try #require(GapPlanner.plan(card, target: "wbbm"))
        #expect(plan.actions.filter { $0.code != nil }.map(\.id) == gap.changes.map(\.code))
        #expect(plan.action("B.II.a")?.kind == .survei && plan.action("A.II.3.iii.a")?.kind == .capaian)
        let choice = try #require(plan.action("A.II.6.ii.a"))
        #expect(choice.kind == .jawaban && choice.from == "B" && choice.answer == "A")
        #expect(choice.criterion == "Pengaduan pelayanan dan konsultasi telah direspon dengan cepat melalui berbagai kanal/media")
        #expect(choice.evidence == Fixtures.lke.question("A.II.6.ii.a")?.evidence)
        #expect(choice.pokja == "Pokja Reform" && choice.pic == "Budi")
        #expect(plan.action("B.II.a")?.pokja == "Pokja Hasil")
        #expect(plan.action("predikat.prior")?.pokja == "Koordinator")
        #expect(plan.action("prasyarat.sakip-instansi-wbbm")?.answer == "ya")
        #expect(plan.actions.allSatisfy { $0.due == "2026-05-31" && $0.status == .belum })
        // Every open action done reaches the score the gap planner promised.
        let done = ActionPlanBuilder.scoreWhenDone(plan, card: card)
        #expect(done.total.score == GapPlanner.apply(gap.changes, to: card).total.score)
    }

    @Test func thePlanFileReadsBackAsWritten() throws {
        var plan = try #require(ActionPlanBuilder.build(try Self.card(Self.withTeam), target: "wbbm", answersPath: "../kantor contoh.yaml", due: "2026-05-31"))
        plan.actions[0].note = "catatan: \"kutip\" # bukan komentar"
        plan.actions[1].status = .proses
        let text = ActionPlanFile.text(of: plan)
        let (read, diagnostics) = ActionPlanFile.read(SourceFile(path: "rencana.yaml", text: text))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        #expect(read == plan)
        #expect(ActionPlanFile.isPlan(SourceFile(path: "rencana.yaml", text: text)))
        // Standard YAML readers see the same tree: the file uses only the subset.
        #expect(YAMLParser.parse(SourceFile(path: "r.yaml", text: text)).diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("    due: \"2026-05-31\"", "    due: 2026-02-30", Message.Plan.badDueDate("2026-02-30").en),
        ("    status: belum", "    status: nanti", "'status' is 'nanti'; it must be one of: belum, proses, selesai"),
        ("format: rencana-aksi/1", "format: rencana/9", Message.Plan.unknownFormat("rencana/9", expected: "rencana-aksi/1").en),
    ])
    func badPlansAreLocatedErrors(original: String, replacement: String, message: String) throws {
        let plan = try #require(ActionPlanBuilder.build(try Self.card(Self.example), target: "wbk", answersPath: "k.yaml", due: "2026-05-31"))
        var text = ActionPlanFile.text(of: plan)
        if plan.actions.isEmpty {
            text = text.replacingOccurrences(of: "actions: []\n", with: "actions:\n  - id: X\n    kind: jawaban\n    title: T\n    due: \"2026-05-31\"\n    status: belum\n")
        }
        let broken = try #require(text.range(of: original).map { text.replacingCharacters(in: $0, with: replacement) })
        let (read, diagnostics) = ActionPlanFile.read(SourceFile(path: "r.yaml", text: broken))
        #expect(read == nil)
        #expect(diagnostics.contains { $0.message.en == message && $0.location != nil }, "\(diagnostics.map(\.message.en))")
    }

    @Test func rebuildingKeepsTheTeamsEditsAndClosesWhatTheAnswersMeet() throws {
        let before = try Self.card(Self.withTeam)
        var plan = try #require(ActionPlanBuilder.build(before, target: "wbbm", answersPath: "k.yaml", due: "2026-05-31"))
        let edited = try #require(plan.actions.firstIndex { $0.id == "A.II.6.ii.a" })
        plan.actions[edited].pic = "Sari"
        plan.actions[edited].due = "2026-04-15"
        plan.actions[edited].note = "menunggu rekap"
        let other = try #require(plan.actions.firstIndex { $0.id == "A.II.3.i.a" })
        plan.actions[other].status = .proses
        plan.actions[other].pokja = "Pokja Khusus"
        // The unit improves two answers (one the team was working on) and one prerequisite.
        let improved = Self.withTeam
            .replacingOccurrences(of: "  A.II.6.ii.a:\n    value: B", with: "  A.II.6.ii.a:\n    value: A")
            .replacingOccurrences(of: "  A.II.3.ii.a:\n    value: B", with: "  A.II.3.ii.a:\n    value: A")
            .replacingOccurrences(of: "  sakip-instansi-wbbm: tidak", with: "  sakip-instansi-wbbm: ya")
        let after = try Self.card(improved)
        #expect(after.total.score > before.total.score)
        let merged = try #require(ActionPlanBuilder.build(after, target: "wbbm", answersPath: "k.yaml", due: "2026-06-30", existing: plan))
        #expect(Array(merged.actions.prefix(plan.actions.count)).map(\.id) == plan.actions.map(\.id))
        let kept = try #require(merged.action("A.II.6.ii.a"))
        #expect(kept.pic == "Sari" && kept.due == "2026-04-15" && kept.note == "menunggu rekap" && kept.status == .selesai)
        #expect(merged.action("A.II.3.ii.a")?.status == .selesai)
        #expect(merged.action("prasyarat.sakip-instansi-wbbm")?.status == .selesai)
        let working = try #require(merged.action("A.II.3.i.a"))
        #expect(working.status == .proses && working.pokja == "Pokja Khusus" && working.due == "2026-05-31")
        for action in merged.actions.dropFirst(plan.actions.count) {
            #expect(action.due == "2026-06-30" && action.status == .belum, "\(action.id)")
        }
    }

    @Test func statusCountsPerPokjaAndPICAndFindsTheOverdue() throws {
        let card = try Self.card(Self.withTeam)
        var plan = try #require(ActionPlanBuilder.build(card, target: "wbbm", answersPath: "k.yaml", due: "2026-05-31"))
        plan.actions[0].due = "2026-03-01"
        plan.actions[1].due = "2026-03-01"
        plan.actions[1].status = .selesai
        plan.actions[2].status = .proses
        let status = ActionPlanStatus(plan: plan, card: card, today: "2026-04-01")
        #expect(status.overdue.map(\.id) == [plan.actions[0].id])
        #expect(status.totals.total == plan.actions.count)
        #expect(status.byPokja.reduce(0) { $0 + $1.total } == plan.actions.count)
        #expect(status.byPIC.reduce(0) { $0 + $1.selesai } == 1)
        #expect(Set(status.byPokja.map(\.name)) == Set(plan.actions.map { $0.pokja ?? "" }))
        #expect(status.byPokja.count == Set(status.byPokja.map(\.name)).count)
        #expect(status.done.total.score >= status.card.total.score)
    }

    @Test func datesAndTheDefaultDeadline() {
        #expect(PlanDate.isValid("2024-02-29") && !PlanDate.isValid("2026-02-29") && !PlanDate.isValid("2026-5-31") && !PlanDate.isValid("31-05-2026"))
        #expect(PlanDate.defaultDue(period: "2026") == "2026-05-31")
        #expect(PlanDate.defaultDue(period: "2026/2027") == "2026-05-31")
        #expect(PlanDate.defaultDue(period: "semester 1") == nil)
        #expect(PlanDate.today(Date(timeIntervalSince1970: 0)) == "1970-01-01")
    }
}
