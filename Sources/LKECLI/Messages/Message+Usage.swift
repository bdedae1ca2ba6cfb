import LKEKit

extension Message {
    /// The usage errors of the command line: a command given the wrong operands or options. `CLI.run` prints
    /// one with the command's usage line and exits 64 (`Arguments.UsageError`).
    enum Usage {
        // MARK: Commands

        /// `lke WORD` or `lke help WORD` where WORD is no command, with the closest command when there is one.
        static func unknownCommand(_ name: String, suggestion: String?) -> Localized {
            joined(Localized(id: "perintah '\(name)' tidak dikenal", en: "unknown command '\(name)'"), didYouMean(suggestion))
        }

        /// After an unknown command: where the commands are listed.
        static let seeCommandList = Localized(id: "Lihat 'lke --help' untuk daftar perintah.", en: "See 'lke --help' for the list of commands.")

        /// After a usage error and the command's usage line: where the command is explained.
        static func seeHelp(_ command: String) -> Localized {
            Localized(id: "Lihat 'lke help \(command)' untuk keterangan lengkap.", en: "See 'lke help \(command)' for more information.")
        }

        // MARK: Options, as the parser reads them

        /// A flag is given a value (`--force=yes`).
        static func takesNoValue(_ option: String) -> Localized {
            Localized(id: "'\(option)' tidak menerima nilai", en: "'\(option)' takes no value")
        }

        /// An option that takes a value ends the line.
        static func needsValue(_ option: String) -> Localized {
            Localized(id: "'\(option)' memerlukan nilai", en: "'\(option)' needs a value")
        }

        /// An option the command does not declare, with the closest declared one when there is one.
        static func unknownOption(_ option: String, suggestion: String?) -> Localized {
            joined(Localized(id: "opsi '\(option)' tidak dikenal", en: "unknown option '\(option)'"), didYouMean(suggestion))
        }

        /// An option's value is not one of the words it accepts.
        static func notOneOf(_ option: String, choices: [String], value: String) -> Localized {
            Localized(id: "'\(option)' harus salah satu dari: \(choices.joined(separator: ", ")) (bukan '\(value)')",
                      en: "'\(option)' must be one of: \(choices.joined(separator: ", ")) (not '\(value)')")
        }

        /// A text option (a name, a path) is given as empty or blank.
        static func empty(_ option: String) -> Localized {
            Localized(id: "'\(option)' tidak boleh kosong", en: "'\(option)' cannot be empty")
        }

        /// A date option of `lke plan` or `lke attest` is not a YYYY-MM-DD date.
        static func notADate(_ option: String, value: String) -> Localized {
            Localized(id: "'\(option)' harus tanggal TTTT-BB-HH (bukan '\(value)')", en: "'\(option)' must be a date YYYY-MM-DD (not '\(value)')")
        }

        /// An option that applies to one answer file only (`--dir`, `--evidence-dir`) is given with several.
        static func oneAnswerFileOnly(_ option: String) -> Localized {
            Localized(id: "'\(option)' hanya untuk satu berkas jawaban", en: "'\(option)' applies to one answer file only")
        }

        // MARK: Operands

        /// `lke check` without a file.
        static let nameAtLeastOneFile = Localized(id: "sebutkan paling sedikit satu berkas", en: "name at least one file")

        /// `lke score` or `lke evidence` without an answer file.
        static let nameAtLeastOneAnswerFile = Localized(id: "sebutkan paling sedikit satu berkas jawaban", en: "name at least one answer file")

        /// `lke gap` or `lke attest` without exactly one answer file.
        static let nameExactlyOneAnswerFile = Localized(id: "sebutkan tepat satu berkas jawaban", en: "name exactly one answer file")

        /// `lke batch` without a file or folder.
        static let nameFileOrDirectory = Localized(id: "sebutkan paling sedikit satu berkas atau direktori", en: "name at least one file or directory")

        /// `lke diff` without exactly two answer files.
        static let nameTwoAnswerFiles = Localized(id: "sebutkan tepat dua berkas jawaban: OLD (lama) dan NEW (baru)", en: "name exactly two answer files: OLD NEW")

        /// `lke explain` without an answer file, or with more than a file and a code.
        static let nameAnswerFileAndCode = Localized(id: "sebutkan satu berkas jawaban dan, bila perlu, satu kode", en: "name one answer file and, optionally, one code")

        /// `lke fill` without an answer file.
        static let nameAnswerFileToFill = Localized(id: "sebutkan berkas jawaban yang diisi", en: "name the answer file to fill")

        /// `lke fill` with more than one answer file.
        static let nameOnlyOneAnswerFile = Localized(id: "sebutkan satu berkas jawaban saja", en: "name only one answer file")

        /// `lke plan` without exactly one file.
        static let nameAnswersOrPlan = Localized(id: "sebutkan tepat satu berkas (jawaban, atau rencana dengan --status)",
                                                 en: "name exactly one file (answers, or a plan with --status)")

        /// `lke import` without exactly one workbook.
        static let nameOneWorkbook = Localized(id: "sebutkan satu buku kerja .xlsx", en: "name one .xlsx workbook")

        /// `lke survey` without a data file.
        static let nameSurveyData = Localized(id: "sebutkan paling sedikit satu berkas data CSV", en: "name at least one CSV data file")

        /// `lke survey` without `--instrument`.
        static let nameInstrument = Localized(id: "sebutkan definisi survei dengan --instrument skm|spak|spkp", en: "name the survey definition with --instrument skm|spak|spkp")

        /// `lke completions` without exactly one shell.
        static func nameShell(_ shells: [String]) -> Localized {
            Localized(id: "sebutkan satu shell: \(shells.joined(separator: ", "))", en: "name one shell: \(shells.joined(separator: ", "))")
        }

        /// `lke completions` names a shell it has no script for.
        static func unknownShell(_ shell: String, shells: [String]) -> Localized {
            Localized(id: "shell harus salah satu dari: \(shells.joined(separator: ", ")) (bukan '\(shell)')",
                      en: "the shell must be one of: \(shells.joined(separator: ", ")) (not '\(shell)')")
        }

        /// `lke evidence init` without exactly one answer file.
        static let evidenceInitNeedsOneFile = Localized(id: "'lke evidence init' memerlukan tepat satu berkas jawaban", en: "'lke evidence init' needs exactly one answer file")

        /// An option of the evidence check is given to `lke evidence init`.
        static func notForEvidenceInit(_ option: String) -> Localized {
            Localized(id: "'\(option)' tidak berlaku untuk 'init'", en: "'\(option)' does not apply to 'init'")
        }

        /// `lke init` is given an operand: the file it creates is named with `-o`.
        static func unexpectedOperand(_ operand: String) -> Localized {
            Localized(id: "argumen '\(operand)' tidak diharapkan; tulis berkasnya dengan -o BERKAS", en: "unexpected argument '\(operand)'; name the file with -o FILE")
        }

        /// `lke init` without `-o`.
        static let nameFileToCreate = Localized(id: "sebutkan berkas yang dibuat dengan -o BERKAS", en: "name the file to create with -o FILE")

        // MARK: Formats and outputs

        /// `--excel` with `--format` other than csv (`lke score`, `lke batch`).
        static func excelNotForFormat(_ format: String) -> Localized {
            Localized(id: "'--excel' hanya berlaku untuk '--format csv' (bukan '\(format)')", en: "'--excel' applies only to '--format csv' (not '\(format)')")
        }

        /// `lke plan --excel` with a format other than csv.
        static let excelNeedsCSV = Localized(id: "'--excel' hanya berlaku untuk '--format csv'", en: "'--excel' applies only to '--format csv'")

        /// `lke batch --excel` asked for an xlsx workbook.
        static let excelNotForWorkbook = Localized(id: "'--excel' hanya berlaku untuk CSV, bukan buku kerja xlsx", en: "'--excel' applies to CSV only, not to an xlsx workbook")

        /// `lke batch --excel --compare`.
        static let excelNotWithCompare = Localized(id: "'--excel' tidak berlaku bersama '--compare'", en: "'--excel' does not apply with '--compare'")

        /// A binary report `format` (docx, xlsx) without `-o`: it is not printed to the terminal.
        static func binaryNeedsOutput(_ format: String, fileExtension: String) -> Localized {
            Localized(id: "'\(format)' adalah berkas biner dan tidak dicetak ke layar; sebutkan berkasnya dengan -o, misalnya -o laporan.\(fileExtension)",
                      en: "'\(format)' is a binary file and is not printed to the terminal; name the file with -o, for example -o report.\(fileExtension)")
        }

        /// `lke batch` asked for an xlsx workbook without `-o`.
        static let workbookNeedsOutput = Localized(id: "xlsx adalah berkas biner dan tidak dicetak ke layar; sebutkan berkasnya dengan -o, misalnya -o rekap.xlsx",
                                                   en: "xlsx is a binary file and is not printed to the terminal; name the file with -o, for example -o summary.xlsx")

        /// `-o` names a file with an extension the command does not write. `known` are the extensions it writes
        /// (without the dot); `here` says the command writes fewer formats than `lke score`. For `.pdf`, it says
        /// how to get one through HTML (`html`) or DOCX (`docx`) when the command writes those.
        static func unknownExtension(_ fileExtension: String, known: [String], here: Bool, html: Bool, docx: Bool) -> Localized {
            let list = known.map { "." + $0 }.joined(separator: ", ")
            let place = here ? Localized(id: " di sini", en: " here") : Localized("")
            var message = Localized(id: "lke tidak menulis berkas .\(fileExtension)\(place.id); ekstensi -o yang dikenal: \(list) (atau pilih dengan --format)",
                                    en: "lke does not write .\(fileExtension) files\(place.en); the -o extensions it knows: \(list) (or choose with --format)")
            guard fileExtension == "pdf" else { return message }
            if html {
                message = joined(message, Localized(id: "; untuk PDF, tulis laporan HTML (-o laporan.html) lalu cetak ke PDF dari peramban",
                                              en: "; for a PDF, write the HTML report (-o report.html) and print it to PDF from a browser"))
            }
            if docx {
                message = joined(message, Localized(id: ", atau tulis DOCX (-o laporan.docx) lalu ubah ke PDF dengan pengolah kata",
                                              en: ", or write the DOCX (-o report.docx) and convert it to PDF in a word processor"))
            }
            return message
        }

        /// `lke score -o DIR`: two answer files would give reports of the same name in the folder.
        static func sameReportName(_ first: String, _ second: String, name: String, directory: String) -> Localized {
            Localized(id: "'\(first)' dan '\(second)' akan sama-sama ditulis ke '\(name)' di '\(directory)'; beri nama berkas yang berbeda atau tulis ke satu berkas",
                      en: "'\(first)' and '\(second)' would both be written to '\(name)' in '\(directory)'; rename one or write to a single file")
        }

        /// `lke score --no-evidence` with `--evidence` or `--evidence-dir`.
        static let noEvidenceConflicts = Localized(id: "'--no-evidence' tidak dapat digabung dengan '--evidence' atau '--evidence-dir'",
                                                   en: "'--no-evidence' cannot be combined with '--evidence' or '--evidence-dir'")

        /// `lke import -o` names the workbook being read.
        static let outputIsWorkbook = Localized(id: "berkas keluaran sama dengan buku kerjanya; sebutkan yang lain dengan -o", en: "the output is the workbook itself; name another with -o")

        // MARK: lke batch

        /// `--jobs` is not a whole number from 1 to 1024.
        static func jobsOutOfRange(_ value: String) -> Localized {
            Localized(id: "'--jobs' harus bilangan bulat 1 sampai 1024 (bukan '\(value)')", en: "'--jobs' must be a whole number from 1 to 1024 (not '\(value)')")
        }

        /// `--compare` without exactly two folders.
        static let compareNeedsTwoDirectories = Localized(id: "'--compare' memerlukan tepat dua direktori: SELF_DIR (penilaian mandiri) dan REVIEW_DIR (penilai)",
                                                          en: "'--compare' needs exactly two directories: SELF_DIR (self-assessments) and REVIEW_DIR (reviews)")

        /// `--target` with `--compare`.
        static let targetNotWithCompare = Localized(id: "'--target' tidak berlaku bersama '--compare'", en: "'--target' does not apply with '--compare'")

        /// `--compare` asked for an xlsx workbook.
        static let compareNotWorkbook = Localized(id: "'--compare' menulis md, csv, json atau html, bukan xlsx", en: "'--compare' writes md, csv, json or html, not xlsx")

        /// `--target` names a predicate none of the known questionnaires defines.
        static func unknownPredicate(_ target: String, known: [String], suggestion: String?) -> Localized {
            joined(Localized(id: "predikat '\(target)' tidak dikenal (yang ada: \(known.joined(separator: ", ")))",
                             en: "unknown predicate '\(target)' (known: \(known.joined(separator: ", ")))"), didYouMean(suggestion))
        }

        // MARK: lke gap, lke plan

        /// `--target` names a predicate the answer file's questionnaire does not define.
        static func noSuchPredicate(_ target: String, choices: [String], suggestion: String?) -> Localized {
            joined(Localized(id: "predikat '\(target)' tidak ada; pilihan: \(choices.joined(separator: ", "))",
                             en: "predicate '\(target)' does not exist; choices: \(choices.joined(separator: ", "))"), didYouMean(suggestion))
        }

        /// An option of plan making is given for a plan's progress report.
        static func notForProgressReport(_ option: String) -> Localized {
            Localized(id: "'\(option)' tidak berlaku untuk laporan kemajuan rencana", en: "'\(option)' does not apply to a plan's progress report")
        }

        /// The existing plan at `-o` aims at another predicate than `--target`.
        static func planForOtherTarget(_ path: String, planned: String, target: String) -> Localized {
            Localized(id: "'\(path)' adalah rencana menuju '\(planned)', bukan '\(target)'; tulis rencana lain dengan -o",
                      en: "'\(path)' is a plan for '\(planned)', not '\(target)'; write another plan with -o")
        }

        // MARK: lke init

        /// `--for` names a questionnaire that is not known.
        static func unknownQuestionnaire(_ id: String, suggestion: String?, available: [String]) -> Localized {
            joined(Localized(id: "kuesioner '\(id)' tidak dikenal", en: "questionnaire '\(id)' is not known"), didYouMean(suggestion),
                   Localized(id: "; yang tersedia: \(available.joined(separator: ", "))", en: "; available: \(available.joined(separator: ", "))"))
        }

        /// `--for` names a survey definition, whose answers come from `lke survey`.
        static func surveyIsNotWorksheet(_ id: String) -> Localized {
            Localized(id: "'\(id)' adalah survei, bukan lembar kerja LKE; berkas jawabannya dibuat oleh 'lke survey'",
                      en: "'\(id)' is a survey, not an LKE worksheet; its answer files come from 'lke survey'")
        }

        /// A `--pokja` text is not `name|area,area|PIC|member,member`.
        static func pokjaSyntax(_ text: String) -> Localized {
            Localized(id: "'--pokja' ditulis 'nama|area,area|PIC|anggota,anggota' (bukan '\(text)')",
                      en: "'--pokja' is written 'name|area,area|PIC|member,member' (not '\(text)')")
        }

        /// A `--pokja` area is not a code of the questionnaire.
        static func pokjaAreaMissing(_ pokja: String, area: String, questionnaire: String) -> Localized {
            Localized(id: "pokja '\(pokja)': area '\(area)' tidak ada di '\(questionnaire)'", en: "pokja '\(pokja)': area '\(area)' does not exist in '\(questionnaire)'")
        }

        /// Two `--pokja` have the same name.
        static func pokjaGivenTwice(_ pokja: String) -> Localized {
            Localized(id: "pokja '\(pokja)' diberikan dua kali", en: "pokja '\(pokja)' is given twice")
        }

        /// No `--unit`, and none typed when asked.
        static let noUnitName = Localized(id: "nama unit belum diberikan; sebutkan dengan --unit NAMA", en: "no unit name was given; give it with --unit NAME")

        // MARK: lke attest

        /// A signer's option is not given and the answer file's `head:` block has no value for it.
        static func signerMissing(_ option: String, headKey: String) -> Localized {
            Localized(id: "sebutkan '\(option)' (atau tulis 'head: \(headKey):' di berkas jawaban)", en: "give '\(option)' (or write 'head: \(headKey):' in the answer file)")
        }

        // MARK: lke survey

        /// `--population` is not a positive whole number.
        static func populationNotPositive(_ value: String) -> Localized {
            Localized(id: "'--population' harus bilangan bulat positif, bukan '\(value)'", en: "'--population' must be a positive whole number, not '\(value)'")
        }

        /// `--from` or `--to` is not a date the survey reader accepts.
        static func notASurveyDate(_ option: String, value: String) -> Localized {
            Localized(id: "'\(option)' harus tanggal (2026-07-01, 01/07/2026 atau 2026-07), bukan '\(value)'",
                      en: "'\(option)' must be a date (2026-07-01, 01/07/2026 or 2026-07), not '\(value)'")
        }

        /// A `--map` text is not `COLUMN=CODE`.
        static func mapSyntax(_ text: String) -> Localized {
            Localized(id: "'--map' ditulis 'KOLOM=KODE', bukan '\(text)'", en: "'--map' is written 'COLUMN=CODE', not '\(text)'")
        }

        /// The survey options the definition rejects (`--weights`, `--conversion`, `--by`), one after another.
        static func surveyOptions(_ problems: [Localized]) -> Localized {
            Localized(id: problems.map(\.id).joined(separator: "; "), en: problems.map(\.en).joined(separator: "; "))
        }

        /// `--into` with a survey that feeds no LKE question.
        static func surveyFeedsNothing(_ survey: String) -> Localized {
            Localized(id: "'\(survey)' tidak mengisi pertanyaan LKE (tidak ada kunci 'feeds'); --into hanya untuk survei seperti spak dan spkp",
                      en: "'\(survey)' feeds no LKE question (it has no 'feeds' key); --into is for surveys such as spak and spkp")
        }

        /// The texts one after another, in each language.
        static func joined(_ parts: Localized...) -> Localized {
            Localized(id: parts.map(\.id).joined(), en: parts.map(\.en).joined())
        }

        /// `; did you mean 'x'?` after an unknown name, or nothing.
        static func didYouMean(_ suggestion: String?) -> Localized {
            suggestion.map(Message.Diagnostics.didYouMean) ?? Localized("")
        }
    }
}
