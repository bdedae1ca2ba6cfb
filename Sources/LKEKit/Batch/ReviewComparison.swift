import Foundation

/// How reviewers (TPI, TPN) changed the self-assessments of many units: per total, component, area and
/// question, how often and by how many points; and which files found no partner.
public struct ReviewComparison: Sendable {
    /// The changes at one place (the total, a component, an area or a question) over all pairs.
    struct Figure: Sendable, Hashable {
        var code: String
        var title: String
        /// For a question: the key of its area (`MP`), if it is in one.
        var area: String?
        /// The maximum score (a question's share of its sub-indicator).
        var weight: Number
        /// Pairs in which the place exists.
        var pairs: Int
        /// Pairs in which it changed: a different answer (questions) or a different rounded score (others).
        var changed: Int
        /// Changes that lowered or raised the score.
        var lowered: Int
        var raised: Int
        /// The sum of review score - self score over all pairs, exact.
        var totalDelta: Number

        /// The mean points moved per change (zero when nothing changed).
        var meanDeltaPerChange: Number { changed == 0 ? 0 : totalDelta / Number(changed) }
    }

    /// A file without a partner on the other side.
    public struct Unpaired: Sendable, Hashable {
        enum Side: String, Sendable, Hashable { case selfAssessment = "self", review }
        enum Reason: Sendable, Hashable {
            /// No file of the same unit and period on the other side.
            case noPartner
            /// Another file on the same side has the same unit and period; the first (in walk order) is used.
            case duplicate(of: String)
        }

        var side: Side
        var path: String
        var unit: String
        var period: String?
        var reason: Reason
    }

    /// The layout the places come from (the first pair's questionnaire).
    var layout: BatchLayout?
    /// The number of pairs compared.
    public internal(set) var pairs = 0
    var total: Figure?
    var components: [Figure] = []
    var areas: [Figure] = []
    /// Questions changed at least once, the most often changed first (ties: the most points moved, then
    /// worksheet order).
    var questions: [Figure] = []
    /// Files without a counterpart (or whose counterpart is ambiguous), and why.
    public internal(set) var unpaired: [Unpaired] = []
    /// Files that could not be read or scored, and pairs that could not be compared.
    public internal(set) var failed = 0
    /// Items per reviewer verdict (`review: {status: ...}` in the review files), over all pairs.
    var reviewStatuses: [Review.Status: Int] = [:]

    init() {}
}
