import LKEKit

/// `lke gap FILE [--target wbk|wbbm]`: what is missing for a predicate, and the fewest answer changes.
enum GapCommand: Command {
    static let name = "gap"
    static let summary = Localized(id: "jarak ke WBK/WBBM dan perubahan jawaban paling sedikit", en: "distance to WBK/WBBM and the fewest answer changes")
    static let usageForms = [UsageForm("FILE")]
    static let help = Localized(
        id: """
        Menunjukkan setiap aturan predikat yang belum dipenuhi unit dan selisihnya; himpunan perubahan jawaban
        paling sedikit yang akan memenuhinya (perubahan paling sedikit, lalu langkah opsi paling sedikit),
        masing-masing dengan tambahan nilainya; indeks survei minimal yang diperlukan; dan aturan yang tidak
        dapat dipenuhi hanya dengan jawaban (misalnya predikat Menuju WBK yang harus sudah dimiliki).

        """,
        en: """
        Shows every rule of the predicate the unit fails and by how much; the smallest set of answer changes that
        would meet it (fewest changes, then fewest option steps), each with the points it adds; the minimum
        survey indices needed; and the rules no answer can meet (such as a Menuju WBK predicate that must
        already be held).

        """)
    static let footer = Localized(
        id: """
        Status keluar: 0 bila target sudah terpenuhi, 1 bila belum (atau berkas tidak sah), 64 bila perintah salah.

        Contoh:
          lke gap examples/kantor-contoh.yaml --target wbbm

        """,
        en: """
        Exit status: 0 when the target is already met, 1 when it is not (or the file is invalid), 64 on usage errors.

        Examples:
          lke gap examples/kantor-contoh.yaml --target wbbm

        """)
    static let options: [CommandOption] = [
        .target,
        .reportFormat(short: "-f", ["md", "html", "docx"]).with(details: Localized(
            id: "bentuk laporan (bawaan: md, atau sesuai ekstensi berkas -o): html satu berkas mandiri dengan grafik, siap dicetak; docx dokumen Word (perlu -o)",
            en: "report format (default: md, or the extension of the -o file): html is one self-contained file with charts, ready to print; docx a Word document (needs -o)")),
        .reportFile.with(details: Localized(
            id: "tulis laporan ke BERKAS (secara atomik) alih-alih ke stdout",
            en: "write the report to FILE (atomically) instead of stdout")),
    ]

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.count == 1 else {
            throw Arguments.UsageError(Message.Usage.nameExactlyOneAnswerFile)
        }
        let output = arguments.value("--output")
        let format = try DocumentOutput.format(arguments, output: output, allowed: ["md", "html", "docx"])
        guard let answers = AnswerFileLoading(context: context).load(arguments.positionals[0]) else { return .failure }
        let target = arguments.value("--target") ?? "wbk"
        let ids = answers.questionnaire.predicates.map(\.id)
        guard ids.contains(target) else {
            let hint = Suggestion.closest(to: target, in: ids)
            throw Arguments.UsageError(Message.Usage.noSuchPredicate(target, choices: ids, suggestion: hint))
        }
        let card = Scorer.score(answers)
        guard let plan = GapPlanner.plan(card, target: target) else { return .failure }
        let report = GapReport(plan: plan, card: card, language: context.language)
        let document: ReportOutput
        switch format {
        case "html": document = .text(report.html)
        case "docx": document = .binary(report.docx)
        default: document = .text(report.markdown)
        }
        guard DocumentOutput.emit(document, to: output, context: context) else { return .failure }
        return plan.failing.isEmpty ? .success : .failure
    }
}
