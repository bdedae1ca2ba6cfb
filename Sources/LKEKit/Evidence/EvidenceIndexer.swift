import Foundation

/// The evidence index of many answer files, fast (`lke batch --evidence`): only what the index needs, one `stat`
/// per local path (remembered for the files of the batch that name the same path), no folder listing and no
/// locations. The common entries (an `https://` address, a relative path without `.` or `..` segments) are read
/// from their bytes; anything else takes the rules of `EvidenceChecker`, with the same result.
struct EvidenceIndexer: Sendable {
    let plan: EvidencePlan
    /// Positions in `plan.parts` of the parts asked for (`nil` where the plan has no such part).
    let parts: [Int?]
    private let cache = UsableFileCache()

    /// An indexer for the parts with these codes (a batch's areas).
    init(questionnaire: Questionnaire, codes: [String]) {
        plan = EvidencePlan(questionnaire)
        let byCode = Dictionary(plan.parts.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        parts = codes.map { byCode[$0] }
    }

    /// Which questions of `sheet` have complete evidence: at least one entry, every entry usable. Local paths are
    /// read relative to the answer file's folder, with `bukti` beside it as the evidence folder.
    func completeness(of sheet: AnswerSheet) -> [Bool] {
        var counts = [Int](repeating: 0, count: plan.questionCodes.count)
        var usable = [Bool](repeating: true, count: plan.questionCodes.count)
        var base: String?
        for entry in sheet.entries where !entry.evidence.isEmpty {
            guard let position = plan.positions[entry.code] else { continue }
            for text in entry.evidence {
                counts[position] += 1
                guard usable[position] else { continue }
                if base == nil {
                    let dir = EvidencePath.directory(of: sheet.path)
                    base = EvidencePath.absolute(dir.isEmpty ? "." : dir, base: EvidencePath.currentDirectory)
                }
                if !isUsable(text, base: base!) { usable[position] = false }
            }
        }
        return zip(counts, usable).map { $0 > 0 && $1 }
    }

    /// Whether one entry is usable, as `EvidenceReport.Entry.isUsable` would say.
    func isUsable(_ text: String, base: String) -> Bool {
        switch Self.quickKind(text) {
        case .web: return !EvidenceRules.isDraft(text)
        case .plainRelative:
            guard !EvidenceRules.isDraft(text) else { return false }
            let inside = text.utf8.starts(with: EvidenceRules.defaultFolder.utf8) && text.utf8.dropFirst(EvidenceRules.defaultFolder.utf8.count).first == UInt8(ascii: "/")
            return inside && cache.isNonEmptyFile(base + "/" + text)
        case .other:
            if EvidenceRules.isDraft(text) { return false }
            switch EvidenceRules.target(of: text) {
            case .web: return true
            case .badURL: return false
            case .local:
                let path = EvidencePath.absolute(text, base: base)
                return EvidencePath.isInside(path, folder: base + "/" + EvidenceRules.defaultFolder) && cache.isNonEmptyFile(path)
            }
        }
    }

    enum QuickKind { case web, plainRelative, other }

    /// `https://host…` / `http://host…` (any case), a relative path with no `:`, no `\` and no `.` or `..`
    /// segment, or something the full rules must read.
    static func quickKind(_ text: String) -> QuickKind {
        let bytes = Array(text.utf8.prefix(8))
        func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        let https: [UInt8] = Array("https://".utf8), http: [UInt8] = Array("http://".utf8)
        if bytes.count == 8, bytes.map(lower) == https, let host = text.utf8.dropFirst(8).first, host != UInt8(ascii: "/") { return .web }
        if bytes.count >= 7, bytes.prefix(7).map(lower) == http, let host = text.utf8.dropFirst(7).first, host != UInt8(ascii: "/") { return .web }
        var segmentStart = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: ":"), UInt8(ascii: "\\"): return .other
            case UInt8(ascii: "/"):
                if segmentStart { return .other }
                segmentStart = true
            case UInt8(ascii: "."):
                if segmentStart { return .other }
            default: segmentStart = false
            }
        }
        return text.isEmpty ? .other : .plainRelative
    }

    /// The index of each part asked for, rounded as `rounding` declares and scaled to its decimals.
    func index(of sheet: AnswerSheet, rounding: Rounding) -> [Int64] {
        let values = plan.index(complete: completeness(of: sheet))
        return parts.map { position in
            guard let position else { return 0 }
            return rounding.apply(values[position]).scaled(places: rounding.decimals) ?? 0
        }
    }
}

/// Whether a path is a non-empty file, remembered for the paths the files of one batch share (a bounded table:
/// emptied when it holds 65,536 paths, so that a batch of any size stays small). Thread-safe.
final class UsableFileCache: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: Bool] = [:]

    func isNonEmptyFile(_ path: String) -> Bool {
        lock.lock()
        let found = known[path]
        lock.unlock()
        if let found { return found }
        var result = false
        if case .file(let size) = EvidenceDisk.kind(of: path), size > 0 { result = true }
        lock.lock()
        if known.count >= 65_536 { known.removeAll(keepingCapacity: true) }
        known[path] = result
        lock.unlock()
        return result
    }
}
