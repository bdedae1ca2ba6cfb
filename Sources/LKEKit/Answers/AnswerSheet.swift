import Foundation

/// One answer file as written: metadata and the answers by code, in file order.
public struct AnswerSheet: Sendable {
    /// One entry under `answers:`.
    public struct Entry: Sendable {
        public var code: String
        /// The answer text (an option, a number, a count), or `nil` for an entry with only a note or evidence.
        public var value: String?
        public var note: String?
        public var evidence: [String]
        /// Where the code is written.
        public var location: SourceLocation
        /// Where the value is written.
        public var valueLocation: SourceLocation

        public init(code: String, value: String?, note: String? = nil, evidence: [String] = [],
                    location: SourceLocation, valueLocation: SourceLocation? = nil) {
            self.code = code
            self.value = value
            self.note = note
            self.evidence = evidence
            self.location = location
            self.valueLocation = valueLocation ?? location
        }
    }

    public var questionnaireID: String
    public var unit: String
    public var instansi: String?
    public var period: String?
    public var layer: String?
    public var assessor: String?
    /// The predicate the unit already holds (`wbk`).
    public var predicate: String?
    /// Prerequisite answers: id to met (`ya`) or not (`tidak`).
    public var eligibility: [String: Bool]
    /// The order eligibility items were written in.
    public var eligibilityOrder: [String]
    public var entries: [Entry]
    public var path: String
    /// SHA-256 of the file's bytes.
    public var digest: String

    public init(questionnaireID: String, unit: String, instansi: String? = nil, period: String? = nil, layer: String? = nil,
                assessor: String? = nil, predicate: String? = nil, eligibility: [String: Bool] = [:], eligibilityOrder: [String] = [],
                entries: [Entry] = [], path: String = "", digest: String = "") {
        self.questionnaireID = questionnaireID
        self.unit = unit
        self.instansi = instansi
        self.period = period
        self.layer = layer
        self.assessor = assessor
        self.predicate = predicate
        self.eligibility = eligibility
        self.eligibilityOrder = eligibilityOrder
        self.entries = entries
        self.path = path
        self.digest = digest
    }

    /// The entry for `code`.
    public func entry(_ code: String) -> Entry? {
        entries.first { $0.code == code }
    }
}
