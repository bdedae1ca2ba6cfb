import Foundation
@testable import LKEKit
import LKETestSupport

/// Shared loading helpers for the LKEKit tests.
enum Fixtures {
    /// The shipped LKE 2021 definition, loaded once.
    static let lke: Questionnaire = {
        let outcome = QuestionnaireLoader().load(path: ProjectPaths.path("questionnaires/lke-zi-2021.yaml"))
        guard let q = outcome.questionnaire else { fatalError("lke-zi-2021.yaml does not load: \(outcome.diagnostics)") }
        return q
    }()

    static let library = QuestionnaireLibrary()

    /// Loads answer text against the bundled library.
    static func answers(_ text: String, path: String = "test.yaml") -> AnswerSheetLoader.Outcome {
        AnswerSheetLoader(library: library).load(SourceFile(path: path, text: text))
    }

    /// An answer file with `answers` (code: value lines) and optional header lines.
    static func sheet(_ answers: [String: String], header: String = "") -> String {
        var text = "questionnaire: lke-zi-2021\nunit: Unit Uji\n" + header + "answers:\n"
        for code in answers.keys.sorted() { text += "  \(code): \"\(answers[code]!)\"\n" }
        return text
    }

    /// Every answer at its best (or worst) option, with counts and indices to match.
    static func extremes(best: Bool, index: String? = nil) -> [String: String] {
        var answers: [String: String] = [:]
        for question in lke.questions {
            switch question.kind {
            case .choice(let choice):
                answers[question.code] = best ? choice.scale.options.first!.code : choice.scale.options.last!.code
            case .number:
                answers[question.code] = index ?? (best ? "4" : "0")
            case .computed(let spec):
                for input in spec.inputs { answers[input.code] = best ? "1" : "0" }
            }
        }
        if best {
            // Fewer violations this year than last; everyone obliged has reported.
            answers["A.II.3.iii.a.2"] = "0"
            answers["A.II.5.iii.a.4"] = "3"
            answers["A.II.5.iii.b.4"] = "3"
        }
        return answers
    }

    static func render(_ diagnostics: [Diagnostic], _ text: String, path: String = "test.yaml", language: Language = .en) -> String {
        DiagnosticRenderer(language: language, sources: [SourceFile(path: path, text: text)]).render(diagnostics)
    }
}

extension Fixtures {
    /// A random but valid answer set for the LKE: every question answered with probability `fill`,
    /// counts that satisfy the definition's checks.
    static func randomAnswers(_ rng: inout SeededGenerator, fill: Double = 0.9) -> [String: String] {
        var answers: [String: String] = [:]
        for question in lke.questions where Double.random(in: 0..<1, using: &rng) < fill {
            switch question.kind {
            case .choice(let choice):
                answers[question.code] = choice.scale.options.randomElement(using: &rng)!.code
            case .number:
                answers[question.code] = NumberFormat.fixed(Number(Int.random(in: 250...400, using: &rng)) / 100, places: 2)
            case .computed(let spec):
                // A denominator-like first value and smaller others keep every "<=" check true.
                let big = Int.random(in: 0...40, using: &rng)
                for (offset, input) in spec.inputs.enumerated() {
                    answers[input.code] = String(offset == 0 ? big : Int.random(in: 0...max(0, big / max(1, spec.inputs.count - 1)), using: &rng))
                }
            }
        }
        return answers
    }
}
