import Foundation

/// The evidence index of many answer files, fast (`lke batch --evidence`): only what the index needs, one `stat`
/// per local entry, no folder listing and no locations.
public struct EvidenceIndexer: Sendable {
    public let plan: EvidencePlan
    /// Positions in `plan.parts` of the parts asked for (`nil` where the plan has no such part).
    public let parts: [Int?]

    /// An indexer for the parts with these codes (a batch's areas).
    public init(questionnaire: Questionnaire, codes: [String]) {
        plan = EvidencePlan(questionnaire)
        let byCode = Dictionary(plan.parts.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        parts = codes.map { byCode[$0] }
    }

    /// Which questions of `sheet` have complete evidence: at least one entry, every entry usable. Local paths are
    /// read relative to the answer file's folder, with `bukti` beside it as the evidence folder.
    public func completeness(of sheet: AnswerSheet) -> [Bool] {
        var counts = [Int](repeating: 0, count: plan.questionCodes.count)
        var usable = [Bool](repeating: true, count: plan.questionCodes.count)
        var base: String?, folder: String?
        for entry in sheet.entries where !entry.evidence.isEmpty {
            guard let position = plan.positions[entry.code] else { continue }
            for text in entry.evidence {
                counts[position] += 1
                guard usable[position] else { continue }
                if EvidenceRules.isDraft(text) { usable[position] = false; continue }
                switch EvidenceRules.target(of: text) {
                case .web: continue
                case .badURL: usable[position] = false
                case .local:
                    if base == nil {
                        let dir = EvidencePath.directory(of: sheet.path)
                        base = EvidencePath.absolute(dir.isEmpty ? "." : dir, base: EvidencePath.currentDirectory)
                        folder = base! + "/" + EvidenceRules.defaultFolder
                    }
                    let path = EvidencePath.absolute(text, base: base!)
                    guard case .file(let size) = EvidenceDisk.kind(of: path), size > 0, EvidencePath.isInside(path, folder: folder!) else {
                        usable[position] = false
                        continue
                    }
                }
            }
        }
        return zip(counts, usable).map { $0 > 0 && $1 }
    }

    /// The index of each part asked for, rounded as `rounding` declares and scaled to its decimals.
    public func index(of sheet: AnswerSheet, rounding: Rounding) -> [Int64] {
        let values = plan.index(complete: completeness(of: sheet))
        return parts.map { position in
            guard let position else { return 0 }
            return rounding.apply(values[position]).scaled(places: rounding.decimals) ?? 0
        }
    }
}
