import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// Helpers shared by the `lke init` and `lke fill` tests.
enum FillTestSupport {
    static let library = QuestionnaireLibrary()
    static let lke = library.questionnaire("lke-zi-2021")!

    /// Runs `lke` in-process with scripted input lines.
    static func run(_ arguments: [String], input: [String] = [], interactive: Bool = false,
                    environment: [String: String] = [:]) -> (status: Int32, output: String, errors: String) {
        let console = ScriptedConsole(input: input, interactive: interactive, environment: environment)
        let status = CLI.run(arguments, console: console)
        return (status, console.output, console.errors)
    }

    /// A fresh directory with a new answer file made by `lke init`; returns the file's path.
    static func newAnswerFile(unit: String = "Kantor Uji") -> String {
        let path = ProjectPaths.temporaryDirectory().appendingPathComponent("jawaban.yaml").path
        let result = run(["init", "-o", path, "--unit", unit, "--period", "2026", "--layer", "self"])
        precondition(result.status == 0, result.errors)
        return path
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// Loads an answer file; the outcome must parse.
    static func load(_ path: String) -> AnswerSheetLoader.Outcome {
        AnswerSheetLoader(library: library).load(path: path)
    }

    /// A valid answer for every step, chosen by `rng`: options, indices with a decimal comma or dot, and counts
    /// that keep every check of severity error true (a large first count, smaller others).
    static func randomAnswers(_ rng: inout SeededGenerator) -> [String: String] {
        var answers: [String: String] = [:]
        for question in lke.questions {
            switch question.kind {
            case .choice(let choice):
                let option = choice.scale.options.randomElement(using: &rng)!
                let spellings = [option.code, option.code.lowercased(), option.code.uppercased()] + option.aliases
                answers[question.code] = spellings.randomElement(using: &rng)!
            case .number:
                let value = NumberFormat.fixed(Number(Int.random(in: 200...400, using: &rng)) / 100, places: 2)
                answers[question.code] = Bool.random(using: &rng) ? value : value.replacingOccurrences(of: ".", with: ",")
            case .computed(let spec):
                let big = Int.random(in: 3...40, using: &rng)
                for (offset, input) in spec.inputs.enumerated() {
                    answers[input.code] = String(offset == 0 ? big : Int.random(in: 0...(big / max(1, spec.inputs.count - 1)), using: &rng))
                }
            }
        }
        return answers
    }

    /// The steps `lke fill` asks next in a file (the unanswered ones, in worksheet order).
    static func remainingSteps(in path: String) -> [FillStep] {
        let outcome = load(path)
        guard let sheet = outcome.sheet, let session = try? FillSession(questionnaire: lke, sheet: sheet) else { return [] }
        // The questions only: the prerequisites that follow them are driven by their own tests.
        return session.steps.filter { $0.header == nil && !session.isAnswered($0) }
    }

    /// What `lke fill` saved, from its acknowledgements (`saved: CODE = VALUE`, English).
    static func acknowledgedAnswers(in output: String) -> [(code: String, value: String)] {
        output.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("saved: "), let equals = line.range(of: " = ") else { return nil }
            let code = line[line.index(line.startIndex, offsetBy: 7)..<equals.lowerBound]
            return (String(code), String(line[equals.upperBound...]))
        }
    }
}

/// A process whose output is read while it runs: for the terminal and kill tests.
final class LiveProcess: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let lock = NSLock()
    private var buffer = Data()
    private let done = DispatchSemaphore(value: 0)

    init(executable: URL, arguments: [String], environment: [String: String] = [:], directory: URL? = nil) throws {
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LKE_LANG"] = nil
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let reader = output.fileHandleForReading
        DispatchQueue.global().async { [self] in
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                lock.lock()
                buffer.append(chunk)
                lock.unlock()
            }
            done.signal()
        }
    }

    /// Everything written so far (stdout and stderr together).
    var output: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    func send(_ text: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    /// Waits until the output satisfies `condition`; `false` after `timeout` seconds.
    @discardableResult
    func wait(until condition: (String) -> Bool, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(output) { return true }
            usleep(2_000)
        }
        return condition(output)
    }

    func signal(_ number: Int32) {
        if process.isRunning { kill(process.processIdentifier, number) }
    }

    /// Waits for the process to end (output drained first); returns its exit status, or 128 + signal.
    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        done.wait()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }
}
