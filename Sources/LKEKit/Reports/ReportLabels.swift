/// The words the reports share: assessment layers, verdicts, prerequisite states, rounding modes.
enum ReportLabels {
    /// Who filled the answer file, from its `layer`.
    static func layer(_ layer: String) -> Localized {
        switch layer {
        case "self": return Localized(id: "penilaian mandiri (Tim Kerja ZI)", en: "self-assessment (Tim Kerja ZI)")
        case "tpi": return Localized(id: "Tim Penilai Internal (TPI)", en: "internal assessment team (TPI)")
        case "tpn": return Localized(id: "Tim Penilai Nasional (TPN)", en: "national assessment team (TPN)")
        default: return Localized(layer)
        }
    }

    /// A rule's or predicate's verdict, with its mark.
    static func verdict(_ met: Bool) -> Localized {
        met ? Localized(id: "✓ memenuhi", en: "✓ met") : Localized(id: "✗ tidak memenuhi", en: "✗ not met")
    }

    /// A prerequisite's state, with its mark.
    static func status(_ status: ScoreCard.PrerequisiteStatus) -> Localized {
        switch status {
        case .met: return Localized(id: "✓ terpenuhi", en: "✓ met")
        case .notMet: return Localized(id: "✗ tidak terpenuhi", en: "✗ not met")
        case .notStated: return Localized(id: "? belum dinyatakan", en: "? not stated")
        }
    }

    /// A rounding mode in words.
    static func rounding(_ mode: Rounding.Mode) -> Localized {
        switch mode {
        case .halfAwayFromZero: return Localized(id: "setengah menjauhi nol", en: "half away from zero")
        case .halfEven: return Localized(id: "setengah ke genap", en: "half to even")
        case .down: return Localized(id: "dipotong", en: "truncated")
        }
    }

    /// The title of the predicate a unit holds, or "none yet".
    static func held(_ predicate: String?, in questionnaire: Questionnaire) -> Localized {
        guard let predicate, predicate != "none" else { return Localized(id: "belum ada", en: "none") }
        return Localized(questionnaire.predicate(predicate)?.title ?? predicate)
    }

    /// Whether the definition is one of those bundled with `lke` (`QuestionnaireLibrary` names them
    /// `<lke>/questionnaires/...`) rather than a file given with `--questionnaire`.
    static func isBundled(_ questionnaire: Questionnaire) -> Bool {
        questionnaire.path.hasPrefix("<lke>/")
    }
}
