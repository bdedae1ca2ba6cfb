import Foundation

/// The sections a score report adds for a unit's team work, each only when the answer file has the block:
/// open questions per pokja (`team:`), the items under review with their comments (reviewer layers), and the
/// SPTJM statement with its signer and digest (`attestation:`). None of them changes a number.
public struct TeamReportSections: Sendable {
    public var card: ScoreCard
    public var language: Language

    public init(card: ScoreCard, language: Language) {
        self.card = card
        self.language = language
    }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
    private func esc(_ text: String) -> String { MarkdownText.inline(text) }
    private var sheet: AnswerSheet { card.answers.sheet }

    /// All sections present, in Markdown.
    public var markdown: String { openWork + reviews + statement }

    /// The unanswered questions per pokja; the uncovered ones under "tanpa pokja".
    public var openWork: String {
        guard !sheet.team.isEmpty else { return "" }
        var out = "## " + t("Pekerjaan terbuka per pokja", "Open work by pokja") + "\n\n"
        var byPokja: [String: [Question]] = [:]
        for question in card.unanswered {
            byPokja[sheet.pokja(for: question.code, in: card.questionnaire)?.name ?? "", default: []].append(question)
        }
        out += MarkdownText.header(["Pokja", "PIC", t("Belum dijawab", "Unanswered"), t("Kode", "Codes")], "llrl")
        for pokja in sheet.team {
            let open = byPokja[pokja.name] ?? []
            out += MarkdownText.row([esc(pokja.name), esc(pokja.pic ?? "—"), "\(open.count)", codes(open)]) + "\n"
        }
        if let rest = byPokja[""], !rest.isEmpty {
            out += MarkdownText.row([t("(tanpa pokja)", "(no pokja)"), "—", "\(rest.count)", codes(rest)]) + "\n"
        }
        return out + "\n"
    }

    /// The first ten codes, then how many more.
    private func codes(_ questions: [Question]) -> String {
        guard !questions.isEmpty else { return "—" }
        let shown = questions.prefix(10).map { esc($0.code) }.joined(separator: ", ")
        return questions.count > 10 ? shown + t(" dan \(questions.count - 10) lainnya", " and \(questions.count - 10) more") : shown
    }

    /// The items that carry a verdict, with their status and comment, and the count per status.
    public var reviews: String {
        guard AnswerSheet.reviewerLayers.contains(sheet.layer ?? ""), !sheet.reviewed.isEmpty else { return "" }
        let reviewed = sheet.reviewed
        var out = "## " + t("Hasil tinjauan", "Review verdicts") + "\n\n"
        let counts = Review.Status.allCases.map { status in "\(reviewed.filter { $0.review?.status == status }.count) " + status.label(language) }
        out += t("\(reviewed.count) butir ditinjau: ", "\(reviewed.count) items reviewed: ") + counts.joined(separator: ", ") + ".\n\n"
        out += MarkdownText.header([t("Kode", "Code"), t("Jawaban", "Answer"), "Status", t("Komentar", "Comment")], "llll")
        let order = Dictionary(card.questionnaire.answerCodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for entry in reviewed.sorted(by: { (order[$0.code] ?? .max, $0.code) < (order[$1.code] ?? .max, $1.code) }) {
            let review = entry.review!
            out += MarkdownText.row([esc(entry.code), esc(entry.value ?? "—"), review.status.label(language), esc(review.comment ?? "—")]) + "\n"
        }
        return out + "\n"
    }

    /// The same for JSON reports, each key only when the file has the block: `team` (each pokja with its
    /// unanswered codes), `reviews` (reviewer layers) and `attestation` (with `holds` and `changed`).
    public var jsonFields: [(String, JSONValue)] {
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

    /// The SPTJM: the statement, the signer, the digest and whether it still holds.
    public var statement: String {
        guard let check = AttestationCheck(card.answers) else { return "" }
        let a = check.attestation
        var out = "## " + t("Surat Pernyataan Tanggung Jawab Mutlak (SPTJM)", "Statement of absolute responsibility (SPTJM)") + "\n\n"
        out += t("Yang bertanda tangan menyatakan bahwa data dan bukti dukung dalam lembar kerja evaluasi \(esc(sheet.unit)) adalah benar dan dapat dipertanggungjawabkan.",
                 "The undersigned declares that the data and evidence in the evaluation worksheet of \(esc(sheet.unit)) are true and accountable.") + "\n\n"
        out += "- **" + t("Nama", "Name") + ":** " + esc(a.name) + "\n"
        out += "- **NIP:** " + esc(a.nip) + "\n"
        out += "- **" + t("Jabatan", "Position") + ":** " + esc(a.jabatan) + "\n"
        if let date = a.date { out += "- **" + t("Tanggal", "Date") + ":** " + esc(date) + "\n" }
        out += "- **" + t("Ringkasan jawaban", "Answer digest") + ":** SHA-256 `" + a.digest + "`\n"
        if check.holds {
            out += "- **" + t("Status", "Status") + ":** " + t("jawaban sama dengan yang ditandatangani", "the answers are the ones signed") + "\n\n"
        } else {
            let changed = check.changedCodes.isEmpty ? "—" : check.changedCodes.map(esc).joined(separator: ", ")
            out += "- **" + t("Status", "Status") + ":** " + t("jawaban berubah setelah ditandatangani; kode yang berubah: ", "the answers changed after signing; changed codes: ")
                + changed + "\n\n"
        }
        return out
    }
}
