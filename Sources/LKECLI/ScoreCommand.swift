import Foundation
import LKEKit

/// `lke score FILE...`: scores answer files and prints (or writes) their reports.
enum ScoreCommand: Command {
    static let name = "score"
    static let summary = Localized(id: "menilai berkas jawaban dan mencetak laporannya (Markdown, CSV, JSON, XLSX, HTML, DOCX)",
                                          en: "score answer files and print their reports (Markdown, CSV, JSON, XLSX, HTML, DOCX)")
    static let usageForms = [UsageForm("FILE...")]
    static let help = Localized(
        id: """
        Menilai setiap FILE (berkas jawaban) terhadap kuesionernya dan mencetak laporannya di stdout: nilai per
        komponen dan area, syarat Menuju WBK/WBBM satu per satu (minimal, capaian, selisih), prasyarat
        pengusulan, pertanyaan yang belum dijawab, peringatan, lembar kerja lengkap dan stempel (versi dan
        SHA-256 definisi serta berkas jawaban, versi lke). Laporan yang sama selalu dihasilkan dari berkas
        yang sama; laporan tidak memuat waktu.

        """,
        en: """
        Scores each answer FILE against its questionnaire and prints its report on stdout: scores by
        component and area, the Menuju WBK/WBBM conditions one by one (required, actual, margin), the
        eligibility prerequisites, unanswered questions, warnings, the full worksheet and a stamp (version and
        SHA-256 of the definition and of the answer file, lke version). The same files always give the same
        report; reports carry no timestamp.

        """)
    static let footer = Localized(
        id: """
        Bukti dukung: bila folder bukti ada (atau dengan --evidence), laporan mendapat bagian terpisah
        'Bukti dukung' (md; html dan docx: di halaman tersendiri setelah laporan; xlsx: lembar 'Bukti'; JSON:
        kunci 'evidence'; CSV: kolom 'Indeks Bukti' dan 'Masalah Bukti') berisi indeks bukti per komponen,
        bagian dan area serta temuan pemeriksaan berkas, dengan folder tempat mencarinya. Pemeriksaan ini
        membaca disk dan tidak pernah mengubah nilai (lihat lke evidence).

        Beberapa FILE: Markdown dicetak berurutan dipisah garis horizontal; JSON menjadi satu larik; CSV
        menjadi satu tabel dengan kolom awal 'Berkas' dan 'Unit'. Berkas yang tidak sah dilaporkan di stderr
        ('berkas:baris:kolom: error: pesan'); berkas lain tetap dinilai.
        Status keluar: 0 bila semua berkas dinilai, 1 bila ada berkas yang tidak sah atau tidak dapat
        ditulis, 64 bila perintah salah. Syarat predikat yang tidak terpenuhi tidak mengubah status keluar.

        Contoh:
          lke score examples/kantor-contoh.yaml
          lke score examples/kantor-contoh.yaml --lang en
          lke score examples/kantor-contoh.yaml -o laporan.md
          lke score examples/kantor-contoh.yaml -o lke.xlsx
          lke score jawaban/*.yaml --excel -o rekap.csv
          lke score jawaban/*.yaml --format json -o laporan/
          lke score jawaban.yaml -q kuesioner-saya.yaml

        """,
        en: """
        Evidence: when the evidence folder exists (or with --evidence), the report gains a separate
        'Evidence' section (md; html and docx: on a page of its own after the report; xlsx: a sheet 'Evidence';
        JSON: an 'evidence' key; CSV: 'Evidence Index' and 'Evidence Problems' columns) with the evidence index
        per component, half and area and the findings of the file checks, naming the folder looked in. These
        checks read the disk and never change a score (see lke evidence).

        Several FILEs: Markdown reports follow one another, separated by horizontal rules; JSON becomes one
        array; CSV becomes one table with leading 'File' and 'Unit' columns. Invalid files are reported on
        stderr ('file:line:col: error: message'); the other files are still scored.
        Exit status: 0 when every file was scored, 1 when a file was invalid or could not be written, 64 on
        usage errors. Unmet predicate conditions do not change the exit status.

        Examples:
          lke score examples/kantor-contoh.yaml
          lke score examples/kantor-contoh.yaml --lang en
          lke score examples/kantor-contoh.yaml -o report.md
          lke score examples/kantor-contoh.yaml -o lke.xlsx
          lke score answers/*.yaml --excel -o summary.csv
          lke score answers/*.yaml --format json -o reports/
          lke score answers.yaml -q my-questionnaire.yaml

        """)
    static let options: [CommandOption] = [
        .reportFormat(short: "-f", ReportFormats.names).with(details: Localized(
            id: "bentuk laporan (bawaan: md, atau sesuai ekstensi berkas -o)\n  md    Markdown untuk dibaca: di terminal, di GitHub/GitLab, atau diubah dengan pandoc\n  html  satu berkas HTML mandiri dengan grafik, untuk dibaca di peramban dan dicetak (A4, nomor halaman); untuk PDF, cetak dari peramban\n  docx  dokumen Word untuk ditandatangani atau diberi kop unit (perlu -o); untuk PDF, ubah dengan pengolah kata\n  csv   lembar kerja dengan urutan kolom LKE kementerian, satu baris per simpul, pertanyaan, input dan baris turunan (RFC 4180, titik desimal)\n  json  untuk program; skemanya di docs/reports.md\n  xlsx  buku kerja Excel/LibreOffice: lembar LKE dengan rumus hidup (ubah jawaban, nilai dan predikat dihitung ulang), Ringkasan, Skala dan Bukti bila bukti diperiksa; perlu -o (docs/xlsx.md)",
            en: "report format (default: md, or the extension of the -o file)\n  md    Markdown for people: on a terminal, on GitHub/GitLab, or converted with pandoc\n  html  one self-contained HTML file with charts, to read in a browser and print (A4, page numbers); for a PDF, print it from the browser\n  docx  a Word document to sign or put on the unit's letterhead (needs -o); for a PDF, convert it in a word processor\n  csv   the worksheet in the ministry's LKE column order, one record per node, question, input and derived row (RFC 4180, decimal dot)\n  json  for programs; the schema is in docs/reports.md\n  xlsx  an Excel/LibreOffice workbook: the LKE sheet with live formulas (change an answer and every score and verdict recomputes), a summary, the scales and the evidence when checked; needs -o (docs/xlsx.md)")),
        .excel.with(details: Localized(
            id: "CSV untuk Excel berbahasa Indonesia: BOM UTF-8, pemisah ';', koma desimal (menyiratkan --format csv)",
            en: "CSV for Excel in an Indonesian locale: UTF-8 BOM, ';' separator, decimal comma (implies --format csv)")),
        .reportPath.with(details: Localized(
            id: "tulis laporan ke JALUR (secara atomik) alih-alih ke stdout; bila JALUR folder (sudah ada atau diakhiri '/'), setiap FILE mendapat laporannya sendiri di sana: <nama berkas tanpa .yaml>.<md|csv|json|xlsx|html|docx>",
            en: "write the report to PATH (atomically) instead of stdout; when PATH is a directory (existing, or ending in '/'), each FILE gets its own report there: <file name without .yaml>.<md|csv|json|xlsx|html|docx>")),
        .flag("--evidence", help: Localized(id: "periksa bukti dukung walau folder bukti tidak ada", en: "check the evidence even when the evidence folder does not exist")),
        .flag("--no-evidence", help: Localized(id: "jangan periksa bukti dukung", en: "do not check the evidence")),
        .evidenceFolder("--evidence-dir"),
    ]

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        let paths = arguments.positionals
        guard !paths.isEmpty else {
            throw Arguments.UsageError(Message.Usage.nameAtLeastOneAnswerFile)
        }
        let output = arguments.value("--output")
        let writerType = try format(arguments, output: output)
        let writer = writerType.init(options: ReportOptions(
            language: context.language, csvDialect: arguments.has("--excel") ? .excel : .standard))
        let directory = output.flatMap { isDirectory($0) ? $0 : nil }
        if let directory { try checkDistinctNames(paths, in: directory, extension: writerType.fileExtension) }
        // The evidence part exists for the formats it is defined for (`ScoreEvidence.formats`: all of them).
        var evidenceOptions = try ScoreEvidenceOptions(arguments, fileCount: paths.count)
        if !ScoreEvidence.formats.contains(writerType.name) { evidenceOptions.disabled = true }
        var evidence: [EvidenceReport?] = []

        var failed = false
        let library = QuestionnaireLibrary(paths: context.questionnairePaths)
        let failures = library.loadFailures
        if !failures.diagnostics.isEmpty {
            context.report(failures.diagnostics, sources: failures.sources)
            failed = true
        }
        let loader = AnswerSheetLoader(library: library)
        var cards: [ScoreCard] = []
        for path in paths {
            guard let source = try? SourceFile(contentsOfFile: path) else {
                context.report([FileProblem.unreadable(path)], sources: [])
                failed = true
                continue
            }
            let outcome = loader.load(source)
            guard let answers = outcome.answers else {
                context.report(outcome.diagnostics, sources: [source] + failures.sources)
                failed = true
                continue
            }
            let card = Scorer.score(answers)
            // The loader's warnings, and those the scorer adds (zero denominators), in file order.
            let warnings = outcome.diagnostics + card.scoringWarnings
            context.report(warnings.sortedByLocation(), sources: [source] + failures.sources)
            cards.append(card)
            let report = evidenceOptions.report(card, source: source)
            if let report { ScoreEvidenceOptions.summary(report, context: context) }
            evidence.append(report)
        }
        guard !cards.isEmpty else { return .failure }
        let withEvidence = ScoreEvidence(options: ReportOptions(
            language: context.language, csvDialect: arguments.has("--excel") ? .excel : .standard))
        func document(_ indices: [Int], several: Bool) -> ReportOutput {
            guard indices.contains(where: { evidence[$0] != nil }) else {
                return several ? writer.render(indices.map { cards[$0] }) : writer.render(cards[indices[0]])
            }
            return withEvidence.output(format: writerType.name, cards: indices.map { cards[$0] }, evidence: indices.map { evidence[$0] },
                                       several: several)
        }

        if let directory {
            guard makeDirectory(directory, context: context) else { return .failure }
            for (index, card) in cards.enumerated() {
                let target = (directory as NSString).appendingPathComponent(reportName(card.answers.sheet.path, writerType.fileExtension))
                if !write(document([index], several: false), to: target, context: context) { failed = true }
            }
        } else {
            let document = document(Array(cards.indices), several: paths.count != 1)
            if let output {
                if !write(document, to: output, context: context) { failed = true }
            } else if case .text(let text) = document {
                context.console.write(text)
            }
        }
        return failed ? .failure : .success
    }

    /// The writer asked for: `--format`, else `--excel` (CSV), else the `-o` file's extension, else Markdown.
    /// An `-o` file with an extension no format writes is a usage error, never a Markdown file under that
    /// name; a binary format needs `-o`.
    private static func format(_ arguments: Arguments, output: String?) throws -> any ReportWriter.Type {
        let chosen: any ReportWriter.Type
        if let name = try arguments.value("--format", oneOf: ReportFormats.names) {
            chosen = ReportFormats.named(name)!
            if arguments.has("--excel"), chosen.name != CSVReport.name {
                throw Arguments.UsageError(Message.Usage.excelNotForFormat(name))
            }
        } else if arguments.has("--excel") {
            chosen = CSVReport.self
        } else if let output, !isDirectory(output), let ext = ReportFormats.fileExtension(of: output) {
            guard let inferred = ReportFormats.inferred(fromPath: output) else {
                throw ReportFormats.unknownExtensionError(ext)
            }
            chosen = inferred
        } else {
            chosen = MarkdownReport.self
        }
        if chosen.isBinary, output == nil {
            throw Arguments.UsageError(Message.Usage.binaryNeedsOutput(chosen.name, fileExtension: chosen.fileExtension))
        }
        return chosen
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// `answers/unit-a.yaml` gives `unit-a.md`.
    private static func reportName(_ path: String, _ fileExtension: String) -> String {
        var name = (path as NSString).lastPathComponent
        for suffix in [".yaml", ".yml"] where name.lowercased().hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        return name + "." + fileExtension
    }

    private static func checkDistinctNames(_ paths: [String], in directory: String, extension fileExtension: String) throws {
        var seen: [String: String] = [:]
        for path in paths {
            let name = reportName(path, fileExtension)
            if let earlier = seen[name], earlier != path {
                throw Arguments.UsageError(Message.Usage.sameReportName(earlier, path, name: name, directory: directory))
            }
            seen[name] = path
        }
    }

    /// Creates the `-o` directory when it does not exist yet; reports failure on stderr.
    private static func makeDirectory(_ path: String, context: CommandContext) -> Bool {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return true
        } catch {
            context.report([.error(at: nil, Message.Command.cannotCreateDirectory(path))],
                           sources: [])
            return false
        }
    }

    /// Writes `document` atomically; reports failure on stderr and success as one line on stderr.
    private static func write(_ document: ReportOutput, to path: String, context: CommandContext) -> Bool {
        do {
            try AtomicFile.write(document.data, to: path)
        } catch {
            let reason = (error as? AtomicFile.WriteError)?.reason ?? "\(error)"
            context.report([.error(at: nil, Message.Command.cannotWrite(path, reason: reason))],
                           sources: [])
            return false
        }
        context.warn(Message.Command.reportWritten(path))
        return true
    }
}
