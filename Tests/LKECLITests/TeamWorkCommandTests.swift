import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke init` with a team, `lke plan`, `lke attest`, reviewer verdicts in `score`, `diff` and `batch --compare`,
/// through the built binary.
@Suite struct TeamWorkCommandTests {
    static let example = (try? String(contentsOfFile: ProjectPaths.path("examples/kantor-contoh.yaml"), encoding: .utf8)) ?? ""

    static let team = """
    team:
      - name: Pokja Reform
        areas: [A.II]
        pic: Budi Santoso
        members: [Ani, Citra]
      - name: Pokja Hasil
        areas: [B]
        pic: Dewi
      - name: Koordinator
        areas: [NILAI]
        pic: Rina

    """

    /// A working directory with the example unit and its team as `kantor.yaml`.
    static func work() throws -> URL {
        let work = ProjectPaths.temporaryDirectory()
        try example.replacingOccurrences(of: "answers:\n", with: team + "answers:\n")
            .write(to: work.appendingPathComponent("kantor.yaml"), atomically: true, encoding: .utf8)
        return work
    }

    static func read(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

    static func replace(_ old: String, with new: String, in url: URL) throws {
        let text = read(url)
        #expect(text.contains(old), "'\(old)' is not in \(url.lastPathComponent)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func initWritesTheTeamAndThePrerequisites() throws {
        let work = ProjectPaths.temporaryDirectory()
        let result = try BinaryRunner.run(["init", "-o", "baru.yaml", "--unit", "Kantor Uji", "--period", "2026", "--predicate", "wbk",
                                           "--pokja", "Pokja MP|AREA.MP, A.I.1|Budi|Ani, Citra", "--pokja", "Pokja Hasil|B|Dewi", "--lang", "en"],
                                          directory: work)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "created: baru.yaml (lke-zi-2021, 113 questions, 13 prerequisites, 2 pokja, no answers yet); fill it with: lke fill baru.yaml\n")
        let text = Self.read(work.appendingPathComponent("baru.yaml"))
        #expect(text.contains("predicate: wbk\neligibility:\n  opini-bpk:\n"))
        #expect(text.contains("team:\n  - name: Pokja MP\n    areas: [AREA.MP, A.I.1]\n    pic: Budi\n    members:\n      - Ani\n      - Citra\n  - name: Pokja Hasil\n    areas: [B]\n    pic: Dewi\nanswers: {}\n"))
        let check = try BinaryRunner.run(["check", "baru.yaml"], directory: work)
        #expect(check.status == 0 && check.stderr.isEmpty, "\(check.stderr)")
        let bad = try BinaryRunner.run(["init", "-o", "x.yaml", "--unit", "U", "--pokja", "P|AREA.XX", "--lang", "en"], directory: work)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("pokja 'P': area 'AREA.XX' does not exist in 'lke-zi-2021'"))
    }

    @Test func planIsWrittenUpdatedInPlaceAndReported() throws {
        let work = try Self.work()
        let plan = work.appendingPathComponent("rencana.yaml")
        let first = try BinaryRunner.run(["plan", "kantor.yaml", "--target", "wbbm", "-o", "rencana.yaml", "--today", "2026-04-01"], directory: work)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "rencana aksi ditulis ke 'rencana.yaml': 13 tindakan\n")
        assertSnapshot(first.stdout, named: "plan-kantor.id.md")
        assertSnapshot(Self.read(plan), named: "plan-kantor.yaml")

        // The team edits a PIC, a due date and a status; the unit improves an answer; the plan is built again.
        try Self.replace("    pic: Budi Santoso\n    due: \"2026-05-31\"\n    status: belum\n  - id: A.II.3.iii.a",
                         with: "    pic: Sari\n    due: \"2026-04-15\"\n    status: proses\n    note: menunggu rekap kanal\n  - id: A.II.3.iii.a", in: plan)
        try Self.replace("    pic: Rina\n    due: \"2026-05-31\"\n    status: belum\n  - id: prasyarat.sakip-instansi-wbbm",
                         with: "    pic: Rina\n    due: \"2026-03-31\"\n    status: belum\n  - id: prasyarat.sakip-instansi-wbbm", in: plan)
        try Self.replace("  A.II.6.ii.a:\n    value: B", with: "  A.II.6.ii.a:\n    value: A", in: work.appendingPathComponent("kantor.yaml"))
        let edited = Self.read(plan)
        let second = try BinaryRunner.run(["plan", "kantor.yaml", "-o", "rencana.yaml", "--today", "2026-04-20", "--lang", "en"], directory: work)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr == "action plan 'rencana.yaml' updated: 13 actions, 0 new, 1 done by the answers\n")
        let updated = Self.read(plan)
        #expect(updated == edited.replacingOccurrences(of: "    status: proses\n    note: menunggu rekap kanal\n",
                                                      with: "    status: selesai\n    note: menunggu rekap kanal\n"))

        for (format, golden) in [("md", "plan-status.en.md"), ("csv", "plan-status.csv"), ("json", "plan-status.json"),
                                ("html", "plan-status.en.html")] {
            let status = try BinaryRunner.run(["plan", "rencana.yaml", "--status", "--today", "2026-04-20", "--format", format, "--lang", "en"], directory: work)
            #expect(status.status == 0, "\(status.stderr)")
            assertSnapshot(status.stdout, named: golden)
        }
        let today = try BinaryRunner.run(["plan", "rencana.yaml", "--status"], directory: work)
        #expect(today.stdout.contains("- **Tanggal acuan:** \(PlanDate.today())\n"))
    }

    /// The plan as HTML escapes what the team wrote: a PIC named with markup is shown as text.
    @Test func planHTMLEscapesTheTeamsText() throws {
        let work = try Self.work()
        try Self.replace("    pic: Dewi\n", with: "    pic: \"Dewi <i>&amp; *tim*\"\n", in: work.appendingPathComponent("kantor.yaml"))
        let html = try BinaryRunner.run(["plan", "kantor.yaml", "--target", "wbbm", "--today", "2026-04-01", "-f", "html"], directory: work)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("Dewi &lt;i&gt;&amp;amp; *tim*"), "\(html.stdout)")
        #expect(!html.stdout.contains("<i>"))
    }

    @Test func planUsageAndBadFiles() throws {
        let work = try Self.work()
        let cases: [([String], Int32, String)] = [
            (["plan", "kantor.yaml", "--today", "2026-13-01"], 64, "'--today' must be a date YYYY-MM-DD (not '2026-13-01')"),
            (["plan", "kantor.yaml", "--target", "wbkk"], 64, "predicate 'wbkk' does not exist; choices: wbk, wbbm; did you mean 'wbk'?"),
            (["plan", "kantor.yaml", "--status"], 1, "kantor.yaml:1:1: error: 'kantor.yaml' is not an action plan (no 'format: rencana-aksi/1')"),
            (["plan", "kantor.yaml", "--format", "xlsx"], 64, "'--format' must be one of: md, csv, json, html (not 'xlsx')"),
        ]
        for (arguments, status, message) in cases {
            let result = try BinaryRunner.run(arguments + ["--lang", "en"], directory: work)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        // Without -o nothing is written; a file at -o that is no plan is left alone.
        let printed = try BinaryRunner.run(["plan", "kantor.yaml", "--today", "2026-04-01", "--format", "json"], directory: work)
        #expect(printed.status == 0 && printed.stderr.isEmpty, "\(printed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["kantor.yaml"])
        #expect(printed.stdout.contains("\"target\": \"wbk\""))
        try "catatan: bukan rencana\n".write(to: work.appendingPathComponent("catatan.yaml"), atomically: true, encoding: .utf8)
        let refused = try BinaryRunner.run(["plan", "kantor.yaml", "-o", "catatan.yaml", "--lang", "en"], directory: work)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("'catatan.yaml' is not overwritten because it is not a valid action plan"))
        #expect(Self.read(work.appendingPathComponent("catatan.yaml")) == "catatan: bukan rencana\n")
        _ = try BinaryRunner.run(["plan", "kantor.yaml", "-o", "r.yaml"], directory: work)
        let other = try BinaryRunner.run(["plan", "kantor.yaml", "-o", "r.yaml", "--target", "wbbm", "--lang", "en"], directory: work)
        #expect(other.status == 64)
        #expect(other.stderr.contains("'r.yaml' is a plan for 'wbk', not 'wbbm'"))
    }

    @Test func attestSignsAndCheckAndScoreVerify() throws {
        let work = try Self.work()
        let file = work.appendingPathComponent("kantor.yaml")
        let before = Self.read(file)
        let signed = try BinaryRunner.run(["attest", "kantor.yaml", "--name", "Dra. Siti Rahma", "--nip", "197001012000032001",
                                           "--jabatan", "Kepala Kantor", "--date", "2026-05-20"], directory: work)
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(signed.stdout.hasPrefix("SPTJM ditambahkan ke 'kantor.yaml': Dra. Siti Rahma, NIP 197001012000032001, Kepala Kantor, 2026-05-20; SHA-256 "))
        let after = Self.read(file)
        #expect(after.hasPrefix(before))
        #expect(after.dropFirst(before.count).hasPrefix("attestation:\n  name: Dra. Siti Rahma\n  nip: \"197001012000032001\"\n"))
        let check = try BinaryRunner.run(["check", "kantor.yaml"], directory: work)
        #expect(check.status == 0 && check.stderr.isEmpty, "\(check.stderr)")
        let score = try BinaryRunner.run(["score", "kantor.yaml"], directory: work)
        assertSnapshot(score.stdout, named: "score-team-attested.id.md")
        let html = try BinaryRunner.run(["score", "kantor.yaml", "--format", "html"], directory: work)
        #expect(html.stdout.contains("Surat Pernyataan Tanggung Jawab Mutlak (SPTJM)</h2>"), "\(html.stderr)")
        #expect(html.stdout.contains("Pekerjaan terbuka per pokja</h2>"))
        let json = try BinaryRunner.run(["score", "kantor.yaml", "--format", "json"], directory: work)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let attestation = try #require(object["attestation"] as? [String: Any])
        #expect(attestation["name"] as? String == "Dra. Siti Rahma" && attestation["holds"] as? Bool == true)
        #expect((object["team"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Pokja Reform", "Pokja Hasil", "Koordinator"])

        try Self.replace("  A.II.6.ii.a:\n    value: B", with: "  A.II.6.ii.a:\n    value: A", in: file)
        try Self.replace("  tlhp: ya", with: "  tlhp: tidak", in: file)
        let changed = try BinaryRunner.run(["check", "kantor.yaml", "--lang", "en"], directory: work)
        #expect(changed.status == 0)
        let line = after.components(separatedBy: "\n").firstIndex(of: "attestation:")! + 1
        #expect(changed.stderr.hasPrefix("kantor.yaml:\(line):1: warning: the answers changed after the SPTJM was signed by Dra. Siti Rahma (2026-05-20); changed codes: eligibility.tlhp, A.II.6.ii.a; sign again with 'lke attest'\n"),
                "\(changed.stderr)")
        let report = try BinaryRunner.run(["score", "kantor.yaml", "--lang", "en"], directory: work)
        #expect(report.stdout.contains("- **Status:** the answers changed after signing; changed codes: eligibility.tlhp, A.II.6.ii.a\n"))
        #expect(report.stderr.contains("warning: the answers changed after the SPTJM was signed"))
        let again = try BinaryRunner.run(["attest", "kantor.yaml", "--name", "Dra. Siti Rahma", "--nip", "197001012000032001",
                                          "--jabatan", "Kepala Kantor", "--date", "2026-05-21", "--lang", "en"], directory: work)
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
        #expect(again.stdout.contains("(replacing the signature of Dra. Siti Rahma, 2026-05-20)"))
        #expect(Self.read(file).components(separatedBy: "\nattestation:\n").count == 2)
        let missing = try BinaryRunner.run(["attest", "kantor.yaml", "--name", "X", "--lang", "en"], directory: work)
        #expect(missing.status == 64 && missing.stderr.contains("give '--nip' (or write 'head: nip:' in the answer file)"))
        // The signer defaults to the file's head: block.
        try Self.replace("answers:\n", with: "head:\n  name: Dra. Siti Rahma\n  nip: \"197001012000032001\"\n  position: Kepala Kantor\nanswers:\n", in: file)
        let fromHead = try BinaryRunner.run(["attest", "kantor.yaml", "--date", "2026-05-22", "--lang", "en"], directory: work)
        #expect(fromHead.status == 0, "\(fromHead.stderr)")
        #expect(fromHead.stdout.contains(": Dra. Siti Rahma, NIP 197001012000032001, Kepala Kantor, 2026-05-22; SHA-256 "))
    }

    /// The unit's file and its TPI review: changed answers with verdicts, a changed note and evidence.
    static func reviewWork() throws -> URL {
        let work = try Self.work()
        var tpi = Self.read(work.appendingPathComponent("kantor.yaml")).replacingOccurrences(of: "layer: self", with: "layer: tpi")
        tpi = tpi.replacingOccurrences(of: "  A.I.1.i.b:\n    value: A\n", with: "  A.I.1.i.b:\n    value: B\n    review:\n      status: perlu-perbaikan\n      comment: \"Seleksi anggota belum terbuka | notulen tidak ditandatangani\"\n")
        tpi = tpi.replacingOccurrences(of: "  A.II.6.ii.a:\n    value: B\n", with: "  A.II.6.ii.a:\n    value: B\n    review: {status: diterima}\n")
        tpi = tpi.replacingOccurrences(of: "  A.I.1.i.a:\n    value: Ya\n", with: "  A.I.1.i.a:\n    value: Tidak\n    review: {status: ditolak, comment: SK tidak ditemukan}\n")
        tpi = tpi.replacingOccurrences(of: "    note: Anggota dipilih melalui seleksi terbuka", with: "    note: Menurut TPI anggota dipilih melalui seleksi terbuka")
        try tpi.write(to: work.appendingPathComponent("tpi.yaml"), atomically: true, encoding: .utf8)
        return work
    }

    @Test func reviewVerdictsInScoreDiffAndBatchCompare() throws {
        let work = try Self.reviewWork()
        #expect(Self.read(work.appendingPathComponent("tpi.yaml")).contains("review: {status: ditolak"))
        let score = try BinaryRunner.run(["score", "tpi.yaml", "--lang", "en"], directory: work)
        #expect(score.status == 0, "\(score.stderr)")
        let section = try #require(score.stdout.range(of: "## Review verdicts\n").map { String(score.stdout[$0.lowerBound...]) })
        #expect(section.hasPrefix("""
        ## Review verdicts

        3 items reviewed: 1 accepted, 1 needs revision, 1 rejected.

        | Code | Answer | Status | Comment |
        | :-- | :-- | :-- | :-- |
        | A.I.1.i.a | Tidak | rejected | SK tidak ditemukan |
        | A.I.1.i.b | B | needs revision | Seleksi anggota belum terbuka \\| notulen tidak ditandatangani |
        | A.II.6.ii.a | B | accepted | — |

        """))
        for (options, golden) in [(["--lang", "id"], "diff-review.id.md"), (["--format", "json"], "diff-review.json"), (["--format", "csv"], "diff-review.csv")] {
            let diff = try BinaryRunner.run(["diff", "kantor.yaml", "tpi.yaml"] + options, directory: work)
            #expect(diff.status == 0, "\(diff.stderr)")
            assertSnapshot(diff.stdout, named: golden)
        }
        let fm = FileManager.default
        for side in ["mandiri", "tpi-dir"] { try fm.createDirectory(at: work.appendingPathComponent(side), withIntermediateDirectories: true) }
        try fm.copyItem(at: work.appendingPathComponent("kantor.yaml"), to: work.appendingPathComponent("mandiri/kantor.yaml"))
        try fm.copyItem(at: work.appendingPathComponent("tpi.yaml"), to: work.appendingPathComponent("tpi-dir/kantor.yaml"))
        let compare = try BinaryRunner.run(["batch", "--compare", "mandiri", "tpi-dir", "--lang", "en"], directory: work)
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.contains("Items by review status: 1 accepted, 1 needs revision, 1 rejected.\n"))
        let json = try BinaryRunner.run(["batch", "--compare", "mandiri", "tpi-dir", "--format", "json"], directory: work)
        #expect(json.stdout.contains("\"reviewStatuses\": {\"diterima\": 1, \"perlu-perbaikan\": 1, \"ditolak\": 1},"))
    }
}
