extension Message {
    /// `lke import`: an .xlsx workbook read back into an answer file.
    enum Workbook {
        // MARK: - The workbook as a file

        /// The bytes are not a ZIP archive a workbook can be read from.
        static func notAWorkbook(_ failure: Localized) -> Localized {
            Localized(id: "bukan buku kerja .xlsx yang dapat dibaca: \(failure.id)", en: "not a readable .xlsx workbook: \(failure.en)")
        }

        /// The package has no workbook part.
        static func noWorkbookPart(_ part: String) -> Localized {
            Localized(id: "berkas ini tidak memuat buku kerja (bagian '\(part)' tidak ada); apakah ini .xlsx?",
                      en: "the file holds no workbook (no part '\(part)'); is it an .xlsx file?")
        }

        /// A part of the package cannot be taken out of the archive.
        static func partUnreadable(_ part: String, _ failure: Localized) -> Localized {
            Localized(id: "bagian '\(part)' tidak dapat dibaca: \(failure.id)", en: "part '\(part)' cannot be read: \(failure.en)")
        }

        /// A part is not well-formed XML.
        static func malformedPart(_ part: String, line: Int, column: Int, _ failure: Localized) -> Localized {
            Localized(id: "bagian '\(part)' rusak: \(line):\(column): \(failure.id)", en: "part '\(part)' is malformed: \(line):\(column): \(failure.en)")
        }

        /// A sheet the workbook lists has no part.
        static func sheetPartMissing(_ sheet: String, part: String) -> Localized {
            Localized(id: "lembar '\(sheet)' tidak ada di dalam berkas (bagian '\(part)')", en: "sheet '\(sheet)' is missing from the file (part '\(part)')")
        }

        /// A cell refers to a shared string that does not exist.
        static func sharedStringMissing(sheet: String, cell: CellAddress, index: Int) -> Localized {
            Localized(id: "lembar '\(sheet)' sel \(cell): string bersama nomor \(index) tidak ada", en: "sheet '\(sheet)' cell \(cell): shared string \(index) does not exist")
        }

        /// A sheet holds more cells than the reader accepts.
        static func tooManyCells(sheet: String, limit: Int) -> Localized {
            Localized(id: "lembar '\(sheet)' memuat lebih dari \(limit) sel", en: "sheet '\(sheet)' holds more than \(limit) cells")
        }

        /// A row element has a row number outside 1 to 1048576.
        static func invalidRowNumber(sheet: String) -> Localized {
            Localized(id: "lembar '\(sheet)': nomor baris tidak sah", en: "sheet '\(sheet)': invalid row number")
        }

        /// A cell element has a reference that is not a cell address.
        static func invalidCellReference(sheet: String, reference: String) -> Localized {
            Localized(id: "lembar '\(sheet)': alamat sel '\(reference)' tidak sah", en: "sheet '\(sheet)': invalid cell reference '\(reference)'")
        }

        // MARK: - Finding the worksheet

        /// The questionnaire named (by --questionnaire or the Ringkasan sheet) is unknown or not an LKE worksheet.
        static func unknownQuestionnaire(_ id: String, available: [String]) -> Localized {
            Localized(id: "kuesioner '\(id)' tidak dikenal atau bukan lembar kerja LKE; yang tersedia: \(available.joined(separator: ", "))",
                      en: "questionnaire '\(id)' is not known or not an LKE worksheet; available: \(available.joined(separator: ", "))")
        }

        /// --sheet names no sheet of the workbook; `sheets` are its sheets' names.
        static func noSuchSheet(_ name: String, sheets: [String]) -> Localized {
            let names = quoted(sheets)
            return Localized(id: "lembar '\(name)' tidak ada; lembar yang ada: \(names)", en: "there is no sheet '\(name)'; the sheets are: \(names)")
        }

        /// The sheet named with --sheet has no header row the importer recognises.
        static func noHeaderRow(sheet: String, searchedRows: Int) -> Localized {
            Localized(id: "lembar '\(sheet)' tidak memiliki baris judul kolom dengan kolom Jawaban dan kolom Kode atau Pertanyaan di \(searchedRows) baris pertamanya",
                      en: "sheet '\(sheet)' has no header row with a Jawaban column and a Kode or question column in its first \(searchedRows) rows")
        }

        /// No sheet of the workbook has a header row the importer recognises; `sheets` are their names.
        static func noWorksheet(sheets: [String]) -> Localized {
            let names = quoted(sheets)
            return Localized(id: "tidak ada lembar dengan baris judul kolom Jawaban (dan Kode atau Pertanyaan); lembar yang ada: \(names); sebutkan dengan --sheet NAMA",
                             en: "no sheet has a header row with a Jawaban column (and Kode or a question column); the sheets are: \(names); name one with --sheet NAME")
        }

        // MARK: - The rows

        /// A row with an answer, note or evidence matches no code of the questionnaire.
        static func rowMatchesNoCode(row: Int, shown: String, questionnaire: String) -> Localized {
            Localized(id: "baris \(row) ('\(shown)') tidak cocok dengan kode mana pun di \(questionnaire); jawaban, catatan dan eviden-nya tidak dibaca",
                      en: "row \(row) ('\(shown)') matches no code of \(questionnaire); its answer, note and evidence are not read")
        }

        /// A second row matches a code already read.
        static func codeAlreadyRead(_ code: String, row: Int) -> Localized {
            Localized(id: "kode '\(code)' sudah dibaca dari baris \(row); baris ini tidak dibaca", en: "code '\(code)' was already read from row \(row); this row is not read")
        }

        /// A note or evidence sits on a row that is not a question (an area or a sub-indicator).
        static func notesOnNonQuestion(_ code: String) -> Localized {
            Localized(id: "catatan dan eviden pada baris '\(code)' (bukan pertanyaan) tidak dibaca", en: "the note and evidence on row '\(code)' (not a question) are not read")
        }

        /// An answer cell holds a formula instead of an answer.
        static func answerIsFormula(_ code: String, formula: String) -> Localized {
            Localized(id: "'\(code)': sel jawaban berisi rumus (=\(formula)), bukan jawaban; isikan jawabannya sendiri",
                      en: "'\(code)': the answer cell holds a formula (=\(formula)), not an answer; enter the answer itself")
        }

        /// A message about the answer cell of `code`, said with the code in front.
        static func aboutCode(_ code: String, _ message: Localized) -> Localized {
            Localized(id: "'\(code)': " + message.id, en: "'\(code)': " + message.en)
        }

        // MARK: - One cell

        /// A typed text is read as a scale option or as 'ya'/'tidak' (said of answer cells and of prerequisites).
        static func readAs(_ typed: String, as code: String) -> Localized {
            Localized(id: "'\(typed)' dibaca sebagai '\(code)'", en: "'\(typed)' read as '\(code)'")
        }

        /// A typed number is read as the plain number `value`.
        static func readAsNumber(_ typed: String, _ value: Number) -> Localized {
            Localized(id: "'\(typed)' dibaca sebagai \(NumberFormat.plain(value))", en: "'\(typed)' read as \(NumberFormat.plain(value))")
        }

        /// A typed text is not an option of the question's scale.
        static func notAnOption(_ typed: String, scale: String, options: [String]) -> Localized {
            let codes = options.joined(separator: ", ")
            return Localized(id: "'\(typed)' bukan pilihan \(scale) (pilihan: \(codes))", en: "'\(typed)' is not an option of \(scale) (options: \(codes))")
        }

        /// A number cell's value (or a boolean or error cell) is not a number.
        static func notANumber(_ typed: String) -> Localized {
            Localized(id: "'\(typed)' bukan angka", en: "'\(typed)' is not a number")
        }

        /// A text cell cannot be read as a number.
        static func unreadableNumber(_ typed: String) -> Localized {
            Localized(id: "'\(typed)' bukan angka yang dapat dibaca", en: "'\(typed)' is not a readable number")
        }

        /// A number has more decimals than its question allows.
        static func tooManyDecimals(_ value: Number, decimals: Int) -> Localized {
            Localized(id: "\(NumberFormat.plain(value)) memiliki lebih dari \(decimals) desimal", en: "\(NumberFormat.plain(value)) has more than \(decimals) decimals")
        }

        /// A number lies outside its question's range.
        static func outOfRange(_ value: Number, min: Number, max: Number) -> Localized {
            Localized(id: "\(NumberFormat.plain(value)) di luar rentang \(NumberFormat.plain(min))-\(NumberFormat.plain(max))",
                      en: "\(NumberFormat.plain(value)) is outside \(NumberFormat.plain(min))-\(NumberFormat.plain(max))")
        }

        // MARK: - The Ringkasan sheet

        /// The workbook has no Ringkasan sheet, so the unit is named after the file.
        static func noSummarySheet(unit: String) -> Localized {
            Localized(id: "tidak ada lembar Ringkasan: nama unit diambil dari nama berkas ('\(unit)'); periksa baris unit: di berkas jawaban",
                      en: "no Ringkasan sheet: the unit is named after the file ('\(unit)'); check the unit: line of the answer file")
        }

        /// The Ringkasan sheet names a layer that answer files do not have.
        static func unknownLayer(_ layer: String, layers: [String]) -> Localized {
            Localized(id: "lapisan '\(layer)' bukan salah satu dari \(layers.joined(separator: ", ")); tidak dibaca",
                      en: "layer '\(layer)' is not one of \(layers.joined(separator: ", ")); not read")
        }

        /// The Ringkasan sheet names a predicate the questionnaire does not have.
        static func unknownPredicate(_ predicate: String) -> Localized {
            Localized(id: "predikat '\(predicate)' tidak dikenal; tidak dibaca", en: "predicate '\(predicate)' is not known; not read")
        }

        /// A prerequisite's cell is neither 'ya' nor 'tidak'.
        static func prerequisiteNotYesNo(_ id: String, typed: String) -> Localized {
            Localized(id: "prasyarat '\(id)': '\(typed)' bukan ya atau tidak", en: "prerequisite '\(id)': '\(typed)' is not ya or tidak")
        }

        // MARK: - Values the workbook computed

        /// The workbook holds a value for a cell that lke gives no value.
        static func cachedWithoutValue(_ code: String, cached: Number, percent: Bool, places: Int) -> Localized {
            let shown = shown(cached, percent: percent, places: places)
            return Localized(id: "'\(code)': buku kerja menyimpan \(shown.id), sedangkan lke tidak memberinya nilai (masukannya belum lengkap atau penyebutnya nol)",
                             en: "'\(code)': the workbook holds \(shown.en), but lke gives it no value (its inputs are incomplete or the denominator is zero)")
        }

        /// The workbook holds another value than lke computes from the same inputs.
        static func cachedDiffers(_ code: String, cached: Number, computed: Number, percent: Bool, places: Int) -> Localized {
            let theirs = shown(cached, percent: percent, places: places), ours = shown(computed, percent: percent, places: places)
            return Localized(id: "'\(code)': buku kerja menyimpan \(theirs.id), sedangkan lke menghitung \(ours.id) dari masukan yang sama",
                             en: "'\(code)': the workbook holds \(theirs.en), but lke computes \(ours.en) from the same inputs")
        }

        /// A value in both languages: a percentage (`90,91 %`) or a number (`17,50`).
        private static func shown(_ value: Number, percent: Bool, places: Int) -> Localized {
            let number = percent ? value * 100 : value
            let suffix = percent ? " %" : ""
            return Localized(id: NumberFormat.fixed(number, places: places, language: .id) + suffix,
                             en: NumberFormat.fixed(number, places: places, language: .en) + suffix)
        }

        /// Sheet names as a list: `'LKE', 'Ringkasan'`.
        private static func quoted(_ names: [String]) -> String {
            names.map { "'\($0)'" }.joined(separator: ", ")
        }
    }
}
