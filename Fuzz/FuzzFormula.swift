import Foundation

/// The formula parser, as the questionnaire loader calls it for a `formula:` text.
///
/// Invariants: a failure points inside the text (offset 0 to its length, in characters) and says why; a parsed
/// formula keeps its text and parses again to the same expression; evaluating it with every reference set to one
/// value, small or at the ends of what a `Number` holds, never traps, and the only errors it raises are a zero
/// denominator and a value out of range. (Before there was one number type, a formula that subtracts two numbers
/// equal to 37 digits made two evaluators disagree: Tests/Fixtures/fuzz-regressions/formula/cancellation-at-the-38th-digit.txt.)
enum FuzzFormula {
    static func run(_ data: Data) {
        guard let text = String(validating: data, as: UTF8.self) else { return }
        switch FormulaParser.parse(text) {
        case .failure(let failure):
            let length = text.unicodeScalars.count
            FuzzCheck.require(failure.offset >= 0 && failure.offset <= length,
                              "failure offset \(failure.offset) outside a text of \(length) characters")
            FuzzCheck.require(!failure.message.en.isEmpty, "a failure without a message")
        case .success(let formula):
            FuzzCheck.require(formula.text == text, "the formula does not keep its text")
            if case .success(let again) = FormulaParser.parse(formula.text) {
                FuzzCheck.require(again.expression == formula.expression, "a second parse gave another expression")
            } else {
                FuzzCheck.fail("a second parse failed")
            }
            for reference in formula.references { FuzzCheck.require(!reference.isEmpty, "an empty reference") }
            let widest: UInt128 = 99_999_999_999_999_999_999_999_999_999_999_999_999
            let values = [Number(0), Number(1), Number(coefficient: 5, exponent: -1), Number(-3),
                          Number(coefficient: widest, exponent: 80), Number(coefficient: widest, exponent: -160, isNegative: true)]
            for value in values {
                do { _ = try formula.evaluate { _ in value } } catch is Formula.ZeroDivision {} catch is Formula.OutOfRange {} catch {
                    FuzzCheck.fail("evaluation threw \(error)")
                }
            }
        }
    }
}
