extension Message {
    /// The scorer's messages: warnings about an answered questionnaire that scores, but not as it reads.
    enum Scoring {
        /// The answered computed question `code` divides by zero and its definition says it is then unanswered.
        static func zeroDenominator(_ code: String) -> Localized {
            Localized(id: "'\(code)': pembagi bernilai nol, pertanyaan tidak bernilai dan dihitung 0",
                      en: "'\(code)': the denominator is zero, so the question has no value and counts 0")
        }
    }
}
