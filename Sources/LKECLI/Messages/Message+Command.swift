import LKEKit

extension Message {
    /// What the commands say besides their reports: errors, warnings, notes, prompts and status lines. An
    /// error given to `context.report` has no newline (the renderer adds `error: ` and the line end); a line
    /// written whole to stdout or stderr (`context.say`, `context.warn`) ends with its newline.
    ///
    /// The messages of one group of commands are in `Message+Command+<Group>.swift`; those several commands
    /// say are here.
    enum Command {
        // MARK: Written files

        /// A file the command writes (a report, an answer file, a plan) cannot be written, and why.
        static func cannotWrite(_ path: String, reason: String) -> Localized {
            Localized(id: "tidak dapat menulis '\(path)': \(reason)", en: "cannot write '\(path)': \(reason)")
        }

        /// The line on stderr after a report is written to a file with `-o`.
        static func reportWritten(_ path: String) -> Localized {
            Localized(id: "laporan ditulis ke '\(path)'\n", en: "report written to '\(path)'\n")
        }

        /// `lke score -o DIR`: the folder for the reports cannot be made.
        static func cannotCreateDirectory(_ path: String) -> Localized {
            Localized(id: "tidak dapat membuat folder '\(path)'", en: "cannot create the directory '\(path)'")
        }

        // MARK: lke check

        /// `lke check` was given a CSV file: survey data is read by `lke survey`.
        static func looksLikeCSV(_ path: String, columns: Int) -> Localized {
            Localized(
                id: "'\(path)' tampak seperti data CSV (baris judul dengan \(columns) kolom), bukan definisi atau berkas jawaban YAML yang diperiksa 'lke check'; data responden survei dibaca oleh 'lke survey \(path) --instrument skm|spak|spkp'",
                en: "'\(path)' looks like CSV data (a header row of \(columns) columns), not a YAML definition or answer file that 'lke check' reads; survey respondent data is read by 'lke survey \(path) --instrument skm|spak|spkp'")
        }

        /// `lke check` was given a workbook or another zip file; `imports` says whether `lke import` exists to
        /// read it.
        static func isWorkbook(_ path: String, imports: Bool) -> Localized {
            let reader = imports
                ? Localized(id: "buku kerja LKE dibaca oleh 'lke import \(path)'", en: "an LKE workbook is read by 'lke import \(path)'")
                : Localized(id: "lke tidak membaca buku kerja; tulis jawabannya dalam berkas YAML ('lke init', 'lke fill') atau simpan data survei sebagai CSV untuk 'lke survey'",
                            en: "lke does not read workbooks; write the answers in a YAML file ('lke init', 'lke fill') or save survey data as CSV for 'lke survey'")
            return Localized(
                id: "'\(path)' adalah buku kerja spreadsheet atau berkas zip lain (.xlsx, .ods), bukan definisi atau berkas jawaban YAML; \(reader.id)",
                en: "'\(path)' is a spreadsheet workbook or another zip file (.xlsx, .ods), not a YAML definition or answer file; \(reader.en)")
        }

        /// `lke check`'s line for a valid answer file.
        static func answersChecked(_ path: String, unit: String, questionnaire: String, answered: Int, total: Int) -> Localized {
            Localized(id: "\(path): jawaban '\(unit)' untuk \(questionnaire): \(answered)/\(total) pertanyaan terjawab\n",
                      en: "\(path): answers of '\(unit)' to \(questionnaire): \(answered)/\(total) questions answered\n")
        }

        /// `lke check`'s line for a valid questionnaire definition: its size, its questions by scale or kind
        /// (`kinds`, counted by name), and its total weight.
        static func definitionChecked(_ path: String, id: String, version: String, nodes: Int, questions: Int, kinds: [String: Int], weight: Number) -> Localized {
            let kindText = kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return Localized(
                id: "\(path): \(id) versi \(version): \(nodes) simpul, \(questions) pertanyaan (\(kindText)), bobot total \(NumberFormat.plain(weight))\n",
                en: "\(path): \(id) version \(version): \(nodes) nodes, \(questions) questions (\(kindText)), total weight \(NumberFormat.plain(weight))\n")
        }

        // MARK: lke score

        /// `lke score`'s line on stderr for each file whose evidence was checked: where, the evidence index
        /// (`index` rounded to `places`, nothing when there is none) and the number of findings.
        static func evidenceChecked(_ path: String, folder: String, index: Number?, places: Int, findings: Int) -> Localized {
            func number(_ language: Language) -> String { index.map { NumberFormat.fixed($0, places: places, language: language) } ?? "" }
            return Localized(
                id: "\(path): bukti dukung diperiksa di '\(folder)': indeks bukti \(number(.id))%, \(findings) temuan (lihat bagian 'Bukti dukung'; rinciannya: lke evidence)\n",
                en: "\(path): evidence checked in '\(folder)': evidence index \(number(.en))%, \(findings) finding(s) (see the 'Evidence' section; details: lke evidence)\n")
        }

        // MARK: lke batch

        /// `lke batch --compare`'s summary line on stderr.
        static func comparisonSummary(pairs: Int, unpaired: Int, failed: Int) -> Localized {
            Localized(id: "\(pairs) pasangan, \(unpaired) tanpa pasangan, \(failed) gagal\n",
                      en: "\(pairs) pairs, \(unpaired) without a partner, \(failed) failed\n")
        }

        /// `lke batch --compare` found no answer file in either folder.
        static func nothingToCompare(_ selfDirectory: String, _ reviewDirectory: String) -> Localized {
            Localized(id: "tidak ada berkas jawaban di '\(selfDirectory)' maupun '\(reviewDirectory)'",
                      en: "no answer files in '\(selfDirectory)' or '\(reviewDirectory)'")
        }

        /// `lke batch` found no answer file under the paths it was given.
        static func noAnswerFiles(in paths: [String]) -> Localized {
            let list = paths.map { "'\($0)'" }.joined(separator: ", ")
            return Localized(id: "tidak ada berkas jawaban (.yaml/.yml dengan kunci 'questionnaire') di \(list)",
                             en: "no answer files (.yaml/.yml with the key 'questionnaire') in \(list)")
        }

        /// The word after the counts of `lke batch`'s progress bar.
        static let files = Localized(id: "berkas", en: "files")
    }
}
