import Foundation

/// Everything one `lke survey` run found: the rules used, the respondents, the overall results, the
/// breakdowns by month and by a column, the respondent profile and how columns were matched to items.
public struct SurveyAnalysis: Sendable {
    /// The results of one group of respondents (a month, a value of the `--by` column).
    public struct Group: Sendable {
        /// The group's key (`2026-07` for a month; the value as grouped for a column); `nil` for respondents
        /// without a value (a blank cell, no date).
        public var key: String?
        public var result: SurveyResult
    }

    /// A breakdown by one column.
    public struct Breakdown: Sendable {
        /// The column as the user named it.
        public var column: String
        public var groups: [Group]
    }

    /// The respondents counted by one profile attribute.
    public struct ProfileTable: Sendable {
        public struct Row: Sendable, Hashable {
            /// The group label; `nil` for "not given".
            public var label: String?
            public var count: Int
        }

        public var id: String
        public var title: String
        public var rows: [Row]
    }

    /// How an item's column was found in a file.
    public struct ColumnMatch: Sendable, Hashable {
        public enum Kind: String, Sendable { case code, text, title, alias, map }
        public var file: String
        public var code: String
        /// The header as written.
        public var header: String
        public var kind: Kind
    }

    public var definition: SurveyDefinition
    public var weights: SurveyDefinition.WeightProfile
    public var rule: SurveyDefinition.IndexRule
    /// The data files, in the order given.
    public var files: [String]
    /// Data rows read (blank rows are not counted).
    public var rowsRead: Int
    /// Rows left out because a cell was bad or nothing was answered.
    public var excludedRows: Int
    /// Rows left out because their date is outside `--from`/`--to`.
    public var outsidePeriod: Int
    /// The survey period: `--from`/`--to` where given, else the first and last date in the data.
    public var period: ClosedRange<SurveyDate>?
    /// Whether each end of the period was given on the command line (else it comes from the data).
    public var periodGiven: (from: Bool, to: Bool)
    /// The population the sample is drawn from, and the sample size it needs.
    public var population: Int?
    public var requiredSample: Int?
    public var overall: SurveyResult
    public var months: [Group]
    public var breakdown: Breakdown?
    public var profile: [ProfileTable]
    public var matches: [ColumnMatch]

    /// The overall index rounded as the definition declares.
    public var roundedIndex: Number? {
        overall.index.map { definition.rounded($0, places: definition.indexDecimals) }
    }

    /// The number of calendar months the period touches, both ends included (3 July to 28 September is 3:
    /// July, August and September), or `nil` without a period.
    public var periodMonths: Int? {
        guard let period else { return nil }
        let (a, b) = (period.lowerBound, period.upperBound)
        return (b.year * 12 + b.month) - (a.year * 12 + a.month) + 1
    }
}
