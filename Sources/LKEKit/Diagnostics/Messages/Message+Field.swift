extension Message {
    /// The messages of a schema's fields (`FieldReader`): a mapping's keys and the types of their values, in any
    /// YAML file read against a schema (a definition, an answer file, a survey definition, a plan). `what` names
    /// the mapping as the reader was told ("pertanyaan" / "question").
    enum Field {
        /// The mapping `what` has the key `key`, which it does not allow; with the allowed key closest to it, or
        /// else all the allowed keys.
        static func unknownKey(_ key: String, in what: Localized, allowed: [String], suggestion: String?) -> Localized {
            let known = allowed.joined(separator: ", ")
            let fallback = suggestion == nil
                ? Localized(id: "; kunci yang dikenal: \(known)", en: "; known keys: \(known)")
                : Suggestion.suffix(suggestion)
            return Localized(id: "kunci '\(key)' tidak dikenal pada \(what.id)\(fallback.id)",
                             en: "unknown key '\(key)' in \(what.en)\(fallback.en)")
        }

        /// `what` is written as text or a list where a mapping of keys was expected.
        static func notAMapping(_ what: Localized) -> Localized {
            Localized(id: "\(what.id) harus berupa pemetaan 'kunci: nilai'", en: "\(what.en) must be a mapping of 'key: value'")
        }

        /// The mapping `what` lacks its required key `key`.
        static func missingKey(_ key: String, in what: Localized) -> Localized {
            Localized(id: "\(what.id) tidak memiliki kunci wajib '\(key)'", en: "\(what.en) is missing the required key '\(key)'")
        }

        /// The value of `key` is a collection, or empty, where text was expected.
        static func notText(_ key: String) -> Localized {
            Localized(id: "'\(key)' harus berupa teks", en: "'\(key)' must be text")
        }

        /// The text of `key` is only blanks.
        static func emptyText(_ key: String) -> Localized {
            Localized(id: "'\(key)' kosong; isi teksnya", en: "'\(key)' is empty; write its text")
        }

        /// The value of `key`, written `written` (`nil` for a collection), is not a plain decimal number.
        static func notDecimal(_ key: String, written: String?) -> Localized {
            let written = written ?? "…"
            return Localized(id: "'\(key)' harus berupa angka desimal dengan titik (misalnya 0.50), bukan '\(written)'",
                             en: "'\(key)' must be a decimal number with a dot (for example 0.50), not '\(written)'")
        }

        /// The value of `key` is not a whole number in `range`.
        static func notWholeNumber(_ key: String, in range: ClosedRange<Int>) -> Localized {
            Localized(id: "'\(key)' harus berupa bilangan bulat \(range.lowerBound) sampai \(range.upperBound)",
                      en: "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }

        /// The value `value` of `key` is none of `options`; with the option closest to it, when one is.
        static func notOneOf(_ key: String, value: String, options: [String], suggestion: String?) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "'\(key)' bernilai '\(value)', harus salah satu dari: \(options.joined(separator: ", "))\(hint.id)",
                             en: "'\(key)' is '\(value)'; it must be one of: \(options.joined(separator: ", "))\(hint.en)")
        }

        /// The value of `key` is not the list of texts it should be.
        static func notTextList(_ key: String) -> Localized {
            Localized(id: "'\(key)' harus berupa daftar ('- teks' per baris atau [a, b])", en: "'\(key)' must be a list ('- text' lines or [a, b])")
        }

        /// An item of the list of texts `key` is not text.
        static func itemNotText(_ key: String) -> Localized {
            Localized(id: "butir '\(key)' harus berupa teks", en: "items of '\(key)' must be text")
        }

        /// The value of `key` is not the list (of mappings) it should be.
        static func notList(_ key: String) -> Localized {
            Localized(id: "'\(key)' harus berupa daftar ('- ...')", en: "'\(key)' must be a list ('- ...')")
        }
    }
}
