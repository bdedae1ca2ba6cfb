extension Message {
    /// Pieces the diagnostics machinery adds to other messages, and its own tally line.
    public enum Diagnostics {
        /// The "did you mean" added to a message about an unknown name (through `Suggestion.suffix`).
        public static func didYouMean(_ suggestion: String) -> Localized {
            Localized(id: "; maksud Anda '\(suggestion)'?", en: "; did you mean '\(suggestion)'?")
        }

        /// The tally that stands for the diagnostics of a file past those shown.
        static func moreNotShown(_ count: Int, perFile: Int) -> Localized {
            Localized(id: "... dan \(count) lainnya tidak ditampilkan (paling banyak \(perFile) per berkas)",
                      en: "... and \(count) more not shown (at most \(perFile) per file)")
        }
    }
}
