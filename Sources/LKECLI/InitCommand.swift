import Foundation
import LKEKit

/// `lke init -o FILE`: writes a new, empty answer file.
public enum InitCommand: Command {
    public static let name = "init"
    public static let summary = Localized(id: "membuat berkas jawaban baru yang masih kosong", en: "create a new, empty answer file")
    public static let usage = "lke init -o FILE [--unit NAME] [--instansi NAME] [--period YEAR] [--layer self|tpi|tpn] [--assessor NAME] [--for ID] [--force]"
    public static let help = Localized(
        id: """
        Menulis berkas jawaban baru BERKAS untuk kuesioner ID (bawaan: \(defaultQuestionnaire)) tanpa jawaban,
        siap diisi dengan 'lke fill BERKAS'. Berkas yang sudah ada tidak ditimpa kecuali dengan --force.
        Bila --unit tidak diberikan, nama unit ditanyakan (dibaca dari masukan).

        Opsi:
          -o, --output BERKAS   berkas yang dibuat (wajib)
          --unit NAMA           nama unit kerja
          --instansi NAMA       instansi induk
          --period TAHUN        periode penilaian, misalnya 2026
          --layer LAPIS         self (Tim Kerja), tpi atau tpn
          --assessor NAMA       siapa yang mengisi
          --for ID              id kuesioner (lihat 'lke check questionnaires/*.yaml'); bawaan \(defaultQuestionnaire)
          --force               timpa berkas yang sudah ada
        Status keluar: 0 bila berkas dibuat, 1 bila berkas sudah ada atau tidak dapat ditulis, 64 bila perintah salah.

        Contoh:
          lke init -o jawaban-2026.yaml --unit "Kantor Pelayanan Contoh" --period 2026 --layer self
          lke fill jawaban-2026.yaml

        """,
        en: """
        Writes a new answer file FILE for questionnaire ID (default: \(defaultQuestionnaire)) with no answers,
        ready for 'lke fill FILE'. An existing file is not overwritten unless --force is given.
        Without --unit, the unit's name is asked for (read from the input).

        Options:
          -o, --output FILE     the file to create (required)
          --unit NAME           the unit's name
          --instansi NAME       the parent institution
          --period YEAR         the assessment period, for example 2026
          --layer LAYER         self (Tim Kerja), tpi or tpn
          --assessor NAME       who fills it in
          --for ID              the questionnaire id (see 'lke check questionnaires/*.yaml'); default \(defaultQuestionnaire)
          --force               overwrite an existing file
        Exit status: 0 when the file was created, 1 when it exists or cannot be written, 64 on usage errors.

        Examples:
          lke init -o answers-2026.yaml --unit "Kantor Pelayanan Contoh" --period 2026 --layer self
          lke fill answers-2026.yaml

        """)
    public static let spec = Arguments.Spec(
        options: ["--output", "--unit", "--instansi", "--period", "--layer", "--assessor", "--for"],
        flags: ["--force"], aliases: ["-o": "--output"])

    /// The questionnaire a new file is for when `--for` is not given.
    public static let defaultQuestionnaire = "lke-zi-2021"

    public static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.isEmpty else {
            throw Arguments.UsageError(id: "argumen '\(arguments.positionals[0])' tidak diharapkan; tulis berkasnya dengan -o BERKAS",
                                       en: "unexpected argument '\(arguments.positionals[0])'; name the file with -o FILE")
        }
        guard let path = arguments.value("--output"), !path.isEmpty else {
            throw Arguments.UsageError(id: "sebutkan berkas yang dibuat dengan -o BERKAS", en: "name the file to create with -o FILE")
        }
        let layer = try arguments.value("--layer", oneOf: AnswerSheetLoader.layers)
        var texts: [String: String] = [:]
        for option in ["--unit", "--instansi", "--period", "--assessor"] {
            guard let value = arguments.value(option) else { continue }
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Arguments.UsageError(id: "'\(option)' tidak boleh kosong", en: "'\(option)' cannot be empty")
            }
            texts[option] = value
        }
        let library = QuestionnaireLibrary(paths: context.questionnairePaths)
        let failures = library.loadFailures
        context.report(failures.diagnostics, sources: failures.sources)
        let id = arguments.value("--for") ?? defaultQuestionnaire
        guard let questionnaire = library.questionnaire(id) else {
            let hint = Suggestion.closest(to: id, in: library.ids)
            throw Arguments.UsageError(
                id: "kuesioner '\(id)' tidak dikenal" + (hint.map { "; maksud Anda '\($0)'?" } ?? "") + "; yang tersedia: \(library.ids.joined(separator: ", "))",
                en: "questionnaire '\(id)' is not known" + (hint.map { "; did you mean '\($0)'?" } ?? "") + "; available: \(library.ids.joined(separator: ", "))")
        }
        guard questionnaire.kind == .lke else {
            throw Arguments.UsageError(id: "'\(id)' adalah survei, bukan lembar kerja LKE; berkas jawabannya dibuat oleh 'lke survey'",
                                       en: "'\(id)' is a survey, not an LKE worksheet; its answer files come from 'lke survey'")
        }
        if FileManager.default.fileExists(atPath: path), !arguments.has("--force") {
            context.report([.error(at: nil, Localized(id: "berkas '\(path)' sudah ada; pakai --force untuk menimpanya, atau 'lke fill \(path)' untuk melanjutkan pengisiannya",
                                                      en: "'\(path)' already exists; use --force to overwrite it, or 'lke fill \(path)' to go on filling it"))], sources: [])
            return .failure
        }
        let unit: String
        if let given = texts["--unit"] {
            unit = given
        } else {
            context.say(Localized(id: "Nama unit kerja: ", en: "Name of the unit: "))
            guard let line = context.console.readLine()?.trimmingCharacters(in: .whitespaces), !line.isEmpty else {
                context.say(Localized("\n"))
                throw Arguments.UsageError(id: "nama unit belum diberikan; sebutkan dengan --unit NAMA", en: "no unit name was given; give it with --unit NAME")
            }
            unit = line
        }
        let sheet = AnswerSheet(questionnaireID: questionnaire.id, unit: unit, instansi: texts["--instansi"], period: texts["--period"],
                                layer: layer, assessor: texts["--assessor"], path: path)
        do {
            try AtomicFile.write(AnswerSheetWriter.text(of: sheet, questionnaire: questionnaire), to: path)
        } catch {
            context.report([.error(at: nil, Localized(id: "tidak dapat menulis '\(path)': \(reason(of: error))",
                                                      en: "cannot write '\(path)': \(reason(of: error))"))], sources: [])
            return .failure
        }
        let count = questionnaire.questions.count
        context.say(Localized(id: "dibuat: \(path) (\(questionnaire.id), \(count) pertanyaan, belum ada jawaban); isi dengan: lke fill \(path)\n",
                              en: "created: \(path) (\(questionnaire.id), \(count) questions, no answers yet); fill it with: lke fill \(path)\n"))
        return .success
    }

    static func reason(of error: Error) -> String {
        (error as? AtomicFile.WriteError)?.reason ?? "\(error)"
    }
}
