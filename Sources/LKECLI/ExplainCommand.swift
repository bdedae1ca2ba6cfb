import LKEKit

/// `lke explain FILE [CODE]`: how a score was reached, step by step.
enum ExplainCommand: Command {
    static let name = "explain"
    static let summary = Localized(id: "menjelaskan asal setiap nilai, langkah demi langkah", en: "explain how each score is reached, step by step")
    static let usageForms = [UsageForm("FILE [CODE]")]
    static let help = Localized(
        id: """
        Menjelaskan nilai berkas jawaban BERKAS. Dengan KODE (pertanyaan, masukan, simpul atau grup):
        jawaban, nilai opsinya atau rumus dengan masukannya, bagian pertanyaan dari bobot sub-indikator
        (rata-rata × bobot), lalu setiap penjumlahan ke area, aspek, komponen dan total, dengan angka dan
        pembulatan di setiap langkah. Tanpa KODE: seluruh pohon penilaian.

        Contoh:
          lke explain examples/kantor-contoh.yaml A.II.5.iii.a
          lke explain examples/kantor-contoh.yaml B

        """,
        en: """
        Explains the scores of the answer file FILE. With CODE (a question, input, node or group): the answer,
        its option value or the formula with its inputs, the question's share of the sub-indicator
        (mean × weight), then every sum up to the area, half, component and total, with the numbers and the
        rounding at each step. Without CODE: the whole scoring tree.

        Examples:
          lke explain examples/kantor-contoh.yaml A.II.5.iii.a
          lke explain examples/kantor-contoh.yaml B

        """)
    static let options: [CommandOption] = []

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard (1...2).contains(arguments.positionals.count) else {
            throw Arguments.UsageError(Message.Usage.nameAnswerFileAndCode)
        }
        guard let answers = AnswerFileLoading(context: context).load(arguments.positionals[0]) else { return .failure }
        let card = Scorer.score(answers)
        let code = arguments.positionals.count == 2 ? arguments.positionals[1] : nil
        guard let text = Explainer(card: card, language: context.language).explain(code) else {
            let q = answers.questionnaire
            let known = q.answerCodes + Array(q.nodesByCode.keys) + Array(q.groupsByCode.keys)
            let hint = Suggestion.closest(to: code!, in: known)
            context.console.writeError("error: " + Message.Answers.unknownCode(code!, in: q.id, suggestion: hint).text(context.language) + "\n")
            return .failure
        }
        context.console.write(text)
        return .success
    }
}
