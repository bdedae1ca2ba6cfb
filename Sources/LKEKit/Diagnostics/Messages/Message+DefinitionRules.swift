extension Message.Definition {
    // MARK: - Computed questions

    /// The input `input` has a `min` above its `max`, so no count could be answered.
    static func inputMinAboveMax(_ input: String, min: Number, max: Number) -> Localized {
        Localized(id: "'min' masukan '\(input)' (\(min)) lebih besar dari 'max' (\(max)); tidak ada jumlah yang dapat diisi",
                  en: "the 'min' of input '\(input)' (\(min)) is greater than its 'max' (\(max)); no count could be answered")
    }

    /// The formula of the derived row `row` divides.
    static func derivedRowDivides(_ row: String) -> Localized {
        Localized(id: "rumus baris turunan '\(row)' tidak boleh membagi", en: "the formula of derived row '\(row)' may not divide")
    }

    /// The derived row `row` refers to itself, through other rows or directly.
    static func derivedRowCycle(_ row: String) -> Localized {
        Localized(id: "baris turunan '\(row)' merujuk dirinya sendiri melalui rumusnya", en: "derived row '\(row)' refers to itself through its formula")
    }

    /// A formula of a computed question or a check refers to `reference`, which is none of the codes it may
    /// name; `hint` is the "did you mean" (`Suggestion.suffix`) or nothing.
    static func unknownReference(_ reference: String, hint: Localized) -> Localized {
        Localized(id: "rumus merujuk '\(reference)', yang tidak dikenal di sini\(hint.id)",
                  en: "the formula refers to '\(reference)', which is not known here\(hint.en)")
    }

    /// `clamp` is two numbers, the first (`low`) above the second (`high`).
    static func clampReversed(low: Number, high: Number) -> Localized {
        Localized(id: "'clamp' harus [rendah, tinggi]: \(low) lebih besar dari \(high)",
                  en: "'clamp' must be [low, high]: \(low) is greater than \(high)")
    }

    /// `clamp` is not a list of two numbers.
    static let clampNotPair = Localized(id: "'clamp' harus berupa [rendah, tinggi]", en: "'clamp' must be [low, high]")

    /// A `zero_denominator` on a formula that does not divide (a warning).
    static let zeroDenominatorUnused = Localized(
        id: "'zero_denominator' tidak berpengaruh: rumus tidak membagi", en: "'zero_denominator' has no effect: the formula does not divide")

    /// The formula of the computed question `code` divides and has no `zero_denominator`.
    static func zeroDenominatorMissing(_ code: String) -> Localized {
        Localized(id: "rumus '\(code)' membagi tetapi tidak ada 'zero_denominator'; nyatakan apa hasilnya bila pembagi nol (angka, unanswered, atau {numerator_zero: .., otherwise: ..})",
                  en: "the formula of '\(code)' divides but has no 'zero_denominator'; declare what a zero denominator gives (a number, unanswered, or {numerator_zero: .., otherwise: ..})")
    }

    // MARK: - Number questions

    /// The `value` formula of a number question refers to `reference`: it may refer only to `x`.
    static func valueFormulaUnknownReference(_ reference: String) -> Localized {
        Localized(id: "rumus 'value' merujuk '\(reference)'; rumus nilai pertanyaan angka hanya boleh merujuk 'x' (jawabannya)",
                  en: "the 'value' formula refers to '\(reference)'; a number question's value may refer only to 'x' (its answer)")
    }

    /// The `value` formula of a number question divides by `x`.
    static let valueFormulaDividesByX = Localized(
        id: "rumus 'value' membagi dengan 'x'; pembagi nol tidak memiliki kebijakan", en: "the 'value' formula divides by 'x'; a zero denominator has no policy")

    // MARK: - Value ranges

    /// The words for "a question's value lies in [0, 1]", ending the messages below.
    private static let unitRange = Localized(id: "nilai pertanyaan harus di antara 0 dan 1", en: "a question's value must be between 0 and 1")

    /// The `zero_denominator` value (or its `numerator_zero` or `otherwise`), `key`, is `value`, outside [0, 1].
    static func zeroValueOutsideUnit(_ key: String, value: Number) -> Localized {
        Localized(id: "'\(key)' bernilai \(value); \(unitRange.id)", en: "'\(key)' is \(value); \(unitRange.en)")
    }

    /// The `clamp` [`low`, `high`] reaches outside [0, 1].
    static func clampOutsideUnit(low: Number, high: Number) -> Localized {
        Localized(id: "'clamp' [\(low), \(high)] membiarkan nilai keluar dari [0, 1]; \(unitRange.id)",
                  en: "'clamp' [\(low), \(high)] lets the value leave [0, 1]; \(unitRange.en)")
    }

    /// The unclamped formula of the computed question `code` can give `range` over its inputs' ranges.
    static func formulaOutsideUnit(_ code: String, range: ValueRange) -> Localized {
        Localized(id: "rumus '\(code)' dapat bernilai \(range) menurut rentang masukannya; \(unitRange.id): tambahkan 'clamp: [0, 1]'",
                  en: "the formula of '\(code)' can give \(range) over its inputs' ranges; \(unitRange.en): add 'clamp: [0, 1]'")
    }

    /// A number question's `value` formula gives `value`, outside [0, 1], for the answer `x` (its `min` or `max`).
    static func valueFormulaGives(_ value: Number, x: Number) -> Localized {
        Localized(id: "rumus 'value' menghasilkan \(value) untuk x = \(x); nilai harus di antara 0 dan 1",
                  en: "the 'value' formula gives \(value) for x = \(x); a value must be between 0 and 1")
    }

    /// A number question's `value` formula can give `range` for answers from `min` to `max`.
    static func valueFormulaRange(_ range: ValueRange, min: Number, max: Number) -> Localized {
        Localized(id: "rumus 'value' dapat bernilai \(range) untuk x dari \(min) sampai \(max); \(unitRange.id)",
                  en: "the 'value' formula can give \(range) for x from \(min) to \(max); \(unitRange.en)")
    }

    /// A rule's `min_percent: value` on `code`, which weighs 0, so the rule is never met.
    static func percentOfZeroWeight(_ code: String, value: Number) -> Localized {
        Localized(id: "'\(code)' berbobot 0, sehingga persentasenya selalu 0 dan 'min_percent: \(value)' tidak pernah terpenuhi",
                  en: "'\(code)' weighs 0, so its percentage is always 0 and 'min_percent: \(value)' can never be met")
    }

    /// A rule's `min_score` (`key`) is `value`, outside the scores of `code`, 0 to `maximum`.
    static func thresholdOutsideScores(_ key: String, value: Number, code: String, maximum: Number) -> Localized {
        Localized(id: "'\(key)' bernilai \(value), di luar rentang nilai '\(code)', 0 sampai \(maximum)",
                  en: "'\(key)' is \(value), outside the range of '\(code)' scores, 0 to \(maximum)")
    }

    /// A rule's `min_percent` (`key`) is `value`, outside 0 to 100.
    static func thresholdOutsidePercentages(_ key: String, value: Number) -> Localized {
        Localized(id: "'\(key)' bernilai \(value), di luar rentang persentase, 0 sampai 100",
                  en: "'\(key)' is \(value), outside the range of percentages, 0 to 100")
    }

    // MARK: - Predicates

    /// A predicate has two rules with the id `rule`.
    static func duplicateRule(_ rule: String) -> Localized {
        Localized(id: "aturan '\(rule)' ditulis dua kali", en: "rule '\(rule)' is written twice")
    }

    /// The rule `rule` names two targets, `first` and `second` (`node`, `each_child_of`, `requires_predicate`).
    static func ruleTwoTargets(_ rule: String, _ first: String, _ second: String) -> Localized {
        Localized(id: "aturan '\(rule)' memakai '\(first)' dan '\(second)'; tulis satu saja", en: "rule '\(rule)' has both '\(first)' and '\(second)'; keep one")
    }

    /// The rule `rule` on a node has both `min_score` and `min_percent`.
    static func ruleTwoMeasures(_ rule: String) -> Localized {
        Localized(id: "aturan '\(rule)' memakai 'min_score' dan 'min_percent'; tulis satu saja", en: "rule '\(rule)' has both 'min_score' and 'min_percent'; keep one")
    }

    /// An `each_child_of` rule has `min_score`.
    static let eachChildTakesPercent = Localized(id: "'each_child_of' memakai 'min_percent', bukan 'min_score'", en: "'each_child_of' takes 'min_percent', not 'min_score'")

    /// A `requires_predicate` rule has the measure `measure`.
    static func requiresPredicateTakesNoMeasure(_ measure: String) -> Localized {
        Localized(id: "'requires_predicate' tidak memakai '\(measure)'", en: "'requires_predicate' takes no '\(measure)'")
    }

    /// A rule names the node `code`, which is no node, group or question; with the closest node or group code.
    static func unknownNode(_ code: String, suggestion: String?) -> Localized {
        let hint = Suggestion.suffix(suggestion)
        return Localized(id: "simpul '\(code)' tidak ada\(hint.id)", en: "node '\(code)' does not exist\(hint.en)")
    }

    /// An `each_child_of` rule names `code`, which is no node or group with children; with the closest code.
    static func notAParent(_ code: String, suggestion: String?) -> Localized {
        let hint = Suggestion.suffix(suggestion)
        return Localized(id: "'\(code)' bukan simpul atau grup yang memiliki anak\(hint.id)", en: "'\(code)' is not a node or group with children\(hint.en)")
    }

    /// The rule `rule` has none of its targets.
    static func ruleNeedsTarget(_ rule: String) -> Localized {
        Localized(id: "aturan '\(rule)' memerlukan 'node' dengan 'min_score' atau 'min_percent', 'each_child_of' dengan 'min_percent', atau 'requires_predicate'",
                  en: "rule '\(rule)' needs 'node' with 'min_score' or 'min_percent', 'each_child_of' with 'min_percent', or 'requires_predicate'")
    }

    /// The rule `rule` on a node has no measure.
    static func ruleNeedsMeasure(_ rule: String) -> Localized {
        Localized(id: "aturan '\(rule)' memerlukan 'min_score' atau 'min_percent'", en: "rule '\(rule)' needs 'min_score' or 'min_percent'")
    }

    /// The predicate `predicate` has two prerequisites with the id `prerequisite`.
    static func duplicatePrerequisite(_ prerequisite: String, predicate: String) -> Localized {
        Localized(id: "prasyarat '\(prerequisite)' ditulis dua kali pada predikat '\(predicate)'", en: "prerequisite '\(prerequisite)' is written twice in predicate '\(predicate)'")
    }

    /// Two predicates have the id `predicate`.
    static func duplicatePredicate(_ predicate: String) -> Localized {
        Localized(id: "predikat '\(predicate)' ditulis dua kali", en: "predicate '\(predicate)' is defined twice")
    }

    /// `requires_predicate` or `stricter_than` names `predicate`, which is not defined; with the closest id.
    static func unknownPredicate(_ predicate: String, suggestion: String?) -> Localized {
        let hint = Suggestion.suffix(suggestion)
        return Localized(id: "predikat '\(predicate)' tidak ada\(hint.id)", en: "predicate '\(predicate)' does not exist\(hint.en)")
    }

    /// `stricter_than` leads back to where it started, along `chain` (its first predicate repeated at the end).
    static func stricterThanCycle(_ chain: [String]) -> Localized {
        let path = chain.joined(separator: " -> ")
        return Localized(id: "'stricter_than' membentuk lingkaran: \(path)", en: "'stricter_than' forms a cycle: \(path)")
    }

    /// The predicate `predicate`, stricter than `weaker`, lacks the rule `rule` of `weaker`.
    static func stricterMissesRule(_ predicate: String, weaker: String, rule: String) -> Localized {
        Localized(id: "predikat '\(predicate)' lebih ketat dari '\(weaker)' tetapi tidak memiliki aturan '\(rule)'",
                  en: "predicate '\(predicate)' is stricter than '\(weaker)' but has no rule '\(rule)'")
    }

    /// The note at the rule `rule` that a stricter predicate lacks.
    static func ruleIsHere(_ rule: String) -> Localized {
        Localized(id: "aturan '\(rule)' di sini", en: "rule '\(rule)' is here")
    }

    /// The rule `rule` of `predicate` asks less than (or something else than) the same rule of `weaker`.
    static func looserRule(_ rule: String, predicate: String, weaker: String) -> Localized {
        Localized(id: "aturan '\(rule)' pada '\(predicate)' lebih longgar dari (atau berbeda dengan) aturan yang sama pada '\(weaker)'",
                  en: "rule '\(rule)' of '\(predicate)' is looser than (or different from) the same rule of '\(weaker)'")
    }

    /// The note at the rule of the weaker predicate `weaker` that a looser rule is compared with.
    static func weakerRuleIsHere(_ weaker: String) -> Localized {
        Localized(id: "aturan pada '\(weaker)' di sini", en: "the rule of '\(weaker)' is here")
    }

    // MARK: - Checks

    /// Two checks have the id `check` (its first is noted with `Message.YAML.firstWrittenHere`).
    static func duplicateCheck(_ check: String) -> Localized {
        Localized(id: "pemeriksaan '\(check)' ditulis dua kali; id pemeriksaan harus unik", en: "check '\(check)' is written twice; check ids must be unique")
    }

    /// A check's `rule` has no comparison.
    static let ruleNotComparison = Localized(
        id: "aturan harus membandingkan dua rumus dengan <=, <, >=, >, == atau !=", en: "the rule must compare two formulas with <=, <, >=, >, == or !=")
}
