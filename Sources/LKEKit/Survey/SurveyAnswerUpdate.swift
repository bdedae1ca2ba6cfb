import Foundation

/// Puts a survey's index into a unit's answer file: the value of the LKE question the survey definition
/// feeds (`feeds: {questionnaire, code}`), with a note naming the survey, the period, the respondents and the
/// conversion rule, and the conditions the LKE sets on the survey (respondents, months).
public enum SurveyAnswerUpdate {
    /// The answer text written for the index: a dot decimal with the definition's index decimals.
    public static func value(of analysis: SurveyAnalysis) -> String? {
        analysis.roundedIndex.map { NumberFormat.fixed($0, places: analysis.definition.indexDecimals) }
    }

    /// The note stored with the answer.
    static func note(for analysis: SurveyAnalysis, language: Language) -> String {
        let d = analysis.definition
        let n = analysis.overall.respondents
        return Message.Survey.answerNote(title: d.title, id: d.id, version: d.version, respondents: n, period: analysis.period,
                                         rule: analysis.rule.id, ruleTitle: analysis.rule.title, weights: analysis.weights.id,
                                         files: analysis.files.map { ($0 as NSString).lastPathComponent })
            .text(language)
    }

    /// `sheet` with the index as the answer of the fed question and the note beside it (`mergedNote`).
    /// - Returns: `nil` when the definition feeds no question or there is no index.
    public static func apply(_ analysis: SurveyAnalysis, to sheet: AnswerSheet, language: Language) -> AnswerSheet? {
        guard let feed = analysis.definition.feeds, let value = value(of: analysis) else { return nil }
        var updated = sheet
        updated.setValue(value, for: feed.code)
        let merged = mergedNote(existing: sheet.entry(feed.code)?.note, analysis: analysis, language: language)
        updated.setNote(merged.note, for: feed.code)
        return updated
    }

    /// The note `--into` writes, and what became of the note there was.
    public struct MergedNote: Sendable, Equatable {
        /// The team's own lines (if any), then the survey's line.
        public internal(set) var note: String
        /// Whether the team's own text was kept (it is never dropped).
        public internal(set) var keptTeamNote: Bool
        /// Whether an earlier note of the same survey definition was replaced.
        public internal(set) var replacedSurveyNote: Bool

        init(note: String, keptTeamNote: Bool, replacedSurveyNote: Bool) {
            self.note = note
            self.keptTeamNote = keptTeamNote
            self.replacedSurveyNote = replacedSurveyNote
        }
    }

    /// The note for the fed question: the lines of `existing` that an earlier run of the same survey wrote
    /// (they start with the definition's title and id, in either language) are replaced by the new survey note;
    /// every other line is the team's own and is kept, before it.
    public static func mergedNote(existing: String?, analysis: SurveyAnalysis, language: Language) -> MergedNote {
        let generated = note(for: analysis, language: language)
        let marker = "\(analysis.definition.title) (\(analysis.definition.id) "
        var team: [Substring] = []
        var replaced = false
        for line in (existing ?? "").split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(marker) { replaced = true } else { team.append(line) }
        }
        while let last = team.last, last.trimmingCharacters(in: .whitespaces).isEmpty { team.removeLast() }
        let kept = !team.isEmpty
        return MergedNote(note: kept ? team.joined(separator: "\n") + "\n" + generated : generated, keptTeamNote: kept, replacedSurveyNote: replaced)
    }

    /// Whether two sheets hold the same metadata and the same answers, values, notes and evidence in the same
    /// order (locations and digests aside): the check that an edit in place changed exactly what it meant to.
    public static func sameContent(_ a: AnswerSheet, _ b: AnswerSheet) -> Bool {
        guard a.questionnaireID == b.questionnaireID, a.unit == b.unit, a.instansi == b.instansi, a.period == b.period,
              a.layer == b.layer, a.assessor == b.assessor, a.predicate == b.predicate, a.eligibility == b.eligibility,
              a.eligibilityOrder == b.eligibilityOrder, a.entries.count == b.entries.count else { return false }
        return zip(a.entries, b.entries).allSatisfy { $0.code == $1.code && $0.value == $1.value && $0.note == $1.note && $0.evidence == $1.evidence }
    }

    /// The LKE's conditions on the survey that the data does not meet: fewer respondents than the minimum
    /// (PermenPANRB 90/2021), a period shorter than the minimum number of months (SE MenPANRB 4/2023), or a
    /// period that cannot be checked.
    public static func unmetConditions(_ analysis: SurveyAnalysis) -> [Localized] {
        guard let feed = analysis.definition.feeds else { return [] }
        var problems: [Localized] = []
        let n = analysis.overall.respondents
        if let minimum = feed.minimumRespondents, n < minimum {
            problems.append(Message.Survey.tooFewRespondents(n, minimum: minimum))
        }
        if let minimum = feed.minimumMonths {
            if let months = analysis.periodMonths, let period = analysis.period {
                if months < minimum {
                    problems.append(Message.Survey.periodTooShort(period, minimum: minimum))
                }
            } else {
                problems.append(Message.Survey.periodUnknown(minimum: minimum))
            }
        }
        return problems
    }
}
