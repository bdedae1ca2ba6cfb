extension Message {
    /// Answer files: their header, team and attestation blocks, and the answers checked against the definition.
    public enum Answers {
        // MARK: - The file and its header

        /// The answer file holds nothing at all.
        static let emptyFile = Localized(
            id: "berkas kosong; berkas jawaban memerlukan 'questionnaire', 'unit' dan 'answers'",
            en: "the file is empty; an answer file needs 'questionnaire', 'unit' and 'answers'")

        /// Names the answer file in the messages about its top-level keys.
        static let answerFile = Localized(id: "berkas jawaban", en: "the answer file")

        /// Names the 'head' block in the messages about its fields.
        static let headBlock = Localized(id: "blok 'head'", en: "the 'head' block")

        /// An entry of 'eligibility' is neither 'ya' nor 'tidak'.
        static func prerequisiteNotYesNo(_ id: String) -> Localized {
            Localized(id: "prasyarat '\(id)' harus 'ya' atau 'tidak'", en: "prerequisite '\(id)' must be 'ya' or 'tidak'")
        }

        /// 'eligibility' is not a mapping.
        static let eligibilityNotMapping = Localized(
            id: "'eligibility' harus berupa pemetaan 'id: ya|tidak'", en: "'eligibility' must be a mapping of 'id: ya|tidak'")

        /// 'answers' is not a mapping.
        static let answersNotMapping = Localized(
            id: "'answers' harus berupa pemetaan 'kode: jawaban'", en: "'answers' must be a mapping of 'code: answer'")

        /// The file names a questionnaire that is neither bundled nor given with --questionnaire.
        static func unknownQuestionnaire(_ id: String, suggestion: String?, available: [String]) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(
                id: "kuesioner '\(id)' tidak dikenal\(hint.id); yang tersedia: \(available.joined(separator: ", ")) (atau berikan berkasnya dengan --questionnaire)",
                en: "questionnaire '\(id)' is not known\(hint.en); available: \(available.joined(separator: ", ")) (or give its file with --questionnaire)")
        }

        /// The 'predicate' the unit holds is not one of the definition's predicates.
        static func unknownPredicate(_ predicate: String, in questionnaire: String, suggestion: String?, known: [String]) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(
                id: "predikat '\(predicate)' tidak ada di '\(questionnaire)'\(hint.id); yang ada: \(known.joined(separator: ", "))",
                en: "predicate '\(predicate)' does not exist in '\(questionnaire)'\(hint.en); known: \(known.joined(separator: ", "))")
        }

        /// An entry of 'eligibility' names no prerequisite of the definition.
        static func unknownPrerequisite(_ id: String, suggestion: String?) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "prasyarat '\(id)' tidak dikenal\(hint.id)", en: "unknown prerequisite '\(id)'\(hint.en)")
        }

        // MARK: - One answer

        /// Names the answer to `code` in the messages about its fields.
        static func answer(_ code: String) -> Localized {
            Localized(id: "jawaban '\(code)'", en: "answer '\(code)'")
        }

        /// An answer's 'value' is a list or a mapping.
        static let valueNotScalar = Localized(id: "'value' harus berupa teks atau angka", en: "'value' must be text or a number")

        /// A code is answered a second time.
        static func answeredTwice(_ code: String) -> Localized {
            Localized(id: "kode '\(code)' dijawab dua kali", en: "code '\(code)' is answered twice")
        }

        /// Note on `answeredTwice`: where the first answer is.
        static let firstAnswerHere = Localized(id: "jawaban pertama di sini", en: "the first answer is here")

        /// A code is not one of the definition's (said by the validator and by `lke fill`'s :goto).
        public static func unknownCode(_ code: String, in questionnaire: String, suggestion: String?) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "kode '\(code)' tidak ada di '\(questionnaire)'\(hint.id)",
                             en: "code '\(code)' does not exist in '\(questionnaire)'\(hint.en)")
        }

        /// A choice answer is not one of its scale's option codes.
        static func notAnOption(_ text: String, of code: String, options: [String]) -> Localized {
            Localized(id: "'\(text)' bukan pilihan untuk '\(code)'; pilihan: \(options.joined(separator: ", "))",
                      en: "'\(text)' is not an option of '\(code)'; options: \(options.joined(separator: ", "))")
        }

        /// A computed question is answered directly instead of through its inputs.
        static func computedAnswered(_ code: String, inputs: [String]) -> Localized {
            let inputs = inputs.joined(separator: ", ")
            return Localized(id: "'\(code)' dihitung dari masukannya; isi \(inputs), bukan '\(code)' (kode ini hanya boleh memuat note dan evidence)",
                      en: "'\(code)' is computed from its inputs; answer \(inputs), not '\(code)' (this code may carry only a note and evidence)")
        }

        /// A check of the definition fails: its own message, then the figures it compared.
        static func checkFailed(_ message: String, leftText: String, left: Number, rightText: String, right: Number) -> Localized {
            Localized("\(message) (\(leftText) = \(left), \(rightText) = \(right))")
        }

        /// Note on `checkFailed`: where the check is defined.
        static func checkDefinedHere(_ id: String) -> Localized {
            Localized(id: "pemeriksaan '\(id)' didefinisikan di sini", en: "check '\(id)' is defined here")
        }

        /// A number answer is not a number.
        static func needsNumber(_ code: String, not text: String) -> Localized {
            Localized(id: "'\(code)' memerlukan angka, bukan '\(text)'", en: "'\(code)' needs a number, not '\(text)'")
        }

        /// A number answer lies outside its range (`min` and `max` as the definition writes them).
        static func outOfRange(_ code: String, value text: String, min: Number, max: Number) -> Localized {
            Localized(id: "'\(code)' bernilai \(text), di luar rentang \(min) sampai \(max)", en: "'\(code)' is \(text), outside the range \(min) to \(max)")
        }

        /// A number answer has more decimals than its question allows (none: a whole number).
        static func tooManyDecimals(_ code: String, value text: String, decimals: Int) -> Localized {
            decimals == 0
                ? Localized(id: "'\(code)' harus bilangan bulat, bukan \(text)", en: "'\(code)' must be a whole number, not \(text)")
                : Localized(id: "'\(code)' paling banyak \(decimals) angka desimal, bukan \(text)", en: "'\(code)' takes at most \(decimals) decimals, not \(text)")
        }

        // MARK: - Team, review and attestation blocks

        /// 'team' is not a list.
        static let teamNotList = Localized(
            id: "'team' harus berupa daftar pokja ('- name: ...')", en: "'team' must be a list of pokja ('- name: ...')")

        /// Names one pokja of 'team' in the messages about its fields.
        static let pokja = Localized(id: "pokja", en: "a pokja")

        /// Two pokja of 'team' have the same name.
        static func pokjaTwice(_ name: String) -> Localized {
            Localized(id: "pokja '\(name)' ditulis dua kali", en: "pokja '\(name)' is written twice")
        }

        /// A pokja's area is not a node of the definition.
        static func unknownPokjaArea(pokja: String, area: String, in questionnaire: String, suggestion: String?) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "pokja '\(pokja)': area '\(area)' tidak ada di '\(questionnaire)'\(hint.id)",
                             en: "pokja '\(pokja)': area '\(area)' does not exist in '\(questionnaire)'\(hint.en)")
        }

        /// Names the review of `code` in the messages about its fields.
        static func review(_ code: String) -> Localized {
            Localized(id: "tinjauan '\(code)'", en: "the review of '\(code)'")
        }

        /// A review verdict is written in a file of a layer that does not report verdicts.
        static func reviewInLayer(_ code: String, layer: String) -> Localized {
            Localized(id: "tinjauan pada '\(code)' di berkas lapis '\(layer)': putusan tinjauan hanya untuk berkas 'layer: tpi' atau 'tpn' dan tidak dilaporkan di sini",
                      en: "review on '\(code)' in a '\(layer)' layer file: verdicts belong in 'layer: tpi' or 'tpn' files and are not reported here")
        }

        /// Names the 'attestation' block in the messages about its fields.
        static let attestationBlock = Localized("'attestation'")

        /// A code's digest under 'attestation.codes' is not text.
        static func codeDigestNotText(_ code: String) -> Localized {
            Localized(id: "ringkasan '\(code)' harus berupa teks", en: "the digest of '\(code)' must be text")
        }

        /// 'attestation.codes' is not a mapping.
        static let codesNotMapping = Localized(
            id: "'codes' harus berupa pemetaan 'kode: ringkasan'", en: "'codes' must be a mapping of 'code: digest'")

        /// 'attestation.digest' is not 64 hexadecimal digits.
        static let badDigest = Localized(
            id: "'digest' harus berupa SHA-256 (64 digit heksadesimal); tulis ulang dengan 'lke attest'",
            en: "'digest' must be a SHA-256 (64 hexadecimal digits); sign again with 'lke attest'")
    }
}
