import Foundation
import LKEKit

/// `lke evidence FILE...` and `lke evidence init FILE`: the evidence (data dukung) report and the folder skeleton.
enum EvidenceCommand: Command {
    static let name = "evidence"
    static let summary = Localized(id: "memeriksa bukti dukung (berkas dan tautan) dan menghitung indeks bukti; 'init' membuat foldernya",
                                          en: "check evidence (files and links) and compute the evidence index; 'init' makes its folders")
    static let usageForms = [
        UsageForm("FILE...", options: ["--dir", "--format", "--write", "--hash", "--output"]),
        UsageForm("init FILE", options: ["--dir"]),
    ]
    static let help = Localized(
        id: """
        Memeriksa setiap bukti dukung ('evidence') di berkas jawaban: path lokal (relatif terhadap folder berkas
        jawaban) yang tidak ada, kosong, berupa folder atau berada di luar folder bukti; berkas draf
        (.doc/.docx/.xls/.xlsx/.odt/.ods/.ppt/.pptx/.odp/.rtf: bukti final berupa PDF); alamat yang bukan http(s).
        Juga jawaban bernilai tanpa bukti, bukti pada pertanyaan yang belum dijawab, berkas di folder kode yang
        tidak tercantum, dan berkas di luar folder kode. Setiap temuan menyebut kode dan 'berkas:baris:kolom'.
        Indeks bukti per komponen, bagian (Pemenuhan/Reform) dan area: bobot pertanyaan yang buktinya lengkap /
        bobot semua pertanyaan x 100 (docs/evidence.md). Nilai tidak pernah bergantung pada berkas di disk.

        """,
        en: """
        Checks every evidence entry of the answer file: local paths (relative to the answer file's folder) that
        are missing, empty, a folder or outside the evidence folder; draft formats
        (.doc/.docx/.xls/.xlsx/.odt/.ods/.ppt/.pptx/.odp/.rtf: final evidence is a PDF); addresses that are not
        http(s). Also answers that earn points without evidence, evidence on unanswered questions, files in a
        code's folder that are not listed, and files outside the code folders. Each finding names the code and
        'file:line:col'. The evidence index per component, half (Pemenuhan/Reform) and area: weight of the
        questions with complete evidence / weight of all questions x 100 (docs/evidence.md). Scores never depend
        on files on disk.

        """)
    static let footer = Localized(
        id: """
        'lke evidence init FILE' membuat folder bukti dengan satu folder per kode pertanyaan
        (bukti/A.I.1.i.a/), masing-masing berisi BACA-SAYA.txt (pertanyaan, kriteria, petunjuk). Tidak ada yang
        sudah ada ditimpa atau dihapus; yang dibuat dan yang dibiarkan dilaporkan.

        Status keluar: 0 bila laporan dapat dibuat (temuan bukan kegagalan), 1 bila berkas tidak dapat dibaca atau
        tidak sah, 64 bila perintah salah.

        Contoh:
          lke evidence examples/kantor-contoh.yaml
          lke evidence jawaban.yaml --write
          lke evidence jawaban.yaml --hash --format json -o bukti.json
          lke evidence init jawaban.yaml

        """,
        en: """
        'lke evidence init FILE' makes the evidence folder with one folder per question code
        (bukti/A.I.1.i.a/), each holding BACA-SAYA.txt (the question, its criteria, the guidance). Nothing that
        exists is overwritten or deleted; what was created and what was kept is reported.

        Exit status: 0 when the report could be made (findings are not failures), 1 when a file cannot be read
        or is invalid, 64 on usage errors.

        Examples:
          lke evidence examples/kantor-contoh.yaml
          lke evidence answers.yaml --write
          lke evidence answers.yaml --hash --format json -o evidence.json
          lke evidence init answers.yaml

        """)
    static let options: [CommandOption] = [
        .evidenceFolder("--dir"),
        .reportFormat(short: "-f", EvidenceReportFormats.names, inferred: false),
        .flag("--write", help: Localized(id: "catat berkas yang belum tercantum ke berkas jawaban (secara atomik)", en: "list the unlisted files in the answer file (atomically)")).with(details: Localized(
            id: "cantumkan berkas yang tidak tercantum ke berkas jawaban (secara atomik; komentar dan baris lain tetap persis), lalu laporkan yang ditambahkan",
            en: "list the unlisted files in the answer file (atomically; comments and other lines kept exactly), and report what was added")),
        .flag("--hash", help: Localized(id: "cetak SHA-256 setiap berkas lokal", en: "print each local file's SHA-256")),
        .reportPath,
    ]

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        var paths = arguments.positionals
        if paths.first == "init" {
            paths.removeFirst()
            guard paths.count == 1 else {
                throw Arguments.UsageError(Message.Usage.evidenceInitNeedsOneFile)
            }
            for option in ["--format", "--output"] where arguments.value(option) != nil {
                throw Arguments.UsageError(Message.Usage.notForEvidenceInit(option))
            }
            for flag in ["--write", "--hash"] where arguments.has(flag) {
                throw Arguments.UsageError(Message.Usage.notForEvidenceInit(flag))
            }
            return initialise(paths[0], folder: arguments.value("--dir"), context: context)
        }
        guard !paths.isEmpty else { throw Arguments.UsageError(Message.Usage.nameAtLeastOneAnswerFile) }
        if paths.count > 1, arguments.value("--dir") != nil {
            throw Arguments.UsageError(Message.Usage.oneAnswerFileOnly("--dir"))
        }
        let writer = EvidenceReportFormats.named(try arguments.value("--format", oneOf: EvidenceReportFormats.names) ?? "md")!.init(language: context.language)
        let options = EvidenceChecker.Options(folder: arguments.value("--dir"), hashes: arguments.has("--hash"))
        let loading = AnswerFileLoading(context: context)
        var failed = false
        var reports: [EvidenceReport] = []
        for path in paths {
            guard var checked = check(path, options: options, loading: loading) else { failed = true; continue }
            if arguments.has("--write") {
                switch write(checked, context: context) {
                case .failed: failed = true
                case .unchanged: break
                case .written: checked = check(path, options: options, loading: loading) ?? checked
                }
            }
            reports.append(checked.report)
        }
        guard !reports.isEmpty else { return .failure }
        let document = writer.render(reports)
        if let output = arguments.value("--output") {
            do {
                try AtomicFile.write(document, to: output)
                context.warn(Message.Command.reportWritten(output))
            } catch {
                let reason = (error as? AtomicFile.WriteError)?.reason ?? "\(error)"
                context.report([.error(at: nil, Message.Command.cannotWrite(output, reason: reason))], sources: [])
                return .failure
            }
        } else {
            context.console.write(document)
        }
        return failed ? .failure : .success
    }

    /// One checked answer file: its report, source and questionnaire.
    struct Checked {
        var report: EvidenceReport
        var source: SourceFile
        var questionnaire: Questionnaire
    }

    /// Loads, scores and checks `path`; prints its diagnostics; `nil` when it cannot be read or is invalid.
    static func check(_ path: String, options: EvidenceChecker.Options, loading: AnswerFileLoading) -> Checked? {
        guard let source = try? SourceFile(contentsOfFile: path) else {
            loading.context.report([.error(at: nil, Message.File.cannotRead(path))], sources: [])
            return nil
        }
        let outcome = AnswerSheetLoader(library: loading.library).load(source)
        guard let answers = outcome.answers else {
            loading.context.report(outcome.diagnostics, sources: [source])
            return nil
        }
        let card = Scorer.score(answers)
        let checker = EvidenceChecker(plan: EvidencePlan(answers.questionnaire), options: options)
        return Checked(report: checker.report(card, locator: EvidenceLocator(source)), source: source, questionnaire: answers.questionnaire)
    }

    enum WriteResult { case written, unchanged, failed }

    /// Adds the unlisted files to the answer file and says what was added.
    static func write(_ checked: Checked, context: CommandContext) -> WriteResult {
        var items: [String: [String]] = [:]
        for finding in checked.report.findings where finding.kind == .unlisted {
            if let code = finding.code, let item = finding.item { items[code, default: []].append(item) }
        }
        let path = checked.report.path
        guard !items.isEmpty else {
            context.warn(Message.Command.nothingToList(path))
            return .unchanged
        }
        let outcome = EvidenceWriter(questionnaire: checked.questionnaire).adding(items, to: checked.source)
        for refusal in outcome.refused {
            context.report([.warning(at: checked.source.location(ofCode: refusal.code, in: checked.report),
                                     Message.Command.evidenceNotListed(refusal.code, refusal.message))],
                           sources: [checked.source])
        }
        guard let data = outcome.data else { return outcome.refused.isEmpty ? .unchanged : .failed }
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            let reason = (error as? AtomicFile.WriteError)?.reason ?? "\(error)"
            context.report([.error(at: nil, Message.Command.cannotWrite(path, reason: reason))], sources: [])
            return .failed
        }
        let count = outcome.added.reduce(0) { $0 + $1.items.count }
        var lines = Message.Command.evidenceListed(count, in: path).text(context.language)
        for (code, added) in outcome.added { for item in added { lines += "  \(code): \(item)\n" } }
        context.console.writeError(lines)
        return outcome.refused.isEmpty ? .written : .failed
    }

    /// `lke evidence init FILE`.
    static func initialise(_ path: String, folder given: String?, context: CommandContext) -> ExitCode {
        let loading = AnswerFileLoading(context: context)
        guard let answers = loading.load(path) else { return .failure }
        let folder = EvidenceChecker.folder(for: path, given: given)
        let cwd = EvidencePath.currentDirectory
        let answerDir = EvidencePath.directory(of: path)
        let written = EvidencePath.relative(EvidencePath.absolute(folder, base: cwd), to: EvidencePath.absolute(answerDir.isEmpty ? "." : answerDir, base: cwd))
        let outcome = EvidenceSkeleton(questionnaire: answers.questionnaire, language: context.language).create(in: folder, written: written)
        var out = ""
        for item in outcome.created { out += Message.Command.skeletonCreated(item).text(context.language) }
        for item in outcome.kept { out += Message.Command.skeletonKept(item).text(context.language) }
        context.console.write(out)
        for failure in outcome.failed {
            context.report([.error(at: nil, Message.Command.cannotCreate(failure.path, reason: failure.reason))], sources: [])
        }
        context.warn(Message.Command.skeletonMade(folder, created: outcome.created.count, kept: outcome.kept.count))
        return outcome.failed.isEmpty ? .success : .failure
    }
}

private extension SourceFile {
    /// Where `code`'s answer is written (for a refusal message).
    func location(ofCode code: String, in report: EvidenceReport) -> SourceLocation? {
        report.findings.first { $0.code == code && $0.location != nil }?.location
    }
}
