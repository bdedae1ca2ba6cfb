import Foundation
import LKEKit

/// `lke survey FILE... --instrument skm|spak|spkp`: computes a survey's index from respondent data (CSV) and
/// prints its report; `--into` writes the IPAK/IPKP index into a unit's answer file.
enum SurveyCommand: Command {
    static let name = "survey"
    static let summary = Localized(id: "mengolah data survei (SKM, SPAK, SPKP) menjadi indeks dan laporan",
                                          en: "turn survey data (SKM, SPAK, SPKP) into an index and a report")
    static let usageForms = [UsageForm("FILE...", required: ["--instrument"])]
    static let help = Localized(
        id: """
        Mengolah data responden (CSV dari Google Forms, Microsoft Forms, Excel atau LibreOffice: baris judul,
        UTF-8 dengan atau tanpa BOM, pemisah ',' atau ';') dengan definisi survei, lalu mencetak laporannya:
        per unsur NRR dan NRR tertimbang, indeks, nilai konversi, mutu dan kinerja (SKM) atau indeks 0-4
        (SPAK/SPKP), responden dibandingkan ukuran sampel Krejcie-Morgan, profil responden, rincian per bulan
        dan per kolom, prioritas perbaikan (unsur terlemah lebih dahulu) dan tabel rencana tindak lanjut.

        Kolom dicocokkan dengan unsur melalui kode (U1, SPKP3, ...), teks pertanyaan, nama unsur atau nama
        lain, tanpa memedulikan huruf besar, spasi dan tanda baca. Jawaban boleh angka atau label
        ('Sangat sesuai', '4 bintang'); sel kosong berarti tidak menjawab dan tidak dihitung pada unsur itu.
        Kolom lain (cap waktu, jenis layanan, jenis kelamin, usia, pendidikan, pekerjaan) adalah atribut
        responden. Sel yang tidak sah dilaporkan sebagai 'berkas:baris:kolom' dan barisnya dikecualikan.

        """,
        en: """
        Processes respondent data (CSV from Google Forms, Microsoft Forms, Excel or LibreOffice: a header row,
        UTF-8 with or without a BOM, ',' or ';' separators) with a survey definition and prints its report:
        per item the mean (NRR) and weighted mean, the index, the converted value, grade and performance
        (SKM) or the 0-4 index (SPAK/SPKP), respondents against the Krejcie-Morgan sample size, the
        respondent profile, breakdowns by month and by a column, improvement priorities (weakest items first)
        and a follow-up plan table.

        Columns are matched to items by code (U1, SPKP3, ...), question text, item title or alias, ignoring
        case, spacing and punctuation. Answers may be numbers or labels ('Sangat sesuai', '4 bintang'); a
        blank cell is "not answered" and is left out of that item. Other columns (timestamp, service, sex,
        age, education, occupation) are respondent attributes. A bad cell is reported as 'file:line:col'
        and its row is excluded.

        """)
    static let footer = Localized(
        id: """
        Status keluar: 0 bila berhasil, 1 bila data atau definisi tidak sah (atau sel tidak sah dengan
        --strict), 64 bila perintah salah.

        Contoh:
          lke survey examples/survey-skm.csv --instrument skm --unit "Dinas Kependudukan" --population 1200
          lke survey examples/survey-skm.csv --instrument skm --weights legacy-0.11 --by "Jenis Layanan"
          lke survey examples/survey-zi.csv --instrument spak --into jawaban.yaml
          lke survey data-*.csv --instrument spkp --from 2026-07 --to 2026-09 --format json -o ipkp.json

        """,
        en: """
        Exit status: 0 on success, 1 when the data or definition is invalid (or a cell is bad with --strict),
        64 on usage errors.

        Examples:
          lke survey examples/survey-skm.csv --instrument skm --unit "Dinas Kependudukan" --population 1200
          lke survey examples/survey-skm.csv --instrument skm --weights legacy-0.11 --by "Jenis Layanan"
          lke survey examples/survey-zi.csv --instrument spak --into answers.yaml
          lke survey data-*.csv --instrument spkp --from 2026-07 --to 2026-09 --format json -o ipkp.json

        """)
    static let options: [CommandOption] = [
        CommandOption("--instrument", short: "-i", .text(Localized(id: "NAMA", en: "NAME")), help: Localized(id: "definisi survei: skm, spak atau spkp", en: "the survey definition: skm, spak or spkp")).with(details: Localized(
            id: "definisi survei: skm (PermenPANRB 14/2017), spak atau spkp (SE MenPANRB 4/2023), id definisi lain, atau path berkas definisi (wajib)",
            en: "the survey definition: skm (PermenPANRB 14/2017), spak or spkp (SE MenPANRB 4/2023), another definition's id, or a definition file (required)")),
        CommandOption("--by", .text(Localized(id: "KOLOM", en: "COLUMN")), help: Localized(id: "rinci hasil menurut nilai kolom ini", en: "break the results down by the values of this column")).with(details: Localized(
            id: "rincian hasil per nilai kolom ini (atau atribut profil: usia, ...)",
            en: "break the results down by the values of this column (or a profile attribute: usia, ...)")),
        CommandOption("--population", .integer(Localized(id: "N", en: "N")), help: Localized(id: "jumlah populasi penerima layanan, untuk ukuran sampel Krejcie-Morgan", en: "the population served, for the Krejcie-Morgan sample size")),
        CommandOption("--from", .text(Localized(id: "TANGGAL", en: "DATE")), help: Localized(id: "hanya baris bertanggal sejak TANGGAL", en: "only rows dated from DATE")).with(details: Localized(
            id: "hanya baris bertanggal mulai TANGGAL (2026-07-01, 01/07/2026 atau 2026-07)",
            en: "only rows dated from DATE (2026-07-01, 01/07/2026 or 2026-07)")),
        CommandOption("--to", .text(Localized(id: "TANGGAL", en: "DATE")), help: Localized(id: "hanya baris bertanggal sampai TANGGAL (termasuk)", en: "only rows dated up to DATE (included)")),
        CommandOption("--weights", .text(Localized(id: "ID", en: "ID")), help: Localized(id: "profil bobot dari definisi", en: "a weight profile of the definition")).with(details: Localized(
            id: "profil bobot dari definisi (SKM: exact, bawaan; legacy-0.11 = 0,11 tercetak)",
            en: "a weight profile of the definition (SKM: exact, the default; legacy-0.11 = the printed 0,11)")),
        CommandOption("--conversion", .text(Localized(id: "ID", en: "ID")), help: Localized(id: "aturan indeks dari definisi", en: "an index rule of the definition")).with(details: Localized(
            id: "aturan indeks dari definisi (SPAK/SPKP: proportional, bawaan; minmax-0-4; minmax-1-4)",
            en: "an index rule of the definition (SPAK/SPKP: proportional, the default; minmax-0-4; minmax-1-4)")),
        CommandOption("--map", .text(Localized(id: "KOLOM=KODE", en: "COLUMN=CODE")), repeatable: true, help: Localized(id: "cocokkan KOLOM dengan unsur KODE (boleh berulang)", en: "match COLUMN to item CODE (repeatable)")),
        CommandOption("--unit", .text(Localized(id: "NAMA", en: "NAME")), help: Localized(id: "nama unit layanan untuk laporan", en: "the service unit's name for the report")),
        .reportFormat(short: "-f", ["md", "csv", "json", "html"]).with(details: Localized(
            id: "bentuk laporan (bawaan: md, atau sesuai ekstensi berkas -o); html berisi laporan md, siap dicetak",
            en: "report format (default: md, or the extension of the -o file); html holds the md report, ready to print")),
        .reportPath,
        CommandOption("--into", .path(Localized(id: "JAWABAN.yaml", en: "ANSWERS.yaml")), help: Localized(id: "tulis indeks ke berkas jawaban LKE", en: "write the index into an LKE answer file")).with(details: Localized(
            id: "tulis indeks ke berkas jawaban LKE pada pertanyaan yang ditunjuk definisi (SPAK: B.I.a, SPKP: B.II.a), dengan catatan survei, periode, responden dan aturan konversi; bagian lain berkas tetap. Peringatan bila responden kurang dari 30 atau periode kurang dari 3 bulan.",
            en: "write the index into an LKE answer file, at the question the definition names (SPAK: B.I.a, SPKP: B.II.a), with a note naming the survey, period, respondents and conversion rule; the rest of the file is kept. Warns when there are fewer than 30 respondents or the period is under 3 months.")),
        .flag("--strict", help: Localized(id: "sel tidak sah menjadi error (status 1), bukan peringatan", en: "a bad cell is an error (exit 1), not a warning")),
    ]

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard !arguments.positionals.isEmpty else {
            throw Arguments.UsageError(Message.Usage.nameSurveyData)
        }
        guard let instrument = arguments.value("--instrument") else {
            throw Arguments.UsageError(Message.Usage.nameInstrument)
        }
        let output = arguments.value("--output")
        try DocumentOutput.rejectPDF(output, allowed: ["md", "csv", "json", "html"])
        var format = try arguments.value("--format", oneOf: ["md", "csv", "json", "html"])
        if format == nil, let output {
            switch (output as NSString).pathExtension.lowercased() {
            case "csv": format = "csv"
            case "json": format = "json"
            case "html", "htm": format = "html"
            default: format = "md"
            }
        }
        var options = SurveyProcessor.Options(strict: arguments.has("--strict"))
        options.weights = arguments.value("--weights")
        options.indexRule = arguments.value("--conversion")
        options.by = arguments.value("--by")
        if let text = arguments.value("--population") {
            guard let population = Int(text), population > 0 else {
                throw Arguments.UsageError(Message.Usage.populationNotPositive(text))
            }
            options.population = population
        }
        for (option, end) in [("--from", false), ("--to", true)] {
            guard let text = arguments.value(option) else { continue }
            guard let date = SurveyDate.parse(text, monthAs: end) else {
                throw Arguments.UsageError(Message.Usage.notASurveyDate(option, value: text))
            }
            if end { options.to = date } else { options.from = date }
        }
        for text in arguments.values["--map"] ?? [] {
            guard let eq = text.lastIndex(of: "="), !text[..<eq].trimmingCharacters(in: .whitespaces).isEmpty,
                  !text[text.index(after: eq)...].trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Arguments.UsageError(Message.Usage.mapSyntax(text))
            }
            options.mappings.append(.init(column: String(text[..<eq]).trimmingCharacters(in: .whitespaces),
                                          code: String(text[text.index(after: eq)...]).trimmingCharacters(in: .whitespaces)))
        }

        let resolution = SurveyLoader().resolve(instrument, paths: context.questionnairePaths)
        guard let definition = resolution.definition else {
            context.report(resolution.diagnostics, sources: resolution.sources)
            return .failure
        }
        let processor = SurveyProcessor(definition: definition, options: options)
        let problems = processor.optionProblems()
        if !problems.isEmpty {
            throw Arguments.UsageError(Message.Usage.surveyOptions(problems))
        }
        let into = arguments.value("--into")
        if into != nil, definition.feeds == nil {
            throw Arguments.UsageError(Message.Usage.surveyFeedsNothing(definition.id))
        }

        var inputs: [SurveyProcessor.Input] = []
        var unreadable: [Diagnostic] = []
        for path in arguments.positionals {
            guard let data = FileManager.default.contents(atPath: path) else {
                unreadable.append(.error(at: nil, Message.File.cannotRead(path)))
                continue
            }
            inputs.append(.init(path: path, data: data))
        }
        if !unreadable.isEmpty {
            context.report(unreadable, sources: [])
            return .failure
        }
        let outcome = processor.run(inputs)
        let located = Set(outcome.diagnostics.compactMap { $0.location?.path })
        context.report(outcome.diagnostics, sources: inputs.filter { located.contains($0.path) }.map { SourceFile(path: $0.path, data: $0.data) })
        guard let analysis = outcome.analysis else { return .failure }

        // The LKE definition the index feeds (the user's `--questionnaire` worksheets, then the bundled ones).
        var library: QuestionnaireLibrary?
        var questionnaire: Questionnaire?
        if let feed = definition.feeds {
            let worksheets = context.questionnairePaths.filter { path in
                guard let source = try? SourceFile(contentsOfFile: path) else { return true }
                return !SurveyLoader.isSurvey(YAMLParser.parse(source).root)
            }
            library = QuestionnaireLibrary(paths: worksheets)
            questionnaire = library?.questionnaire(feed.questionnaire)
        }
        let contribution = questionnaire.flatMap { SurveyContribution.compute(analysis, questionnaire: $0) }
        let unit = arguments.value("--unit")

        if let into, let library {
            guard write(analysis, into: into, library: library, context: context) else { return .failure }
        }

        let report: String
        switch format ?? "md" {
        case "csv": report = SurveyCSVReport.render(analysis)
        case "json": report = SurveyJSONReport.render(analysis, unit: unit, contribution: contribution)
        case "html":
            let markdown = SurveyMarkdownReport.render(analysis, language: context.language, unit: unit, contribution: contribution)
            report = ReportDocument(markdown: markdown, language: context.language).html
        default: report = SurveyMarkdownReport.render(analysis, language: context.language, unit: unit, contribution: contribution)
        }
        if let output {
            do {
                try AtomicFile.write(report, to: output)
            } catch {
                context.report([.error(at: nil, Message.Command.cannotWrite(output, reason: "\(error)"))], sources: [])
                return .failure
            }
        } else {
            context.console.write(report)
        }
        return .success
    }

    /// `--into`: writes the index into the answer file at `path`, checked before it replaces the file.
    static func write(_ analysis: SurveyAnalysis, into path: String, library: QuestionnaireLibrary, context: CommandContext) -> Bool {
        guard let feed = analysis.definition.feeds else { return false }
        let source: SourceFile
        do {
            source = try SourceFile(contentsOfFile: path)
        } catch {
            context.report([FileProblem.unreadable(path)], sources: [])
            return false
        }
        let loader = AnswerSheetLoader(library: library)
        let before = loader.load(source)
        if before.diagnostics.hasErrors {
            context.report(before.diagnostics, sources: [source])
            context.report([.error(at: nil, Message.Command.fixBeforeInto(path))], sources: [])
            return false
        }
        guard let sheet = before.sheet, let old = before.answers else { return false }
        guard sheet.questionnaireID == feed.questionnaire else {
            context.report([.error(at: nil, Message.Command.feedsAnotherQuestionnaire(
                path, answers: sheet.questionnaireID, survey: analysis.definition.id, code: feed.code, questionnaire: feed.questionnaire))], sources: [])
            return false
        }
        guard let updated = SurveyAnswerUpdate.apply(analysis, to: sheet, language: context.language), let value = SurveyAnswerUpdate.value(of: analysis) else {
            context.report([.error(at: nil, Message.Command.indexNotComputed(path))],
                           sources: [])
            return false
        }
        // The answer's own lines are edited in place, so that comments, layout and every other line stay as they
        // are; a layout the edit does not handle is rewritten canonically, after a backup when it has comments.
        let merged = SurveyAnswerUpdate.mergedNote(existing: sheet.entry(feed.code)?.note, analysis: analysis, language: context.language)
        var text = AnswerFileEdit.set(code: feed.code, value: value, note: merged.note, in: source)?.text
        var after = text.map { loader.load(SourceFile(path: path, text: $0)) }
        let editedAsMeant = after.flatMap { $0.answers == nil ? nil : $0.sheet }.map { SurveyAnswerUpdate.sameContent($0, updated) } ?? false
        if !editedAsMeant { text = nil }
        var backup: String?
        if text == nil {
            text = AnswerSheetWriter.text(of: updated, questionnaire: old.questionnaire)
            after = loader.load(SourceFile(path: path, text: text!))
            if CommentScanner.hasComments(source) { backup = FillCommand.backupPath(for: path) }
        }
        guard let text, let after, let answers = after.answers, !after.diagnostics.hasErrors else {
            context.report(after?.diagnostics ?? [], sources: text.map { [SourceFile(path: path, text: $0)] } ?? [])
            context.report([.error(at: nil, Message.Command.notChanged(path))], sources: [])
            return false
        }
        do {
            if let backup {
                try AtomicFile.write(source.data, to: backup)
                context.warn(Message.Command.rewrittenWithoutComments(path, code: feed.code, backup: backup))
            }
            try AtomicFile.write(text, to: path)
        } catch {
            context.report([.error(at: nil, Message.Command.cannotWrite(path, reason: "\(error)"))], sources: [])
            return false
        }
        context.report(SurveyAnswerUpdate.unmetConditions(analysis).map { .warning(at: nil, $0) }, sources: [])
        let card = Scorer.score(answers)
        let q = answers.questionnaire
        let question = card.questions[feed.code].map { (score: card.rounded($0.score), maximum: card.rounded($0.maximum)) }
        let ancestors = q.ancestors[feed.code] ?? []
        let component = ancestors.count >= 2 ? card.nodes[ancestors[1]].map {
            (code: $0.code, title: $0.title, score: card.rounded($0.score), weight: card.rounded($0.weight))
        } : nil
        context.warn(Message.Command.surveyAnswerWritten(path, code: feed.code, value: value, previous: sheet.entry(feed.code)?.value, question: question,
                                                         component: component, total: card.rounded(card.total.score), places: q.rounding.decimals))
        // What became of the note: the team's own text is kept, an earlier note of this survey replaced.
        if merged.keptTeamNote {
            context.warn(Message.Command.teamNoteKept(path, code: feed.code, replacedSurveyNote: merged.replacedSurveyNote))
        } else if merged.replacedSurveyNote {
            context.warn(Message.Command.surveyNoteReplaced(path, code: feed.code))
        }
        return true
    }

    /// `lke check` for a survey definition: its diagnostics, and one summary line when it is valid.
    /// - Returns: whether the definition is valid.
    static func check(_ source: SourceFile, context: CommandContext) -> Bool {
        let outcome = SurveyLoader().load(source)
        context.report(outcome.diagnostics, sources: [source])
        guard let d = outcome.definition else { return false }
        context.say(Message.Command.surveyDefinitionChecked(
            source.path, id: d.id, version: d.version, instrument: d.instrument, items: d.items.count, scale: (d.scale.min, d.scale.max),
            weights: d.weightProfiles.map(\.id), rules: d.indexRules.map(\.id), feeds: d.feeds.map { ($0.code, $0.questionnaire) }))
        return true
    }
}
