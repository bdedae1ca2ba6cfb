extension Message {
    /// Evidence: the checks of `lke evidence` and the edits of `--write`.
    enum Evidence {
        // MARK: - Findings of one listed item

        /// A listed evidence file is not on disk.
        static func notFound(_ code: String, item: String) -> Localized {
            Localized(id: "'\(code)': bukti '\(item)' tidak ditemukan", en: "'\(code)': evidence '\(item)' not found")
        }

        /// A listed evidence file is empty.
        static func emptyFile(_ code: String, item: String) -> Localized {
            Localized(id: "'\(code)': bukti '\(item)' kosong (0 bita)", en: "'\(code)': evidence '\(item)' is empty (0 bytes)")
        }

        /// A listed evidence item is a folder.
        static func isFolder(_ code: String, item: String) -> Localized {
            Localized(id: "'\(code)': '\(item)' adalah folder, bukan berkas; sebutkan berkasnya",
                      en: "'\(code)': '\(item)' is a folder, not a file; name the file")
        }

        /// A listed evidence file lies outside the evidence folder.
        static func outsideFolder(_ code: String, item: String, folder: String) -> Localized {
            Localized(id: "'\(code)': bukti '\(item)' berada di luar folder bukti '\(folder)'",
                      en: "'\(code)': evidence '\(item)' lies outside the evidence folder '\(folder)'")
        }

        /// A listed web address starts with 'www.' and lacks its scheme.
        static func addressWithoutScheme(_ code: String, item: String) -> Localized {
            Localized(id: "'\(code)': alamat '\(item)' tanpa 'https://'; tulis alamat lengkapnya", en: "'\(code)': address '\(item)' lacks 'https://'; write the full address")
        }

        /// A listed item looks like an address but is not http(s).
        static func notHTTPAddress(_ code: String, item: String) -> Localized {
            Localized(id: "'\(code)': '\(item)' bukan alamat http(s)", en: "'\(code)': '\(item)' is not an http(s) address")
        }

        /// A listed evidence file is a draft (an office document, not a PDF); `fileExtension` without its dot.
        static func draft(_ code: String, item: String, fileExtension: String) -> Localized {
            Localized(id: "'\(code)': bukti '\(item)' masih draf (.\(fileExtension)); bukti final berupa PDF",
                      en: "'\(code)': evidence '\(item)' is still a draft (.\(fileExtension)); final evidence is a PDF")
        }

        // MARK: - Findings of a question or the folder

        /// A question earns points but lists no evidence; `option` is the chosen option's code, if any.
        static func noEvidence(_ code: String, option: String?) -> Localized {
            let given = option.map { " '\($0)'" } ?? ""
            return Localized(id: "'\(code)' dijawab\(given) dan bernilai, tetapi tidak ada bukti dukung",
                             en: "'\(code)' is answered\(given) and earns points, but has no evidence")
        }

        /// A question is not answered but lists evidence.
        static func unansweredWithEvidence(_ code: String, count: Int) -> Localized {
            Localized(id: "'\(code)' belum dijawab tetapi mencantumkan \(count) bukti dukung",
                      en: "'\(code)' is not answered but lists \(count) evidence item(s)")
        }

        /// Something in the evidence folder lies outside every question code's folder; `suggestion` is the
        /// code a misnamed folder is closest to.
        static func stray(_ shown: String, suggestion: String?) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "'\(shown)' di folder bukti tidak berada di folder kode pertanyaan mana pun\(hint.id)",
                             en: "'\(shown)' in the evidence folder is not in any question code's folder\(hint.en)")
        }

        /// A file in a code's folder is not listed in the answer file.
        static func unlisted(_ code: String, file: String) -> Localized {
            Localized(id: "'\(code)': berkas '\(file)' ada di foldernya tetapi tidak tercantum di berkas jawaban",
                      en: "'\(code)': the file '\(file)' is in its folder but not listed in the answer file")
        }

        // MARK: - Refusals of --write

        /// The answer file cannot be parsed again to add evidence to it.
        static let cannotReparse = Localized(id: "berkas jawaban tidak dapat dibaca ulang", en: "the answer file cannot be parsed")

        /// The edited answer file does not read back with the evidence added.
        static let insertionUnverified = Localized(id: "penyisipan tidak dapat diverifikasi; tambahkan secara manual",
                                                   en: "the insertion could not be verified; add it by hand")

        /// An answer is written in a form the evidence writer does not edit.
        static let layoutNotEditable = Localized(id: "bentuk jawaban ini tidak dapat diubah otomatis; tambahkan secara manual",
                                                 en: "this answer's layout cannot be edited automatically; add it by hand")
    }
}
