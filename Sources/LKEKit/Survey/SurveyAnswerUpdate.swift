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
    public static func note(for analysis: SurveyAnalysis, language: Language) -> String {
        let d = analysis.definition
        let n = analysis.overall.respondents
        let files = analysis.files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        let rule = analysis.rule, weights = analysis.weights.id
        let period = analysis.period.map {
            Localized(id: "\($0.lowerBound) s.d. \($0.upperBound)", en: "\($0.lowerBound) to \($0.upperBound)")
        } ?? Localized(id: "tidak diketahui", en: "unknown")
        return Localized(
            id: "\(d.title) (\(d.id) versi \(d.version)): \(n) responden, periode \(period.id), aturan konversi '\(rule.id)' (\(rule.title)), bobot '\(weights)'; data: \(files)",
            en: "\(d.title) (\(d.id) version \(d.version)): \(n) respondents, period \(period.en), conversion '\(rule.id)' (\(rule.title)), weights '\(weights)'; data: \(files)")
            .text(language)
    }

    /// `sheet` with the index as the answer of the fed question and the note beside it.
    /// - Returns: `nil` when the definition feeds no question or there is no index.
    public static func apply(_ analysis: SurveyAnalysis, to sheet: AnswerSheet, language: Language) -> AnswerSheet? {
        guard let feed = analysis.definition.feeds, let value = value(of: analysis) else { return nil }
        var updated = sheet
        updated.setValue(value, for: feed.code)
        updated.setNote(note(for: analysis, language: language), for: feed.code)
        return updated
    }

    /// The LKE's conditions on the survey that the data does not meet: fewer respondents than the minimum
    /// (PermenPANRB 90/2021), a period shorter than the minimum number of months (SE MenPANRB 4/2023), or a
    /// period that cannot be checked.
    public static func unmetConditions(_ analysis: SurveyAnalysis) -> [Localized] {
        guard let feed = analysis.definition.feeds else { return [] }
        var problems: [Localized] = []
        let n = analysis.overall.respondents
        if let minimum = feed.minimumRespondents, n < minimum {
            problems.append(Localized(
                id: "hanya \(n) responden; survei untuk LKE memerlukan paling sedikit \(minimum)",
                en: "only \(n) respondents; a survey for the LKE needs at least \(minimum)"))
        }
        if let minimum = feed.minimumMonths {
            if let months = analysis.periodMonths, let period = analysis.period {
                if months < minimum {
                    problems.append(Localized(
                        id: "periode \(period.lowerBound) s.d. \(period.upperBound) kurang dari \(minimum) bulan; nilai untuk LKE adalah rata-rata paling sedikit \(minimum) bulan terakhir",
                        en: "the period \(period.lowerBound) to \(period.upperBound) is shorter than \(minimum) months; the LKE takes the mean of at least the last \(minimum) months"))
                }
            } else {
                problems.append(Localized(
                    id: "periode survei tidak diketahui (tidak ada kolom tanggal; gunakan --from dan --to), sehingga syarat \(minimum) bulan tidak dapat diperiksa",
                    en: "the survey period is unknown (no date column; use --from and --to), so the \(minimum)-month condition cannot be checked"))
            }
        }
        return problems
    }
}
