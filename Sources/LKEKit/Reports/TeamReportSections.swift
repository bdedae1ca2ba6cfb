import Foundation

/// The sections a score report adds for a unit's team work, each only when the answer file has the block:
/// open questions per pokja (`team:`), the items under review with their comments (reviewer layers), and the
/// SPTJM statement with its signer and digest (`attestation:`). None of them changes a number.
struct TeamReportSections: Sendable {
    var card: ScoreCard
    var language: Language

    init(card: ScoreCard, language: Language) {
        self.card = card
        self.language = language
    }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
    private var sheet: AnswerSheet { card.answers.sheet }
    typealias Inline = ReportDocument.Inline
    typealias Column = ReportDocument.Column
    typealias Row = ReportDocument.Row

    /// All sections present, as blocks of the score report (Markdown, HTML and DOCX render them).
    var blocks: [ReportDocument.Block] { openWork + reviews + statement }

    /// All sections present, in Markdown.
    var markdown: String {
        ReportDocument(title: "", language: language, sections: blocks.isEmpty ? [] : [.init(blocks)]).markdown
    }

    /// The unanswered questions per pokja; the uncovered ones under "tanpa pokja".
    var openWork: [ReportDocument.Block] {
        guard !sheet.team.isEmpty else { return [] }
        var byPokja: [String: [Question]] = [:]
        for question in card.unanswered {
            byPokja[sheet.pokja(for: question.code, in: card.questionnaire)?.name ?? "", default: []].append(question)
        }
        var rows = sheet.team.map { pokja -> Row in
            let open = byPokja[pokja.name] ?? []
            return Row([[.text(pokja.name)], [.text(pokja.pic ?? "—")], [.plain("\(open.count)")], codes(open)])
        }
        if let rest = byPokja[""], !rest.isEmpty {
            rows.append(Row([[.plain(t("(tanpa pokja)", "(no pokja)"))], [.plain("—")], [.plain("\(rest.count)")], codes(rest)]))
        }
        return [.heading(level: 2, [.plain(t("Pekerjaan terbuka per pokja", "Open work by pokja"))]),
                .table(.init(columns: [Column([.plain("Pokja")], .left, .short), Column([.plain("PIC")], .left, .short),
                                       Column([.plain(t("Belum dijawab", "Unanswered"))], .right, .number), Column([.plain(t("Kode", "Codes"))])],
                             rows: rows))]
    }

    /// The first ten codes, then how many more.
    private func codes(_ questions: [Question]) -> [Inline] {
        guard !questions.isEmpty else { return [.plain("—")] }
        let shown = questions.prefix(10).map(\.code).joined(separator: ", ")
        return [.text(shown)] + (questions.count > 10 ? [.plain(t(" dan \(questions.count - 10) lainnya", " and \(questions.count - 10) more"))] : [])
    }

    /// The items that carry a verdict, with their status and comment, and the count per status.
    var reviews: [ReportDocument.Block] {
        guard AnswerSheet.reviewerLayers.contains(sheet.layer ?? ""), !sheet.reviewed.isEmpty else { return [] }
        let reviewed = sheet.reviewed
        let counts = Review.Status.allCases.map { status in "\(reviewed.filter { $0.review?.status == status }.count) " + status.label(language) }
        let order = Dictionary(card.questionnaire.answerCodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = reviewed.sorted(by: { (order[$0.code] ?? .max, $0.code) < (order[$1.code] ?? .max, $1.code) }).map { entry -> Row in
            let review = entry.review!
            return Row([[.text(entry.code)], [.text(entry.value ?? "—")], [.plain(review.status.label(language))], [.text(review.comment ?? "—")]])
        }
        return [.heading(level: 2, [.plain(t("Hasil tinjauan", "Review verdicts"))]),
                .paragraph([.plain(t("\(reviewed.count) butir ditinjau: ", "\(reviewed.count) items reviewed: ") + counts.joined(separator: ", ") + ".")]),
                .table(.init(columns: [Column([.plain(t("Kode", "Code"))], .left, .code), Column([.plain(t("Jawaban", "Answer"))], .left, .short),
                                       Column([.plain("Status")], .left, .short), Column([.plain(t("Komentar", "Comment"))])],
                             rows: rows))]
    }

    /// The SPTJM: the statement, the signer, the digest and whether it still holds.
    var statement: [ReportDocument.Block] {
        guard let check = AttestationCheck(card.answers) else { return [] }
        let a = check.attestation
        var items: [[Inline]] = [
            [.strong([.plain(t("Nama", "Name") + ":")]), .plain(" "), .text(a.name)],
            [.strong([.plain("NIP:")]), .plain(" "), .text(a.nip)],
            [.strong([.plain(t("Jabatan", "Position") + ":")]), .plain(" "), .text(a.jabatan)],
        ]
        if let date = a.date { items.append([.strong([.plain(t("Tanggal", "Date") + ":")]), .plain(" "), .text(date)]) }
        items.append([.strong([.plain(t("Ringkasan jawaban", "Answer digest") + ":")]), .plain(" SHA-256 "), .code(a.digest)])
        if check.holds {
            items.append([.strong([.plain("Status:")]), .plain(" " + t("jawaban sama dengan yang ditandatangani", "the answers are the ones signed"))])
        } else {
            items.append([.strong([.plain("Status:")]), .plain(" " + t("jawaban berubah setelah ditandatangani; kode yang berubah: ", "the answers changed after signing; changed codes: ")),
                          .text(check.changedCodes.isEmpty ? "—" : check.changedCodes.joined(separator: ", "))])
        }
        return [.heading(level: 2, [.plain(t("Surat Pernyataan Tanggung Jawab Mutlak (SPTJM)", "Statement of absolute responsibility (SPTJM)"))]),
                .paragraph([.plain(t("Yang bertanda tangan menyatakan bahwa data dan bukti dukung dalam lembar kerja evaluasi ",
                                     "The undersigned declares that the data and evidence in the evaluation worksheet of ")),
                            .text(sheet.unit),
                            .plain(t(" adalah benar dan dapat dipertanggungjawabkan.", " are true and accountable."))]),
                .list(items)]
    }

    /// The same for JSON reports, each key only when the file has the block: `team` (each pokja with its
    /// unanswered codes), `reviews` (reviewer layers) and `attestation` (with `holds` and `changed`).
    var jsonFields: [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = []
        if !sheet.team.isEmpty {
            var open: [String: [String]] = [:]
            for question in card.unanswered { open[sheet.pokja(for: question.code, in: card.questionnaire)?.name ?? "", default: []].append(question.code) }
            fields.append(("team", .array(sheet.team.map { pokja in
                .object([("name", .string(pokja.name)), ("areas", .array(pokja.areas.map { .string($0) })), ("pic", .string(pokja.pic)),
                         ("members", .array(pokja.members.map { .string($0) })), ("unanswered", .array((open[pokja.name] ?? []).map { .string($0) }))])
            })))
        }
        if AnswerSheet.reviewerLayers.contains(sheet.layer ?? ""), !sheet.reviewed.isEmpty {
            fields.append(("reviews", .array(sheet.reviewed.map { entry in
                .object([("code", .string(entry.code)), ("status", .string(entry.review!.status.rawValue)), ("comment", .string(entry.review!.comment))])
            })))
        }
        if let check = AttestationCheck(card.answers) {
            let a = check.attestation
            fields.append(("attestation", .object([
                ("name", .string(a.name)), ("nip", .string(a.nip)), ("jabatan", .string(a.jabatan)), ("date", .string(a.date)),
                ("sha256", .string(a.digest)), ("holds", .bool(check.holds)), ("changed", .array(check.changedCodes.map { .string($0) })),
            ])))
        }
        return fields
    }
}
