import Foundation
import LKEKit

/// `lke init -o FILE`: writes a new, empty answer file.
enum InitCommand: Command {
    static let name = "init"
    static let summary = Localized(id: "membuat berkas jawaban baru yang masih kosong", en: "create a new, empty answer file")
    static let usageForms = [UsageForm("", required: ["--output"])]
    static let help = Localized(
        id: """
        Menulis berkas jawaban baru BERKAS untuk kuesioner ID (bawaan: \(defaultQuestionnaire)) tanpa jawaban,
        siap diisi dengan 'lke fill BERKAS'. Berkas yang sudah ada tidak ditimpa kecuali dengan --force.
        Bila --unit tidak diberikan, nama unit ditanyakan (dibaca dari masukan). Berkas memuat bagian
        'eligibility' dengan setiap prasyarat kuesioner (belum diputuskan; 'lke fill' menanyakannya) dan
        'predicate', predikat yang sudah dimiliki unit (bawaan: none). Di terminal, pokja Tim Kerja ditanyakan
        (Enter tanpa nama melewatinya); tanpa terminal, berikan dengan --pokja.

        """,
        en: """
        Writes a new answer file FILE for questionnaire ID (default: \(defaultQuestionnaire)) with no answers,
        ready for 'lke fill FILE'. An existing file is not overwritten unless --force is given.
        Without --unit, the unit's name is asked for (read from the input). The file holds an 'eligibility'
        section with every prerequisite of the questionnaire (undecided; 'lke fill' asks them) and 'predicate',
        the predicate the unit already holds (default: none). In a terminal the Tim Kerja's pokja are asked for
        (Enter with no name skips); without one, give them with --pokja.

        """)
    static let footer = Localized(
        id: """
        Status keluar: 0 bila berkas dibuat, 1 bila berkas sudah ada atau tidak dapat ditulis, 64 bila perintah salah.

        Contoh:
          lke init -o jawaban-2026.yaml --unit "Kantor Pelayanan Contoh" --period 2026 --layer self
          lke fill jawaban-2026.yaml

        """,
        en: """
        Exit status: 0 when the file was created, 1 when it exists or cannot be written, 64 on usage errors.

        Examples:
          lke init -o answers-2026.yaml --unit "Kantor Pelayanan Contoh" --period 2026 --layer self
          lke fill answers-2026.yaml

        """)
    static let options: [CommandOption] = [
        CommandOption("--output", short: "-o", .path(CommandOption.file), help: Localized(id: "berkas yang dibuat (wajib)", en: "the file to create (required)")),
        CommandOption("--unit", .text(Localized(id: "NAMA", en: "NAME")), help: Localized(id: "nama unit kerja", en: "the unit's name")),
        CommandOption("--instansi", .text(Localized(id: "NAMA", en: "NAME")), help: Localized(id: "instansi induk", en: "the parent institution")),
        CommandOption("--period", .integer(Localized(id: "TAHUN", en: "YEAR")), help: Localized(id: "periode penilaian, misalnya 2026", en: "the assessment period, for example 2026")),
        CommandOption("--layer", .choice(AnswerSheetLoader.layers), help: Localized(id: "lapis penilaian: self (Tim Kerja), tpi atau tpn", en: "the assessment layer: self (Tim Kerja), tpi or tpn")).with(details: Localized(
            id: "self (Tim Kerja), tpi atau tpn",
            en: "self (Tim Kerja), tpi or tpn")),
        CommandOption("--assessor", .text(Localized(id: "NAMA", en: "NAME")), help: Localized(id: "siapa yang mengisi", en: "who fills it in")),
        CommandOption("--for", .text(Localized(id: "ID", en: "ID")), help: Localized(id: "id kuesioner (bawaan: \(defaultQuestionnaire))", en: "the questionnaire id (default: \(defaultQuestionnaire))")).with(details: Localized(
            id: "id kuesioner (lihat 'lke check questionnaires/*.yaml'); bawaan \(defaultQuestionnaire)",
            en: "the questionnaire id (see 'lke check questionnaires/*.yaml'); default \(defaultQuestionnaire)")),
        CommandOption("--predicate", .text(Localized(id: "ID", en: "ID")), help: Localized(id: "predikat yang sudah dimiliki unit (wbk), atau none (bawaan)", en: "the predicate the unit already holds (wbk), or none (default)")),
        CommandOption("--pokja", .text(Localized(id: "TEKS", en: "TEXT")), repeatable: true, help: Localized(id: "satu pokja: 'nama|area,area|PIC|anggota,anggota' (dapat diulang)", en: "one pokja: 'name|area,area|PIC|member,member' (repeatable)")).with(details: Localized(
            id: "satu pokja: 'nama|area,area|PIC|anggota,anggota' (area: kode simpul atau grup, misalnya AREA.MP atau A.I.1); boleh berulang",
            en: "one pokja: 'name|area,area|PIC|member,member' (areas: node or group codes such as AREA.MP or A.I.1); may be repeated")),
        .flag("--force", help: Localized(id: "timpa berkas yang sudah ada", en: "overwrite an existing file")),
        .flag("--no-team", help: Localized(id: "jangan tanyakan pokja", en: "do not ask for pokja")),
    ]

    /// The questionnaire a new file is for when `--for` is not given.
    static let defaultQuestionnaire = "lke-zi-2021"

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.isEmpty else {
            throw Arguments.UsageError(Message.Usage.unexpectedOperand(arguments.positionals[0]))
        }
        guard let path = arguments.value("--output"), !path.isEmpty else {
            throw Arguments.UsageError(Message.Usage.nameFileToCreate)
        }
        let layer = try arguments.value("--layer", oneOf: AnswerSheetLoader.layers)
        var texts: [String: String] = [:]
        for option in ["--unit", "--instansi", "--period", "--assessor"] {
            guard let value = arguments.value(option) else { continue }
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Arguments.UsageError(Message.Usage.empty(option))
            }
            texts[option] = value
        }
        let library = QuestionnaireLibrary(paths: context.questionnairePaths)
        let failures = library.loadFailures
        context.report(failures.diagnostics, sources: failures.sources)
        let id = arguments.value("--for") ?? defaultQuestionnaire
        guard let questionnaire = library.questionnaire(id) else {
            let hint = Suggestion.closest(to: id, in: library.ids)
            throw Arguments.UsageError(Message.Usage.unknownQuestionnaire(id, suggestion: hint, available: library.ids))
        }
        guard questionnaire.kind == .lke else {
            throw Arguments.UsageError(Message.Usage.surveyIsNotWorksheet(id))
        }
        let predicateIDs = questionnaire.predicates.map(\.id)
        let predicate = try arguments.value("--predicate", oneOf: predicateIDs + ["none"]) ?? "none"
        var team: [Pokja] = []
        for text in arguments.allValues("--pokja") {
            let pokja = try TeamPrompt.parse(text)
            if let unknown = pokja.areas.first(where: { !TeamPrompt.isArea($0, in: questionnaire) }) {
                throw Arguments.UsageError(Message.Usage.pokjaAreaMissing(pokja.name, area: unknown, questionnaire: questionnaire.id))
            }
            guard !team.contains(where: { $0.name.lowercased() == pokja.name.lowercased() }) else {
                throw Arguments.UsageError(Message.Usage.pokjaGivenTwice(pokja.name))
            }
            team.append(pokja)
        }
        if FileManager.default.fileExists(atPath: path), !arguments.has("--force") {
            context.report([.error(at: nil, Message.Command.answerFileExists(path))], sources: [])
            return .failure
        }
        let unit: String
        if let given = texts["--unit"] {
            unit = given
        } else {
            context.say(Message.Command.unitNamePrompt)
            guard let line = context.console.readLine()?.trimmingCharacters(in: .whitespaces), !line.isEmpty else {
                context.say(Localized("\n"))
                throw Arguments.UsageError(Message.Usage.noUnitName)
            }
            unit = line
        }
        if team.isEmpty, !arguments.has("--no-team"), context.console.isInteractive {
            team = TeamPrompt(context: context, questionnaire: questionnaire).ask()
        }
        var sheet = AnswerSheet(questionnaireID: questionnaire.id, unit: unit, instansi: texts["--instansi"], period: texts["--period"],
                                layer: layer, assessor: texts["--assessor"], predicate: predicate, path: path)
        for item in questionnaire.predicates.flatMap(\.prerequisites) where !sheet.eligibilityOrder.contains(item.id) {
            sheet.setEligibility(nil, for: item.id)
        }
        sheet.team = team
        do {
            try AtomicFile.write(AnswerSheetWriter.text(of: sheet, questionnaire: questionnaire), to: path)
        } catch {
            context.report([.error(at: nil, Message.Command.cannotWrite(path, reason: reason(of: error)))], sources: [])
            return .failure
        }
        context.say(Message.Command.answerFileCreated(path, questionnaire: questionnaire.id, questions: questionnaire.questions.count,
                                                      prerequisites: sheet.eligibilityOrder.count, pokja: team.count))
        return .success
    }

    static func reason(of error: Error) -> String {
        (error as? AtomicFile.WriteError)?.reason ?? "\(error)"
    }
}
