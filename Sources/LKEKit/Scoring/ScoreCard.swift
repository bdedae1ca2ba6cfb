import Foundation

/// Every number of one scored answer file: questions, nodes, groups, predicates, completeness, warnings.
///
/// Scores are exact; `rounded(_:)` applies the definition's rounding for display and thresholds.
public struct ScoreCard: Sendable {
    /// One question's result.
    public struct QuestionScore: Sendable {
        /// The question's code.
        public internal(set) var code: String
        /// The sub-indicator (node) the question belongs to.
        var nodeCode: String
        /// The value in [0, 1], or `nil` when unanswered (or when a zero denominator leaves it without value).
        public internal(set) var value: Number?
        /// The points the question adds to its node: value x its share of the node's weight.
        public internal(set) var score: Number
        /// The most points it can add.
        public internal(set) var maximum: Number
        /// Whether the answer file gives the question an answer.
        public internal(set) var isAnswered: Bool
        /// Whether a zero denominator decided the value.
        var hitZeroDenominator: Bool
        /// Values of derived rows (subtotals), by code.
        var derived: [String: Number]
    }

    /// One node's (or group's) result.
    public struct NodeScore: Sendable {
        /// The node's (or group's) code.
        public internal(set) var code: String
        /// The node's title, as the definition writes it.
        public internal(set) var title: String
        /// The most the node can add to its parent (its weight in the definition).
        public internal(set) var weight: Number
        /// The points the node adds to its parent, unrounded.
        public internal(set) var score: Number
        /// Answered and total questions under the node.
        public internal(set) var answered: Int
        /// The number of questions under the node (see `answered`).
        public internal(set) var questions: Int

        /// score / weight x 100, exact.
        var percent: Number { weight.isZero ? .zero : score * .hundred / weight }
    }

    /// One rule of a predicate, evaluated.
    public struct RuleResult: Sendable {
        enum Measure: String, Sendable { case score, percent, predicate }
        /// A child's result under an `each_child_of` rule.
        struct Child: Sendable {
            var code: String
            var title: String
            var actual: Number
            var met: Bool
        }

        var id: String
        var title: String
        var measure: Measure
        /// The node, group or question the rule reads (nil for a prior-predicate rule).
        public internal(set) var code: String?
        /// The threshold (nil for a prior-predicate rule).
        var required: Number?
        /// The rounded value compared (for `each_child_of`, the lowest child).
        var actual: Number?
        var met: Bool
        var children: [Child]
        /// For a prior-predicate rule: the predicate required and the one held.
        var requiredPredicate: String?
        var heldPredicate: String?

        /// actual - required.
        var margin: Number? {
            guard let actual, let required else { return nil }
            return actual - required
        }
    }

    /// A prerequisite's status from the answer file.
    enum PrerequisiteStatus: String, Sendable { case met, notMet = "not-met", notStated = "not-stated" }

    struct PrerequisiteResult: Sendable {
        var id: String
        var text: String
        var status: PrerequisiteStatus
    }

    /// One predicate (WBK, WBBM, ...) checked on the card: whether the score meets it, rule by rule.
    public struct PredicateResult: Sendable {
        /// The predicate's id (`wbk`).
        public internal(set) var id: String
        /// The predicate's title, as the definition writes it.
        public internal(set) var title: String
        /// Whether the card meets the predicate: every one of its rules holds.
        public internal(set) var met: Bool
        var rules: [RuleResult]
        var prerequisites: [PrerequisiteResult]
    }

    /// The checked answers the card was scored from.
    public internal(set) var answers: ResolvedAnswers
    /// The definition the answers were scored against.
    public var questionnaire: Questionnaire { answers.questionnaire }
    /// Each question's result, by question code.
    public internal(set) var questions: [String: QuestionScore]
    /// Each node's and group's result, by code; `total` is the root's.
    public internal(set) var nodes: [String: NodeScore]
    var groups: [String: NodeScore]
    /// Each predicate of the definition, checked, in definition order.
    public internal(set) var predicates: [PredicateResult]
    /// The warnings scoring adds: zero denominators that leave a question without value. (The answers' own
    /// warnings, from checks of severity warning, are the loader's diagnostics and `answers.warnings`.)
    public internal(set) var scoringWarnings: [Diagnostic]

    /// Every warning of the scored file, for reports: the answers' warnings, then those scoring adds.
    public var warnings: [Diagnostic] {
        scoringWarnings.isEmpty ? answers.warnings : answers.warnings.isEmpty ? scoringWarnings : answers.warnings + scoringWarnings
    }

    /// The number of `warnings`, without putting them together (a batch counts them for every file).
    var warningCount: Int { answers.warnings.count + scoringWarnings.count }

    /// The root node's result (the total).
    public var total: NodeScore { nodes[questionnaire.tree.code]! }

    /// `value` rounded as the definition declares.
    public func rounded(_ value: Number) -> Number { questionnaire.rounding.apply(value) }

    /// The result of a node or group.
    func node(_ code: String) -> NodeScore? { nodes[code] ?? groups[code] }

    /// Questions without an answer, in worksheet order.
    var unanswered: [Question] {
        questionnaire.questions.filter { !(questions[$0.code]?.isAnswered ?? false) }
    }

    /// The predicate result with `id`.
    func predicate(_ id: String) -> PredicateResult? { predicates.first { $0.id == id } }
}
