import Foundation

/// What a unit must still do to reach a predicate: the failing rules and the smallest set of answer changes
/// that would meet it.
public struct GapPlan: Sendable {
    /// One proposed answer change.
    public struct Change: Sendable {
        public enum Target: Sendable, Hashable {
            /// Choose this option of the question's scale.
            case option(String)
            /// Enter at least this number (a survey index).
            case number(Decimal)
            /// Set this count input to this value; `others` are inputs that were unanswered and are entered as
            /// the values given (zero), so that the question has a value.
            case input(code: String, value: Decimal, others: [String: Decimal])
        }

        public var code: String
        public var title: String
        /// The current answer as text (`nil` when unanswered).
        public var from: String?
        public var target: Target
        /// The value in [0, 1] the question gets.
        public var newValue: Decimal
        /// Points the change adds to the total (exact).
        public var points: Decimal
        /// Option steps (for choices); 1 for numbers and counts.
        public var steps: Int
    }

    /// The predicate aimed at.
    public var target: String
    public var title: String
    /// The rules failed now.
    public var failing: [ScoreCard.RuleResult]
    /// The proposed changes, largest gain first.
    public var changes: [Change]
    /// Rules no answer change can meet (a required prior predicate).
    public var blockers: [ScoreCard.RuleResult]
    /// Whether the changes meet every rule that answers can meet.
    public var reachable: Bool
    /// The predicate evaluated with the changes applied.
    public var after: ScoreCard.PredicateResult?
    /// For each number question a rule depends on, the minimum value that meets the rules on its own
    /// (e.g. the IPAK index needed), by code.
    public var minimumNumbers: [String: Decimal]
}
