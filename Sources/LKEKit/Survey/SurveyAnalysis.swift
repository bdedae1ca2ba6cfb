import Foundation

/// Everything one `lke survey` run found: the rules used, the respondents, the overall results, the
/// breakdowns by month and by a column, the respondent profile and how columns were matched to items.
public struct SurveyAnalysis: Sendable {
    /// The results of one group of respondents (a month, a value of the `--by` column).
    struct Group: Sendable {
        /// The group's key (`2026-07` for a month; the value as grouped for a column); `nil` for respondents
        /// without a value (a blank cell, no date).
        var key: String?
        var result: SurveyResult
    }

    /// A breakdown by one column.
    struct Breakdown: Sendable {
        /// The column as the user named it.
        var column: String
        var groups: [Group]
    }

    /// The respondents counted by one profile attribute.
    struct ProfileTable: Sendable {
        struct Row: Sendable, Hashable {
            /// The group label; `nil` for "not given".
            var label: String?
            var count: Int
        }

        var id: String
        var title: String
        var rows: [Row]
    }

    /// How an item's column was found in a file.
    struct ColumnMatch: Sendable, Hashable {
        enum Kind: String, Sendable { case code, text, title, alias, map }
        var file: String
        var code: String
        /// The header as written.
        var header: String
        var kind: Kind
    }

    /// The instrument the data was analysed with.
    public internal(set) var definition: SurveyDefinition
    var weights: SurveyDefinition.WeightProfile
    var rule: SurveyDefinition.IndexRule
    /// The data files, in the order given.
    var files: [String]
    /// Data rows read (blank rows are not counted).
    var rowsRead: Int
    /// Rows left out because a cell was bad or nothing was answered.
    var excludedRows: Int
    /// Rows left out because their date is outside `--from`/`--to`.
    var outsidePeriod: Int
    /// The survey period: `--from`/`--to` where given, else the first and last date in the data.
    var period: ClosedRange<SurveyDate>?
    /// Whether each end of the period was given on the command line (else it comes from the data).
    var periodGiven: (from: Bool, to: Bool)
    /// The population the sample is drawn from, and the sample size it needs.
    var population: Int?
    var requiredSample: Int?
    var overall: SurveyResult
    var months: [Group]
    var breakdown: Breakdown?
    var profile: [ProfileTable]
    var matches: [ColumnMatch]

    /// The overall index rounded as the definition declares.
    var roundedIndex: Number? {
        overall.index.map { definition.rounded($0, places: definition.indexDecimals) }
    }

    /// The number of calendar months the period touches, both ends included (3 July to 28 September is 3:
    /// July, August and September), or `nil` without a period.
    var periodMonths: Int? {
        guard let period else { return nil }
        let (a, b) = (period.lowerBound, period.upperBound)
        return (b.year * 12 + b.month) - (a.year * 12 + a.month) + 1
    }
}
