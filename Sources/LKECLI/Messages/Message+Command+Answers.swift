import LKEKit

extension Message.Command {
    // MARK: lke init

    /// `lke init -o FILE` where FILE exists and `--force` is not given.
    static func answerFileExists(_ path: String) -> Localized {
        Localized(id: "berkas '\(path)' sudah ada; pakai --force untuk menimpanya, atau 'lke fill \(path)' untuk melanjutkan pengisiannya",
                  en: "'\(path)' already exists; use --force to overwrite it, or 'lke fill \(path)' to go on filling it")
    }

    /// `lke init`'s prompt for the unit's name when `--unit` is not given.
    static let unitNamePrompt = Localized(id: "Nama unit kerja: ", en: "Name of the unit: ")

    /// `lke init`'s line after the answer file is made: its questionnaire, size and team (`pokja` pokja).
    static func answerFileCreated(_ path: String, questionnaire: String, questions: Int, prerequisites: Int, pokja: Int) -> Localized {
        let team = pokja == 0 ? Localized("") : Localized(id: ", \(pokja) pokja", en: ", \(pokja) pokja")
        return Localized(id: "dibuat: \(path) (\(questionnaire), \(questions) pertanyaan, \(prerequisites) prasyarat\(team.id), belum ada jawaban); isi dengan: lke fill \(path)\n",
                         en: "created: \(path) (\(questionnaire), \(questions) questions, \(prerequisites) prerequisites\(team.en), no answers yet); fill it with: lke fill \(path)\n")
    }

    // MARK: The pokja prompt of lke init

    /// What the pokja prompt asks for, printed before it starts.
    static let pokjaIntro = Localized(
        id: "\nPokja Tim Kerja: nama, area, PIC dan anggota setiap pokja. Enter tanpa nama untuk melewati atau selesai.\n",
        en: "\nTim Kerja pokja: the name, areas, PIC and members of each pokja. Enter with no name skips or ends.\n")

    /// Before the list of the areas a pokja may take.
    static let pokjaAreasAvailable = Localized(id: "Area yang dapat dipakai: ", en: "Areas you can use: ")

    /// The prompt for the name of the `number`th pokja.
    static func pokjaNamePrompt(_ number: Int) -> Localized {
        Localized(id: "Nama pokja \(number): ", en: "Name of pokja \(number): ")
    }

    /// A pokja name typed at the prompt is already taken.
    static func pokjaExists(_ name: String) -> Localized {
        Localized(id: "pokja '\(name)' sudah ada", en: "pokja '\(name)' already exists")
    }

    /// The prompt for a pokja's areas.
    static let pokjaAreasPrompt = Localized(id: "  Area (kode, pisahkan dengan koma): ", en: "  Areas (codes, separated by commas): ")

    /// The prompt for a pokja's PIC.
    static let pokjaPICPrompt = Localized("  PIC: ")

    /// The prompt for a pokja's members.
    static let pokjaMembersPrompt = Localized(id: "  Anggota (pisahkan dengan koma): ", en: "  Members (separated by commas): ")

    // MARK: lke fill

    /// `lke fill` stops on a file with structural errors (printed above it).
    static let fillNeedsSoundFile = Localized(id: "'lke fill' tidak mengubah berkas yang strukturnya salah; perbaiki kesalahan di atas lalu jalankan lagi\n",
                                              en: "'lke fill' does not change a file whose structure is wrong; fix the errors above and run it again\n")

    /// `lke fill` goes on with a file whose only errors are answers: those are asked again.
    static let invalidAnswersAskedAgain = Localized(id: "jawaban yang tidak sah di atas ditanyakan lagi; kode yang tidak dikenal dibiarkan apa adanya\n",
                                                    en: "the invalid answers above are asked again; unknown codes are kept as they are\n")

    /// `lke fill` on a file with comments, which its saves do not keep: the original is copied to `backup` first.
    static func commentsNotKept(_ path: String, backup: String) -> Localized {
        Localized(id: "peringatan: '\(path)' memuat komentar (#) yang tidak dipertahankan saat berkas disimpan; salinan aslinya disimpan di '\(backup)' sebelum penyimpanan pertama\n",
                  en: "warning: '\(path)' has comments (#) that are not kept when the file is saved; a copy of the original is kept in '\(backup)' before the first save\n")
    }

    /// A save during `lke fill` failed.
    static func couldNotSave(_ reason: String) -> Localized {
        Localized(id: "gagal menyimpan: \(reason)", en: "could not save: \(reason)")
    }

    /// `lke fill` ends while its last save had failed.
    static func lastChangeNotSaved(_ reason: String) -> Localized {
        Localized(id: "perubahan terakhir belum tersimpan: \(reason)", en: "the last change is not saved: \(reason)")
    }

    // MARK: lke import

    /// `lke import`'s output exists and `--force` is not given.
    static func importOutputExists(_ path: String) -> Localized {
        Localized(id: "berkas '\(path)' sudah ada; pakai --force untuk menimpanya atau -o untuk berkas lain",
                  en: "'\(path)' already exists; use --force to overwrite it, or -o for another file")
    }

    /// The workbook `book` cannot be read as an LKE workbook; `problem` says why.
    static func inWorkbook(_ book: String, _ problem: Localized) -> Localized {
        Localized(id: "\(book): " + problem.id, en: "\(book): " + problem.en)
    }

    /// The workbook has errors and `--force` is not given: nothing is written.
    static func importRefused(errors: Int, warnings: Int) -> Localized {
        Localized(id: "\(errors) kesalahan, \(warnings) peringatan; tidak ada yang ditulis (perbaiki buku kerjanya, atau pakai --force untuk menulis tanpa baris yang salah)",
                  en: "\(errors) errors, \(warnings) warnings; nothing written (fix the workbook, or use --force to write without the rows in error)")
    }

    /// `lke import`'s line after the answer file is written: what was read, compared and found, and the rows
    /// without a code that were not read (the first 20, then how many in all).
    static func imported(_ path: String, questionnaire: String, answers: Int, sheet: String, questions: Int, compared: Int,
                         warnings: Int, errors: Int, unmatchedRows: [Int]) -> Localized {
        var rows = unmatchedRows.prefix(20).map(String.init).joined(separator: ", ")
        if unmatchedRows.count > 20 { rows += ", ... (\(unmatchedRows.count))" }
        let unmatched = unmatchedRows.isEmpty ? Localized("")
            : Localized(id: "; baris tanpa kode (tidak dibaca): \(rows)", en: "; rows without a code (not read): \(rows)")
        return Localized(
            id: "ditulis: \(path) (\(questionnaire), \(answers) jawaban dari lembar '\(sheet)' untuk \(questions) pertanyaan; "
                + "\(compared) nilai tersimpan dibandingkan; \(warnings) peringatan, \(errors) kesalahan)" + unmatched.id + "\n",
            en: "written: \(path) (\(questionnaire), \(answers) answers from sheet '\(sheet)' for \(questions) questions; "
                + "\(compared) cached values compared; \(warnings) warnings, \(errors) errors)" + unmatched.en + "\n")
    }

    // MARK: lke attest

    /// `lke attest` refuses a file with errors (printed above it).
    static let attestNeedsValidFile = Localized(id: "'lke attest' hanya menandatangani berkas yang sah; perbaiki kesalahan di atas\n",
                                                en: "'lke attest' signs only valid files; fix the errors above\n")

    /// `lke attest`'s line after signing: the signer, the date and the digest, and the signature it replaces.
    static func attested(_ path: String, _ attestation: Attestation, date: String, replacing previous: Attestation?) -> Localized {
        let replaced = previous.map { Localized(id: " (menggantikan tanda tangan \($0.name), \($0.date ?? "tanpa tanggal"))",
                                                en: " (replacing the signature of \($0.name), \($0.date ?? "undated"))") } ?? Localized("")
        return Localized(
            id: "SPTJM ditambahkan ke '\(path)'\(replaced.id): \(attestation.name), NIP \(attestation.nip), \(attestation.jabatan), \(date); SHA-256 \(attestation.digest)\n",
            en: "SPTJM added to '\(path)'\(replaced.en): \(attestation.name), NIP \(attestation.nip), \(attestation.jabatan), \(date); SHA-256 \(attestation.digest)\n")
    }
}
