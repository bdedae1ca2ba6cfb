import Foundation
@testable import LKEKit
import Testing

/// The message catalogue of the parsing side (`Message.YAML`, `Message.Field`, `Message.Definition`,
/// `Message.Formula`, `Message.Scoring`): a bad input loaded through the public loader says exactly the
/// catalogue's message, and every message speaks both languages.
@Suite struct MessageCatalogueParsingTests {
    /// One edit of the valid definition of `LoaderDiagnosticsTests` and the message its first diagnostic says.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var old: String
        var new: String
        var message: Localized
        var testDescription: String { name }

        init(_ name: String, _ old: String, _ new: String, _ message: Localized) {
            (self.name, self.old, self.new, self.message) = (name, old, new, message)
        }
    }

    static let cases: [Case] = [
        // YAML
        .init("tab indentation", "language: id\n", "language: id\n\textra: 1\n", Message.YAML.tabIndentation),
        .init("duplicate key", "title: Uji\n", "title: Uji\ntitle: Lagi\n", Message.YAML.duplicateKey("title")),
        .init("anchor", "version: \"1\"", "version: &v 1", Message.YAML.anchor),
        .init("unterminated quote", "version: \"1\"", "version: \"1", Message.YAML.unterminatedQuote("\"")),
        .init("reserved first character", "title: Uji", "title: @Uji", Message.YAML.valueStartsWith("@")),
        // Fields
        .init("unknown key", "title: Uji\n", "title: Uji\ntitel: Uji\n",
              Message.Field.unknownKey("titel", in: Message.Definition.Part.definition, allowed: QuestionnaireDecoder.topKeys, suggestion: "title")),
        .init("missing key", "title: Uji\n", "", Message.Field.missingKey("title", in: Message.Definition.Part.definition)),
        .init("not a decimal", "weight: 10", "weight: sepuluh", Message.Field.notDecimal("weight", written: "sepuluh")),
        .init("not one of", "mode: half-away-from-zero", "mode: halfway",
              Message.Field.notOneOf("mode", value: "halfway", options: Rounding.Mode.allCases.map(\.rawValue),
                                     suggestion: Suggestion.closest(to: "halfway", in: Rounding.Mode.allCases.map(\.rawValue)))),
        // The definition
        .init("unsupported format", "format: lke/1", "format: lke/2", Message.Definition.unsupportedFormat("lke/2")),
        .init("unknown scale", "scale: ya-tidak", "scale: ya-tdak", Message.Definition.unknownScale("ya-tdak", suggestion: "ya-tidak")),
        .init("weights that do not add up", "weight: 10", "weight: 11", Message.Definition.nodeWeightNotChildren("NILAI", weight: 11, total: 10)),
        .init("no zero denominator", "      zero_denominator: unanswered\n", "", Message.Definition.zeroDenominatorMissing("B.a")),
        .init("check without comparison", "rule: B.a.2 <= B.a.wajib", "rule: B.a.2 B.a.wajib", Message.Definition.ruleNotComparison),
        .init("unknown reference", "formula: B.a.2 / B.a.wajib", "formula: B.a.3 / B.a.wajib",
              Message.Definition.unknownReference("B.a.3", hint: Suggestion.suffix(Suggestion.closest(to: "B.a.3", in: ["B.a.1", "B.a.2", "B.a.wajib"])))),
        // Formulas
        .init("unclosed parenthesis", "formula: B.a.2 / B.a.wajib", "formula: (B.a.2 / B.a.wajib", Message.Formula.unclosedParenthesis),
        .init("unknown function", "value: x / 4", "value: avg(x) / 4", Message.Formula.unknownFunction("avg")),
    ]

    @Test(arguments: cases)
    func theLoaderSaysTheCataloguesMessage(_ c: Case) throws {
        let base = LoaderDiagnosticsTests.base
        try #require(base.contains(c.old), "\(c.name): the base has no '\(c.old)'")
        let text = base.replacingOccurrences(of: c.old, with: c.new)
        let outcome = QuestionnaireLoader().load(SourceFile(path: "uji.yaml", text: text))
        let first = try #require(outcome.diagnostics.first, "\(c.name): no diagnostic")
        #expect(first.message == c.message, "\(c.name): \(first.message.en)")
        Self.expectBilingual(c.message)
    }

    /// The notes of a diagnostic come from the catalogue too.
    @Test func notesAreCatalogueMessages() throws {
        let base = LoaderDiagnosticsTests.base
        let duplicate = QuestionnaireLoader().load(SourceFile(path: "uji.yaml", text: base.replacingOccurrences(of: "code: B.b", with: "code: A.a")))
        let first = try #require(duplicate.diagnostics.first)
        #expect(first.message == Message.Definition.duplicateCode("A.a"))
        #expect(first.notes.map(\.message) == [Message.Definition.firstUsedHere("A.a")])
        let key = QuestionnaireLoader().load(SourceFile(path: "uji.yaml", text: base.replacingOccurrences(of: "id: uji\n", with: "id: uji\nid: lagi\n")))
        #expect(key.diagnostics.first?.notes.map(\.message) == [Message.YAML.firstWrittenHere("id")])
        for message in [Message.Definition.firstUsedHere("A.a"), Message.YAML.firstWrittenHere("id")] { Self.expectBilingual(message) }
    }

    /// The scorer's warning for a zero denominator, through the answer loader and the scorer.
    @Test func zeroDenominatorWarning() throws {
        let outcome = Fixtures.answers(Fixtures.sheet(["A.II.1.i.a.1": "0", "A.II.1.i.a.2": "0"]))
        let card = try #require(outcome.answers.map(Scorer.score))
        #expect(card.warnings.map(\.message).contains(Message.Scoring.zeroDenominator("A.II.1.i.a")))
        Self.expectBilingual(Message.Scoring.zeroDenominator("A.II.1.i.a"))
    }

    /// Constant messages whose inputs are hard to make small: both languages still say something different.
    @Test func constantMessagesAreBilingual() {
        for message in [Message.YAML.notUTF8, Message.YAML.nestingTooDeep, Message.YAML.complexKey, Message.Formula.tooLong,
                        Message.Formula.nestedTooDeeply, Message.Definition.treeTooDeep, Message.Definition.surveyDefinition,
                        Message.Definition.emptyFile, Message.Field.notTextList("legal_basis")] {
            Self.expectBilingual(message)
        }
    }

    static func expectBilingual(_ message: Localized, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!message.id.isEmpty && !message.en.isEmpty, "empty: \(message)", sourceLocation: sourceLocation)
        #expect(message.id != message.en, "one language: \(message.en)", sourceLocation: sourceLocation)
    }
}
