import Foundation
@testable import LKEKit
import Testing

/// The validator matches an answer to an option through a table made once per questionnaire; it must name the
/// option `Scale.option(matching:)` names, for every spelling a team may write.
@Suite struct AnswerValidatorTests {
    static let lke = BatchFixtures.lke

    /// Spellings of an answer to `scale`: codes, labels and aliases in several cases and paddings, and some that
    /// name no option.
    static func spellings(of scale: Scale) -> [String] {
        var texts: [String] = []
        for option in scale.options {
            for text in [option.code, option.label] + option.aliases {
                texts += [text, text.lowercased(), text.uppercased(), " \(text) ", "\(text)\t"]
            }
        }
        return texts + ["", "x", "Ya sekali", "A B", "É", "0", "-"]
    }

    @Test func optionsAreMatchedAsTheScaleMatchesThem() {
        let questions = Self.lke.questions.compactMap { question -> (Question, Scale)? in
            if case .choice(let choice) = question.kind { return (question, choice.scale) }
            return nil
        }
        #expect(questions.count > 100)
        let longest = questions.map { Self.spellings(of: $0.1).count }.max() ?? 0
        var compared = 0
        for round in 0..<longest {
            var sheet = AnswerSheet(questionnaireID: Self.lke.id, unit: "Uji", path: "t.yaml", digest: "")
            var expected: [String: String?] = [:]
            for (line, (question, scale)) in questions.enumerated() {
                let spellings = Self.spellings(of: scale)
                let text = spellings[round % spellings.count]
                sheet.entries.append(.init(code: question.code, value: text, location: SourceLocation(path: "t.yaml", line: line + 1, column: 3)))
                expected.updateValue(scale.option(matching: text)?.code, forKey: question.code)
            }
            var resolved = ResolvedAnswers(questionnaire: Self.lke, sheet: sheet)
            var diagnostics: [Diagnostic] = []
            AnswerValidator(questionnaire: Self.lke).validate(sheet, into: &resolved, diagnostics: &diagnostics)
            for (question, _) in questions {
                #expect(resolved.choices[question.code]?.code == expected[question.code]!, "\(question.code), round \(round)")
                compared += 1
            }
            let rejected = expected.values.filter { $0 == nil }.count
            #expect(diagnostics.filter { $0.message.en.contains("is not an option of") }.count == rejected, "round \(round)")
        }
        #expect(compared > 2_000)
    }
}
