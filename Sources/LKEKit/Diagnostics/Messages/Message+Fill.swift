extension Message {
    /// `lke fill`: what the session says to the user while it runs (status lines, refusals, the banner and the
    /// closing line). The question's display and the help text are laid out by `FillPresenter`.
    enum Fill {
        // MARK: - Starting and ending

        /// `--from` names a code outside the `--area` being filled.
        static func fromNotUnderArea(_ from: String, area: String) -> Localized {
            Localized(id: "'\(from)' tidak berada di bawah '\(area)'", en: "'\(from)' is not under '\(area)'")
        }

        /// The first line of a session: the file, the unit, how much is answered and how many inputs wait.
        static func banner(path: String, unit: String, questionnaire: String, answered: Int, questions: Int, waiting: Int) -> Localized {
            Localized(id: "Mengisi '\(path)': \(unit) (\(questionnaire)), \(answered)/\(questions) pertanyaan terjawab, \(waiting) isian dalam antrean.\n",
                      en: "Filling '\(path)': \(unit) (\(questionnaire)), \(answered)/\(questions) questions answered, \(waiting) inputs in the queue.\n")
        }

        /// The second line of a session: how to get help and stop.
        static let howTo = Localized(id: "Ketik ? untuk bantuan, :quit untuk berhenti. Setiap jawaban langsung disimpan.\n",
                                     en: "Type ? for help, :quit to stop. Every answer is saved at once.\n")

        /// Every question in scope is answered already (and `--all` is not given).
        static let nothingToFill = Localized(id: "Tidak ada yang perlu diisi: semua pertanyaan dalam cakupan sudah terjawab (pakai --all untuk meninjau ulang).\n",
                                             en: "Nothing to fill: every question in scope is answered (use --all to review them).\n")

        /// The last input of the queue has been visited.
        static let queueDone = Localized(id: "Semua isian dalam antrean sudah dilalui.", en: "Every input in the queue has been visited.")

        /// The closing line when answers were saved: where, how many are answered, the score so far.
        static func savedSummary(path: String, answered: Int, questions: Int, score: Number, rounding: Rounding) -> Localized {
            let counts = counts(answered: answered, questions: questions, score: score, rounding: rounding)
            return Localized(id: "tersimpan di '\(path)': " + counts.id, en: "saved in '\(path)': " + counts.en)
        }

        /// The closing line when nothing was changed.
        static func unchangedSummary(path: String, answered: Int, questions: Int, score: Number, rounding: Rounding) -> Localized {
            let counts = counts(answered: answered, questions: questions, score: score, rounding: rounding)
            return Localized(id: "tidak ada perubahan pada '\(path)': " + counts.id, en: "no changes to '\(path)': " + counts.en)
        }

        private static func counts(answered: Int, questions: Int, score: Number, rounding: Rounding) -> Localized {
            let rounded = rounding.apply(score)
            return Localized(
                id: "\(answered)/\(questions) pertanyaan terjawab, nilai sementara \(NumberFormat.fixed(rounded, places: rounding.decimals, language: .id))",
                en: "\(answered)/\(questions) questions answered, score so far \(NumberFormat.fixed(rounded, places: rounding.decimals, language: .en))")
        }

        // MARK: - Answers

        /// The typed line holds control characters (an arrow key, say); `visible` shows them.
        static func controlCharacters(_ visible: String) -> Localized {
            Localized(id: "baris berisi karakter kendali (misalnya tombol panah: \(visible)); tidak ada yang disimpan, ketik ulang",
                      en: "the line holds control characters (arrow keys, say: \(visible)); nothing is saved, type it again")
        }

        /// Enter on its own where there is no answer to keep.
        static let noAnswerYet = Localized(id: "belum ada jawaban; ketik jawaban, atau :skip untuk melewati", en: "there is no answer yet; type one, or :skip to skip")

        /// Enter on its own where the current answer is not valid.
        static let currentAnswerInvalid = Localized(id: "jawaban saat ini tidak sah; ketik jawaban baru, atau :skip untuk melewati",
                                                    en: "the current answer is not valid; type a new one, or :skip to skip")

        /// An answer is refused by a check or the validator; `reason` is the diagnostic's message.
        static func rejected(_ reason: Localized) -> Localized {
            Localized(id: "ditolak: " + reason.id, en: "rejected: " + reason.en)
        }

        /// An answer (or a count input) is saved.
        static func saved(_ code: String, value: String) -> Localized {
            Localized(id: "tersimpan: \(code) = \(value)", en: "saved: \(code) = \(value)")
        }

        /// A typed text is not an option of the question.
        static func notAnOption(_ text: String, of code: String, options: [String]) -> Localized {
            let codes = options.joined(separator: ", ")
            return Localized(id: "'\(text)' bukan pilihan \(code); pilihannya: \(codes)", en: "'\(text)' is not an option of \(code); the options: \(codes)")
        }

        /// A computed question's inputs are not all filled yet.
        static func inputsPending(_ code: String, filled: Int, of total: Int) -> Localized {
            Localized(id: "\(code): \(filled) dari \(total) masukan terisi; persentase dihitung setelah semuanya terisi",
                      en: "\(code): \(filled) of \(total) inputs filled; the percentage is computed once all are filled")
        }

        /// A computed question's denominator is zero.
        static func zeroDenominator(_ code: String) -> Localized {
            Localized(id: "\(code): pembagi bernilai nol, pertanyaan tidak bernilai dan dihitung 0",
                      en: "\(code): the denominator is zero, so the question has no value and counts 0")
        }

        // MARK: - Commands

        /// :back on the first question.
        static let noPreviousQuestion = Localized(id: "belum ada pertanyaan sebelumnya", en: "there is no previous question")

        /// :goto without a code.
        static let gotoNeedsCode = Localized(id: "tulis kodenya: :goto KODE", en: "give the code: :goto CODE")

        /// :note or :evidence on a header step (a prerequisite or the predicate held).
        static func notesNotKept(_ code: String) -> Localized {
            Localized(id: "catatan dan bukti tidak disimpan untuk \(code); tulis di pertanyaan yang terkait",
                      en: "notes and evidence are not kept for \(code); add them to a related question")
        }

        /// A command that does not exist; `suggestion` is the closest one.
        static func unknownCommand(_ name: String, suggestion: String?) -> Localized {
            let tail = suggestion == nil ? Localized(id: "; ketik ? untuk bantuan", en: "; type ? for help") : Suggestion.suffix(suggestion)
            return Localized(id: "perintah '\(name)' tidak dikenal" + tail.id, en: "unknown command '\(name)'" + tail.en)
        }

        /// Hint after :note on the question on screen when another was answered just now.
        static func noteIsForScreen(other: String) -> Localized {
            Localized(id: "  (catatan ini untuk pertanyaan di layar; untuk \(other) yang baru dijawab: :note \(other) TEKS)\n",
                      en: "  (this note is for the question on screen; for \(other), answered just now: :note \(other) TEXT)\n")
        }

        /// :note shows a question that has no note.
        static func noNoteYet(_ code: String) -> Localized {
            Localized(id: "belum ada catatan untuk \(code)\n", en: "there is no note for \(code) yet\n")
        }

        /// ':note -' on a question that has no note.
        static func noNoteToRemove(_ code: String) -> Localized {
            Localized(id: "belum ada catatan untuk \(code)", en: "there is no note for \(code)")
        }

        /// ':note -' removed a note.
        static func noteRemoved(_ code: String) -> Localized {
            Localized(id: "catatan \(code) dihapus", en: "note of \(code) removed")
        }

        /// :note saved a note.
        static func noteSaved(_ code: String) -> Localized {
            Localized(id: "tersimpan: catatan \(code)", en: "saved: note of \(code)")
        }

        /// :evidence lists a question that has no evidence.
        static func noEvidenceYet(_ code: String) -> Localized {
            Localized(id: "belum ada bukti dukung untuk \(code)\n", en: "there is no evidence for \(code) yet\n")
        }

        /// :evidence lists a question's evidence: the line above the list.
        static func evidenceOf(_ code: String) -> Localized {
            Localized(id: "Bukti dukung \(code):\n", en: "Evidence of \(code):\n")
        }

        /// :evidence adds an item the question lists already.
        static func evidenceListed(_ item: String, code: String) -> Localized {
            Localized(id: "'\(item)' sudah tercatat sebagai bukti \(code)", en: "'\(item)' is already listed as evidence of \(code)")
        }

        /// :evidence or :bukti saved evidence.
        static func evidenceSaved(_ code: String, items: [String]) -> Localized {
            let items = items.joined(separator: ", ")
            return Localized(id: "tersimpan: bukti \(code): \(items)", en: "saved: evidence of \(code): \(items)")
        }

        /// :bukti without files, on a question whose evidence folder is empty or missing.
        static func folderEmpty(_ folder: String) -> Localized {
            Localized(id: "folder \(folder) kosong atau tidak ada\n", en: "folder \(folder) is empty or missing\n")
        }

        /// :bukti names only files the question lists already.
        static func allListed(_ code: String) -> Localized {
            Localized(id: "semua sudah tercatat sebagai bukti \(code)", en: "all are already listed as evidence of \(code)")
        }

        /// A word of :bukti starts the names of several files of the question's folder.
        static func severalFilesMatch(_ word: String, folder: String, names: [String]) -> Localized {
            let names = names.joined(separator: ", ")
            return Localized(id: "'\(word)' cocok dengan beberapa berkas di \(folder): \(names)", en: "'\(word)' matches several files in \(folder): \(names)")
        }
    }
}
