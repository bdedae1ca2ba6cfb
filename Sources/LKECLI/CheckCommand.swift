import Foundation
import LKEKit

/// `lke check FILE...`: lints questionnaire definitions, survey definitions and answer files.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = Localized(id: "memeriksa definisi kuesioner dan berkas jawaban", en: "check questionnaire definitions and answer files")
    static let usageForms = [UsageForm("FILE...")]
    static let help = Localized(
        id: """
        Memeriksa setiap BERKAS: definisi kuesioner (kunci 'format'), definisi survei (kind: survey) atau berkas
        jawaban (kunci 'questionnaire'; kuesionernya dicari di antara yang dibawa lke, yang diberikan dengan
        --questionnaire dan definisi yang diperiksa lebih dulu dalam perintah yang sama).
        Semua masalah dilaporkan di stderr sebagai 'berkas:baris:kolom: error: pesan' dengan baris sumber dan
        tanda '^'. Untuk setiap berkas yang sah dicetak satu baris ringkasan di stdout.
        Dengan --evidence, bukti dukung setiap berkas jawaban juga diperiksa di disk (folder 'bukti' di
        sampingnya; lihat lke evidence) dan temuannya dilaporkan sebagai peringatan.

        """,
        en: """
        Checks each FILE: a questionnaire definition (key 'format'), a survey definition (kind: survey) or an
        answer file (key 'questionnaire'; its questionnaire is looked up among the bundled ones, those given with
        --questionnaire and the definitions checked earlier in the same command).
        Every problem is reported on stderr as 'file:line:col: error: message' with the source line and a
        caret. For each valid file one summary line is printed on stdout.
        With --evidence, each answer file's evidence is also checked on disk (the 'bukti' folder beside it;
        see lke evidence) and the findings are reported as warnings.

        """)
    static let footer = Localized(
        id: """
        Status keluar: 0 bila semua sah, 1 bila ada error, 64 bila perintah salah.

        Contoh:
          lke check questionnaires/*.yaml
          lke check examples/kantor-contoh.yaml

        """,
        en: """
        Exit status: 0 when all are valid, 1 on any error, 64 on usage errors.

        Examples:
          lke check questionnaires/*.yaml
          lke check examples/kantor-contoh.yaml

        """)
    static let options: [CommandOption] = [
        .flag("--evidence", help: Localized(id: "periksa juga bukti dukung setiap berkas jawaban di disk", en: "also check each answer file's evidence on disk")),
    ]

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard !arguments.positionals.isEmpty else {
            throw Arguments.UsageError(Message.Usage.nameAtLeastOneFile)
        }
        var run = Run(context: context)
        run.checksEvidence = arguments.has("--evidence")
        if !context.questionnairePaths.isEmpty { run.prepareLibrary() }
        for path in arguments.positionals {
            guard let source = try? SourceFile(contentsOfFile: path) else {
                context.report([FileProblem.unreadable(path)], sources: [])
                run.failed = true
                continue
            }
            let parsed = YAMLParser.parse(source)
            let root = parsed.root
            if let kind = FileProblem.foreignKind(of: source.data, path: path, parsedAsMapping: root?.entries != nil && root?.isEmpty == false) {
                context.report([.error(at: nil, foreign(kind, path: path))], sources: [])
                run.failed = true
                continue
            }
            if SurveyLoader.isSurvey(root) {
                // Survey definitions (kind: survey) are read by SurveyLoader; see SurveyCommand.check.
                if !SurveyCommand.check(source, context: context) { run.failed = true }
            } else if root?["questionnaire"] != nil, root?["format"] == nil {
                run.checkAnswers(source)
            } else {
                run.checkDefinition(source, parsed: parsed)
            }
        }
        return run.failed ? .failure : .success
    }

    /// What a file that is not YAML looks like, and which command reads it.
    static func foreign(_ kind: FileProblem.ForeignKind, path: String) -> Localized {
        switch kind {
        case .csv(let columns):
            return Message.Command.looksLikeCSV(path, columns: columns)
        case .workbook:
            return Message.Command.isWorkbook(path, imports: CLI.commands.contains { $0.name == "import" })
        }
    }

    /// The state of one `lke check` run: definitions checked so far (answer files named after them may use
    /// them) and whether anything failed.
    private struct Run {
        let context: CommandContext
        var failed = false
        /// Built on the first answer file only: checking definitions does not need the bundled ones.
        var library: QuestionnaireLibrary?
        var checked: [Questionnaire] = []
        /// `--evidence`: also check each answer file's evidence on disk.
        var checksEvidence = false

        init(context: CommandContext) { self.context = context }

        /// Loads the bundled definitions and the `--questionnaire` files, reporting those that fail.
        mutating func prepareLibrary() {
            guard library == nil else { return }
            var made = QuestionnaireLibrary(paths: context.questionnairePaths)
            for questionnaire in checked { made.add(questionnaire) }
            let failures = made.loadFailures
            context.report(failures.diagnostics, sources: failures.sources)
            if failures.diagnostics.hasErrors { failed = true }
            library = made
        }

        mutating func checkAnswers(_ source: SourceFile) {
            prepareLibrary()
            let outcome = AnswerSheetLoader(library: library!).load(source)
            var diagnostics = outcome.diagnostics
            if checksEvidence, let answers = outcome.answers {
                let checker = EvidenceChecker(plan: EvidencePlan(answers.questionnaire))
                diagnostics = (diagnostics + checker.report(Scorer.score(answers), locator: EvidenceLocator(source)).diagnostics).sortedByLocation()
            }
            context.report(diagnostics, sources: [source])
            guard !outcome.diagnostics.hasErrors, let answers = outcome.answers else { failed = true; return }
            context.say(Message.Command.answersChecked(source.path, unit: answers.sheet.unit, questionnaire: answers.questionnaire.id,
                                                       answered: answers.answeredQuestionCount, total: answers.questionnaire.questions.count))
        }

        mutating func checkDefinition(_ source: SourceFile, parsed: (root: YAMLNode?, diagnostics: [Diagnostic])) {
            let outcome = QuestionnaireLoader().load(source, parsed: parsed)
            context.report(outcome.diagnostics, sources: [source])
            guard let q = outcome.questionnaire else { failed = true; return }
            checked.append(q)
            library?.add(q)
            var kinds: [String: Int] = [:]
            for question in q.questions {
                switch question.kind {
                case .choice(let choice): kinds[choice.scale.id, default: 0] += 1
                case .number: kinds["number", default: 0] += 1
                case .computed: kinds["computed", default: 0] += 1
                }
            }
            context.say(Message.Command.definitionChecked(source.path, id: q.id, version: q.version, nodes: q.tree.allNodes.count,
                                                          questions: q.questions.count, kinds: kinds, weight: q.tree.weight))
        }
    }
}
