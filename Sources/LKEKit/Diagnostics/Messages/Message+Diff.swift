extension Message {
    /// `lke diff`: two answer files compared.
    enum Diff {
        /// The two files name different units; they are compared all the same.
        static func unitsDiffer(oldUnit: String, oldPath: String, newUnit: String, newPath: String) -> Localized {
            Localized(id: "unit berbeda: '\(oldUnit)' di '\(oldPath)' dan '\(newUnit)' di '\(newPath)'; perbandingan tetap dibuat",
                      en: "the units differ: '\(oldUnit)' in '\(oldPath)' and '\(newUnit)' in '\(newPath)'; compared anyway")
        }

        /// The two files use different questionnaires or versions; codes of only one are listed apart.
        static func questionnairesDiffer(oldID: String, oldVersion: String, newID: String, newVersion: String) -> Localized {
            Localized(id: "kuesioner berbeda: '\(oldID)' versi \(oldVersion) dan '\(newID)' versi \(newVersion); kode yang hanya ada di satu versi didaftar terpisah",
                      en: "the questionnaires differ: '\(oldID)' version \(oldVersion) and '\(newID)' version \(newVersion); codes that exist in only one are listed apart")
        }
    }
}
