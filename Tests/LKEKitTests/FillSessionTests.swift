import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Drives a `FillSession` with lines and records what it asks the caller to do.
struct FillDriver {
    var session: FillSession
    var output = ""
    var errors = ""
    var saves: [String] = []

    init(_ sheet: AnswerSheet, _ options: FillSession.Options = .init(language: .en)) throws {
        session = try FillSession(questionnaire: Fixtures.lke, sheet: sheet, options: options)
        record(session.start())
    }

    mutating func send(_ lines: String?...) {
        for line in lines { record(session.handle(line)) }
    }

    mutating func record(_ effects: [FillSession.Effect]) {
        for effect in effects {
            switch effect {
            case .output(let text): output += text
            case .error(let text): errors += text
            case .save(let text, let acknowledgement):
                saves.append(text)
                output += acknowledgement
            }
        }
    }

    /// Clears the recorded output and errors.
    mutating func clear() {
        output = ""
        errors = ""
    }

    var lastSave: AnswerSheet? {
        saves.last.flatMap { Fixtures.answers($0, path: "uji.yaml").sheet }
    }

    static func sheet(_ answers: [String: String] = [:]) -> AnswerSheet {
        var sheet = AnswerSheet(questionnaireID: "lke-zi-2021", unit: "Unit Uji", path: "uji.yaml")
        for (code, value) in answers.sorted(by: { $0.key < $1.key }) { sheet.setValue(value, for: code) }
        return sheet
    }

    /// Every step answered at its best, except `leaving`.
    static func complete(leaving: Set<String> = []) -> [String: String] {
        Fixtures.extremes(best: true).filter { !leaving.contains($0.key) }
    }
}

@Suite struct FillSessionTests {
    @Test func asksTheFirstUnansweredStepWithEverythingAboutIt() throws {
        let driver = try FillDriver(FillDriver.sheet(["A.I.1.i.a": "Ya"]))
        let out = driver.output
        #expect(out.contains("Filling 'uji.yaml': Unit Uji (lke-zi-2021), 1/113 questions answered, 126 inputs in the queue."))
        #expect(out.contains("A PENGUNGKIT › A.I PEMENUHAN › A.I.1 MANAJEMEN PERUBAHAN › A.I.1.i Penyusunan Tim Kerja\n"))
        #expect(out.contains("A.I.1.i.b  Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas\n"))
        #expect(out.contains("  A  Jika dengan prosedur/mekanisme yang jelas dan mewakili seluruh unsur dalam unit kerja\n"))
        #expect(out.contains("  C  Jika tidak di seleksi.\n"))
        #expect(out.contains("  Guidance: Periksa apakah anggota tim dipilih"))
        #expect(out.contains("  Typical evidence:\n    - Dokumen mekanisme atau kriteria pemilihan anggota Tim Kerja\n"))
        #expect(out.hasSuffix("A.I.1.i.b (A/B/C)> "))
        #expect(!out.contains("\u{1B}["))
        #expect(driver.session.current?.code == "A.I.1.i.b")
    }

    @Test func theYaConditionStandsBesideTheFirstOption() throws {
        let driver = try FillDriver(FillDriver.sheet())
        #expect(driver.output.contains("  Ya     Ya, jika Tim telah dibentuk di dalam unit kerja.\n  Tidak\n"))
        #expect(driver.output.hasSuffix("A.I.1.i.a (Ya/Tidak)> "))
    }

    @Test(arguments: [("ya", "Ya"), ("Y", "Ya"), ("YA", "Ya"), ("tidak", "Tidak"), ("t", "Tidak"), (" T ", "Tidak"), ("ya\r", "Ya")])
    func yaTidakSpellings(typed: String, saved: String) throws {
        var driver = try FillDriver(FillDriver.sheet())
        driver.send(typed)
        #expect(driver.errors.isEmpty)
        #expect(driver.lastSave?.entry("A.I.1.i.a")?.value == saved)
        #expect(driver.output.contains("saved: A.I.1.i.a = \(saved)\n"))
        #expect(driver.session.current?.code == "A.I.1.i.b")
    }

    @Test(arguments: [("a", "A"), ("B", "B"), ("c", "C")])
    func letterOptionsIgnoreCase(typed: String, saved: String) throws {
        var driver = try FillDriver(FillDriver.sheet(["A.I.1.i.a": "Ya"]))
        driver.send(typed)
        #expect(driver.lastSave?.entry("A.I.1.i.b")?.value == saved)
    }

    @Test func everySaveIsTheCanonicalTextOfTheWholeSheet() throws {
        var sheet = FillDriver.sheet(["B.I.a": "3.5"])
        sheet.instansi = "Kementerian Uji"
        sheet.eligibility = ["opini-bpk": true]
        sheet.eligibilityOrder = ["opini-bpk"]
        sheet.setNote("catatan lama", for: "B.I.a")
        var driver = try FillDriver(sheet)
        driver.send("ya", "b")
        #expect(driver.saves.count == 2)
        #expect(driver.saves.last == driver.session.text)
        let saved = try #require(driver.lastSave)
        #expect(saved.instansi == "Kementerian Uji")
        #expect(saved.eligibility == ["opini-bpk": true])
        #expect(saved.entry("B.I.a")?.value == "3.5")
        #expect(saved.entry("B.I.a")?.note == "catatan lama")
        #expect(saved.entries.map(\.code) == ["A.I.1.i.a", "A.I.1.i.b", "B.I.a"])
    }

    @Test func numbersTakeADecimalCommaAndAreSavedWithADot() throws {
        var driver = try FillDriver(FillDriver.sheet(), .init(language: .en, from: "B.I.a"))
        #expect(driver.output.contains("  Input: a number with at most 2 decimals from 0 to 4; value = x / 4\n"))
        #expect(driver.output.hasSuffix("B.I.a (0–4)> "))
        driver.send("3,62")
        #expect(driver.errors.isEmpty)
        #expect(driver.lastSave?.entry("B.I.a")?.value == "3.62")
    }

    @Test(arguments: [
        ("zz", "A.I.1.i.a", "'zz' is not an option of 'A.I.1.i.a'; options: Ya, Tidak"),
        ("5", "B.I.a", "'B.I.a' is 5, outside the range 0 to 4"),
        ("3.625", "B.I.a", "'B.I.a' takes at most 2 decimals, not 3.625"),
        ("tiga", "B.I.a", "'B.I.a' needs a number, not 'tiga'"),
        ("1,5", "A.II.1.i.a.1", "'A.II.1.i.a.1' must be a whole number, not 1,5"),
        ("-1", "A.II.1.i.a.1", "'A.II.1.i.a.1' is -1, outside the range 0 to 1000000000"),
    ])
    func invalidAnswersGetOneLineAndTheSamePrompt(typed: String, code: String, reason: String) throws {
        var driver = try FillDriver(FillDriver.sheet(), .init(language: .en, from: code))
        driver.clear()
        driver.send(typed)
        #expect(driver.errors == "error: \(reason)\n")
        #expect(driver.saves.isEmpty)
        #expect(driver.session.current?.code == code)
        #expect(driver.output.hasPrefix(code + " (") && driver.output.hasSuffix("> ") && !driver.output.contains("\n"))
    }

    @Test func enterKeepsTheCurrentAnswerAndNeedsOne() throws {
        var driver = try FillDriver(FillDriver.sheet(["A.I.1.i.a": "Tidak"]), .init(language: .en, all: true))
        #expect(driver.output.contains("  Current answer: Tidak\n"))
        #expect(driver.output.hasSuffix("A.I.1.i.a (Ya/Tidak) [Tidak]> "))
        driver.send("")
        #expect(driver.saves.isEmpty)
        #expect(driver.session.current?.code == "A.I.1.i.b")
        driver.clear()
        driver.send("")
        #expect(driver.errors == "error: there is no answer yet; type one, or :skip to skip\n")
        #expect(driver.session.current?.code == "A.I.1.i.b")
    }

    @Test func anInvalidAnswerInTheFileIsShownAndAskedAgain() throws {
        var driver = try FillDriver(FillDriver.sheet(["A.I.1.i.a": "Mungkin"]))
        #expect(driver.session.current?.code == "A.I.1.i.a")
        #expect(driver.output.contains("  Current answer: Mungkin (not valid: 'Mungkin' is not an option of 'A.I.1.i.a'; options: Ya, Tidak)\n"))
        #expect(driver.output.hasSuffix("A.I.1.i.a (Ya/Tidak)> "))
        driver.send("")
        #expect(driver.errors == "error: the current answer is not valid; type a new one, or :skip to skip\n")
        driver.send("y")
        #expect(driver.lastSave?.entry("A.I.1.i.a")?.value == "Ya")
    }

    @Test func helpListsEveryCommand() throws {
        for typed in ["?", ":help", ":HELP", ":h"] {
            var driver = try FillDriver(FillDriver.sheet())
            driver.clear()
            driver.send(typed)
            for command in [":help, ?", ":back", ":skip", ":goto CODE", ":note TEXT", ":evidence FILE", ":score", ":list", ":quit"] {
                #expect(driver.output.contains(command), "\(typed): \(command)")
            }
            #expect(driver.output.hasSuffix("A.I.1.i.a (Ya/Tidak)> "))
            #expect(driver.session.current?.code == "A.I.1.i.a")
        }
    }

    @Test func backReturnsToThePreviousQuestionAndForwardSkipsWhatIsAnswered() throws {
        var driver = try FillDriver(FillDriver.sheet())
        driver.send(":back")
        #expect(driver.errors == "error: there is no previous question\n")
        driver.send("ya", "a")
        #expect(driver.session.current?.code == "A.I.1.ii.a")
        driver.send(":back")
        #expect(driver.session.current?.code == "A.I.1.i.b")
        #expect(driver.output.hasSuffix("A.I.1.i.b (A/B/C) [A]> "))
        driver.send(":back")
        #expect(driver.session.current?.code == "A.I.1.i.a")
        driver.send("tidak")
        #expect(driver.lastSave?.entry("A.I.1.i.a")?.value == "Tidak")
        // A.I.1.i.b is answered: moving on lands on the first unanswered step again.
        #expect(driver.session.current?.code == "A.I.1.ii.a")
    }

    @Test func skipLeavesTheQuestionUnanswered() throws {
        var driver = try FillDriver(FillDriver.sheet())
        driver.send(":skip")
        #expect(driver.saves.isEmpty)
        #expect(driver.session.current?.code == "A.I.1.i.b")
        driver.send(":back")
        #expect(driver.session.current?.code == "A.I.1.i.a")
    }

    @Test func gotoJumpsOffersASuggestionAndAcceptsSections() throws {
        var driver = try FillDriver(FillDriver.sheet())
        driver.send(":goto B.II.a")
        #expect(driver.session.current?.code == "B.II.a")
        driver.send(":goto A.II.5.iii.x")
        #expect(driver.errors.contains("error: code 'A.II.5.iii.x' does not exist in 'lke-zi-2021'; did you mean 'A.II.5.iii.a'?\n"))
        #expect(driver.session.current?.code == "B.II.a")
        driver.send(":goto")
        #expect(driver.errors.contains("error: give the code: :goto CODE\n"))
        driver.send(":goto A.II.5.iii.a")
        #expect(driver.session.current?.code == "A.II.5.iii.a.1")
        driver.send(":goto a.i.3")
        #expect(driver.session.current?.code == "A.I.3.i.a")
        driver.send(":goto AREA.PL")
        #expect(driver.session.current?.code == "A.I.6.i.a")
        driver.send(":back", ":back")
        #expect(driver.session.current?.code == "A.II.5.iii.a.1")
    }

    @Test func notesGoOnTheQuestionAndCanBeShownAndRemoved() throws {
        var driver = try FillDriver(FillDriver.sheet(), .init(language: .en, from: "A.II.5.iii.a.2"))
        driver.clear()
        driver.send(":note")
        #expect(driver.output.contains("there is no note for A.II.5.iii.a yet\n"))
        driver.send(":note -")
        #expect(driver.errors == "error: there is no note for A.II.5.iii.a\n")
        driver.send(":note\tdata: dari BKPSDM # belum final")
        #expect(driver.output.contains("saved: note of A.II.5.iii.a\n"))
        #expect(driver.lastSave?.entry("A.II.5.iii.a")?.note == "data: dari BKPSDM # belum final")
        #expect(driver.session.current?.code == "A.II.5.iii.a.2")
        driver.clear()
        driver.send(":note")
        #expect(driver.output.contains("  Note: data: dari BKPSDM # belum final\n"))
        driver.send(":note -")
        #expect(driver.output.contains("note of A.II.5.iii.a removed\n"))
        #expect(driver.lastSave?.entry("A.II.5.iii.a") == nil)
        #expect(driver.saves.count == 2)
    }

    @Test func evidenceIsAddedOnceAndListed() throws {
        var driver = try FillDriver(FillDriver.sheet())
        driver.send(":evidence")
        #expect(driver.output.contains("there is no evidence for A.I.1.i.a yet\n"))
        driver.send(":evidence bukti/sk tim.pdf", ":evidence https://drive.example.go.id/a")
        driver.send(":evidence bukti/sk tim.pdf")
        #expect(driver.errors == "error: 'bukti/sk tim.pdf' is already listed as evidence of A.I.1.i.a\n")
        #expect(driver.saves.count == 2)
        #expect(driver.lastSave?.entry("A.I.1.i.a")?.evidence == ["bukti/sk tim.pdf", "https://drive.example.go.id/a"])
        driver.clear()
        driver.send(":evidence")
        #expect(driver.output.hasPrefix("Evidence of A.I.1.i.a:\n  - bukti/sk tim.pdf\n  - https://drive.example.go.id/a\n"))
        driver.send("ya")
        // The evidence shows with the question when it comes back.
        driver.send(":back")
        #expect(driver.output.contains("  Attached evidence:\n    - bukti/sk tim.pdf\n"))
        #expect(driver.lastSave?.entry("A.I.1.i.a")?.value == "Ya")
    }

    @Test func scoreAndListReportProgressAndVerdicts() throws {
        let answers = try #require(Fixtures.answers(String(decoding: try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.path("examples/kantor-contoh.yaml"))), as: UTF8.self)).sheet)
        var driver = try FillDriver(answers, .init(language: .id, all: true))
        driver.clear()
        driver.send(":score")
        #expect(driver.output.contains("Nilai sementara: 78,92 dari 100,00\n"))
        #expect(driver.output.contains("  A PENGUNGKIT: 44,24 dari 60,00\n"))
        #expect(driver.output.contains("Menuju WBK: memenuhi syarat nilai\n"))
        #expect(driver.output.contains("Menuju WBBM: belum memenuhi\n  - Nilai Total 78,92 < 85,00\n"))
        driver.clear()
        driver.send(":list")
        #expect(driver.output.contains("Kemajuan per area (terjawab/jumlah pertanyaan):\n"))
        #expect(driver.output.contains("113/113  NILAI Nilai Evaluasi Zona Integritas\n"))
        #expect(driver.output.contains("12/12        A.I.1 MANAJEMEN PERUBAHAN\n"))
        #expect(driver.output.contains("  3/3    B HASIL\n"))
        #expect(driver.saves.isEmpty)
    }

    @Test func anIncompleteScoreSaysUnansweredQuestionsCountZero() throws {
        var driver = try FillDriver(FillDriver.sheet(["A.I.1.i.a": "Ya"]))
        driver.send(":score")
        #expect(driver.output.contains("Score so far: 0.25 of 100.00 (1/113 answered; unanswered questions count 0)\n"))
        #expect(driver.output.contains("Menuju WBK: not met\n  - Nilai Total 0.25 < 75.00\n"))
    }

    @Test func quitEndsWithTheReport() throws {
        var driver = try FillDriver(FillDriver.sheet())
        driver.send("ya")
        driver.clear()
        driver.send(":quit")
        #expect(driver.session.ending == .quit)
        #expect(driver.session.isFinished)
        #expect(driver.output.contains("Progress by area (answered/questions):\n"))
        #expect(driver.output.contains("Score so far: 0.25 of 100.00"))
        #expect(driver.output.hasSuffix("saved in 'uji.yaml': 1/113 questions answered, score so far 0.25\n"))
        driver.clear()
        driver.send("tidak")
        #expect(driver.output.isEmpty && driver.saves.count == 1)
    }

    @Test func endOfInputEndsWithOneLine() throws {
        var driver = try FillDriver(FillDriver.sheet())
        driver.clear()
        driver.send(nil)
        #expect(driver.session.ending == .endOfInput)
        #expect(driver.output == "\nno changes to 'uji.yaml': 0/113 questions answered, score so far 0.00\n")
    }

    @Test func unknownCommandsGetASuggestion() throws {
        var driver = try FillDriver(FillDriver.sheet())
        driver.send(":skor")
        #expect(driver.errors == "error: unknown command ':skor'; did you mean ':score'?\n")
        driver.clear()
        driver.send(":xyzzy")
        #expect(driver.errors == "error: unknown command ':xyzzy'; type ? for help\n")
        #expect(driver.session.current?.code == "A.I.1.i.a")
    }

    @Test func countInputsShowTheirFormulaAndThePercentage() throws {
        var driver = try FillDriver(FillDriver.sheet(), .init(language: .id, from: "A.II.5.iii.a.1"))
        #expect(driver.output.contains("  Masukan 1 dari 4: A.II.5.iii.a.1  Kepala satuan kerja\n"))
        #expect(driver.output.contains("  Isian: bilangan bulat ≥ 0\n"))
        #expect(driver.output.contains("  Rumus: A.II.5.iii.a.4 / A.II.5.iii.a.wajib\n"))
        #expect(driver.output.contains("     A.II.5.iii.a.wajib  Jumlah yang harus melaporkan = A.II.5.iii.a.1 + A.II.5.iii.a.2 + A.II.5.iii.a.3\n"))
        #expect(driver.output.hasSuffix("A.II.5.iii.a.1 (jumlah)> "))
        driver.send("1")
        #expect(driver.output.contains("A.II.5.iii.a: 1 dari 4 masukan terisi; persentase dihitung setelah semuanya terisi\n"))
        driver.send("2", "0")
        #expect(driver.output.contains("A.II.5.iii.a.wajib  Jumlah yang harus melaporkan = A.II.5.iii.a.1 + A.II.5.iii.a.2 + A.II.5.iii.a.3 = 3\n"))
        driver.clear()
        driver.send("2")
        #expect(driver.output.hasPrefix("tersimpan: A.II.5.iii.a.4 = 2\nA.II.5.iii.a = 66,67%\n"))
    }

    @Test func aZeroDenominatorIsExplained() throws {
        var driver = try FillDriver(FillDriver.sheet(), .init(language: .en, from: "A.II.1.i.a.1"))
        driver.send("0", "0")
        #expect(driver.output.contains("A.II.1.i.a: the denominator is zero, so the question has no value and counts 0\n"))
    }

    @Test func anAnswerBreakingAnErrorCheckIsRejected() throws {
        var driver = try FillDriver(FillDriver.sheet(["A.II.5.iii.a.1": "1", "A.II.5.iii.a.2": "2", "A.II.5.iii.a.3": "0"]))
        #expect(driver.session.current?.code == "A.I.1.i.a")
        driver.send(":goto A.II.5.iii.a.4")
        driver.clear()
        driver.send("5")
        #expect(driver.errors == "error: rejected: jumlah yang sudah melaporkan LHKPN (A.II.5.iii.a.4) melebihi jumlah yang harus melaporkan (A.II.5.iii.a.1 + .2 + .3) (A.II.5.iii.a.4 = 5, A.II.5.iii.a.wajib = 3)\n")
        #expect(driver.saves.isEmpty)
        #expect(driver.session.current?.code == "A.II.5.iii.a.4")
        driver.send("3")
        #expect(driver.lastSave?.entry("A.II.5.iii.a.4")?.value == "3")
        // Lowering a count the check depends on is rejected too.
        driver.send(":goto A.II.5.iii.a.2")
        driver.clear()
        driver.send("1")
        #expect(driver.errors.hasPrefix("error: rejected: jumlah yang sudah melaporkan LHKPN"))
        #expect(driver.lastSave?.entry("A.II.5.iii.a.2")?.value == "2")
    }

    @Test func anAnswerBreakingAWarningCheckIsKeptWithTheWarning() throws {
        var driver = try FillDriver(FillDriver.sheet(["A.II.1.i.a.1": "4", "A.II.1.i.a.2": "3"]), .init(language: .en, from: "A.II.1.i.b.1"))
        driver.clear()
        driver.send("5")
        #expect(driver.errors.isEmpty)
        #expect(driver.output.contains("saved: A.II.1.i.b.1 = 5\nwarning: jumlah perubahan yang dibuat diisi berbeda pada A.II.1.i.a.2 dan A.II.1.i.b.1"))
        #expect(driver.lastSave?.entry("A.II.1.i.b.1")?.value == "5")
    }

    @Test func finishingTheQueueEndsTheSession() throws {
        var driver = try FillDriver(FillDriver.sheet(FillDriver.complete(leaving: ["B.I.b", "B.II.a"])))
        #expect(driver.session.current?.code == "B.I.b")
        driver.send("a")
        driver.clear()
        driver.send("3,6")
        #expect(driver.session.ending == .completed)
        #expect(driver.output.contains("Every input in the queue has been visited.\n"))
        #expect(driver.output.contains("113/113  NILAI"))
        #expect(driver.output.contains("Score so far: 98.25 of 100.00\n"))
        #expect(driver.output.hasSuffix("saved in 'uji.yaml': 113/113 questions answered, score so far 98.25\n"))
        let saved = try #require(driver.saves.last)
        let card = Scorer.score(try #require(Fixtures.answers(saved).answers))
        #expect(card.rounded(card.total.score) == Number(text: "98.25"))
    }

    @Test func nothingToFillEndsAtOnce() throws {
        var driver = try FillDriver(FillDriver.sheet(FillDriver.complete()))
        #expect(driver.session.isFinished)
        #expect(driver.session.ending == .completed)
        #expect(driver.output.contains("Nothing to fill: every question in scope is answered (use --all to review them).\n"))
        driver.send("ya")
        #expect(driver.saves.isEmpty)
    }

    @Test func areaLimitsTheQueueAndFromStartsAnywhere() throws {
        var driver = try FillDriver(FillDriver.sheet(), .init(language: .en, area: "A.I.2.iii"))
        #expect(driver.session.current?.code == "A.I.2.iii.a")
        driver.send("a", "b")
        #expect(driver.session.ending == .completed)
        #expect(driver.saves.count == 2)

        let answered = try FillDriver(FillDriver.sheet(["B.I.a": "3"]), .init(language: .en, from: "B.I.a"))
        #expect(answered.session.current?.code == "B.I.a")
        #expect(answered.output.hasSuffix("B.I.a (0–4) [3]> "))

        let group = try FillDriver(FillDriver.sheet(), .init(language: .en, area: "AREA.PW", from: "A.II.5"))
        #expect(group.session.current?.code == "A.II.5.i.a")
    }

    @Test func allWalksAnsweredStepsToo() throws {
        var driver = try FillDriver(FillDriver.sheet(["A.I.1.i.a": "Ya", "A.I.1.i.b": "B"]), .init(language: .en, all: true))
        #expect(driver.session.current?.code == "A.I.1.i.a")
        driver.send("", "")
        #expect(driver.session.current?.code == "A.I.1.ii.a")
        #expect(driver.saves.isEmpty)
    }

    @Test(arguments: [
        (FillSession.Options(language: .en, area: "A.I.9"), Message.Answers.unknownCode("A.I.9", in: "lke-zi-2021", suggestion: "A.I.1")),
        (FillSession.Options(language: .en, from: "B.I.c"), Message.Answers.unknownCode("B.I.c", in: "lke-zi-2021", suggestion: "B.I.a")),
        (FillSession.Options(language: .en, area: "B", from: "A.I.1"), Message.Fill.fromNotUnderArea("A.I.1", area: "B")),
    ])
    func setupErrors(options: FillSession.Options, message: Localized) {
        #expect {
            _ = try FillSession(questionnaire: Fixtures.lke, sheet: FillDriver.sheet(), options: options)
        } throws: { error in
            (error as? FillSession.SetupError)?.message == message
        }
    }

    @Test func colourAndProgressOnlyWhenAsked() throws {
        var driver = try FillDriver(FillDriver.sheet(["A.I.1.i.a": "Ya"]), .init(language: .id, colour: true, showsProgress: true))
        #expect(driver.output.contains("\u{1B}[1;36mA.I.1.i.b\u{1B}[0m"))
        #expect(driver.output.contains("\u{1B}[7m A.I.1 MANAJEMEN PERUBAHAN · 1/113 terjawab · nilai 0,25 \u{1B}[0m\n"))
        driver.send("x")
        #expect(driver.errors.hasPrefix("\u{1B}[1;31merror:\u{1B}[0m "))
        let progressOnly = try FillDriver(FillDriver.sheet(), .init(language: .en, showsProgress: true))
        #expect(progressOnly.output.contains(" A.I.1 MANAJEMEN PERUBAHAN · 0/113 answered · score 0.00 \n"))
        #expect(!progressOnly.output.contains("\u{1B}"))
    }

    @Test func indonesianIsTheDefault() throws {
        var driver = try FillDriver(FillDriver.sheet(), .init())
        #expect(driver.output.contains("Ketik ? untuk bantuan, :quit untuk berhenti."))
        driver.send("zz")
        #expect(driver.errors == "error: 'zz' bukan pilihan untuk 'A.I.1.i.a'; pilihan: Ya, Tidak\n")
    }
}

@Suite struct FillCommentScannerTests {
    static func scan(_ text: String) -> Bool {
        CommentScanner.hasComments(SourceFile(path: "c.yaml", text: text))
    }

    @Test func findsCommentLinesAndTrailingComments() {
        #expect(Self.scan("# kepala\nquestionnaire: lke-zi-2021\nunit: u\nanswers: {}\n"))
        #expect(Self.scan("questionnaire: lke-zi-2021\nunit: u # nama\nanswers: {}\n"))
        #expect(Self.scan("questionnaire: lke-zi-2021\nunit: u\nanswers:\n  # catatan\n  A.I.1.i.a: Ya\n"))
        #expect(Self.scan("questionnaire: lke-zi-2021\nunit: \"a #b\" # nyata\nanswers: {}\n"))
    }

    @Test func hashesInsideTextAreNotComments() {
        #expect(!Self.scan("questionnaire: lke-zi-2021\nunit: \"a # b\"\nanswers: {}\n"))
        #expect(!Self.scan("questionnaire: lke-zi-2021\nunit: 'a # b'\nanswers: {}\n"))
        #expect(!Self.scan("questionnaire: lke-zi-2021\nunit: A#1\nanswers: {}\n"))
        #expect(!Self.scan("questionnaire: lke-zi-2021\nunit: |\n  baris\n  # bukan komentar\nanswers: {}\n"))
        #expect(!Self.scan("questionnaire: lke-zi-2021\nunit: u\nanswers: {}\n"))
    }

    @Test func theExamplesHaveComments() throws {
        #expect(CommentScanner.hasComments(try SourceFile(contentsOfFile: ProjectPaths.path("examples/kantor-contoh.yaml"))))
    }
}
