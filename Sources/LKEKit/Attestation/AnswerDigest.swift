import Foundation

/// The canonical form of what an SPTJM signs, and its digests.
///
/// Signed: the questionnaire id, the unit, the period, the predicate held, every prerequisite of the definition
/// (`ya`, `tidak` or undecided), and for every question its answer (the option code, the number, or each count
/// input) with the evidence listed for it and its inputs. Not signed: comments, layout, spelling (`ya` and `Ya`
/// are the same option, `3,62` and `3.62` the same number), notes, the team, reviews and the attestation itself.
/// Each signed field is one line `key<TAB>value`; the digest is the SHA-256 of the lines joined by line ends, and
/// each field also has a short digest (the first 16 hexadecimal digits of the SHA-256 of its line) so that a
/// change can be traced to its code.
public struct AnswerDigest: Sendable, Equatable {
    /// The signed fields in order: key and canonical value.
    var fields: [(key: String, value: String)]

    /// Two digests are equal when their signed fields are, in order.
    public static func == (lhs: AnswerDigest, rhs: AnswerDigest) -> Bool {
        lhs.fields.map(\.key) == rhs.fields.map(\.key) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    /// The canonical form of `answers`.
    public init(_ answers: ResolvedAnswers) {
        let sheet = answers.sheet, questionnaire = answers.questionnaire
        var fields: [(String, String)] = [
            ("questionnaire", questionnaire.id), ("unit", sheet.unit), ("period", sheet.period ?? ""), ("predicate", sheet.predicate ?? ""),
        ]
        var prerequisites: [String] = []
        for predicate in questionnaire.predicates {
            for item in predicate.prerequisites where !prerequisites.contains(item.id) { prerequisites.append(item.id) }
        }
        for id in prerequisites {
            fields.append(("eligibility." + id, sheet.eligibility[id].map { $0 ? "ya" : "tidak" } ?? ""))
        }
        var evidence: [String: [String]] = [:]
        for entry in sheet.entries where !entry.evidence.isEmpty { evidence[entry.code, default: []] += entry.evidence }
        for question in questionnaire.questions {
            var items = evidence[question.code] ?? []
            if case .computed(let spec) = question.kind {
                for input in spec.inputs { items += evidence[input.code] ?? [] }
            }
            let answer = AnswerComparison(question, in: answers).text(language: nil, questionCode: question.code)
            fields.append((question.code, ([answer] + items).map(Self.escaped).joined(separator: "\t")))
        }
        self.fields = fields
    }

    /// A field's line: the key and the value, with tabs and line ends in the value escaped.
    private static func line(_ key: String, _ value: String) -> String { key + "\t" + value }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    /// The canonical text: one line per field.
    var canonicalText: String {
        fields.map { Self.line($0.key, $0.value) + "\n" }.joined()
    }

    /// SHA-256 of the canonical text, 64 hexadecimal digits.
    var digest: String { SHA256.hex(of: Array(canonicalText.utf8)) }

    /// The short digest of each field, by key, and the keys in order.
    var codeDigests: (digests: [String: String], order: [String]) {
        var digests: [String: String] = [:]
        for field in fields { digests[field.key] = String(SHA256.hex(of: Array(Self.line(field.key, field.value).utf8)).prefix(16)) }
        return (digests, fields.map(\.key))
    }

    /// An attestation of these answers by a signer.
    public func attestation(name: String, nip: String, jabatan: String, date: String?) -> Attestation {
        let codes = codeDigests
        return Attestation(name: name, nip: nip, jabatan: jabatan, date: date, digest: digest, codes: codes.digests, codeOrder: codes.order)
    }
}

/// Whether the answers still match their signature.
struct AttestationCheck: Sendable, Equatable {
    var attestation: Attestation
    /// Whether the answers are the ones signed.
    var holds: Bool
    /// The signed codes whose fields changed since, added or removed, in the current order then the removed ones.
    var changedCodes: [String]

    /// Checks `answers` against the attestation of their sheet; `nil` when the sheet is unsigned.
    init?(_ answers: ResolvedAnswers) {
        guard let attestation = answers.sheet.attestation else { return nil }
        let current = AnswerDigest(answers)
        self.attestation = attestation
        holds = current.digest == attestation.digest
        guard !holds else {
            changedCodes = []
            return
        }
        let now = current.codeDigests
        var changed = now.order.filter { now.digests[$0] != attestation.codes[$0] }
        changed += attestation.codeOrder.filter { now.digests[$0] == nil }
        changedCodes = changed
    }

    /// The warning for answers changed after signing (`nil` when the signature holds).
    var diagnostic: Diagnostic? {
        guard !holds else { return nil }
        let location = attestation.location.line > 0 ? attestation.location : nil
        return .warning(at: location, Message.Attestation.answersChanged(
            signer: attestation.name, date: attestation.date, changed: Self.shortList(changedCodes)))
    }

    static func shortList(_ codes: [String]) -> String {
        codes.count <= 12 ? codes.joined(separator: ", ") : codes.prefix(12).joined(separator: ", ") + " (+\(codes.count - 12))"
    }
}
