import Foundation

/// How reviewers (TPI, TPN) changed the self-assessments of many units: per total, component, area and
/// question, how often and by how many points; and which files found no partner.
public struct ReviewComparison: Sendable {
    /// The changes at one place (the total, a component, an area or a question) over all pairs.
    public struct Figure: Sendable, Hashable {
        public var code: String
        public var title: String
        /// For a question: the key of its area (`MP`), if it is in one.
        public var area: String?
        /// The maximum score (a question's share of its sub-indicator).
        public var weight: Number
        /// Pairs in which the place exists.
        public var pairs: Int
        /// Pairs in which it changed: a different answer (questions) or a different rounded score (others).
        public var changed: Int
        /// Changes that lowered or raised the score.
        public var lowered: Int
        public var raised: Int
        /// The sum of review score - self score over all pairs, exact.
        public var totalDelta: Number

        /// The mean points moved per change (zero when nothing changed).
        public var meanDeltaPerChange: Number { changed == 0 ? 0 : totalDelta / Number(changed) }
    }

    /// A file without a partner on the other side.
    public struct Unpaired: Sendable, Hashable {
        public enum Side: String, Sendable, Hashable { case selfAssessment = "self", review }
        public enum Reason: Sendable, Hashable {
            /// No file of the same unit and period on the other side.
            case noPartner
            /// Another file on the same side has the same unit and period; the first (in walk order) is used.
            case duplicate(of: String)
        }

        public var side: Side
        public var path: String
        public var unit: String
        public var period: String?
        public var reason: Reason
    }

    /// The layout the places come from (the first pair's questionnaire).
    public var layout: BatchLayout?
    public var pairs = 0
    public var total: Figure?
    public var components: [Figure] = []
    public var areas: [Figure] = []
    /// Questions changed at least once, the most often changed first (ties: the most points moved, then
    /// worksheet order).
    public var questions: [Figure] = []
    public var unpaired: [Unpaired] = []
    /// Files that could not be read or scored, and pairs that could not be compared.
    public var failed = 0
    /// Items per reviewer verdict (`review: {status: ...}` in the review files), over all pairs.
    public var reviewStatuses: [Review.Status: Int] = [:]

    public init() {}
}
