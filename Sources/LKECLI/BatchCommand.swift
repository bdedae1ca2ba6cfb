import Foundation
import LKEKit

/// `lke batch PATH...`: scores many answer files at once into one table; `--compare` measures reviewer corrections.
enum BatchCommand: Command {
    static let name = "batch"
    static let summary = Localized(id: "menilai banyak berkas jawaban sekaligus menjadi satu tabel rekap",
                                          en: "score many answer files at once into one summary table")
    static let usageForms = [
        UsageForm("PATH...", options: ["--format", "--excel", "--output", "--jobs", "--target", "--evidence"]),
        UsageForm("--compare SELF_DIR REVIEW_DIR", options: ["--format", "--output", "--jobs"],
                  without: ["--format": ["xlsx"]]),
    ]
    static let help = Localized(
        id: """
        Menilai setiap berkas jawaban di PATH (berkas, atau direktori yang ditelusuri sampai ke dalam; di
        direktori hanya berkas .yaml/.yml dengan kunci teratas 'questionnaire' yang dibaca, berkas lain
        dilewati tanpa pesan). Hasilnya satu baris per unit: berkas, unit, instansi, periode, lapisan, nilai
        total, pengungkit, hasil, nilai dan persentase tiap area, untuk WBK dan WBBM apakah syarat nilainya
        terpenuhi dan apakah unit siap diusulkan (syarat nilai dan semua prasyarat terpenuhi, seperti pada
        'lke score'), kelengkapan dan jumlah peringatan, urut menurut nilai total (tertinggi dahulu) lalu
        nama unit.

        Berkas yang rusak dilaporkan di stderr dengan baris dan kolomnya, dicantumkan sebagai gagal di
        keluaran, dan berkas lain tetap dinilai. Satu baris ringkasan dicetak di stderr (unit; memenuhi nilai
        dan siap diusulkan, untuk WBK dan WBBM; gagal); bila stderr adalah terminal, ditampilkan juga bilah
        kemajuan.

        """,
        en: """
        Scores every answer file under PATH (files, or directories walked recursively; in directories only
        .yaml/.yml files with the top-level key 'questionnaire' are read, other files are skipped quietly).
        The result has one row per unit: file, unit, instansi, period, layer, total, pengungkit, hasil, each
        area's score and percentage, for WBK and WBBM whether the score rules are met and whether the unit is
        ready to propose (score rules and every prerequisite met, as 'lke score' evaluates them), completeness
        and the number of warnings, sorted by total (highest first), then unit name.

        Broken files are reported on stderr with their lines and columns, listed as failed in the output, and
        the other files are still scored. A one-line summary goes to stderr (units; meeting the score rules
        and ready to propose, for WBK and WBBM; failed); when stderr is a terminal a progress bar is shown too.

        """)
    static let footer = Localized(
        id: """
        Status keluar: 0 bila semua berkas dinilai, 1 bila ada berkas yang gagal (atau tidak ada berkas
        jawaban sama sekali), 64 bila perintah salah.

        Contoh:
          lke batch jawaban/ -o rekap.csv
          lke batch jawaban/ -o rekap.xlsx
          lke batch jawaban/ --target wbbm > rekap.md
          lke batch --compare mandiri/ tpi/ -o koreksi.md

        """,
        en: """
        Exit status: 0 when every file was scored, 1 when a file failed (or no answer file was found at all),
        64 on usage errors.

        Examples:
          lke batch answers/ -o summary.csv
          lke batch answers/ -o summary.xlsx
          lke batch answers/ --target wbbm > summary.md
          lke batch --compare self/ tpi/ -o corrections.md

        """)
    static let options: [CommandOption] = [
        .reportFormat(["md", "csv", "json", "xlsx", "html"]).with(details: Localized(
            id: "md (bawaan; laporan dalam bahasa --lang, desimal koma untuk Indonesia, dengan sebaran persentase area dan syarat yang paling banyak menghalangi), csv (RFC 4180, desimal titik, untuk mesin), json (desimal titik), xlsx (tabel yang sama dengan csv sebagai buku kerja, dengan filter otomatis; perlu -o) atau html (isi md dengan grafik sebaran nilai total dan area, siap dicetak). Bila tidak diberikan, diambil dari akhiran -o (.md, .csv, .json, .xlsx, .html).",
            en: "md (default; a report in the --lang language, decimal comma for Indonesian, with the spread of area percentages and the rules that block most units), csv (RFC 4180, dot decimals, for machines), json (dot decimals), xlsx (the csv table as a workbook with an autofilter; needs -o) or html (the md content with charts of the totals and areas, ready to print). When not given, taken from the -o extension (.md, .csv, .json, .xlsx, .html).")),
        .excel.with(details: Localized(
            id: "CSV untuk Excel berbahasa Indonesia, seperti 'lke score --excel': BOM UTF-8, pemisah ';', koma desimal, nama kolom dan ya/tidak dalam bahasa --lang",
            en: "CSV for Excel in an Indonesian locale, as 'lke score --excel': UTF-8 BOM, ';' separator, decimal comma, column names and yes/no in the --lang language")),
        .reportFile,
        CommandOption("--jobs", short: "-j", .integer(Localized(id: "N", en: "N")), help: Localized(id: "jumlah berkas yang dinilai bersamaan (bawaan: jumlah inti prosesor)", en: "how many files are scored at once (default: the number of processor cores)")),
        .target.with(details: Localized(
            id: "predikat yang syarat gagalnya dirangkum (bawaan: wbk)",
            en: "the predicate whose failing rules are summarised (default: wbk)")),
        .flag("--evidence", help: Localized(id: "tambahkan indeks bukti dukung per area (folder 'bukti' di samping tiap berkas jawaban)", en: "add the evidence index per area (the 'bukti' folder beside each answer file)")).with(details: Localized(
            id: "tambahkan indeks bukti dukung per area (folder 'bukti' di samping setiap berkas jawaban; lihat lke evidence); nilai tidak berubah",
            en: "add the evidence index per area (the 'bukti' folder beside each answer file; see lke evidence); scores do not change")),
        .flag("--compare", help: Localized(id: "bandingkan penilaian mandiri di SELF_DIR dengan berkas penilai (TPI/TPN) di REVIEW_DIR", en: "compare the self-assessments in SELF_DIR with the reviewers' (TPI/TPN) files in REVIEW_DIR")).with(details: Localized(
            id: "bandingkan penilaian mandiri di SELF_DIR dengan hasil penilai (TPI/TPN) di REVIEW_DIR: berkas dipasangkan menurut unit dan periode; dilaporkan seberapa sering dan berapa poin penilai mengubah tiap area dan tiap pertanyaan; berkas tanpa pasangan didaftar",
            en: "compare the self-assessments in SELF_DIR with the reviewers' (TPI/TPN) files in REVIEW_DIR: files are paired by unit and period; reports how often and by how many points the reviewers changed each area and question; lists unpaired files")),
    ]

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        let output = arguments.value("--output")
        let excel = arguments.has("--excel")
        let workbook = try Output.wantsWorkbook(arguments, output: output)
        if excel, workbook {
            throw Arguments.UsageError(Message.Usage.excelNotForWorkbook)
        }
        let format = workbook ? .md : try Output.format(arguments, output: output, excel: excel)
        if excel, arguments.has("--compare") {
            throw Arguments.UsageError(Message.Usage.excelNotWithCompare)
        }
        var jobs = ProcessInfo.processInfo.activeProcessorCount
        if let text = arguments.value("--jobs") {
            guard let n = Int(text), n >= 1, n <= 1024 else {
                throw Arguments.UsageError(Message.Usage.jobsOutOfRange(text))
            }
            jobs = n
        }
        let compare = arguments.has("--compare")
        if compare {
            guard arguments.positionals.count == 2 else {
                throw Arguments.UsageError(Message.Usage.compareNeedsTwoDirectories)
            }
            if arguments.value("--target") != nil {
                throw Arguments.UsageError(Message.Usage.targetNotWithCompare)
            }
        } else if arguments.positionals.isEmpty {
            throw Arguments.UsageError(Message.Usage.nameFileOrDirectory)
        }
        let library = QuestionnaireLibrary(paths: context.questionnairePaths)
        let loadFailures = library.loadFailures
        context.report(loadFailures.diagnostics, sources: loadFailures.sources)
        let target = arguments.value("--target")
        if let target {
            let known = library.ids.compactMap { library.questionnaire($0) }.flatMap { $0.predicates.map(\.id) }
            var unique: [String] = []
            for id in known where !unique.contains(id) { unique.append(id) }
            guard unique.contains(target) else {
                let hint = Suggestion.closest(to: target, in: unique)
                throw Arguments.UsageError(Message.Usage.unknownPredicate(target, known: unique, suggestion: hint))
            }
        }
        let colour = context.console.isErrorTerminal && context.console.usesColour
        let terminal = context.console.isErrorTerminal
        var progress = ProgressBar(console: context.console, language: context.language, enabled: terminal,
                                   total: terminal ? AnswerFileFinder.count(arguments.positionals) : nil)
        let handle: (BatchRunner.Event) -> Void = { event in
            switch event {
            case .failed(_, let diagnostics):
                progress.clear()
                context.console.writeError(diagnostics)
                progress.redraw()
            case .progress(let done):
                progress.update(done)
            case .total(let total):
                progress.total = total
            }
        }

        if compare {
            let comparer = ReviewComparer(library: library, jobs: jobs, language: context.language, colour: colour)
            let comparison = comparer.run(selfPaths: [arguments.positionals[0]], reviewPaths: [arguments.positionals[1]], events: handle)
            progress.clear()
            guard Output.emit(comparison.text(format, language: context.language), to: output, context: context) else { return .failure }
            context.warn(Message.Command.comparisonSummary(pairs: comparison.pairs, unpaired: comparison.unpaired.count, failed: comparison.failed))
            if comparison.pairs == 0, comparison.unpaired.isEmpty, comparison.failed == 0 {
                context.report([.error(at: nil, Message.Command.nothingToCompare(arguments.positionals[0], arguments.positionals[1]))], sources: [])
                return .failure
            }
            return comparison.failed > 0 ? .failure : .success
        }

        var runner = BatchRunner(library: library, jobs: jobs, language: context.language, colour: colour)
        runner.checksEvidence = arguments.has("--evidence")
        let result = runner.run(arguments.positionals, events: handle)
        progress.clear()
        if result.scored + result.failed == 0 {
            context.report([.error(at: nil, Message.Command.noAnswerFiles(in: arguments.positionals))], sources: [])
            return .failure
        }
        var report = BatchReport(result: result, target: target, language: context.language)
        if excel { report.csvDialect = .excel }
        if workbook, let output {
            guard Output.write(report.workbook(), to: output, context: context) else { return .failure }
        } else {
            guard Output.write(to: output, context: context, { sink in report.write(format, to: &sink) }) else { return .failure }
        }
        context.console.writeError(report.summary + "\n")
        return result.failed > 0 ? .failure : .success
    }
}

extension BatchCommand {
    /// Where `lke batch` and `lke diff` put their output: stdout in large pieces, or a file written atomically.
    enum Output {
        /// The format from `--format`, else CSV with `--excel`, else from the extension of `-o`, else Markdown.
        /// `--excel` applies to CSV only, as for `lke score`.
        static func format(_ arguments: Arguments, output: String?, excel: Bool = false) throws -> BatchFormat {
            try DocumentOutput.rejectPDF(output, allowed: BatchFormat.allCases.map(\.rawValue))
            if let name = try arguments.value("--format", oneOf: BatchFormat.allCases.map(\.rawValue)) {
                if excel, name != BatchFormat.csv.rawValue {
                    throw Arguments.UsageError(Message.Usage.excelNotForFormat(name))
                }
                return BatchFormat(rawValue: name)!
            }
            if excel { return .csv }
            return output.flatMap(BatchFormat.inferred(fromPath:)) ?? .md
        }

        /// Whether the table is asked for as a workbook (`--format xlsx`, or an `-o` file ending in `.xlsx`), which
        /// needs `-o` (it is binary) and does not apply to `--compare`.
        static func wantsWorkbook(_ arguments: Arguments, output: String?) throws -> Bool {
            let named = arguments.value("--format")
            let wanted = named == "xlsx" || (named == nil && output.map { $0.lowercased().hasSuffix(".xlsx") } == true)
            guard wanted else { return false }
            if arguments.has("--compare") {
                throw Arguments.UsageError(Message.Usage.compareNotWorkbook)
            }
            guard output != nil else {
                throw Arguments.UsageError(Message.Usage.workbookNeedsOutput)
            }
            return true
        }

        /// Writes finished bytes to the file at `path` (atomically); reports a file that cannot be written.
        static func write(_ data: Data, to path: String, context: CommandContext) -> Bool {
            do {
                try AtomicFile.write(data, to: path)
                return true
            } catch {
                reportWriteFailure(error, path: path, context: context)
            }
            return false
        }

        /// Streams what `body` writes to the file at `path` (atomically), or to stdout when `path` is nil.
        /// Reports a file that cannot be written and returns `false`.
        static func write(to path: String?, context: CommandContext, _ body: (inout Sink) -> Void) -> Bool {
            guard let path else {
                var sink = Sink(target: .console(context.console))
                body(&sink)
                sink.flush()
                return true
            }
            do {
                let stream = try AtomicFile.Stream(path: path)
                var sink = Sink(target: .file(stream))
                body(&sink)
                sink.flush()
                try stream.commit()
                return true
            } catch {
                reportWriteFailure(error, path: path, context: context)
            }
            return false
        }

        /// Reports on stderr that the file at `path` could not be written, and why.
        private static func reportWriteFailure(_ error: any Error, path: String, context: CommandContext) {
            let (target, reason) = (error as? AtomicFile.WriteError).map { ($0.path, $0.reason) } ?? (path, "\(error)")
            context.report([.error(at: nil, Message.Command.cannotWrite(target, reason: reason))], sources: [])
        }

        /// Writes a finished text to the file at `path` (atomically) or to stdout.
        static func emit(_ text: String, to path: String?, context: CommandContext) -> Bool {
            write(to: path, context: context) { $0.write(text) }
        }

        /// A text stream that passes output on in pieces of about 64 KB.
        struct Sink: TextOutputStream {
            enum Target {
                case console(Console)
                case file(AtomicFile.Stream)
            }

            let target: Target
            private var buffer = ""

            init(target: Target) {
                self.target = target
            }

            mutating func write(_ string: String) {
                buffer += string
                if buffer.utf8.count >= 1 << 16 { flush() }
            }

            mutating func flush() {
                guard !buffer.isEmpty else { return }
                switch target {
                case .console(let console): console.write(buffer)
                case .file(let stream): stream.write(buffer)
                }
                buffer = ""
            }
        }
    }

    /// A one-line progress bar on stderr, redrawn in place; silent when the total is unknown (not a terminal).
    struct ProgressBar {
        let console: Console
        let language: Language
        /// Whether to draw at all (stderr is a terminal).
        let enabled: Bool
        /// The number of steps, when known.
        var total: Int?
        private var done = 0
        private var shown = false

        init(console: Console, language: Language, enabled: Bool, total: Int?) {
            self.console = console
            self.language = language
            self.enabled = enabled
            self.total = total
        }

        mutating func update(_ done: Int) {
            self.done = done
            redraw()
        }

        mutating func redraw() {
            guard enabled, let total, total > 0 else { return }
            let width = 30
            let filled = min(width, done * width / total)
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            console.writeError("\r[\(bar)] \(min(done, total))/\(total) \(Message.Command.files.text(language))")
            shown = true
        }

        mutating func clear() {
            guard shown else { return }
            console.writeError("\r\u{1B}[K")
            shown = false
        }
    }
}
