import Foundation
import LKEKit

/// `lke diff OLD NEW`: what changed between two answer files of the same unit.
enum DiffCommand: Command {
    static let name = "diff"
    static let summary = Localized(id: "membandingkan dua berkas jawaban unit yang sama (dua putaran, atau mandiri dan TPI/TPN)",
                                          en: "compare two answer files of the same unit (two rounds, or self and TPI/TPN)")
    static let usageForms = [UsageForm("OLD NEW")]
    static let help = Localized(
        id: """
        Membandingkan dua berkas jawaban unit yang sama, OLD (lama) dan NEW (baru): dua putaran penilaian, atau
        penilaian mandiri dan hasil TPI/TPN. Untuk setiap pertanyaan yang jawabannya berubah dicetak jawaban lama dan baru, poin yang
        bergeser, dan pengaruhnya pada sub-indikator, area, komponen (dalam persen bobot masing-masing) dan
        nilai total; lalu nilai yang berubah dan predikat (serta syaratnya) yang berubah. Bila kedua berkas
        memakai versi kuesioner yang berbeda, kode yang hanya ada di salah satu versi didaftar. Unit yang
        berbeda menghasilkan peringatan, bukan error.

        """,
        en: """
        Compares two answer files of the same unit: two assessment rounds, or the self-assessment and the
        TPI/TPN result. For every question whose answer changed it prints the old and new answer, the points
        that moved and what they did to the sub-indicator, area, component (as a percentage of each one's
        weight) and total; then the scores that moved and the predicates (and their rules) that changed. When
        the files use different questionnaire versions, the codes that exist in only one are listed. Different
        units give a warning, not an error.

        """)
    static let footer = Localized(
        id: """
        Status keluar: 0 bila kedua berkas dapat dinilai, 1 bila salah satunya memuat error, 64 bila perintah salah.

        Contoh:
          lke diff putaran-1.yaml putaran-2.yaml
          lke diff mandiri.yaml tpi.yaml --format csv -o perubahan.csv

        """,
        en: """
        Exit status: 0 when both files can be scored, 1 when either has errors, 64 on usage errors.

        Examples:
          lke diff round-1.yaml round-2.yaml
          lke diff self.yaml tpi.yaml --format csv -o changes.csv

        """)
    static let options: [CommandOption] = [
        .reportFormat(BatchFormat.allCases.map(\.rawValue)).with(details: Localized(
            id: "md (bawaan; dalam bahasa --lang, desimal koma untuk Indonesia), csv (satu baris per jawaban yang berubah, desimal titik), json (desimal titik) atau html (isi md, siap dicetak). Bila tidak diberikan, diambil dari akhiran -o.",
            en: "md (default; in the --lang language, decimal comma for Indonesian), csv (one record per changed answer, dot decimals), json (dot decimals) or html (the md content, ready to print). When not given, taken from the -o extension.")),
        .reportFile,
    ]

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.count == 2 else {
            throw Arguments.UsageError(Message.Usage.nameTwoAnswerFiles)
        }
        let output = arguments.value("--output")
        let format = try BatchCommand.Output.format(arguments, output: output)
        let library = QuestionnaireLibrary(paths: context.questionnairePaths)
        let loadFailures = library.loadFailures
        context.report(loadFailures.diagnostics, sources: loadFailures.sources)
        var cards: [ScoreCard] = []
        for path in arguments.positionals {
            let outcome = AnswerSheetLoader(library: library).load(path: path)
            let source = try? SourceFile(contentsOfFile: path)
            context.report(outcome.diagnostics, sources: source.map { [$0] } ?? [])
            if let answers = outcome.answers, !outcome.diagnostics.hasErrors { cards.append(Scorer.score(answers)) }
        }
        guard cards.count == 2 else { return .failure }
        let diff = AnswerDiff(old: cards[0], new: cards[1])
        context.report(diff.warnings, sources: [])
        guard BatchCommand.Output.emit(diff.text(format, language: context.language), to: output, context: context) else { return .failure }
        return .success
    }
}
