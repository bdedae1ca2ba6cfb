extension Message {
    /// Files on disk that cannot be read as the input a command expects.
    public enum File {
        /// The file at `path` does not exist or cannot be read.
        public static func cannotRead(_ path: String) -> Localized {
            Localized(id: "tidak dapat membaca '\(path)': berkas tidak ada atau tidak dapat dibaca",
                      en: "cannot read '\(path)': the file does not exist or is not readable")
        }

        /// The answer file at `path`, to be filled, does not exist: `lke init` makes one.
        public static func cannotReadAnswerFile(_ path: String) -> Localized {
            Localized(id: "tidak dapat membaca '\(path)': berkas tidak ada atau tidak dapat dibaca; buat berkas baru dengan 'lke init -o \(path)'",
                      en: "cannot read '\(path)': the file does not exist or is not readable; create one with 'lke init -o \(path)'")
        }

        /// `path` names a folder where a file was expected; `lke batch` scores the answer files in a folder.
        public static func isFolder(_ path: String) -> Localized {
            Localized(id: "'\(path)' adalah folder, bukan berkas; untuk menilai semua berkas jawaban di dalamnya gunakan 'lke batch \(path)'",
                      en: "'\(path)' is a folder, not a file; to score every answer file in it use 'lke batch \(path)'")
        }
    }
}
