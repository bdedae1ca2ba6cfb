import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// The prerequisite prompts of `lke fill` and the team prompts of `lke init` in a pseudo-terminal (util-linux
/// `script`), as a user at a terminal meets them.
@Suite struct TeamTerminalTests {
    typealias S = FillTestSupport

    static func start(_ arguments: String) throws -> LiveProcess {
        let command = "'\(BinaryRunner.executable.path)' \(arguments) --lang en"
        return try LiveProcess(executable: try #require(FillTerminalTests.script), arguments: ["-qfec", command, "/dev/null"],
                               environment: ["TERM": "xterm", "NO_COLOR": "1"])
    }

    @Test(.enabled(if: FillTerminalTests.script != nil, "util-linux 'script' is not installed; the pseudo-terminal test is skipped"))
    func initAsksForThePokjaAtATerminal() throws {
        let path = ProjectPaths.temporaryDirectory().appendingPathComponent("tim.yaml").path
        let terminal = try Self.start("init -o '\(path)' --unit 'Kantor Uji' --period 2026")
        #expect(terminal.wait { $0.contains("Name of pokja 1: ") }, "\(terminal.output)")
        #expect(terminal.output.contains("Areas you can use: AREA.MP (Manajemen Perubahan), "))
        terminal.send("Pokja MP\r")
        #expect(terminal.wait { $0.contains("  Areas (codes, separated by commas): ") }, "\(terminal.output)")
        terminal.send("AREA.MP, A.I.9\r")
        #expect(terminal.wait { $0.contains("error: code 'A.I.9' does not exist in 'lke-zi-2021'") }, "\(terminal.output)")
        terminal.send("AREA.MP, A.I.1\r")
        #expect(terminal.wait { $0.contains("  PIC: ") }, "\(terminal.output)")
        terminal.send("Budi\r")
        #expect(terminal.wait { $0.contains("  Members (separated by commas): ") }, "\(terminal.output)")
        terminal.send("Ani, Citra\r")
        #expect(terminal.wait { $0.contains("Name of pokja 2: ") }, "\(terminal.output)")
        terminal.send("\r")
        #expect(terminal.wait { $0.contains("created: ") }, "\(terminal.output)")
        #expect(terminal.finish() == 0, "\(terminal.output)")
        #expect(terminal.output.contains("13 prerequisites, 1 pokja, no answers yet"))
        let sheet = try #require(S.load(path).answers?.sheet)
        #expect(sheet.team == [Pokja(name: "Pokja MP", areas: ["AREA.MP", "A.I.1"], pic: "Budi", members: ["Ani", "Citra"])])
    }

    @Test(.enabled(if: FillTerminalTests.script != nil, "util-linux 'script' is not installed; the pseudo-terminal test is skipped"))
    func initSkipsTheTeamOnEnter() throws {
        let path = ProjectPaths.temporaryDirectory().appendingPathComponent("tanpa-tim.yaml").path
        let terminal = try Self.start("init -o '\(path)' --unit 'Kantor Uji'")
        #expect(terminal.wait { $0.contains("Name of pokja 1: ") }, "\(terminal.output)")
        terminal.send("\r")
        #expect(terminal.finish() == 0, "\(terminal.output)")
        #expect(!S.read(path).contains("team:"))
    }

    @Test(.enabled(if: FillTerminalTests.script != nil, "util-linux 'script' is not installed; the pseudo-terminal test is skipped"))
    func fillAsksThePrerequisitesAndCountsThem() throws {
        let path = S.newAnswerFile()
        let terminal = try Self.start("fill '\(path)'")
        #expect(terminal.wait { $0.contains("A.I.1.i.a (Ya/Tidak)> ") }, "\(terminal.output)")
        #expect(terminal.output.contains(" A.I.1 MANAJEMEN PERUBAHAN · 0/113 answered · prerequisites 0/13 · score 0.00 \r\n"))
        terminal.send(":goto prasyarat\r")
        #expect(terminal.wait { $0.contains("opini-bpk (ya/tidak)> ") }, "\(terminal.output)")
        let shown = terminal.output
        #expect(shown.contains("Eligibility\r\nopini-bpk  Opini BPK atas laporan keuangan instansi minimal Wajar Tanpa Pengecualian (WTP)\r\n"))
        #expect(shown.contains("  Explanation: Opini Badan Pemeriksa Keuangan atas laporan keuangan instansi induk"))
        #expect(shown.contains(" Eligibility · 0/113 answered · prerequisites 0/13 · score 0.00 \r\n"))
        terminal.send("y\r")
        #expect(terminal.wait { $0.contains("saved: opini-bpk = ya") && $0.contains("sakip-instansi-wbk (ya/tidak)> ") }, "\(terminal.output)")
        #expect(terminal.output.contains("prerequisites 1/13"))
        terminal.send("tidak\r")
        #expect(terminal.wait { $0.contains("saved: sakip-instansi-wbk = tidak") && $0.contains("indeks-rb-wbk (ya/tidak)> ") }, "\(terminal.output)")
        terminal.send("mungkin\r")
        #expect(terminal.wait { $0.contains("error: 'mungkin' is not an option of indeks-rb-wbk; the options: ya, tidak") }, "\(terminal.output)")
        terminal.send(":goto predicate\r")
        #expect(terminal.wait { $0.contains("predicate (none/wbk) [none]> ") }, "\(terminal.output)")
        terminal.send("wbk\r")
        #expect(terminal.wait { $0.contains("saved: predicate = wbk") }, "\(terminal.output)")
        terminal.send(":quit\r")
        #expect(terminal.finish() == 0, "\(terminal.output)")
        let sheet = try #require(S.load(path).answers?.sheet)
        #expect(sheet.eligibility == ["opini-bpk": true, "sakip-instansi-wbk": false])
        #expect(sheet.eligibilityOrder.count == 13)
        #expect(sheet.predicate == "wbk")
    }
}
