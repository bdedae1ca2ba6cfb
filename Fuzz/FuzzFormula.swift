import Foundation

/// The formula parser, as the questionnaire loader calls it for a `formula:` text.
///
/// Invariants: a failure points inside the text (offset 0 to its length, in characters) and says why; a parsed
/// formula keeps its text and parses again to the same expression; evaluating it, in `Decimal` as `lke explain`
/// does and in `FastDecimal` as the scorer does, with every reference set to small values never traps, and the
/// only error either raises is a zero denominator.
///
/// The two need not agree on a zero denominator: both carry 38 significant digits, but round the 38th digit of a
/// quotient differently, and a formula that subtracts two numbers equal to 37 digits (found by this harness:
/// Tests/Fixtures/fuzz-regressions/formula/cancellation-at-the-38th-digit.txt) turns that last digit into zero
/// in one and not in the other.
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
            for values in [Decimal(0), Decimal(1), Decimal(string: "0.5")!, Decimal(-3)] {
                do { _ = try formula.evaluate { _ in values } } catch is Formula.ZeroDivision {} catch is Formula.OutOfRange {} catch {
                    FuzzCheck.fail("evaluation threw \(error)")
                }
                do { _ = try formula.evaluateFast { _ in FastDecimal(values) } } catch is Formula.FastZeroDivision {} catch {
                    FuzzCheck.fail("fast evaluation threw \(error)")
                }
            }
        }
    }
}
