import Foundation

/// One line of a batch table: a scored unit, or a file that could not be scored.
///
/// Scores and percentages are rounded as the definition declares and kept as fixed-point integers
/// (`BatchNumber`): `total == 7892` with `decimals == 2` is 78,92. Use `value(_:)` for the decimal.
struct BatchRow: Sendable, Hashable {
    enum Status: String, Sendable, Hashable {
        /// Read, checked and scored.
        case scored
        /// Not scored: the file has errors (its diagnostics were reported).
        case failed
    }

    /// The file as it was named or found.
    var path: String
    var status: Status
    /// The definition the file names (empty when it could not be read).
    var questionnaireID: String
    /// The unit's name (empty when a failed file did not get that far).
    var unit: String
    var instansi: String?
    var period: String?
    var layer: String?
    /// Decimal places of the fixed-point numbers below.
    var decimals: Int
    /// The total score, fixed-point.
    var total: Int64
    /// Each component's score (the layout's `components`), fixed-point.
    var components: [Int64]
    /// Each area's score (the layout's `areas`), fixed-point.
    var areaScores: [Int64]
    /// Each area's percentage of its weight, fixed-point.
    var areaPercents: [Int64]
    /// Whether the score rules of each predicate of the layout are met (prerequisites not counted).
    var verdicts: [Bool]
    /// Whether the unit is ready to propose for each predicate of the layout: its score rules are met and
    /// every prerequisite is stated as met (as `lke score` evaluates them; not stated is not ready).
    var ready: [Bool]
    /// For each predicate, the indices of the layout's blockers that keep the unit from it.
    var blocked: [[Int]]
    /// Answered and total questions.
    var answered: Int
    var questions: Int
    /// Warnings of a scored file (zero denominators, warning checks).
    var warnings: Int
    /// Errors of a failed file.
    var errors: Int
    /// The evidence index of each area (the layout's `areas`), fixed-point; empty when evidence was not checked
    /// (`lke batch --evidence`).
    var evidence: [Int64] = []

    init(path: String, status: Status, questionnaireID: String = "", unit: String = "", instansi: String? = nil,
                period: String? = nil, layer: String? = nil, decimals: Int = 2, total: Int64 = 0, components: [Int64] = [],
                areaScores: [Int64] = [], areaPercents: [Int64] = [], verdicts: [Bool] = [], ready: [Bool] = [], blocked: [[Int]] = [],
                answered: Int = 0, questions: Int = 0, warnings: Int = 0, errors: Int = 0) {
        self.path = path
        self.status = status
        self.questionnaireID = questionnaireID
        self.unit = unit
        self.instansi = instansi
        self.period = period
        self.layer = layer
        self.decimals = decimals
        self.total = total
        self.components = components
        self.areaScores = areaScores
        self.areaPercents = areaPercents
        self.verdicts = verdicts
        self.ready = ready.isEmpty ? Array(repeating: false, count: verdicts.count) : ready
        self.blocked = blocked
        self.answered = answered
        self.questions = questions
        self.warnings = warnings
        self.errors = errors
    }

    /// A failed file.
    static func failed(path: String, errors: Int, unit: String = "", questionnaireID: String = "") -> BatchRow {
        BatchRow(path: path, status: .failed, questionnaireID: questionnaireID, unit: unit, errors: errors)
    }

    /// The decimal a fixed-point number of this row stands for.
    func value(_ scaled: Int64) -> Number { BatchNumber.decimal(scaled, decimals: decimals) }

    /// Answered questions as a percentage of all questions, fixed-point with the row's decimals, rounded half up.
    var completeness: Int64 {
        guard questions > 0 else { return 0 }
        var scale: Int64 = 100
        for _ in 0..<decimals { scale *= 10 }
        let numerator = Int64(answered) * scale * 2 + Int64(questions)
        return numerator / (2 * Int64(questions))
    }
}
