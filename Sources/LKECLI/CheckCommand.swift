import Foundation
import LKEKit

/// `lke check FILE...`: lints questionnaire definitions (and answer files).
public enum CheckCommand: Command {
    public static let name = "check"
    public static let summary = Localized(id: "memeriksa definisi kuesioner dan berkas jawaban", en: "check questionnaire definitions and answer files")
    public static let usage = "lke check FILE..."
    public static let help = Localized(
        id: """
        Memeriksa setiap BERKAS: definisi kuesioner (kunci 'format') atau berkas jawaban (kunci 'questionnaire').
        Semua masalah dilaporkan di stderr sebagai 'berkas:baris:kolom: error: pesan' dengan baris sumber dan
        tanda '^'. Untuk setiap definisi yang sah dicetak satu baris ringkasan di stdout.
        Status keluar: 0 bila semua sah, 1 bila ada error, 64 bila perintah salah.

        Contoh:
          lke check questionnaires/*.yaml
          lke check examples/kantor-contoh.yaml

        """,
        en: """
        Checks each FILE: a questionnaire definition (key 'format') or an answer file (key 'questionnaire').
        Every problem is reported on stderr as 'file:line:col: error: message' with the source line and a
        caret. For each valid definition one summary line is printed on stdout.
        Exit status: 0 when all are valid, 1 on any error, 64 on usage errors.

        Examples:
          lke check questionnaires/*.yaml
          lke check examples/kantor-contoh.yaml

        """)
    public static let spec = Arguments.Spec()

    public static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard !arguments.positionals.isEmpty else {
            throw Arguments.UsageError(id: "sebutkan paling sedikit satu berkas", en: "name at least one file")
        }
        var failed = false
        var library = QuestionnaireLibrary(paths: context.questionnairePaths)
        for path in arguments.positionals {
            guard let source = try? SourceFile(contentsOfFile: path) else {
                context.report([.error(at: nil, Localized(id: "tidak dapat membaca '\(path)': berkas tidak ada atau tidak dapat dibaca",
                                                          en: "cannot read '\(path)': the file does not exist or is not readable"))], sources: [])
                failed = true
                continue
            }
            let (root, _) = YAMLParser.parse(source)
            if root?["questionnaire"] != nil, root?["format"] == nil {
                let outcome = AnswerSheetLoader(library: library).load(source)
                context.report(outcome.diagnostics, sources: [source])
                if outcome.diagnostics.hasErrors { failed = true; continue }
                if let answers = outcome.answers {
                    let answered = answers.answeredQuestionCount
                    context.say(Localized(
                        id: "\(path): jawaban '\(answers.sheet.unit)' untuk \(answers.questionnaire.id): \(answered)/\(answers.questionnaire.questions.count) pertanyaan terjawab\n",
                        en: "\(path): answers of '\(answers.sheet.unit)' to \(answers.questionnaire.id): \(answered)/\(answers.questionnaire.questions.count) questions answered\n"))
                }
                continue
            }
            let outcome = QuestionnaireLoader().load(source)
            context.report(outcome.diagnostics, sources: [source])
            guard let q = outcome.questionnaire else { failed = true; continue }
            library.add(q)
            var kinds: [String: Int] = [:]
            for question in q.questions {
                switch question.kind {
                case .choice(let choice): kinds[choice.scale.id, default: 0] += 1
                case .number: kinds["number", default: 0] += 1
                case .computed: kinds["computed", default: 0] += 1
                }
            }
            let kindText = kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let nodes = q.tree.allNodes.count
            context.say(Localized(
                id: "\(path): \(q.id) versi \(q.version): \(nodes) simpul, \(q.questions.count) pertanyaan (\(kindText)), bobot total \(NumberFormat.plain(q.tree.weight))\n",
                en: "\(path): \(q.id) version \(q.version): \(nodes) nodes, \(q.questions.count) questions (\(kindText)), total weight \(NumberFormat.plain(q.tree.weight))\n"))
        }
        return failed ? .failure : .success
    }
}
