import Foundation

/// The rencana aksi report in Markdown, CSV or JSON: the plan's state on a day (`ActionPlanStatus`) and every
/// action grouped by pokja. Numbers follow the definition's rounding, with a decimal comma in Indonesian
/// Markdown and Excel CSV, a dot in JSON and plain CSV.
public struct ActionPlanReport: Sendable {
    /// The formats the report is written in.
    /// `html` is the Markdown report as one self-contained page to print (through `ReportDocument`).
    public enum Format: String, Sendable, CaseIterable { case md, csv, json, html }

    var status: ActionPlanStatus
    var language: Language

    /// The report of `status`, in `language`.
    public init(status: ActionPlanStatus, language: Language) {
        self.status = status
        self.language = language
    }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }
    private func esc(_ text: String) -> String { MarkdownText.inline(text) }
    private var plan: ActionPlan { status.plan }
    private var numbers: ReportNumbers { ReportNumbers(rounding: status.card.questionnaire.rounding, decimalComma: language == .id) }
    private var predicateTitle: String { status.card.questionnaire.predicate(plan.target)?.title ?? plan.target }

    /// The report in `format`; `excel` applies to CSV (semicolons, decimal comma, byte-order mark).
    public func render(_ format: Format, excel: Bool = false) -> String {
        switch format {
        case .md: return markdown
        case .csv: return csv(excel ? .excel : .standard)
        case .json: return json.pretty() + "\n"
        case .html: return ReportDocument(markdown: markdown, language: language).html
        }
    }

    private func statusLabel(_ status: ActionPlan.Action.Status) -> String {
        switch status {
        case .belum: return t("belum", "not started")
        case .proses: return t("proses", "in progress")
        case .selesai: return t("selesai", "done")
        }
    }

    private func kindLabel(_ kind: ActionPlan.Action.Kind) -> String {
        switch kind {
        case .jawaban: return t("jawaban", "answer")
        case .capaian: return t("capaian", "target")
        case .survei: return t("survei", "survey")
        case .predikat: return t("predikat", "predicate")
        case .prasyarat: return t("prasyarat", "prerequisite")
        }
    }

    /// A number written by the engine (`3.45`, `40.00%`) with a decimal comma in Indonesian; other text as it is.
    private func localNumber(_ text: String) -> String {
        guard language == .id else { return text }
        let body = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard NumberFormat.parse(body) != nil else { return text }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    private func verdict(_ met: Bool) -> String { met ? t("tercapai", "met") : t("belum tercapai", "not met") }

    // MARK: - Markdown

    var markdown: String {
        let totals = status.totals
        var out = "# " + t("Rencana aksi", "Action plan") + ": " + esc(plan.unit) + " — " + esc(predicateTitle) + "\n\n"
        out += "- **" + t("Berkas jawaban", "Answer file") + ":** " + esc(plan.answers) + "\n"
        out += "- **" + t("Tanggal acuan", "Reference date") + ":** " + status.today + "\n"
        out += "- **" + t("Tindakan", "Actions") + ":** \(totals.total) (" + [ActionPlan.Action.Status.belum, .proses, .selesai].map { s in
            "\(count(s, in: totals)) " + statusLabel(s) }.joined(separator: ", ") + ")\n"
        out += "- **" + t("Nilai saat ini", "Score now") + ":** " + numbers.fixed(status.card.total.score) + " (" + esc(predicateTitle) + ": " + verdict(status.metNow) + ")\n"
        out += "- **" + t("Nilai bila tindakan terbuka selesai", "Score once the open actions are done") + ":** " + numbers.fixed(status.done.total.score)
            + " (" + esc(predicateTitle) + ": " + verdict(status.metDone) + ")\n\n"

        out += "## " + t("Kemajuan per pokja", "Progress by pokja") + "\n\n"
        out += progressTable(status.byPokja, first: "Pokja", showsPIC: true)
        out += "## " + t("Kemajuan per PIC", "Progress by PIC") + "\n\n"
        out += progressTable(status.byPIC, first: "PIC", showsPIC: false)

        out += "## " + t("Terlambat", "Overdue") + "\n\n"
        if status.overdue.isEmpty {
            out += t("Tidak ada tindakan terbuka yang melewati batas waktu per \(status.today).", "No open action is past its due date on \(status.today).") + "\n\n"
        } else {
            out += MarkdownText.header([t("Tindakan", "Action"), "Pokja", "PIC", t("Batas", "Due"), "Status"], "lllll")
            for action in status.overdue {
                out += MarkdownText.row([esc(action.id), esc(action.pokja ?? "—"), esc(action.pic ?? "—"), action.due, statusLabel(action.status)]) + "\n"
            }
            out += "\n"
        }

        out += "## " + t("Tindakan per pokja", "Actions by pokja") + "\n\n"
        for tally in status.byPokja {
            out += "### " + (tally.name.isEmpty ? t("(tanpa pokja)", "(no pokja)") : esc(tally.name)) + "\n\n"
            out += MarkdownText.header([t("Tindakan", "Action"), t("Jenis", "Kind"), t("Dari", "From"), t("Menjadi", "To"),
                                        t("Tambahan nilai", "Points"), "PIC", t("Batas", "Due"), "Status"], "llllrlll")
            let actions = plan.actions.filter { ($0.pokja ?? "") == tally.name }
            for action in actions {
                out += MarkdownText.row([esc(action.id), kindLabel(action.kind), esc(action.from.map(localNumber) ?? "—"), esc(action.answer.map(localNumber) ?? "—"),
                                         action.points.map { "+" + numbers.fixed($0) } ?? "—", esc(action.pic ?? "—"), action.due,
                                         statusLabel(action.status) + (status.isOverdue(action) ? t(" (terlambat)", " (overdue)") : "")]) + "\n"
            }
            out += "\n"
            for action in actions where action.criterion != nil || !action.evidence.isEmpty || action.note != nil {
                out += "- **" + esc(action.id) + "** " + esc(action.title)
                if let criterion = action.criterion { out += "; " + t("kriteria ", "criterion ") + esc(action.answer ?? "") + ": " + esc(criterion) }
                if !action.evidence.isEmpty { out += "; " + t("bukti: ", "evidence: ") + action.evidence.map(esc).joined(separator: "; ") }
                if let note = action.note { out += "; " + t("catatan: ", "note: ") + esc(note) }
                out += "\n"
            }
            if actions.contains(where: { $0.criterion != nil || !$0.evidence.isEmpty || $0.note != nil }) { out += "\n" }
        }
        return out
    }

    private func count(_ status: ActionPlan.Action.Status, in tally: ActionPlanStatus.Tally) -> Int {
        switch status {
        case .belum: return tally.belum
        case .proses: return tally.proses
        case .selesai: return tally.selesai
        }
    }

    private func progressTable(_ tallies: [ActionPlanStatus.Tally], first: String, showsPIC: Bool) -> String {
        guard !tallies.isEmpty else { return t("Belum ada tindakan.", "No actions yet.") + "\n\n" }
        var out = MarkdownText.header([first] + (showsPIC ? ["PIC"] : []) + [t("Tindakan", "Actions"), t("Belum", "Not started"),
                                      t("Proses", "In progress"), t("Selesai", "Done"), t("Selesai %", "Done %")],
                                      showsPIC ? "llrrrrr" : "lrrrrr")
        for tally in tallies {
            let name = tally.name.isEmpty ? (showsPIC ? t("(tanpa pokja)", "(no pokja)") : t("(tanpa PIC)", "(no PIC)")) : esc(tally.name)
            let share = Number(tally.selesai) * 100 / Number(max(tally.total, 1))
            out += MarkdownText.row([name] + (showsPIC ? [tally.pic.isEmpty ? "—" : esc(tally.pic)] : [])
                                    + ["\(tally.total)", "\(tally.belum)", "\(tally.proses)", "\(tally.selesai)", numbers.percent(share)]) + "\n"
        }
        return out + "\n"
    }

    // MARK: - CSV

    func csv(_ dialect: CSVReport.Dialect) -> String {
        let n = ReportNumbers(rounding: status.card.questionnaire.rounding, decimalComma: dialect.usesDecimalComma)
        var out = dialect.preamble
        out += dialect.record(["id", "kind", "pokja", "pic", "title", "from", "answer", "criterion", "evidence", "points", "due", "status",
                               "overdue", "note"])
        for action in plan.actions {
            out += dialect.record([action.id, action.kind.rawValue, action.pokja ?? "", action.pic ?? "", action.title, action.from ?? "",
                                   action.answer ?? "", action.criterion ?? "", action.evidence.joined(separator: "; "),
                                   action.points.map { n.fixed($0) } ?? "", action.due, action.status.rawValue,
                                   status.isOverdue(action) ? "ya" : "tidak", action.note ?? ""])
        }
        return out
    }

    // MARK: - JSON

    var json: JSONValue {
        let n = ReportNumbers(rounding: status.card.questionnaire.rounding, decimalComma: false)
        func tally(_ t: ActionPlanStatus.Tally, pic: Bool) -> JSONValue {
            var fields: [(String, JSONValue)] = [("name", .string(t.name.isEmpty ? nil : t.name))]
            if pic { fields.append(("pic", .string(t.pic.isEmpty ? nil : t.pic))) }
            return .object(fields + [("actions", .number("\(t.total)")), ("belum", .number("\(t.belum)")), ("proses", .number("\(t.proses)")),
                                     ("selesai", .number("\(t.selesai)"))])
        }
        let actions: [JSONValue] = plan.actions.map { action in
            .object([("id", .string(action.id)), ("kind", .string(action.kind.rawValue)), ("pokja", .string(action.pokja)),
                     ("pic", .string(action.pic)), ("title", .string(action.title)), ("from", .string(action.from)),
                     ("answer", .string(action.answer)), ("criterion", .string(action.criterion)),
                     ("evidence", .array(action.evidence.map { .string($0) })),
                     ("points", action.points.map { .number(n.fixed($0)) } ?? .null), ("due", .string(action.due)),
                     ("status", .string(action.status.rawValue)), ("overdue", .bool(status.isOverdue(action))), ("note", .string(action.note))])
        }
        return .object([
            ("unit", .string(plan.unit)), ("questionnaire", .string(plan.questionnaireID)), ("target", .string(plan.target)),
            ("answers", .string(plan.answers)), ("today", .string(status.today)),
            ("score", .object([("now", .number(n.fixed(status.card.total.score))), ("met_now", .bool(status.metNow)),
                               ("when_done", .number(n.fixed(status.done.total.score))), ("met_when_done", .bool(status.metDone))])),
            ("by_pokja", .array(status.byPokja.map { tally($0, pic: true) })),
            ("by_pic", .array(status.byPIC.map { tally($0, pic: false) })),
            ("overdue", .array(status.overdue.map { .string($0.id) })),
            ("actions", .array(actions)),
        ])
    }
}
