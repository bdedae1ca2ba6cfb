import Foundation

/// A loaded survey definition (`kind: survey`): the items, the answer scale, the weights, the index and
/// conversion rules, the grade bands, the sample-size rule, the respondent profile and the LKE question the
/// index feeds. Every rule of the computation is data here; the engine has none of its own.
public struct SurveyDefinition: Sendable {
    /// One answer value of the scale, with the label and other spellings accepted in the data.
    struct Option: Sendable, Hashable {
        var value: Int
        var label: String
        var aliases: [String]

        init(value: Int, label: String, aliases: [String] = []) {
            self.value = value
            self.label = label
            self.aliases = aliases
        }
    }

    /// The answer scale: whole numbers from `min` to `max`.
    public struct Scale: Sendable, Hashable {
        /// The lowest answer.
        public internal(set) var min: Int
        /// The highest answer.
        public internal(set) var max: Int
        /// Labels valid for every item, in value order.
        var options: [Option]

        init(min: Int, max: Int, options: [Option]) {
            self.min = min
            self.max = max
            self.options = options
        }

        /// The number of values on the scale.
        var count: Int { max - min + 1 }
    }

    /// One question (an unsur, a statement).
    public struct Item: Sendable, Hashable {
        var code: String
        /// The short name (the unsur).
        var title: String
        /// The question or statement as printed.
        var text: String
        /// The regulation's explanation of the item ("Info").
        var explanation: String?
        /// The question's number in the printed sample form, when it differs from the item order.
        var formNumber: Int?
        /// The item's own answer labels, one per scale value from `min` to `max` (empty when none).
        var options: [String]
        /// Other column headers that name the item.
        var aliases: [String]
        var location: SourceLocation
    }

    /// How the item means are weighted.
    public struct WeightProfile: Sendable, Hashable {
        enum Rule: Sendable, Hashable {
            /// 1/X exactly, X = the number of items with at least one answer.
            case equal
            /// The same weight for every item (the printed 0,11).
            case each(Number)
            /// A weight per item code, summing to 1.
            case perItem([String: Number])
        }

        /// The profile's id, for `--weights`.
        public internal(set) var id: String
        var title: String
        var rule: Rule
    }

    /// A formula that turns the weighted mean into the index.
    public struct IndexRule: Sendable {
        /// The rule's id, for `--index-rule`.
        public internal(set) var id: String
        var title: String
        /// A formula over `mean`, the weighted mean of the item means on the answer scale.
        var formula: Formula
    }

    /// A value computed from the index (the SKM's NIK = NI x 25).
    struct Conversion: Sendable {
        var title: String
        /// A formula over `index` and `mean`.
        var formula: Formula
    }

    /// One grade band: values at or above `min` (after rounding) and below the next band up.
    struct Band: Sendable, Hashable {
        var min: Number
        var grade: String
        var label: String
    }

    /// Which value the bands read.
    enum BandTarget: String, Sendable { case index, converted }

    /// The grade bands.
    struct Bands: Sendable {
        var target: BandTarget
        var gradeTitle: String
        var labelTitle: String
        /// From the highest band down.
        var levels: [Band]

        /// The band of `value` (already rounded), or `nil` below the lowest band.
        func band(of value: Number) -> Band? {
            levels.first { value >= $0.min }
        }
    }

    /// A respondent attribute reported in the profile (jenis kelamin, usia, ...).
    struct Attribute: Sendable {
        /// One declared value, with the spellings that mean it.
        struct Value: Sendable, Hashable {
            var label: String
            var aliases: [String]
        }

        var id: String
        var title: String
        /// Column headers that hold the attribute.
        var columns: [String]
        /// Declared values, in the order they are reported.
        var values: [Value]
        /// For numeric attributes (age): the lower bounds of the groups after the first (`[20, 30]` gives
        /// "< 20", "20-29", ">= 30").
        var bins: [Int]
    }

    /// The LKE question the index answers.
    public struct Feed: Sendable, Hashable {
        /// The LKE questionnaire's id.
        public internal(set) var questionnaire: String
        /// The code of the question the index answers.
        public internal(set) var code: String
        /// Fewer respondents than this raises a warning.
        var minimumRespondents: Int?
        /// A period shorter than this many months raises a warning.
        var minimumMonths: Int?
    }

    /// The instrument definition's id.
    public internal(set) var id: String
    /// The short name given to `lke survey --instrument` (`skm`).
    public internal(set) var instrument: String
    var title: String
    /// The definition's own version.
    public internal(set) var version: String
    var legalBasis: [String]
    var language: Language
    /// The rounding mode of every reported value, and the default number of decimals.
    var rounding: Rounding
    /// Decimals of the item means (NRR), of the index and of the converted value.
    var nrrDecimals: Int
    var indexDecimals: Int
    var convertedDecimals: Int
    /// The instruction printed on the form.
    var instructions: String?
    /// The answer scale every item uses.
    public internal(set) var scale: Scale
    /// The items, in form order.
    public internal(set) var items: [Item]
    /// The weight profiles `--weights` chooses from; the first is the default.
    public internal(set) var weightProfiles: [WeightProfile]
    var defaultWeights: String
    var indexTitle: String
    /// Why the index rule is a declared choice, printed in reports.
    var indexNote: String?
    /// The index rules `--index-rule` chooses from; the first is the default.
    public internal(set) var indexRules: [IndexRule]
    var defaultIndexRule: String
    var converted: Conversion?
    var bands: Bands?
    var sampleSize: SurveySampleSize?
    /// Column headers that hold the date of the answer.
    var dateColumns: [String]
    var profile: [Attribute]
    /// The LKE question the index answers, when there is one.
    public internal(set) var feeds: Feed?
    var path: String
    /// SHA-256 of the definition's bytes, lowercase hex.
    var digest: String

    /// The weight profile with `id`.
    func weightProfile(_ id: String) -> WeightProfile? { weightProfiles.first { $0.id == id } }

    /// The index rule with `id`.
    func indexRule(_ id: String) -> IndexRule? { indexRules.first { $0.id == id } }

    /// The item with `code`.
    func item(_ code: String) -> Item? { items.first { $0.code == code } }

    /// The value of a rounded quantity: `value` rounded to `places` with the definition's mode.
    func rounded(_ value: Number, places: Int) -> Number {
        Rounding(decimals: places, mode: rounding.mode).apply(value)
    }
}
