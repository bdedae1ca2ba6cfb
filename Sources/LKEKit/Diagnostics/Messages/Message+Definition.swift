extension Message {
    /// The messages of a questionnaire definition (`QuestionnaireLoader`): its schema, codes, scales, tree,
    /// questions and groups. Its formulas, ranges, predicates and checks are in `Message+DefinitionRules.swift`.
    enum Definition {
        /// What the messages call the mappings of a definition (a `FieldReader`'s `what`): "kunci 'x' tidak
        /// dikenal pada pertanyaan" / "unknown key 'x' in question".
        enum Part {
            /// The whole file's top-level mapping.
            static let definition = Localized(id: "definisi kuesioner", en: "the questionnaire definition")
            /// The `rounding` mapping.
            static let rounding = Localized(id: "'rounding'", en: "'rounding'")
            /// An item of `scales`.
            static let scale = Localized(id: "skala", en: "scale")
            /// An item of a scale's `options`.
            static let scaleOption = Localized(id: "opsi skala", en: "scale option")
            /// A node of `tree`.
            static let node = Localized(id: "simpul", en: "node")
            /// An item of a node's `questions`.
            static let question = Localized(id: "pertanyaan", en: "question")
            /// A choice question's `criteria`, whose keys are the options of the scale `scale`.
            static func criteria(scale: String) -> Localized {
                Localized(id: "'criteria' (opsi skala '\(scale)')", en: "'criteria' (options of scale '\(scale)')")
            }
            /// An item of a computed question's `inputs`.
            static let input = Localized(id: "masukan", en: "input")
            /// An item of a computed question's `derived`.
            static let derivedRow = Localized(id: "baris turunan", en: "derived row")
            /// A computed question's `zero_denominator` written as a mapping.
            static let zeroDenominator = Localized("'zero_denominator'")
            /// An item of `groups`.
            static let group = Localized(id: "grup", en: "group")
            /// An item of `checks`.
            static let check = Localized(id: "pemeriksaan", en: "check")
            /// An item of `predicates`.
            static let predicate = Localized(id: "predikat", en: "predicate")
            /// An item of a predicate's `rules`.
            static let predicateRule = Localized(id: "aturan predikat", en: "predicate rule")
            /// An item of a predicate's `prerequisites`.
            static let prerequisite = Localized(id: "prasyarat", en: "prerequisite")
        }

        // MARK: - The file

        /// The definition file has no content (and no YAML error says why).
        static let emptyFile = Localized(id: "berkas kosong; definisi kuesioner diperlukan", en: "the file is empty; a questionnaire definition is expected")

        /// `format` is `format`, not `lke/1`.
        static func unsupportedFormat(_ format: String) -> Localized {
            Localized(id: "format '\(format)' tidak didukung; tulis 'format: lke/1'", en: "format '\(format)' is not supported; write 'format: lke/1'")
        }

        /// The definition's `id` has characters other than lowercase letters, digits and `-`.
        static let invalidID = Localized(id: "'id' hanya boleh berisi huruf kecil, angka dan '-'", en: "'id' may hold only lowercase letters, digits and '-'")

        /// A survey definition (`kind: survey`) given where a worksheet definition is read.
        static let surveyDefinition = Localized(
            id: "definisi survei dibaca oleh 'lke survey', bukan sebagai lembar kerja",
            en: "survey definitions are read by 'lke survey', not as a worksheet")

        // MARK: - Codes and weights

        /// The code `code` of a node, question, input, derived row or group is taken already.
        static func duplicateCode(_ code: String) -> Localized {
            Localized(id: "kode '\(code)' sudah dipakai; kode harus unik", en: "code '\(code)' is already used; codes must be unique")
        }

        /// The note at the first use of a code written twice.
        static func firstUsedHere(_ code: String) -> Localized {
            Localized(id: "'\(code)' pertama kali dipakai di sini", en: "'\(code)' first used here")
        }

        /// The code `code` is not a letter followed by letters, digits, `_` and `.` (or is a reserved word).
        static func invalidCode(_ code: String) -> Localized {
            Localized(id: "kode '\(code)' tidak sah: awali dengan huruf, lalu huruf, angka, '_' atau '.'",
                      en: "code '\(code)' is not valid: start with a letter, then letters, digits, '_' or '.'")
        }

        /// A node's, weighted question's or group's `weight` is below 0.
        static let negativeWeight = Localized(id: "'weight' tidak boleh negatif", en: "'weight' must not be negative")

        // MARK: - Scales

        /// The option `code` has the value `value`, outside [0, 1].
        static func optionValueOutsideUnit(_ code: String, value: Number) -> Localized {
            Localized(id: "nilai opsi '\(code)' adalah \(value), harus di antara 0 dan 1", en: "the value of option '\(code)' is \(value); it must be between 0 and 1")
        }

        /// `spelling` (a code, label or alias) names two options of the scale `scale`.
        static func ambiguousSpelling(_ spelling: String, scale: String) -> Localized {
            Localized(id: "'\(spelling)' menunjuk lebih dari satu opsi skala '\(scale)'", en: "'\(spelling)' names more than one option of scale '\(scale)'")
        }

        /// The note at the other option of an ambiguous spelling.
        static let otherOptionHere = Localized(id: "opsi lain di sini", en: "the other option is here")

        /// The scale `scale` has fewer than two options.
        static func scaleNeedsTwoOptions(_ scale: String) -> Localized {
            Localized(id: "skala '\(scale)' memerlukan paling sedikit dua opsi", en: "scale '\(scale)' needs at least two options")
        }

        /// Two scales have the id `scale`.
        static func duplicateScale(_ scale: String) -> Localized {
            Localized(id: "skala '\(scale)' ditulis dua kali", en: "scale '\(scale)' is defined twice")
        }

        // MARK: - Nodes

        /// The node `code` has both `children` and `questions`.
        static func nodeChildrenAndQuestions(_ code: String) -> Localized {
            Localized(id: "simpul '\(code)' memiliki 'children' dan 'questions'; pilih salah satu", en: "node '\(code)' has both 'children' and 'questions'; keep one")
        }

        /// The node `code` has neither `children` nor `questions`.
        static func nodeWithoutContent(_ code: String) -> Localized {
            Localized(id: "simpul '\(code)' tidak memiliki 'children' atau 'questions'", en: "node '\(code)' has neither 'children' nor 'questions'")
        }

        /// The tree is deeper than `QuestionnaireDecoder.maximumTreeDepth`.
        static let treeTooDeep = Localized(
            id: "pohon lebih dalam dari \(QuestionnaireDecoder.maximumTreeDepth) tingkat tidak didukung",
            en: "a tree deeper than \(QuestionnaireDecoder.maximumTreeDepth) levels is not supported")

        /// A node with `children` has an `aggregate` other than `sum`.
        static let childrenNeedSum = Localized(
            id: "simpul dengan 'children' hanya dapat memakai 'aggregate: sum'", en: "a node with 'children' can only use 'aggregate: sum'")

        /// A node with `questions` has `aggregate: sum`.
        static let questionsNeedMean = Localized(
            id: "simpul dengan 'questions' memakai 'mean' atau 'weighted', bukan 'sum'", en: "a node with 'questions' uses 'mean' or 'weighted', not 'sum'")

        /// A node's `children` is an empty list.
        static let emptyChildren = Localized(id: "'children' kosong", en: "'children' is empty")

        /// A node's `questions` is an empty list.
        static let emptyQuestions = Localized(id: "'questions' kosong", en: "'questions' is empty")

        /// The weight `weight` of the node `code` is not `total`, the sum of its children's weights.
        static func nodeWeightNotChildren(_ code: String, weight: Number, total: Number) -> Localized {
            Localized(id: "bobot '\(code)' adalah \(weight), tetapi bobot anak-anaknya berjumlah \(total)",
                      en: "the weight of '\(code)' is \(weight), but its children's weights add up to \(total)")
        }

        /// The note at each child of a node whose weight is not their sum: the child `code` and its `weight`.
        static func childWeight(_ code: String, weight: Number) -> Localized {
            Localized("'\(code)': \(weight)")
        }

        /// The weight `weight` of the node `code`, under `aggregate: weighted`, is not `total`, the sum of its
        /// questions' weights.
        static func nodeWeightNotQuestions(_ code: String, weight: Number, total: Number) -> Localized {
            Localized(id: "bobot '\(code)' adalah \(weight), tetapi bobot pertanyaannya berjumlah \(total)",
                      en: "the weight of '\(code)' is \(weight), but its questions' weights add up to \(total)")
        }

        // MARK: - Questions

        /// A question has a `weight` under a node that does not weigh its questions.
        static let questionWeightNotWeighted = Localized(
            id: "'weight' pada pertanyaan hanya berlaku di bawah 'aggregate: weighted'", en: "'weight' on a question applies only under 'aggregate: weighted'")

        /// A choice question names the scale `scale`, which the definition does not have; with the closest
        /// scale, when one is close.
        static func unknownScale(_ scale: String, suggestion: String?) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "skala '\(scale)' tidak ada\(hint.id)", en: "scale '\(scale)' does not exist\(hint.en)")
        }

        /// The `criteria` of the question `question` have no text for the option `option`.
        static func missingCriterion(_ option: String, question: String) -> Localized {
            Localized(id: "opsi '\(option)' pada pertanyaan '\(question)' tidak memiliki teks kriteria", en: "option '\(option)' of question '\(question)' has no criterion text")
        }

        /// A choice question has both `criteria` and `condition`.
        static let criteriaAndCondition = Localized(id: "tulis 'criteria' atau 'condition', bukan keduanya", en: "write 'criteria' or 'condition', not both")

        /// The choice question `question` has neither `criteria` nor `condition`.
        static func noCriterionText(_ question: String) -> Localized {
            Localized(id: "pertanyaan '\(question)' tidak memiliki teks kriteria: tulis 'criteria' untuk setiap opsi atau satu 'condition'",
                      en: "question '\(question)' has no criterion text: write 'criteria' for every option or one 'condition'")
        }

        /// A number question's `min` is above its `max`.
        static let minAboveMax = Localized(id: "'min' lebih besar dari 'max'", en: "'min' is greater than 'max'")

        // MARK: - Groups

        /// Groups nested deeper than `QuestionnaireDecoder.maximumTreeDepth`.
        static let groupsTooDeep = Localized(
            id: "grup bersarang lebih dari \(QuestionnaireDecoder.maximumTreeDepth) tingkat tidak didukung",
            en: "groups nested deeper than \(QuestionnaireDecoder.maximumTreeDepth) levels are not supported")

        /// The group `code` has both or neither of `sum` and `children`.
        static func groupNeedsSumOrChildren(_ code: String) -> Localized {
            Localized(id: "grup '\(code)' memerlukan tepat satu dari 'sum' atau 'children'", en: "group '\(code)' needs exactly one of 'sum' or 'children'")
        }

        /// The written weight `weight` of the group `code` is not `total`, the sum of its children's weights.
        static func groupWeightNotChildren(_ code: String, weight: Number, total: Number) -> Localized {
            Localized(id: "bobot grup '\(code)' adalah \(weight), tetapi anak-anaknya berjumlah \(total)",
                      en: "the weight of group '\(code)' is \(weight), but its children add up to \(total)")
        }

        /// The group `group` sums `code`, which is no node of the tree; with the closest node code, when one is.
        static func groupSumsNonNode(_ group: String, code: String, suggestion: String?) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "grup '\(group)' menjumlahkan '\(code)', yang bukan simpul\(hint.id)",
                             en: "group '\(group)' sums '\(code)', which is not a node\(hint.en)")
        }

        /// The weight `weight` of the group `code` is not `total`, the weight of the nodes it sums.
        static func groupWeightNotNodes(_ code: String, weight: Number, total: Number) -> Localized {
            Localized(id: "bobot grup '\(code)' adalah \(weight), tetapi simpul yang dijumlahkannya berbobot \(total)",
                      en: "the weight of group '\(code)' is \(weight), but the nodes it sums weigh \(total)")
        }
    }
}
