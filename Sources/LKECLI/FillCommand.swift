import Foundation
import LKEKit

/// `lke fill FILE`: asks the questions of an answer file one by one and saves after every answer.
enum FillCommand: Command {
    static let name = "fill"
    static let summary = Localized(id: "mengisi berkas jawaban pertanyaan demi pertanyaan", en: "fill in an answer file question by question")
    static let usageForms = [UsageForm("FILE")]
    static let help = Localized(
        id: """
        Menanyakan pertanyaan BERKAS satu per satu menurut urutan lembar kerja: jalur (area, bagian,
        sub-indikator), kode, pertanyaan, setiap pilihan dengan kriterianya, panduan, bukti dukung yang lazim,
        dan jawaban saat ini. Bawaannya hanya yang belum terjawab, sehingga menjalankannya lagi melanjutkan
        dari tempat terakhir. Berkas disimpan (atomik) setelah setiap jawaban, catatan atau bukti.

        """,
        en: """
        Asks the questions of FILE one by one in worksheet order: the path (area, half, sub-indicator), the
        code, the question, each option with its criterion, the guidance, the typical evidence, and the
        current answer. By default only unanswered ones, so running it again resumes where it stopped. The
        file is saved (atomically) after every answer, note or evidence.

        """)
    static let footer = Localized(
        id: """
        Jawaban: kode pilihan (a, B, ya, Y, tidak, t), angka (koma atau titik desimal), Enter untuk
        mempertahankan jawaban. Perintah: ? atau :help, :back, :skip, :goto KODE, :note TEKS,
        :evidence BERKAS-ATAU-URL, :score, :list, :quit. Ctrl-C atau akhir masukan berhenti dengan ringkasan.
        Di terminal ada warna (kecuali NO_COLOR diisi) dan baris kemajuan; dengan masukan dari pipa keluarannya
        teks biasa. Lihat docs/fill.md.
        Status keluar: 0 selesai, :quit atau akhir masukan; 130 setelah Ctrl-C; 1 bila berkas tidak dapat
        dibaca, berisi kesalahan struktur, atau tidak dapat disimpan; 64 bila perintah salah.

        Contoh:
          lke init -o jawaban.yaml --unit "Kantor Pelayanan Contoh"
          lke fill jawaban.yaml
          lke fill jawaban.yaml --area A.II --all
          printf 'ya\\nb\\n:quit\\n' | lke fill jawaban.yaml

        """,
        en: """
        Answers: an option code (a, B, ya, Y, tidak, t), a number (decimal comma or dot), Enter to keep the
        answer. Commands: ? or :help, :back, :skip, :goto CODE, :note TEXT, :evidence FILE-OR-URL, :score,
        :list, :quit. Ctrl-C or the end of input stops with a summary.
        In a terminal there is colour (unless NO_COLOR is set) and a progress line; with piped input the output
        is plain text. See docs/fill.md.
        Exit status: 0 when done, after :quit or at the end of input; 130 after Ctrl-C; 1 when the file cannot
        be read, has structural errors, or cannot be saved; 64 on usage errors.

        Examples:
          lke init -o answers.yaml --unit "Kantor Pelayanan Contoh"
          lke fill answers.yaml
          lke fill answers.yaml --area A.II --all
          printf 'ya\\nb\\n:quit\\n' | lke fill answers.yaml

        """)
    static let options: [CommandOption] = [
        CommandOption("--from", .text(Localized(id: "KODE", en: "CODE")), help: Localized(id: "mulai dari KODE (pertanyaan, masukan, atau bagian seperti A.I.3)", en: "start at CODE (a question, an input, or a section such as A.I.3)")),
        .flag("--all", help: Localized(id: "tanyakan semua, juga yang sudah terjawab (Enter mempertahankan jawabannya)", en: "ask every question, answered ones too (Enter keeps the answer)")),
        CommandOption("--area", .text(Localized(id: "KODE", en: "CODE")), help: Localized(id: "hanya pertanyaan di bawah KODE (simpul seperti A.II.5 atau grup seperti AREA.PW)", en: "only the questions under CODE (a node such as A.II.5 or a group such as AREA.PW)")),
    ]

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.count == 1 else {
            throw Arguments.UsageError(arguments.positionals.isEmpty ? Message.Usage.nameAnswerFileToFill : Message.Usage.nameOnlyOneAnswerFile)
        }
        let path = arguments.positionals[0]
        let library = QuestionnaireLibrary(paths: context.questionnairePaths)
        let failures = library.loadFailures
        context.report(failures.diagnostics, sources: failures.sources)
        guard let source = try? SourceFile(contentsOfFile: path) else {
            context.report([.error(at: nil, Message.File.cannotReadAnswerFile(path))], sources: [])
            return .failure
        }
        let outcome = AnswerSheetLoader(library: library).load(source)
        guard let sheet = outcome.sheet, let questionnaire = library.questionnaire(sheet.questionnaireID) else {
            context.report(outcome.diagnostics, sources: [source])
            return .failure
        }
        // Answer-level problems (a value that is not an option, out of range, a broken check) are asked again;
        // anything else (syntax, unknown keys, metadata) would be lost or kept wrong by a rewrite: fix it first.
        var resolved = ResolvedAnswers(questionnaire: questionnaire, sheet: sheet)
        var answerProblems: [Diagnostic] = []
        AnswerValidator(questionnaire: questionnaire).validate(sheet, into: &resolved, diagnostics: &answerProblems)
        let structural = outcome.diagnostics.filter { $0.severity == .error && !answerProblems.contains($0) }
        if !structural.isEmpty {
            context.report(outcome.diagnostics, sources: [source])
            context.warn(Message.Command.fillNeedsSoundFile)
            return .failure
        }
        if outcome.diagnostics.hasErrors {
            context.report(outcome.diagnostics, sources: [source])
            context.warn(Message.Command.invalidAnswersAskedAgain)
        }
        let options = FillSession.Options(language: context.language, colour: context.console.usesColour,
                                          showsProgress: context.console.isInteractive, all: arguments.has("--all"),
                                          area: arguments.value("--area"), from: arguments.value("--from"))
        var session: FillSession
        do {
            session = try FillSession(questionnaire: questionnaire, sheet: sheet, options: options)
        } catch let error as FillSession.SetupError {
            throw Arguments.UsageError(error.message)
        }
        var backup: String?
        if CommentScanner.hasComments(source) {
            backup = backupPath(for: path)
            context.warn(Message.Command.commentsNotKept(path, backup: backup!))
        }
        let interrupt = TerminalInterrupt(summary: session.summaryLine, terminal: (context.console as? StandardConsole)?.terminal)
        interrupt.install()
        defer { interrupt.uninstall() }

        var failedSave: String?
        func perform(_ effects: [FillSession.Effect], summary: String) {
            for effect in effects {
                switch effect {
                case .output(let text):
                    context.console.write(text)
                case .error(let text):
                    context.console.writeError(text)
                case .save(let text, let acknowledgement):
                    do {
                        try interrupt.saving(summary: summary) {
                            if let pending = backup {
                                try AtomicFile.write(source.data, to: pending)
                                backup = nil
                            }
                            try AtomicFile.write(text, to: path)
                        }
                        failedSave = nil
                        context.console.write(acknowledgement)
                    } catch {
                        let reason = (error as? AtomicFile.WriteError)?.description ?? "\(error)"
                        failedSave = reason
                        context.report([.error(at: nil, Message.Command.couldNotSave(reason))], sources: [])
                    }
                }
            }
        }
        perform(session.start(), summary: session.summaryLine)
        while !session.isFinished {
            let line = context.console.readLine()
            // Piped input is not echoed by a terminal: echo it, so the transcript reads like a session.
            // Control characters (an arrow key's escape sequence) are echoed visibly, never raw.
            if let line, !context.console.isInteractive { context.console.write(FillSession.visible(line) + "\n") }
            let effects = session.handle(line)
            perform(effects, summary: session.summaryLine)
            interrupt.update(summary: session.summaryLine)
        }
        if let failedSave {
            context.report([.error(at: nil, Message.Command.lastChangeNotSaved(failedSave))], sources: [])
            return .failure
        }
        return .success
    }

    /// `FILE.bak`, or `FILE.bak.2`, `.3`, ... when that exists: an earlier backup is never overwritten.
    static func backupPath(for path: String) -> String {
        var candidate = path + ".bak"
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = path + ".bak.\(number)"
            number += 1
        }
        return candidate
    }
}
