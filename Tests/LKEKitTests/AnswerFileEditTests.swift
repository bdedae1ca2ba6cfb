import Foundation
@testable import LKEKit
import Testing

/// `AnswerFileEdit`: one answer's value and note set in place, every other byte kept.
@Suite struct AnswerFileEditTests {
    private func edit(_ text: String, code: String = "B.I.a") -> String? {
        AnswerFileEdit.set(code: code, value: "3.64", note: "Tim: catatan\nSurvei: 36 responden", in: SourceFile(path: "u.yaml", data: Data(text.utf8)))?.text
    }

    @Test func aMissingAnswerIsAddedAtTheEndOfTheLastBlockWithTheFileLineEnds() {
        #expect(edit("questionnaire: lke-zi-2021\r\nunit: U\r\nanswers: {}   # kosong\r\n")
            == "questionnaire: lke-zi-2021\r\nunit: U\r\nanswers:   # kosong\r\n  B.I.a:\r\n    value: 3.64\r\n    note: \"Tim: catatan\\nSurvei: 36 responden\"\r\n")
        #expect(edit("questionnaire: q\nanswers:\n    A: Ya\n\n# akhir\nunit: U\n")
            == "questionnaire: q\nanswers:\n    A: Ya\n    B.I.a:\n      value: 3.64\n      note: \"Tim: catatan\\nSurvei: 36 responden\"\n\n# akhir\nunit: U\n")
    }

    @Test func valuesAndNotesOfEveryStyleAreReplacedWithTheirCommentsKept() {
        let text = """
            answers:
              B.I.a:
                value: '3,62'  # lama
                note: |
                  baris satu
                  baris dua
                evidence: [a.pdf]
              C: x

            """
        let result = AnswerFileEdit.set(code: "B.I.a", value: "3.64", note: "baru", in: SourceFile(path: "u.yaml", text: text))
        #expect(result?.previousValue == "3,62")
        #expect(result?.previousNote == "baris satu\nbaris dua\n")
        #expect(result?.text == """
            answers:
              B.I.a:
                value: 3.64  # lama
                note: baru
                evidence: [a.pdf]
              C: x

            """)
        // A plain note continued on the next line, and no value yet: the value goes first.
        #expect(edit("answers:\n  B.I.a:\n    note: satu\n      dua  # k\n") == "answers:\n  B.I.a:\n    value: 3.64\n    note: \"Tim: catatan\\nSurvei: 36 responden\"  # k\n")
        // An answer written as a flow mapping is left to the caller.
        #expect(edit("answers:\n  B.I.a: {value: 1, note: x}\n") == nil)
    }
}
