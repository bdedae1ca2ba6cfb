import Foundation

/// The evidence report of one answer file: every entry with what the disk showed, the findings, and the evidence
/// index per part of the tree. A value: the Markdown, CSV and JSON writers render it, and nothing in it changes
/// a score.
public struct EvidenceReport: Sendable {
    /// What was found about one evidence entry.
    enum Status: String, Sendable, Hashable {
        /// A local file that exists, is not empty and lies in the evidence folder; or an http(s) address.
        case ok
        case missing
        case empty
        /// The path names a folder, not a file.
        case folder
        /// The path leads outside the evidence folder (`../`, an absolute path elsewhere).
        case outside
        /// A URL that is not http(s).
        case badURL = "bad-url"
    }

    /// One evidence entry of the answer file.
    struct Entry: Sendable, Hashable {
        /// The code it is written under (a question or a count input).
        var code: String
        /// The question it supports (the owner of an input code).
        var question: String
        /// The text as written.
        var text: String
        var location: SourceLocation?
        var isURL: Bool
        var status: Status
        /// Whether its format is a draft (.docx, .xlsx, ...).
        var isDraft: Bool
        /// The size in bytes of a local file that exists.
        var size: UInt64?
        /// SHA-256 of a local file, when asked for (`--hash`).
        var sha256: String?

        /// Whether the entry counts towards complete evidence: found (or a web address) and final.
        var isUsable: Bool { status == .ok && !isDraft }
    }

    /// A problem, with the code it concerns and where the answer file says it.
    public struct Finding: Sendable, Hashable {
        /// What kind of problem a finding is.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case missing, empty, folder, outside, draft
            case badURL = "bad-url"
            /// An answer that earns points has no evidence.
            case noEvidence = "no-evidence"
            /// Evidence on a question that is not answered.
            case unanswered
            /// A file in a code's folder that the answer file does not list.
            case unlisted
            /// A file or folder in the evidence folder that belongs to no question code.
            case stray
        }

        /// What kind of problem this is.
        public internal(set) var kind: Kind
        /// The code the finding concerns, when it concerns one.
        public internal(set) var code: String?
        /// The entry text, or the path of the file found on disk.
        public internal(set) var item: String?
        /// Where the answer file lists the item, when it does.
        public internal(set) var location: SourceLocation?
        var message: Localized
    }

    /// The evidence of one scored question.
    struct Question: Sendable, Hashable {
        var code: String
        /// Its weight: the most it adds to the total, as the definition weighs it.
        var weight: Number
        var isAnswered: Bool
        /// Whether its answer earns points (value above 0).
        var earnsPoints: Bool
        /// Entries listed for it (and for its count inputs).
        var entries: Int
        /// Whether it has at least one entry and every entry is usable.
        var isComplete: Bool
        var problems: Int
    }

    /// The index of one node of the tree or one group.
    public struct IndexRow: Sendable, Hashable {
        /// Whether a row is a node of the tree or a group.
        public enum Kind: String, Sendable, Hashable { case node, group }
        /// Whether this row is a node of the tree or a group.
        public internal(set) var kind: Kind
        var code: String
        var title: String
        /// 0 for the root, 1 for a component, and so on; groups sit at the depth of their members' parent + 1.
        public internal(set) var depth: Int
        /// The weight of its scored questions, and of those whose evidence is complete.
        var weight: Number
        var completeWeight: Number
        /// completeWeight / weight x 100, exact (0 when the weight is 0).
        public internal(set) var index: Number
        var questions: Int
        var completeQuestions: Int
        var problems: Int
    }

    /// The answer file as named.
    public internal(set) var path: String
    var unit: String
    var questionnaireID: String
    /// The evidence folder as given or derived (`examples/bukti`).
    public internal(set) var folder: String
    var folderExists: Bool
    /// The definition's rounding, for showing the index.
    public internal(set) var rounding: Rounding
    var entries: [Entry]
    /// Every problem found, in worksheet order.
    public internal(set) var findings: [Finding]
    var questions: [Question]
    /// The evidence index, one row per node and group.
    public internal(set) var index: [IndexRow]

    /// The index row of `code`.
    func row(_ code: String) -> IndexRow? { index.first { $0.code == code } }

    /// The findings as warnings, for `lke check --evidence` and the warnings of `lke score`.
    public var diagnostics: [Diagnostic] {
        findings.map { Diagnostic.warning(at: $0.location, $0.message) }
    }

    /// Finding counts by kind, in `Finding.Kind` order, kinds with none left out.
    var counts: [(kind: Finding.Kind, count: Int)] {
        Finding.Kind.allCases.compactMap { kind in
            let n = findings.filter { $0.kind == kind }.count
            return n == 0 ? nil : (kind, n)
        }
    }
}
