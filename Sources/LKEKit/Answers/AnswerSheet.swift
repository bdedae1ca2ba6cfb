import Foundation

/// One answer file as written: metadata and the answers by code, in file order.
public struct AnswerSheet: Sendable {
    /// One entry under `answers:`.
    public struct Entry: Sendable {
        var code: String
        /// The answer text (an option, a number, a count), or `nil` for an entry with only a note or evidence.
        public internal(set) var value: String?
        /// The answer's note, as written.
        public internal(set) var note: String?
        var evidence: [String]
        /// Where the code is written.
        var location: SourceLocation
        /// Where the value is written.
        var valueLocation: SourceLocation
        /// A reviewer's verdict (TPI/TPN files), which never changes a score.
        var review: Review? = nil
    }

    /// The id of the questionnaire the file answers (`questionnaire:`).
    public internal(set) var questionnaireID: String
    /// The unit assessed (`unit:`).
    public internal(set) var unit: String
    var instansi: String?
    /// The assessment period (`period:`), when given.
    public internal(set) var period: String?
    var layer: String?
    var assessor: String?
    /// The predicate the unit already holds (`wbk`).
    var predicate: String?
    /// The head of the unit who signs the report (`head:`).
    public internal(set) var head: AnswerSheetHead?
    /// Prerequisite answers: id to met (`ya`) or not (`tidak`).
    var eligibility: [String: Bool]
    /// The order eligibility items were written in, undecided ones (written with no value) included.
    public internal(set) var eligibilityOrder: [String]
    /// The working groups of the Tim Kerja (`team:`), in file order.
    public var team: [Pokja] = []
    /// The signed statement of responsibility (`attestation:`), when the file is signed.
    public internal(set) var attestation: Attestation? = nil
    var entries: [Entry]
    /// The path the sheet was read from.
    public internal(set) var path: String
    /// SHA-256 of the file's bytes.
    var digest: String

    /// A sheet with the given header and entries, as `AnswerSheetWriter` writes it or a command fills it in.
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

extension AnswerSheet.Entry {
    /// In an extension, so that the struct keeps its memberwise initializer to delegate to: an initializer that
    /// sets the six fields itself made the optimizer build the entry in a temporary and copy it out, retaining
    /// and releasing all it holds, for every answer of every file.
    init(code: String, value: String?, note: String? = nil, evidence: [String] = [],
                location: SourceLocation, valueLocation: SourceLocation? = nil) {
        self.init(code: code, value: value, note: note, evidence: evidence, location: location, valueLocation: valueLocation ?? location)
    }
}

// MARK: - Editing

extension AnswerSheet {
    /// Sets the answer text of `code`: replaces the value of its entry, or adds an entry at the end.
    /// `nil` clears the value; an entry left with no value, note or evidence is removed.
    mutating func setValue(_ value: String?, for code: String) {
        edit(code) { $0.value = value }
    }

    /// Sets (or, with `nil`, removes) the note of `code`, adding an entry when there is none.
    mutating func setNote(_ note: String?, for code: String) {
        edit(code) { $0.note = note }
    }

    /// Appends `item` to the evidence of `code`, adding an entry when there is none.
    /// - Returns: `false` when the evidence already lists `item` (nothing changes).
    @discardableResult
    mutating func addEvidence(_ item: String, for code: String) -> Bool {
        if entry(code)?.evidence.contains(item) == true { return false }
        edit(code) { $0.evidence.append(item) }
        return true
    }

    /// Sets a prerequisite to met (`true`), not met (`false`) or undecided (`nil`, kept in the file as an empty item).
    public mutating func setEligibility(_ met: Bool?, for id: String) {
        eligibility[id] = met
        if !eligibilityOrder.contains(id) { eligibilityOrder.append(id) }
    }

    /// Sets (or, with `nil`, removes) the reviewer's verdict on `code`, adding an entry when there is none.
    mutating func setReview(_ review: Review?, for code: String) {
        edit(code) { $0.review = review }
    }

    private mutating func edit(_ code: String, _ change: (inout Entry) -> Void) {
        if let index = entries.firstIndex(where: { $0.code == code }) {
            change(&entries[index])
            let entry = entries[index]
            if entry.value == nil, entry.note == nil, entry.evidence.isEmpty, entry.review == nil { entries.remove(at: index) }
            return
        }
        var entry = Entry(code: code, value: nil, location: SourceLocation(path: path, line: 0, column: 0))
        change(&entry)
        if entry.value != nil || entry.note != nil || !entry.evidence.isEmpty || entry.review != nil { entries.append(entry) }
    }
}
