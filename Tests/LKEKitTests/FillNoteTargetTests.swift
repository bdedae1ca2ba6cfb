import Foundation
@testable import LKEKit
import Testing

/// `:note` names its question unambiguously, and control characters never reach the sheet (issue 17, item 5).
@Suite struct FillNoteTargetTests {
    @Test func aNoteRightAfterAnAnswerIsForTheQuestionOnScreenAndSaysHowToReachTheOther() throws {
        var driver = try FillDriver(FillDriver.sheet())
        driver.send("ya")
        #expect(driver.session.current?.code == "A.I.1.i.b")
        driver.clear()
        driver.send(":note SK Nomor 4/2026")
        #expect(driver.lastSave?.entry("A.I.1.i.b")?.note == "SK Nomor 4/2026")
        #expect(driver.lastSave?.entry("A.I.1.i.a")?.note == nil)
        #expect(driver.output.hasPrefix("saved: note of A.I.1.i.b\n  (this note is for the question on screen; for A.I.1.i.a, answered just now: :note A.I.1.i.a TEXT)\n"))
        #expect(driver.output.hasSuffix("A.I.1.i.b (A/B/C)> "))
        // With the code, the note goes to the question named, wherever the session is; no hint then.
        driver.clear()
        driver.send(":note A.I.1.i.a Tim dibentuk dengan SK Kepala Kantor")
        #expect(driver.lastSave?.entry("A.I.1.i.a")?.note == "Tim dibentuk dengan SK Kepala Kantor")
        #expect(driver.lastSave?.entry("A.I.1.i.b")?.note == "SK Nomor 4/2026")
        #expect(driver.output.hasPrefix("saved: note of A.I.1.i.a\nA.I.1.i.b"))
        // A second :note no longer follows an answer: no hint.
        driver.clear()
        driver.send(":note lagi")
        #expect(driver.output.hasPrefix("saved: note of A.I.1.i.b\nA.I.1.i.b"))
        // `:note CODE` shows that note, `:note CODE -` removes it; a count input's code names its question.
        driver.clear()
        driver.send(":note A.I.1.i.a")
        #expect(driver.output.contains("Tim dibentuk dengan SK Kepala Kantor"))
        driver.send(":note A.I.1.i.a -")
        #expect(driver.lastSave?.entry("A.I.1.i.a")?.note == nil)
        driver.send(":note A.II.5.iii.a.1 data LHKPN")
        #expect(driver.lastSave?.entry("A.II.5.iii.a")?.note == "data LHKPN")
        // A first word that is not a code is part of the note.
        driver.send(":note Ya, sudah ada")
        #expect(driver.lastSave?.entry("A.I.1.i.b")?.note == "Ya, sudah ada")
    }

    @Test func aLineWithAnEscapeSequenceIsRefusedAndNothingIsSaved() throws {
        var driver = try FillDriver(FillDriver.sheet())
        driver.send("Yx\u{1B}[\u{1B}[A")
        #expect(driver.errors == "error: the line holds control characters (arrow keys, say: Yx^[[^[[A); nothing is saved, type it again\n")
        #expect(driver.saves.isEmpty)
        #expect(driver.session.current?.code == "A.I.1.i.a")
        driver.send(":note catatan\u{1B}[D")
        #expect(driver.saves.isEmpty)
        driver.send("ya")
        #expect(driver.lastSave?.entry("A.I.1.i.a")?.value == "Ya")
        #expect(FillSession.visible("a\u{7F}b\u{9B}") == "a^?b\\u{9b}")
    }
}
