extension Message {
    /// The formula reader's messages (`FormulaParser`, `FormulaField`): a formula that does not parse, said at
    /// its column when the formula is written on one line.
    enum Formula {
        /// The value of `name` is empty or a collection where a formula was expected.
        static func notAFormula(_ name: String) -> Localized {
            Localized(id: "'\(name)' harus berupa rumus", en: "'\(name)' must be a formula")
        }

        /// Text `rest` (its first characters) is left after a whole formula was read.
        static func unexpectedText(_ rest: String) -> Localized {
            Localized(id: "teks tak terduga '\(rest)' dalam rumus", en: "unexpected '\(rest)' in the formula")
        }

        /// The formula has more than `FormulaParser.maximumOperations` operators and calls.
        static let tooLong = Localized(
            id: "rumus terlalu panjang: lebih dari \(FormulaParser.maximumOperations) operasi",
            en: "the formula is too long: more than \(FormulaParser.maximumOperations) operations")

        /// Parentheses or minus signs nested deeper than the parser goes.
        static let nestedTooDeeply = Localized(id: "rumus bersarang terlalu dalam", en: "formula nested too deeply")

        /// The formula ends where a number, a code or `(` must come.
        static let endsEarly = Localized(
            id: "rumus berakhir terlalu cepat; diharapkan angka, kode atau '('",
            en: "the formula ends too early; expected a number, a code or '('")

        /// A `(` without its `)`.
        static let unclosedParenthesis = Localized(id: "'(' tidak ditutup; tambahkan ')'", en: "'(' is not closed; add ')'")

        /// Digits and dots `text` that are no plain decimal (`1.2.3`).
        static func invalidNumber(_ text: String) -> Localized {
            Localized(id: "angka '\(text)' tidak sah", en: "invalid number '\(text)'")
        }

        /// A call of `name`, which is neither `min` nor `max`.
        static func unknownFunction(_ name: String) -> Localized {
            Localized(id: "fungsi '\(name)' tidak dikenal; yang tersedia: min, max", en: "unknown function '\(name)'; available: min, max")
        }

        /// A call of `name` with no argument.
        static func functionNeedsArgument(_ name: String) -> Localized {
            Localized(id: "'\(name)' memerlukan paling sedikit satu argumen", en: "'\(name)' needs at least one argument")
        }

        /// Something other than `,` or `)` after an argument of a call.
        static let expectedCommaOrParenthesis = Localized(id: "diharapkan ',' atau ')'", en: "expected ',' or ')'")

        /// `character` where a number, a code or `(` must come.
        static func unexpectedCharacter(_ character: Character) -> Localized {
            Localized(id: "'\(character)' tidak diharapkan dalam rumus; diharapkan angka, kode atau '('",
                      en: "unexpected '\(character)' in the formula; expected a number, a code or '('")
        }
    }
}
