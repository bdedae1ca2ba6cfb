import Foundation

/// Reads the blocks of an answer file that never change a score: `team:` (pokja), an answer's `review:` and
/// `attestation:` (SPTJM), and checks them against the questionnaire.
enum TeamBlockReader {
    static let pokjaKeys = ["name", "areas", "pic", "members"]
    static let reviewKeys = ["status", "comment"]
    static let attestationKeys = ["name", "nip", "jabatan", "date", "digest", "codes"]

    /// `team:` a list of pokja: `name` (required), `areas` (codes), `pic`, `members`.
    static func team(_ node: YAMLNode, _ diagnostics: DiagnosticLog) -> [Pokja] {
        guard let items = node.items else {
            diagnostics.append(.error(at: node.location, Message.Answers.teamNotList))
            return []
        }
        var team: [Pokja] = []
        var names = Set<String>()
        for item in items {
            let f = FieldReader(item, allowed: pokjaKeys, what: Message.Answers.pokja, diagnostics: diagnostics)
            guard f.isMapping else { continue }
            guard let name = f.text("name", required: true)?.value else { continue }
            if !names.insert(name.lowercased()).inserted {
                diagnostics.append(.error(at: f.location(of: "name"), Message.Answers.pokjaTwice(name)))
                continue
            }
            team.append(Pokja(name: name, areas: f.texts("areas"), pic: f.text("pic")?.value,
                              members: f.texts("members"), location: item.location))
        }
        return team
    }

    /// An answer's `review: {status: diterima|perlu-perbaikan|ditolak, comment: ...}`.
    static func review(_ node: YAMLNode, code: String, _ diagnostics: DiagnosticLog) -> Review? {
        let f = FieldReader(node, allowed: reviewKeys, what: Message.Answers.review(code), diagnostics: diagnostics)
        guard f.isMapping else { return nil }
        guard let status = f.choice("status", Review.Status.allCases.map(\.rawValue), required: true)?.value else { return nil }
        return Review(status: Review.Status(rawValue: status)!, comment: f.text("comment")?.value)
    }

    /// `attestation:` the signer, the date and the digests.
    static func attestation(_ node: YAMLNode, _ diagnostics: DiagnosticLog) -> Attestation? {
        let f = FieldReader(node, allowed: attestationKeys, what: Message.Answers.attestationBlock, diagnostics: diagnostics)
        guard f.isMapping else { return nil }
        let name = f.text("name", required: true)?.value
        let nip = f.text("nip", required: true)?.value
        let jabatan = f.text("jabatan", required: true)?.value
        let digest = f.text("digest", required: true)?.value
        var codes: [String: String] = [:]
        var order: [String] = []
        if let node = f["codes"] {
            if let entries = node.entries {
                for entry in entries {
                    guard let value = entry.value.scalar, !entry.value.isEmpty else {
                        diagnostics.append(.error(at: entry.value.location, Message.Answers.codeDigestNotText(entry.key)))
                        continue
                    }
                    codes[entry.key] = value
                    order.append(entry.key)
                }
            } else {
                diagnostics.append(.error(at: node.location, Message.Answers.codesNotMapping))
            }
        }
        if let digest, digest.count != 64 || !digest.allSatisfy(\.isHexDigit) {
            diagnostics.append(.error(at: f.location(of: "digest"), Message.Answers.badDigest))
            return nil
        }
        guard let name, let nip, let jabatan, let digest else { return nil }
        return Attestation(name: name, nip: nip, jabatan: jabatan, date: f.text("date")?.value, digest: digest,
                           codes: codes, codeOrder: order, location: node.location)
    }

    /// Team areas that name no code of the questionnaire (errors), and verdicts outside a reviewer's layer
    /// (warnings: the verdict is kept, but a Tim Kerja file is not where a review belongs).
    static func check(_ sheet: AnswerSheet, against questionnaire: Questionnaire, _ diagnostics: inout [Diagnostic]) {
        var known: [String]?
        for pokja in sheet.team {
            for area in pokja.areas where questionnaire.nodesByCode[area] == nil && questionnaire.groupsByCode[area] == nil
                && questionnaire.question(area) == nil {
                if known == nil { known = questionnaire.nodesByCode.keys.sorted() + questionnaire.groupsByCode.keys.sorted() }
                diagnostics.append(.error(at: pokja.location, Message.Answers.unknownPokjaArea(
                    pokja: pokja.name, area: area, in: questionnaire.id, suggestion: Suggestion.closest(to: area, in: known!))))
            }
        }
        guard !AnswerSheet.reviewerLayers.contains(sheet.layer ?? "self") else { return }
        for entry in sheet.entries where entry.review != nil {
            diagnostics.append(.warning(at: entry.location, Message.Answers.reviewInLayer(entry.code, layer: sheet.layer ?? "self")))
        }
    }
}
