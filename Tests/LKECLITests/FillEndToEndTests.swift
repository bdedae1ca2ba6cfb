import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// `lke fill` through the built binary with piped input.
@Suite struct FillEndToEndTests {
    typealias S = FillTestSupport

    /// The example unit's answers, step by step, as `lke fill` asks for them.
    static func exampleLines() throws -> (lines: [String], sheet: AnswerSheet) {
        let example = try #require(S.load(ProjectPaths.path("examples/kantor-contoh.yaml")).sheet)
        let lines = FillStep.steps(of: S.lke).map { example.entry($0.code)?.value ?? "" }
        #expect(!lines.contains(""))
        return (lines, example)
    }

    static func score(_ path: String) throws -> [String: Any] {
        let result = try BinaryRunner.run(["score", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func total(_ report: [String: Any]) -> String? {
        ((report["total"] as? [String: Any])?["exact"] as? [String: Any])?["score"] as? String
    }

    static func met(_ report: [String: Any], _ id: String) -> Bool? {
        (report["predicates"] as? [[String: Any]])?.first { $0["id"] as? String == id }?["met"] as? Bool
    }

    @Test func fillsAWholeWorksheetAndScoresIt() throws {
        let (lines, example) = try Self.exampleLines()
        let path = S.newAnswerFile(unit: "Kantor Pelayanan Contoh Kota Maju")
        let result = try BinaryRunner.run(["fill", path, "--lang", "en"], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        // The prerequisites that `lke init` lists come after the questions: here the input ends before them.
        #expect(S.acknowledgedAnswers(in: result.stdout).count == lines.count)
        #expect(result.stdout.hasSuffix("(ya/tidak)> \nsaved in '\(path)': 113/113 questions answered, score so far 78.92\n"))
        let filled = try #require(S.load(path).answers)
        for entry in example.entries where entry.value != nil {
            #expect(filled.sheet.entry(entry.code)?.value == entry.value, "\(entry.code)")
        }
        let report = try Self.score(path)
        #expect(Self.total(report) == "78.92429166666666666667")
        #expect(Self.met(report, "wbk") == true)
        #expect(Self.met(report, "wbbm") == false)
    }

    @Test func quitHalfwayAndResume() throws {
        let (lines, _) = try Self.exampleLines()
        let path = S.newAnswerFile()
        let half = lines.count / 2
        let first = try BinaryRunner.run(["fill", path, "--lang", "en"], input: lines[..<half].joined(separator: "\n") + "\n:quit\n")
        #expect(first.status == 0, "\(first.stderr)")
        let answered = try #require(S.load(path).answers).answeredQuestionCount
        #expect(first.stdout.contains("saved in '\(path)': \(answered)/113 questions answered, score so far "))
        #expect(S.remainingSteps(in: path).count == lines.count - half)
        let second = try BinaryRunner.run(["fill", path, "--lang", "en"], input: lines[half...].joined(separator: "\n") + "\n")
        #expect(second.status == 0, "\(second.stderr)")
        let prerequisites = FillStep.headerSteps(of: S.lke).filter { $0.header != .predicate }.count
        #expect(second.stdout.contains("\(answered)/113 questions answered, \(lines.count - half + prerequisites) inputs in the queue."))
        #expect(Self.total(try Self.score(path)) == "78.92429166666666666667")
    }

    @Test func goBackAndChangeAnAnswer() throws {
        let path = S.newAnswerFile()
        let result = try BinaryRunner.run(["fill", path, "--lang", "en"], input: "ya\na\n:back\nc\n:back\n:back\nt\n\n:quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(S.read(path).hasSuffix("answers:\n  A.I.1.i.a: Tidak\n  A.I.1.i.b: C\n"))
        let report = try Self.score(path)
        #expect(Self.total(report) == "0")
    }

    @Test func endOfInputPrintsOneLineAndKeepsEverything() throws {
        let path = S.newAnswerFile()
        let result = try BinaryRunner.run(["fill", path], input: "ya\n:note catatan pertama\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("\ntersimpan di '\(path)': 1/113 pertanyaan terjawab, nilai sementara 0,25\n"))
        #expect(S.read(path).hasSuffix("answers:\n  A.I.1.i.a: Ya\n  A.I.1.i.b:\n    note: catatan pertama\n"))
    }

    @Test func anInterruptWithPipedInputPrintsTheSummaryAndExits130() throws {
        let path = S.newAnswerFile()
        let process = try LiveProcess(executable: BinaryRunner.executable, arguments: ["fill", path, "--lang", "en"])
        process.send("ya\n")
        #expect(process.wait { $0.contains("A.I.1.i.b (A/B/C)> ") }, "\(process.output)")
        process.signal(SIGINT)
        #expect(process.wait { $0.contains("saved in '\(path)': 1/113 questions answered, score so far 0.25\n") }, "\(process.output)")
        #expect(process.finish() == 130)
        #expect(S.read(path).hasSuffix("answers:\n  A.I.1.i.a: Ya\n"))
    }

    @Test func pipedOutputHasNoEscapesAndUsageErrorsExit64() throws {
        let path = S.newAnswerFile()
        let piped = try BinaryRunner.run(["fill", path], input: "x\n:skor\n:quit\n", environment: ["TERM": "xterm"])
        #expect(piped.status == 0)
        #expect(!piped.stdout.contains("\u{1B}") && !piped.stderr.contains("\u{1B}"))
        #expect(piped.stderr.contains("error: perintah ':skor' tidak dikenal; maksud Anda ':score'?"))
        let usage = try BinaryRunner.run(["fill", path, "--from", "B.III"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("kode 'B.III' tidak ada di 'lke-zi-2021'"))
    }
}
