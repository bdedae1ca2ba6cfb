import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// A few catalogue factories of each data subsystem, reached through the public API with a small bad input:
/// the diagnostic or error carries exactly the factory's text, and the factory speaks both languages.
struct MessageCatalogueDataTests {
    /// `actual` is `expected`, whose Indonesian and English are both written and differ.
    func check(_ actual: Localized?, _ expected: Localized, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(actual == expected, sourceLocation: sourceLocation)
        #expect(!expected.id.isEmpty && !expected.en.isEmpty, sourceLocation: sourceLocation)
        #expect(expected.id != expected.en, sourceLocation: sourceLocation)
    }

    @Test func answers() {
        check(Fixtures.answers("").diagnostics.first?.message, Message.Answers.emptyFile)
        check(Fixtures.answers("questionnaire: lke-zi-2021\nunit: U\nanswers: 5\n").diagnostics.first?.message, Message.Answers.answersNotMapping)
        check(Fixtures.answers("questionnaire: lke-zi-2021\nunit: U\nteam: 5\nanswers: {}\n").diagnostics.first?.message, Message.Answers.teamNotList)
        let unknown = Fixtures.answers("questionnaire: lke-zi-2021\nunit: U\nanswers:\n  A.I.1.i.x: Ya\n")
        check(unknown.diagnostics.first?.message, Message.Answers.unknownCode("A.I.1.i.x", in: "lke-zi-2021", suggestion: "A.I.1.i.a"))
        let list = Fixtures.answers("questionnaire: lke-zi-2021\nunit: U\nanswers:\n  A.I.1.i.a:\n    value: [1]\n")
        check(list.diagnostics.first?.message, Message.Answers.valueNotScalar)
        let option = Fixtures.answers("questionnaire: lke-zi-2021\nunit: U\nanswers:\n  A.I.1.i.a: Mungkin\n")
        check(option.diagnostics.first?.message, Message.Answers.notAnOption("Mungkin", of: "A.I.1.i.a", options: ["Ya", "Tidak"]))
    }

    @Test func survey() {
        let processor = SurveyProcessor(definition: SurveyComputationTests.skm, options: .init())
        check(processor.run([.init(path: "data.csv", data: Data())]).diagnostics.first?.message, Message.Survey.emptyData)
        check(processor.run([.init(path: "data.csv", data: Data([0x55, 0x31, 0x0A, 0xC3, 0x28]))]).diagnostics.first?.message, Message.Survey.notUTF8)
        check(SurveyLoader().load(SourceFile(path: "s.yaml", text: "")).diagnostics.first?.message, Message.Survey.emptyDefinition)
        let worksheet = SurveyLoader().load(SourceFile(path: "s.yaml", text: "format: lke/1\nkind: lke\n"))
        check(worksheet.diagnostics.first { $0.location?.line == 2 }?.message, Message.Survey.worksheetDefinition)
        check(SurveyLoader().resolve("skn").diagnostics.first?.message,
              Message.Survey.unknownInstrument("skn", suggestion: "skm", available: ["skm", "skm-2017", "spak", "spak-2023", "spkp", "spkp-2023"]))
    }

    @Test func plan() {
        check(ActionPlanFile.read(SourceFile(path: "r.yaml", text: "")).diagnostics.first?.message, Message.Plan.emptyFile)
        let format = ActionPlanFile.read(SourceFile(path: "r.yaml", text: "format: rencana/9\n"))
        check(format.diagnostics.first { $0.location == SourceLocation(path: "r.yaml", line: 1, column: 9) }?.message,
              Message.Plan.unknownFormat("rencana/9", expected: ActionPlanFile.format))
    }

    @Test func evidence() {
        let refused = EvidenceWriter(questionnaire: Fixtures.lke).adding(["A.I.1.i.a": ["bukti/a.pdf"]], to: SourceFile(path: "u.yaml", text: "- a\n"))
        check(refused.refused.first?.message, Message.Evidence.cannotReparse)
    }

    @Test func fill() throws {
        var driver = try FillDriver(FillDriver.sheet())
        driver.send(":back")
        #expect(driver.errors == "error: " + Message.Fill.noPreviousQuestion.en + "\n")
        driver.clear()
        driver.send(":skor")
        #expect(driver.errors == "error: " + Message.Fill.unknownCommand(":skor", suggestion: ":score").en + "\n")
        driver.clear()
        driver.send("Ya")
        #expect(driver.output.contains(Message.Fill.saved("A.I.1.i.a", value: "Ya").en))
        #expect(Message.Fill.noPreviousQuestion.id != Message.Fill.noPreviousQuestion.en)
    }

    @Test func workbookZipAndXML() throws {
        #expect {
            _ = try XLSXWorkbook(Array("questionnaire: lke-zi-2021\n".utf8))
        } throws: { error in
            (error as? WorkbookError)?.message == Message.Workbook.notAWorkbook(Message.Zip.notZip)
        }
        check(Message.Workbook.notAWorkbook(Message.Zip.notZip), Message.Workbook.notAWorkbook(Message.Zip.notZip))
        do {
            _ = try ZipReader([])
            Issue.record("an empty archive was read")
        } catch {
            check(error.message, Message.Zip.notZip)
            #expect(error.description == "not a ZIP archive (no end-of-central-directory record)")
        }
        do {
            _ = try Inflate.decompress([], limit: 100)
            Issue.record("an empty stream was inflated")
        } catch {
            check(error.message, Message.Zip.inflateTruncated)
        }
        do {
            var reader = try XMLPullReader(Array("<a>".utf8))
            while try reader.next() != nil {}
            Issue.record("an open element was read")
        } catch {
            check(error.message, Message.XML.notClosed("a"))
            #expect(error.description == "1:4: element <a> is not closed")
        }
    }

    @Test func diagnostics() {
        check(Diagnostic.more(3, severity: .error, path: "a.yaml").message, Message.Diagnostics.moreNotShown(3, perFile: Diagnostic.perFile))
        check(Suggestion.suffix("skm"), Message.Diagnostics.didYouMean("skm"))
    }
}
