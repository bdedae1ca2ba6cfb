extension Message {
    /// `lke survey`: SKM/IKM, IPAK and IPKP from respondent data. The messages about the survey definition
    /// itself are in Message+SurveyDefinition.swift.
    enum Survey {
        // MARK: - Finding the definition

        /// The survey definition file named on the command line cannot be read.
        static func cannotReadDefinition(_ name: String) -> Localized {
            Localized(id: "tidak dapat membaca definisi survei '\(name)': berkas tidak ada atau tidak dapat dibaca",
                      en: "cannot read the survey definition '\(name)': the file does not exist or is not readable")
        }

        /// The survey instrument named is neither given with --questionnaire nor bundled.
        static func unknownInstrument(_ name: String, suggestion: String?, available: [String]) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "instrumen survei '\(name)' tidak dikenal\(hint.id); yang tersedia: \(available.joined(separator: ", "))",
                             en: "unknown survey instrument '\(name)'\(hint.en); available: \(available.joined(separator: ", "))")
        }

        // MARK: - The options

        /// --weights names no weight profile of the definition.
        static func unknownWeightProfile(_ id: String, in definition: String, suggestion: String?, available: [String]) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "profil bobot '\(id)' tidak ada di '\(definition)'\(hint.id); yang tersedia: \(available.joined(separator: ", "))",
                             en: "there is no weight profile '\(id)' in '\(definition)'\(hint.en); available: \(available.joined(separator: ", "))")
        }

        /// --rule names no conversion (index) rule of the definition.
        static func unknownConversionRule(_ id: String, in definition: String, suggestion: String?, available: [String]) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "aturan konversi '\(id)' tidak ada di '\(definition)'\(hint.id); yang tersedia: \(available.joined(separator: ", "))",
                             en: "there is no conversion rule '\(id)' in '\(definition)'\(hint.en); available: \(available.joined(separator: ", "))")
        }

        /// --map names an item the definition does not have.
        static func unknownItem(_ code: String, in definition: String, suggestion: String?, items: [String]) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "butir '\(code)' tidak ada di '\(definition)'\(hint.id); butirnya: \(items.joined(separator: ", "))",
                             en: "there is no item '\(code)' in '\(definition)'\(hint.en); its items: \(items.joined(separator: ", "))")
        }

        /// --to is before --from.
        static func toBeforeFrom(from: SurveyDate, to: SurveyDate) -> Localized {
            Localized(id: "'--to' (\(to)) lebih awal dari '--from' (\(from))", en: "'--to' (\(to)) is before '--from' (\(from))")
        }

        /// The column of a --map is in none of the data files.
        static func mappedColumnMissing(_ column: String) -> Localized {
            Localized(id: "kolom '\(column)' dari '--map' tidak ada di berkas data mana pun", en: "the column '\(column)' of '--map' is in none of the data files")
        }

        /// The column of --by is in none of the data files.
        static func byColumnMissing(_ column: String) -> Localized {
            Localized(id: "kolom '\(column)' untuk '--by' tidak ada di berkas data mana pun", en: "the column '\(column)' for '--by' is in none of the data files")
        }

        /// The column of --by is not in one data file.
        static func byColumnNotInFile(_ column: String, suggestion: String?) -> Localized {
            let hint = Suggestion.suffix(suggestion)
            return Localized(id: "kolom '\(column)' untuk '--by' tidak ada di berkas ini\(hint.id)", en: "the column '\(column)' for '--by' is not in this file\(hint.en)")
        }

        // MARK: - The data files

        /// No row of any data file can be counted.
        static let noRespondents = Localized(id: "tidak ada responden yang dapat dihitung", en: "there are no respondents to count")

        /// A data file is not UTF-8.
        static let notUTF8 = Localized(id: "berkas bukan teks UTF-8 yang sah; simpan ulang sebagai CSV UTF-8", en: "the file is not valid UTF-8 text; save it again as CSV UTF-8")

        /// A data file holds nothing, not even its header row.
        static let emptyData = Localized(id: "berkas kosong; baris pertama harus berupa judul kolom", en: "the file is empty; the first row must be the column headers")

        /// A quoted cell runs to the end of the file.
        static let unclosedQuote = Localized(id: "tanda kutip tidak ditutup sampai akhir berkas", en: "the quote is not closed before the end of the file")

        /// Text follows the closing quote of a cell.
        static let textAfterQuote = Localized(id: "teks setelah tanda kutip penutup; seluruh sel harus berada di dalam tanda kutip",
                                              en: "text after the closing quote; the whole cell must be inside the quotes")

        /// Two columns match the same item.
        static func twoColumnsMatch(_ column: String, _ other: String, item: String) -> Localized {
            Localized(id: "kolom '\(column)' dan '\(other)' sama-sama cocok untuk butir '\(item)'; pilih satu dengan --map 'KOLOM=\(item)'",
                      en: "the columns '\(column)' and '\(other)' both match item '\(item)'; choose one with --map 'COLUMN=\(item)'")
        }

        /// Note on `twoColumnsMatch`: where the other column is.
        static let otherColumnHere = Localized(id: "kolom lain di sini", en: "the other column is here")

        /// No column of a data file matches an item.
        static func noColumnForItem(_ code: String, title: String) -> Localized {
            Localized(id: "tidak ada kolom untuk butir '\(code)' (\(title)); beri kolomnya dengan --map 'KOLOM=\(code)'",
                      en: "no column for item '\(code)' (\(title)); name its column with --map 'COLUMN=\(code)'")
        }

        /// --from or --to is given but a data file has no date column; `names` are the date columns looked for.
        static func noDateColumn(_ names: [String]) -> Localized {
            let names = names.joined(separator: ", ")
            return Localized(id: "'--from'/'--to' memerlukan kolom tanggal (\(names)), tetapi berkas ini tidak memilikinya",
                             en: "'--from'/'--to' need a date column (\(names)), but this file has none")
        }

        /// A row has another number of cells than the header.
        static func cellCount(_ cells: Int, header: Int) -> Localized {
            Localized(id: "baris ini memiliki \(cells) sel, judul kolom \(header)", en: "this row has \(cells) cells; the header has \(header)")
        }

        /// A date cell is not a date.
        static func notADate(_ text: String) -> Localized {
            Localized(id: "'\(text)' bukan tanggal (tulis misalnya 2026-07-01 atau 01/07/2026)", en: "'\(text)' is not a date (write for example 2026-07-01 or 01/07/2026)")
        }

        /// A row's date is empty while --from or --to is given.
        static let emptyDate = Localized(id: "tanggal kosong; dengan '--from'/'--to' setiap baris memerlukan tanggal", en: "the date is empty; with '--from'/'--to' every row needs a date")

        /// A row answers no item.
        static let rowAnswersNothing = Localized(id: "baris ini tidak menjawab satu butir pun", en: "this row answers no item")

        /// A problem of a row, as a warning when the row is left out rather than failing the run.
        static func rowExcluded(_ problem: Localized) -> Localized {
            Localized(id: problem.id + "; baris dikecualikan", en: problem.en + "; the row is excluded")
        }

        /// The problems of a data file past the limit shown, counted.
        static func moreProblems(_ count: Int, path: String) -> Localized {
            Localized(id: "\(path): \(count) masalah lain di berkas ini tidak ditampilkan", en: "\(path): \(count) more problems in this file are not shown")
        }

        // MARK: - One answer cell

        /// A numeric answer is not a whole number.
        static func notWholeNumber(_ text: String, item: String, min: Int, max: Int) -> Localized {
            Localized(id: "'\(text)' bukan bilangan bulat; jawaban '\(item)' adalah \(min) sampai \(max)",
                      en: "'\(text)' is not a whole number; answers of '\(item)' are \(min) to \(max)")
        }

        /// A numeric answer lies outside the scale.
        static func outsideScale(_ text: String, item: String, min: Int, max: Int) -> Localized {
            Localized(id: "\(text) di luar skala; jawaban '\(item)' adalah \(min) sampai \(max)",
                      en: "\(text) is outside the scale; answers of '\(item)' are \(min) to \(max)")
        }

        /// An answer gives a number and a label that mean different values ("4 - Tidak sesuai").
        static func inconsistentAnswer(_ text: String, number: Int, label: Int) -> Localized {
            Localized(id: "'\(text)' tidak konsisten: angka \(number), tetapi labelnya bernilai \(label)",
                      en: "'\(text)' is inconsistent: the number is \(number) but its label means \(label)")
        }

        /// An answer is neither a value of the scale nor one of its labels.
        static func notAnAnswer(_ text: String, item: String, title: String, min: Int, max: Int, choices: [String]) -> Localized {
            let choices = choices.joined(separator: ", ")
            return Localized(id: "'\(text)' bukan jawaban '\(item)' (\(title)); tulis \(min) sampai \(max) atau salah satu dari: \(choices)",
                             en: "'\(text)' is not an answer of '\(item)' (\(title)); write \(min) to \(max) or one of: \(choices)")
        }

        // MARK: - The result

        /// An item nobody answered leaves the weighted index undefined.
        static func itemUnanswered(_ code: String, weights: String) -> Localized {
            Localized(id: "butir '\(code)' tidak dijawab siapa pun; dengan bobot '\(weights)' indeks tidak dapat dihitung",
                      en: "nobody answered item '\(code)'; with the weights '\(weights)' the index cannot be computed")
        }

        /// The index rule's formula divides by zero.
        static func indexRuleDividesByZero(_ id: String) -> Localized {
            Localized(id: "aturan indeks '\(id)' membagi dengan nol", en: "the index rule '\(id)' divides by zero")
        }

        /// The conversion formula divides by zero.
        static let conversionDividesByZero = Localized(id: "rumus konversi membagi dengan nol", en: "the conversion formula divides by zero")

        // MARK: - Feeding the LKE answer

        /// Fewer respondents than a survey for the LKE needs.
        static func tooFewRespondents(_ count: Int, minimum: Int) -> Localized {
            Localized(id: "hanya \(count) responden; survei untuk LKE memerlukan paling sedikit \(minimum)",
                      en: "only \(count) respondents; a survey for the LKE needs at least \(minimum)")
        }

        /// The survey period is shorter than the LKE needs.
        static func periodTooShort(_ period: ClosedRange<SurveyDate>, minimum: Int) -> Localized {
            Localized(id: "periode \(period.lowerBound) s.d. \(period.upperBound) kurang dari \(minimum) bulan; nilai untuk LKE adalah rata-rata paling sedikit \(minimum) bulan terakhir",
                      en: "the period \(period.lowerBound) to \(period.upperBound) is shorter than \(minimum) months; the LKE takes the mean of at least the last \(minimum) months")
        }

        /// The survey period is unknown, so its length cannot be checked.
        static func periodUnknown(minimum: Int) -> Localized {
            Localized(id: "periode survei tidak diketahui (tidak ada kolom tanggal; gunakan --from dan --to), sehingga syarat \(minimum) bulan tidak dapat diperiksa",
                      en: "the survey period is unknown (no date column; use --from and --to), so the \(minimum)-month condition cannot be checked")
        }

        /// The note written with the survey's answer in the answer file: what was computed from what.
        static func answerNote(title: String, id: String, version: String, respondents: Int, period: ClosedRange<SurveyDate>?,
                               rule: String, ruleTitle: String, weights: String, files: [String]) -> Localized {
            let files = files.joined(separator: ", ")
            let periodID = period.map { "\($0.lowerBound) s.d. \($0.upperBound)" } ?? "tidak diketahui"
            let periodEN = period.map { "\($0.lowerBound) to \($0.upperBound)" } ?? "unknown"
            return Localized(
                id: "\(title) (\(id) versi \(version)): \(respondents) responden, periode \(periodID), aturan konversi '\(rule)' (\(ruleTitle)), bobot '\(weights)'; data: \(files)",
                en: "\(title) (\(id) version \(version)): \(respondents) respondents, period \(periodEN), conversion '\(rule)' (\(ruleTitle)), weights '\(weights)'; data: \(files)")
        }
    }
}
