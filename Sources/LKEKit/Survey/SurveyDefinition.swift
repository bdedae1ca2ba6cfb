import Foundation

/// A loaded survey definition (`kind: survey`): the items, the answer scale, the weights, the index and
/// conversion rules, the grade bands, the sample-size rule, the respondent profile and the LKE question the
/// index feeds. Every rule of the computation is data here; the engine has none of its own.
public struct SurveyDefinition: Sendable {
    /// One answer value of the scale, with the label and other spellings accepted in the data.
    public struct Option: Sendable, Hashable {
        public var value: Int
        public var label: String
        public var aliases: [String]

        public init(value: Int, label: String, aliases: [String] = []) {
            self.value = value
            self.label = label
            self.aliases = aliases
        }
    }

    /// The answer scale: whole numbers from `min` to `max`.
    public struct Scale: Sendable, Hashable {
        public var min: Int
        public var max: Int
        /// Labels valid for every item, in value order.
        public var options: [Option]

        public init(min: Int, max: Int, options: [Option]) {
            self.min = min
            self.max = max
            self.options = options
        }

        /// The number of values on the scale.
        public var count: Int { max - min + 1 }
    }

    /// One question (an unsur, a statement).
    public struct Item: Sendable, Hashable {
        public var code: String
        /// The short name (the unsur).
        public var title: String
        /// The question or statement as printed.
        public var text: String
        /// The regulation's explanation of the item ("Info").
        public var explanation: String?
        /// The question's number in the printed sample form, when it differs from the item order.
        public var formNumber: Int?
        /// The item's own answer labels, one per scale value from `min` to `max` (empty when none).
        public var options: [String]
        /// Other column headers that name the item.
        public var aliases: [String]
        public var location: SourceLocation
    }

    /// How the item means are weighted.
    public struct WeightProfile: Sendable, Hashable {
        public enum Rule: Sendable, Hashable {
            /// 1/X exactly, X = the number of items with at least one answer.
            case equal
            /// The same weight for every item (the printed 0,11).
            case each(Number)
            /// A weight per item code, summing to 1.
            case perItem([String: Number])
        }

        public var id: String
        public var title: String
        public var rule: Rule
    }

    /// A formula that turns the weighted mean into the index.
    public struct IndexRule: Sendable {
        public var id: String
        public var title: String
        /// A formula over `mean`, the weighted mean of the item means on the answer scale.
        public var formula: Formula
    }

    /// A value computed from the index (the SKM's NIK = NI x 25).
    public struct Conversion: Sendable {
        public var title: String
        /// A formula over `index` and `mean`.
        public var formula: Formula
    }

    /// One grade band: values at or above `min` (after rounding) and below the next band up.
    public struct Band: Sendable, Hashable {
        public var min: Number
        public var grade: String
        public var label: String
    }

    /// Which value the bands read.
    public enum BandTarget: String, Sendable { case index, converted }

    /// The grade bands.
    public struct Bands: Sendable {
        public var target: BandTarget
        public var gradeTitle: String
        public var labelTitle: String
        /// From the highest band down.
        public var levels: [Band]

        /// The band of `value` (already rounded), or `nil` below the lowest band.
        public func band(of value: Number) -> Band? {
            levels.first { value >= $0.min }
        }
    }

    /// A respondent attribute reported in the profile (jenis kelamin, usia, ...).
    public struct Attribute: Sendable {
        /// One declared value, with the spellings that mean it.
        public struct Value: Sendable, Hashable {
            public var label: String
            public var aliases: [String]
        }

        public var id: String
        public var title: String
        /// Column headers that hold the attribute.
        public var columns: [String]
        /// Declared values, in the order they are reported.
        public var values: [Value]
        /// For numeric attributes (age): the lower bounds of the groups after the first (`[20, 30]` gives
        /// "< 20", "20-29", ">= 30").
        public var bins: [Int]
    }

    /// The LKE question the index answers.
    public struct Feed: Sendable, Hashable {
        public var questionnaire: String
        public var code: String
        /// Fewer respondents than this raises a warning.
        public var minimumRespondents: Int?
        /// A period shorter than this many months raises a warning.
        public var minimumMonths: Int?
    }

    public var id: String
    /// The short name given to `lke survey --instrument` (`skm`).
    public var instrument: String
    public var title: String
    public var version: String
    public var legalBasis: [String]
    public var language: Language
    /// The rounding mode of every reported value, and the default number of decimals.
    public var rounding: Rounding
    /// Decimals of the item means (NRR), of the index and of the converted value.
    public var nrrDecimals: Int
    public var indexDecimals: Int
    public var convertedDecimals: Int
    /// The instruction printed on the form.
    public var instructions: String?
    public var scale: Scale
    public var items: [Item]
    public var weightProfiles: [WeightProfile]
    public var defaultWeights: String
    public var indexTitle: String
    /// Why the index rule is a declared choice, printed in reports.
    public var indexNote: String?
    public var indexRules: [IndexRule]
    public var defaultIndexRule: String
    public var converted: Conversion?
    public var bands: Bands?
    public var sampleSize: SurveySampleSize?
    /// Column headers that hold the date of the answer.
    public var dateColumns: [String]
    public var profile: [Attribute]
    public var feeds: Feed?
    public var path: String
    /// SHA-256 of the definition's bytes, lowercase hex.
    public var digest: String

    /// The weight profile with `id`.
    public func weightProfile(_ id: String) -> WeightProfile? { weightProfiles.first { $0.id == id } }

    /// The index rule with `id`.
    public func indexRule(_ id: String) -> IndexRule? { indexRules.first { $0.id == id } }

    /// The item with `code`.
    public func item(_ code: String) -> Item? { items.first { $0.code == code } }

    /// The value of a rounded quantity: `value` rounded to `places` with the definition's mode.
    public func rounded(_ value: Number, places: Int) -> Number {
        Rounding(decimals: places, mode: rounding.mode).apply(value)
    }
}
