import Foundation

/// What a unit must still do to reach a predicate: the failing rules and the smallest set of changes that
/// would meet it. Only choice questions are answers a team can revise; a count input is a fact and a number
/// question (a survey index) is a measurement, so changes to them are targets to reach in reality, never
/// answers to type (`Change.kind`; the definition's question types decide which is which).
public struct GapPlan: Sendable {
    /// One proposed answer change.
    struct Change: Sendable {
        enum Target: Sendable, Hashable {
            /// Choose this option of the question's scale.
            case option(String)
            /// Enter at least this number (a survey index).
            case number(Number)
            /// Set this count input to this value; `others` are inputs that were unanswered and are entered as
            /// the values given (zero), so that the question has a value.
            case input(code: String, value: Number, others: [String: Number])
        }

        /// What kind of change it is, from the question's type in the definition.
        enum Kind: String, Sendable, Hashable {
            /// A choice question: an answer to revise (with evidence).
            case answer
            /// A computed question's count input: a fact, reached by what the unit does (complaints handled,
            /// reports filed), then recorded as it is.
            case count
            /// A number question (a survey index): a measurement, reached by a new survey result.
            case measurement
        }

        var code: String
        var title: String
        /// The current answer as text (`nil` when unanswered).
        var from: String?
        var target: Target
        /// The value in [0, 1] the question gets.
        var newValue: Number
        /// Points the change adds to the total (exact).
        var points: Number
        /// Option steps (for choices); 1 for numbers and counts.
        var steps: Int

        /// An answer, a count (fact) or a measurement: the kind of the target.
        var kind: Kind {
            switch target {
            case .option: return .answer
            case .input: return .count
            case .number: return .measurement
            }
        }
    }

    /// The predicate aimed at.
    var target: String
    var title: String
    /// The rules failed now.
    public internal(set) var failing: [ScoreCard.RuleResult]
    /// The proposed changes, largest gain first.
    var changes: [Change]
    /// Rules no answer change can meet (a required prior predicate).
    var blockers: [ScoreCard.RuleResult]
    /// Whether the changes meet every rule that answers can meet.
    var reachable: Bool
    /// The predicate evaluated with the changes applied.
    var after: ScoreCard.PredicateResult?
    /// For each number question a rule depends on, the minimum value that meets the rules on its own
    /// (e.g. the IPAK index needed), by code.
    var minimumNumbers: [String: Number]
    /// For a measurement the plan needs above its rule minimum, the titles of the rules that would still fail
    /// with the measurement at that minimum (why the two numbers differ), by code.
    var beyondMinimum: [String: [String]] = [:]

    /// The changes that are answers to revise.
    var answerChanges: [Change] { changes.filter { $0.kind == .answer } }
    /// The changes that are facts or measurements: targets to reach in reality.
    var targets: [Change] { changes.filter { $0.kind != .answer } }
}
