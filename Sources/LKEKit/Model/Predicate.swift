import Foundation

/// A predicate such as Menuju WBK: rules on scores, and non-scoring prerequisites.
public struct Predicate: Sendable {
    struct Rule: Sendable {
        enum Kind: Sendable, Hashable {
            /// The node's (or group's, or question's) rounded score must be at least the value.
            case minScore(code: String, minimum: Number)
            /// The node's rounded percentage must be at least the value.
            case minPercent(code: String, minimum: Number)
            /// Every child's rounded percentage must be at least the value.
            case eachChildMinPercent(code: String, minimum: Number)
            /// The unit must already hold this predicate (or a stricter one).
            case requiresPredicate(String)
        }

        var id: String
        var title: String
        var kind: Kind
        var location: SourceLocation
    }

    /// A condition the definition asks the answer file to state (`ya`/`tidak`), such as an earlier predicate held.
    public struct Prerequisite: Sendable {
        /// The prerequisite's id, the key under `eligibility:` in an answer file.
        public let id: String
        /// The regulation's wording.
        var text: String
        /// What it means and where the unit finds it (shown by `lke fill`).
        var explanation: String? = nil
    }

    /// The predicate's id (for example `wbk`).
    public let id: String
    var title: String
    var stricterThan: String?
    var rules: [Rule]
    /// The conditions stated in the answer file, besides the rules on scores.
    public let prerequisites: [Prerequisite]
    var location: SourceLocation
}
