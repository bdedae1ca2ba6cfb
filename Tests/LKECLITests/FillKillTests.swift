import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// `kill -9` at any moment leaves the last saved file intact, with every acknowledged answer in it.
@Suite struct FillKillTests {
    typealias S = FillTestSupport

    @Test func fiftyKillsAtRandomMomentsLoseNothingAcknowledged() throws {
        var rng = SeededGenerator(seed: 0x5EED_F111)
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("jawaban.yaml").path
        var kills = 0, acknowledged = 0, midway = 0, completed = 0
        var answers = S.randomAnswers(&rng)
        var expected: [String: String] = [:]
        while kills < 50 {
            if !FileManager.default.fileExists(atPath: path) || S.remainingSteps(in: path).isEmpty {
                if FileManager.default.fileExists(atPath: path) { completed += 1 }
                try? FileManager.default.removeItem(atPath: path)
                #expect(S.run(["init", "-o", path, "--unit", "Unit Uji"]).status == 0)
                answers = S.randomAnswers(&rng)
                expected = [:]
            }
            let steps = S.remainingSteps(in: path)
            var lines: [String] = []
            for step in steps {
                if Int.random(in: 0..<8, using: &rng) == 0 { lines.append(":note catatan \(step.noteCode)") }
                lines.append(answers[step.code]!)
            }
            let process = try LiveProcess(executable: BinaryRunner.executable, arguments: ["fill", path, "--lang", "en"])
            process.send(lines.joined(separator: "\n") + "\n")
            // Kill after a random number of saves plus a random few microseconds: often in the middle of the next save.
            let target = Int.random(in: 0...min(steps.count, 40), using: &rng)
            process.wait(until: { S.acknowledgedAnswers(in: $0).count >= target })
            usleep(UInt32.random(in: 0...3_000, using: &rng))
            process.signal(SIGKILL)
            _ = process.finish()
            kills += 1
            let output = process.output
            #expect(!output.contains("error:"), "\(output)")
            let saved = S.acknowledgedAnswers(in: output)
            acknowledged += saved.count
            if !saved.isEmpty && saved.count < steps.count { midway += 1 }
            for (code, value) in saved where !value.isEmpty { expected[code] = value }
            for line in output.split(separator: "\n") where line.hasPrefix("saved: note of ") {
                let code = String(line.dropFirst("saved: note of ".count))
                expected["note:" + code] = "catatan \(code)"
            }
            // The file always parses, is valid, and holds every acknowledged answer and note.
            let outcome = S.load(path)
            #expect(!outcome.diagnostics.hasErrors, "kill \(kills): \(outcome.diagnostics.map(\.message.en))")
            let sheet = try #require(outcome.sheet, "kill \(kills)")
            for (key, value) in expected {
                if key.hasPrefix("note:") {
                    #expect(sheet.entry(String(key.dropFirst(5)))?.note == value, "kill \(kills): \(key)")
                } else {
                    #expect(sheet.entry(key)?.value == value, "kill \(kills): \(key)")
                }
            }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
            for name in leftovers { try? FileManager.default.removeItem(at: directory.appendingPathComponent(name)) }
        }
        // The kills really landed between answers, and whole worksheets were finished along the way.
        #expect(midway >= 20, "only \(midway) of 50 kills fell between answers; \(acknowledged) acks, \(completed) completed")
        #expect(acknowledged >= 250, "\(acknowledged) answers acknowledged")
        #expect(completed >= 1)
    }
}
