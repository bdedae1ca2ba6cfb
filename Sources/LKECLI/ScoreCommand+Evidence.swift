import Foundation
import LKEKit

/// The evidence part of `lke score`: checked beside the score, never inside it.
///
/// It runs when the evidence folder exists (`bukti` beside the answer file, or `--evidence-dir`), or with
/// `--evidence`; `--no-evidence` turns it off. A score report without it is byte for byte the report of
/// `ReportWriter`; with it, the report gains a separate section (Markdown), an `evidence` key (JSON) or two
/// columns (CSV) that say where the files were looked for.
struct ScoreEvidenceOptions {
    var forced: Bool
    var disabled: Bool
    var folder: String?

    init(_ arguments: Arguments, fileCount: Int) throws {
        forced = arguments.has("--evidence")
        disabled = arguments.has("--no-evidence")
        folder = arguments.value("--evidence-dir")
        if disabled && (forced || folder != nil) {
            throw Arguments.UsageError(Message.Usage.noEvidenceConflicts)
        }
        if folder != nil && fileCount > 1 {
            throw Arguments.UsageError(Message.Usage.oneAnswerFileOnly("--evidence-dir"))
        }
    }

    /// The evidence report of `card`, when the checks run for it.
    func report(_ card: ScoreCard, source: SourceFile) -> EvidenceReport? {
        guard !disabled else { return nil }
        let folder = EvidenceChecker.folder(for: card.answers.sheet.path, given: self.folder)
        guard forced || self.folder != nil || EvidenceDisk.isFolder(folder) else { return nil }
        let checker = EvidenceChecker(plan: EvidencePlan(card.questionnaire), options: .init(folder: self.folder))
        return checker.report(card, locator: EvidenceLocator(source))
    }

    /// One line on stderr per checked file: where it looked and what it found.
    static func summary(_ report: EvidenceReport, context: CommandContext) {
        let total = report.index.first { $0.depth == 0 && $0.kind == .node }
        context.warn(Message.Command.evidenceChecked(report.path, folder: report.folder, index: total.map { report.rounding.apply($0.index) },
                                                     places: report.rounding.decimals, findings: report.findings.count))
    }
}
