// Writes N realistic, fictitious answer files for the bundled LKE (lke-zi-2021) into a directory, for the
// `lke batch` benchmark. The files come from LKEKit's `AnswerFileGenerator` with a fixed seed, so every run
// writes the same bytes: units of varied maturity, notes and evidence on about half the answers, a few
// drafts with unanswered questions, survey indices sometimes with a decimal comma, and the percentage
// questions answered through their count inputs.
//
// Layout: DIR/g0000/unit-000000.yaml ... (1,000 files per folder, like one folder per instansi), plus one
// README.md per folder that `lke batch` must skip.
//
// Built by benchmarks/batch.sh together with the LKEKit sources:
//   swiftc -O -parse-as-library Sources/LKEKit/**/*.swift benchmarks/generate-answers.swift
// Usage: generate-answers COUNT DIR [SEED]
import Dispatch
import Foundation

@main
enum GenerateAnswers {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 3, let count = Int(arguments[1]), count >= 0 else {
            FileHandle.standardError.write(Data("usage: generate-answers COUNT DIR [SEED]\n".utf8))
            exit(64)
        }
        let directory = arguments[2]
        let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 2026 : 2026
        guard let questionnaire = QuestionnaireLibrary().questionnaire("lke-zi-2021") else {
            FileHandle.standardError.write(Data("the bundled lke-zi-2021 definition does not load\n".utf8))
            exit(70)
        }
        let generator = AnswerFileGenerator(questionnaire: questionnaire, seed: seed)
        let perFolder = 1000
        let folders = (count + perFolder - 1) / perFolder
        for folder in 0..<folders {
            let path = "\(directory)/g\(String(format: "%04d", folder))"
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try? Data("Folder berkas jawaban contoh; bukan berkas jawaban.\n".utf8).write(to: URL(fileURLWithPath: path + "/README.md"))
        }
        DispatchQueue.concurrentPerform(iterations: folders) { folder in
            for index in (folder * perFolder)..<min(count, (folder + 1) * perFolder) {
                let path = "\(directory)/g\(String(format: "%04d", folder))/unit-\(String(format: "%06d", index)).yaml"
                let text = generator.text(forUnit: index, period: index % 5 == 0 ? "2025" : "2026")
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                } catch {
                    FileHandle.standardError.write(Data("cannot write \(path): \(error)\n".utf8))
                    exit(1)
                }
            }
        }
    }
}
