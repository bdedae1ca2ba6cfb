import Foundation

/// A working group (pokja) of the Tim Kerja: the areas it answers for, its person in charge and its members.
public struct Pokja: Sendable, Hashable {
    /// The pokja's name, unique in the team.
    public internal(set) var name: String
    /// Node, group or question codes the pokja is responsible for (`AREA.MP`, `A.I.1`, `B`).
    public var areas: [String]
    /// The person in charge (PIC).
    public var pic: String?
    /// The members, besides the PIC.
    public var members: [String]
    var location: SourceLocation

    /// A pokja named `name`, at `location` in its answer file (nowhere by default).
    public init(name: String, areas: [String] = [], pic: String? = nil, members: [String] = [],
                location: SourceLocation = SourceLocation(path: "", line: 0, column: 0)) {
        self.name = name
        self.areas = areas
        self.pic = pic
        self.members = members
        self.location = location
    }

    /// Pokja are the same when their names are.
    public static func == (lhs: Pokja, rhs: Pokja) -> Bool {
        lhs.name == rhs.name && lhs.areas == rhs.areas && lhs.pic == rhs.pic && lhs.members == rhs.members
    }

    /// Pokja hash by name, as they compare.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// A reviewer's verdict on one answer (TPI or TPN layer).
struct Review: Sendable, Hashable {
    /// The verdicts a reviewer may give.
    enum Status: String, Sendable, Hashable, CaseIterable {
        case diterima
        case perluPerbaikan = "perlu-perbaikan"
        case ditolak

        /// The status as people read it.
        func label(_ language: Language) -> String {
            switch self {
            case .diterima: return language == .id ? "diterima" : "accepted"
            case .perluPerbaikan: return language == .id ? "perlu perbaikan" : "needs revision"
            case .ditolak: return language == .id ? "ditolak" : "rejected"
            }
        }
    }

    var status: Status
    var comment: String?

    init(status: Status, comment: String? = nil) {
        self.status = status
        self.comment = comment
    }
}

/// A signed statement of responsibility (SPTJM) over the answers: who signed, when, and the digests of the
/// answers' canonical form (see `AnswerDigest`).
public struct Attestation: Sendable, Hashable {
    /// The signer's name.
    public internal(set) var name: String
    /// The signer's NIP (civil servant number).
    public internal(set) var nip: String
    /// The signer's position (jabatan).
    public internal(set) var jabatan: String
    /// The signing date, `YYYY-MM-DD`.
    public internal(set) var date: String?
    /// SHA-256 of the canonical form of every signed field.
    public internal(set) var digest: String
    /// A short digest per signed code (question codes, `eligibility.ID`, `unit`, ...), to locate changes.
    var codes: [String: String]
    /// The order the codes are written in.
    var codeOrder: [String]
    /// Where the attestation block is in the answer file.
    public internal(set) var location: SourceLocation

    init(name: String, nip: String, jabatan: String, date: String? = nil, digest: String, codes: [String: String] = [:],
                codeOrder: [String] = [], location: SourceLocation = SourceLocation(path: "", line: 0, column: 0)) {
        self.name = name
        self.nip = nip
        self.jabatan = jabatan
        self.date = date
        self.digest = digest
        self.codes = codes
        self.codeOrder = codeOrder
        self.location = location
    }

    /// Attestations are the same when their digests are.
    public static func == (lhs: Attestation, rhs: Attestation) -> Bool {
        lhs.name == rhs.name && lhs.nip == rhs.nip && lhs.jabatan == rhs.jabatan && lhs.date == rhs.date
            && lhs.digest == rhs.digest && lhs.codes == rhs.codes
    }

    /// Attestations hash by digest, as they compare.
    public func hash(into hasher: inout Hasher) { hasher.combine(digest) }
}

extension AnswerSheet {
    /// The layers whose answers may carry a reviewer's verdict.
    static let reviewerLayers = ["tpi", "tpn"]

    /// The pokja responsible for `code` (a question, an input or a node): the first pokja that names the code,
    /// one of its ancestors, or a group summing one of them.
    func pokja(for code: String, in questionnaire: Questionnaire) -> Pokja? {
        guard !team.isEmpty else { return nil }
        var covering: [String] = [code]
        let questionCode = questionnaire.question(code)?.code ?? questionnaire.inputOwner(code) ?? code
        if questionCode != code { covering.append(questionCode) }
        covering += questionnaire.ancestors[questionCode] ?? []
        let groups = questionnaire.groupsByCode
        return team.first { pokja in
            pokja.areas.contains { area in
                if covering.contains(area) { return true }
                guard let group = groups[area] else { return false }
                return Self.sums(group).contains { covering.contains($0) }
            }
        }
    }

    private static func sums(_ group: Group) -> [String] {
        group.sum + group.children.flatMap(sums)
    }

    /// The entries that carry a reviewer's verdict, in file order.
    var reviewed: [Entry] { entries.filter { $0.review != nil } }
}

extension Questionnaire {
    /// The computed question a count input belongs to.
    func inputOwner(_ code: String) -> String? {
        for question in questions {
            if case .computed(let spec) = question.kind, spec.inputs.contains(where: { $0.code == code }) { return question.code }
        }
        return nil
    }
}
