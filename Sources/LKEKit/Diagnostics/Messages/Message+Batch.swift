extension Message {
    /// Many answer files at once: `lke batch` and `lke review`.
    enum Batch {
        /// A file of a batch uses another questionnaire than the files scored before it.
        static func otherQuestionnaire(path: String, questionnaire: String, batchQuestionnaire: String, firstPath: String) -> Localized {
            Localized(id: "'\(path)' memakai kuesioner '\(questionnaire)', sedangkan batch ini menilai '\(batchQuestionnaire)' (dari '\(firstPath)'); nilai keduanya dalam batch terpisah",
                      en: "'\(path)' uses questionnaire '\(questionnaire)', but this batch scores '\(batchQuestionnaire)' (from '\(firstPath)'); score them in separate batches")
        }

        /// A pair of a review run uses another questionnaire than the pairs compared before it.
        static func pairOtherQuestionnaire(_ questionnaire: String, others: String) -> Localized {
            Localized(id: "pasangan memakai kuesioner '\(questionnaire)', berbeda dengan pasangan lain ('\(others)'); bandingkan dalam perintah terpisah",
                      en: "a pair uses questionnaire '\(questionnaire)', unlike the other pairs ('\(others)'); compare them separately")
        }

        /// A unit's own file and its reviewer's file use different questionnaires.
        static func reviewQuestionnairesDiffer(selfPath: String, selfQuestionnaire: String, reviewPath: String, reviewQuestionnaire: String) -> Localized {
            Localized(id: "'\(selfPath)' memakai kuesioner '\(selfQuestionnaire)', sedangkan '\(reviewPath)' memakai '\(reviewQuestionnaire)'; keduanya tidak dapat dibandingkan",
                      en: "'\(selfPath)' uses questionnaire '\(selfQuestionnaire)' but '\(reviewPath)' uses '\(reviewQuestionnaire)'; they cannot be compared")
        }
    }
}
