import Foundation
import LKEKit

/// `lke import BOOK.xlsx`: reads a workbook (a `lke` export or a unit's own LKE worksheet) into an answer file.
enum ImportCommand: Command {
    static let name = "import"
    static let summary = Localized(id: "membaca buku kerja Excel (.xlsx) menjadi berkas jawaban", en: "read an Excel workbook (.xlsx) into an answer file")
    static let usageForms = [UsageForm("BOOK.xlsx", options: ["--output", "--sheet", "--force", "--questionnaire"])]
    static let help = Localized(
        id: """
        Membaca jawaban, jumlah (masukan persentase), catatan, eviden, kepala unit dan prasyarat dari buku kerja
        BOOK.xlsx dan menulisnya sebagai berkas jawaban yang diterima 'lke check'. Buku kerja dapat berupa hasil
        'lke score --format xlsx' atau lembar kerja LKE yang disimpan unit sendiri.

        Lembar kerja dicari dari namanya (--sheet) atau dari baris judul kolomnya (Jawaban / Jawaban Unit, Kode,
        Pilihan Jawaban, Catatan / Keterangan, Eviden / Bukti, atau kolom tanpa judul berisi tautan). Baris
        dicocokkan dengan kode melalui kolom Kode bila ada, bila tidak melalui teks pertanyaan dan urutannya.
        Baris yang dihitung (persentase, subtotal, jumlah nilai) tidak dibaca sebagai jawaban; bila nilai
        tersimpan di buku kerja berbeda dari hitungan lke, muncul peringatan dengan alamat selnya. Jawaban
        seperti 'ya', ' A', '3,62' atau '10 orang' dibaca dengan peringatan. Baris yang tidak cocok dengan kode,
        jawaban di luar pilihan dan rumus di sel jawaban adalah kesalahan: tidak ada yang ditulis kecuali dengan
        --force (baris-baris itu lalu dibiarkan tidak terjawab).
        Dengan -q BERKAS dipakai definisi kuesioner lain (bawaan: yang disebut lembar Ringkasan, atau lke-zi-2021).

        """,
        en: """
        Reads the answers, counts (percentage inputs), notes, evidence, unit header and prerequisites of the
        workbook BOOK.xlsx and writes them as an answer file that 'lke check' accepts. The workbook may be one
        written by 'lke score --format xlsx' or an LKE worksheet a unit keeps itself.

        The worksheet is found by its name (--sheet) or by its header row (Jawaban / Jawaban Unit, Kode, Pilihan
        Jawaban, Catatan / Keterangan, Eviden / Bukti, or an untitled column of links). Rows are matched to codes
        by the Kode column where there is one, otherwise by the question text and its order. Computed rows
        (percentages, subtotals, sums) are not read as answers; where the workbook's cached value differs from
        what lke computes, a warning names the cell. Answers such as 'ya', ' A', '3,62' or '10 orang' are read
        with a warning. A row that matches no code, an answer outside its options and a formula in an answer
        cell are errors: nothing is written unless --force is given (those rows are then left unanswered).
        With -q FILE another questionnaire definition is used (default: the one the Ringkasan sheet names, or
        lke-zi-2021).

        """)
    static let footer = Localized(
        id: """
        Status keluar: 0 bila berkas ditulis, 1 bila ada kesalahan (tidak ada yang ditulis), 64 bila perintah salah.

        Contoh:
          lke import lke-zi-2026.xlsx -o jawaban-2026.yaml
          lke import "LKE ZI Kantor.xlsx" --sheet "LKE ZI" -o jawaban.yaml
          lke check jawaban.yaml && lke score jawaban.yaml

        """,
        en: """
        Exit status: 0 when the file was written, 1 on errors (nothing written), 64 on usage errors.

        Examples:
          lke import lke-zi-2026.xlsx -o answers-2026.yaml
          lke import "LKE ZI Kantor.xlsx" --sheet "LKE ZI" -o answers.yaml
          lke check answers.yaml && lke score answers.yaml

        """)
    static let options: [CommandOption] = [
        CommandOption("--output", short: "-o", .path(CommandOption.file), help: Localized(id: "berkas jawaban yang ditulis (bawaan: BOOK dengan akhiran .yaml)", en: "the answer file to write (default: BOOK with the extension .yaml)")),
        CommandOption("--sheet", .text(Localized(id: "NAMA", en: "NAME")), help: Localized(id: "nama lembar kerja LKE di dalam buku kerja", en: "the name of the LKE worksheet in the workbook")),
        .flag("--force", help: Localized(id: "tulis walaupun ada kesalahan, dan timpa berkas yang sudah ada", en: "write despite errors, and overwrite an existing file")),
    ]

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.count == 1, let book = arguments.positionals.first else {
            throw Arguments.UsageError(Message.Usage.nameOneWorkbook)
        }
        let output = arguments.value("--output") ?? (book as NSString).deletingPathExtension + ".yaml"
        guard !output.isEmpty else { throw Arguments.UsageError(Message.Usage.empty("--output")) }
        guard output != book else {
            throw Arguments.UsageError(Message.Usage.outputIsWorkbook)
        }
        let force = arguments.has("--force")
        func fail(_ message: Localized) -> ExitCode {
            context.report([.error(at: nil, message)], sources: [])
            return .failure
        }
        if FileManager.default.fileExists(atPath: output), !force {
            return fail(Message.Command.importOutputExists(output))
        }
        let library = QuestionnaireLibrary(paths: context.questionnairePaths)
        let failures = library.loadFailures
        if !failures.diagnostics.isEmpty {
            context.report(failures.diagnostics, sources: failures.sources)
            return .failure
        }
        let questionnaireID = context.questionnairePaths.first.flatMap { QuestionnaireLoader().load(path: $0).questionnaire?.id }
        guard let data = FileManager.default.contents(atPath: book) else {
            return fail(Message.File.cannotRead(book))
        }
        let result: WorkbookImport
        do {
            result = try WorkbookImporter(library: library, defaultQuestionnaire: InitCommand.defaultQuestionnaire)
                .read(data: data, path: book, sheetName: arguments.value("--sheet"), questionnaireID: questionnaireID)
        } catch {
            return fail(Message.Command.inWorkbook(book, error.message))
        }
        context.console.writeError(result.diagnostics.map { $0.rendered(context.language) }.joined())
        let (errors, warnings) = (result.errorCount, result.warningCount)
        if errors > 0, !force {
            return fail(Message.Command.importRefused(errors: errors, warnings: warnings))
        }
        let text = AnswerSheetWriter.text(of: result.sheet, questionnaire: result.questionnaire)
        do {
            try AtomicFile.write(text, to: output)
        } catch {
            return fail(Message.Command.cannotWrite(output, reason: InitCommand.reason(of: error)))
        }
        context.say(Message.Command.imported(output, questionnaire: result.questionnaire.id, answers: result.answerCount, sheet: result.sheetName,
                                             questions: result.questionnaire.questions.count, compared: result.comparedCount,
                                             warnings: warnings, errors: errors, unmatchedRows: result.unmatchedRows))
        return .success
    }
}
