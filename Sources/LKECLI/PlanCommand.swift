import Foundation
import LKEKit

/// `lke plan FILE`: the rencana aksi from the gap to a predicate; `lke plan PLAN.yaml --status`: its progress.
enum PlanCommand: Command {
    static let name = "plan"
    static let summary = Localized(id: "rencana aksi dari jarak ke WBK/WBBM, dan kemajuannya", en: "action plan from the gap to WBK/WBBM, and its progress")
    static let usageForms = [
        UsageForm("FILE", options: ["--target", "--due", "--today", "--output", "--format", "--excel"]),
        UsageForm("PLAN.yaml", required: ["--status"], options: ["--today", "--format", "--excel"]),
    ]
    static let help = Localized(
        id: """
        Mengubah jarak ke predikat tujuan menjadi rencana aksi: satu tindakan per perubahan jawaban yang diusulkan
        'lke gap' (jawaban yang dituju beserta kriterianya, bukti dukung yang diperlukan, tambahan nilainya), satu
        per aturan yang tidak dapat dipenuhi dengan jawaban (predikat yang harus sudah dimiliki) dan satu per
        prasyarat yang belum dinyatakan 'ya'. Setiap tindakan mendapat pokja dan PIC dari bagian 'team' berkas
        jawaban, batas waktu, dan status (belum, proses, selesai).

        Dengan -o, rencana ditulis ke PLAN.yaml; bila berkas itu sudah ada, rencana diperbarui di tempat: suntingan
        tim (pokja, PIC, batas waktu, status, catatan) dipertahankan, tindakan yang sudah dipenuhi jawaban menjadi
        'selesai' dengan sendirinya, dan tindakan baru ditambahkan. Laporan rencana dicetak ke stdout.

        Dengan --status, PLAN.yaml dibaca bersama berkas jawabannya dan dicetak kemajuan per pokja dan per PIC,
        tindakan yang terlambat pada --today, dan nilai yang dicapai bila tindakan terbuka selesai.

        """,
        en: """
        Turns the gap to the target predicate into an action plan: one action per answer change 'lke gap' proposes
        (the answer to reach with its criterion, the evidence it needs, the points it adds), one per rule no answer
        can meet (a predicate that must already be held) and one per prerequisite not yet stated 'ya'. Each action
        gets its pokja and PIC from the answer file's 'team' section, a due date, and a status (belum, proses,
        selesai).

        With -o the plan is written to PLAN.yaml; when that file exists it is updated in place: the team's edits
        (pokja, PIC, due date, status, note) are kept, actions the answers now meet become 'selesai' on their own,
        and new actions are added. The plan's report goes to stdout.

        With --status, PLAN.yaml is read with its answer file and the report shows progress by pokja and PIC, the
        actions overdue on --today, and the score reached once the open actions are done.

        """)
    static let footer = Localized(
        id: """
        Status keluar: 0 berhasil, 1 berkas tidak sah atau tidak dapat ditulis, 64 bila perintah salah.

        Contoh:
          lke plan jawaban.yaml --target wbk -o rencana-aksi.yaml
          lke plan rencana-aksi.yaml --status --today 2026-04-15
          lke plan rencana-aksi.yaml --status -f html > kemajuan-rencana.html

        """,
        en: """
        Exit status: 0 on success, 1 when a file is invalid or cannot be written, 64 on usage errors.

        Examples:
          lke plan answers.yaml --target wbk -o action-plan.yaml
          lke plan action-plan.yaml --status --today 2026-04-15
          lke plan action-plan.yaml --status -f html > plan-progress.html

        """)
    static let options: [CommandOption] = [
        CommandOption("--target", .text(Localized(id: "ID", en: "ID")), help: Localized(id: "predikat tujuan (bawaan: target rencana yang ada, atau wbk)", en: "the predicate aimed at (default: the existing plan's target, or wbk)")),
        CommandOption("--due", .text(Localized(id: "TANGGAL", en: "DATE")), help: Localized(id: "tenggat tindakan baru, YYYY-MM-DD", en: "due date of new actions, YYYY-MM-DD")).with(details: Localized(
            id: "batas waktu tindakan baru, TTTT-BB-HH (bawaan: 31 Mei tahun periode, batas pengusulan menurut PermenPANRB 5/2024)",
            en: "due date of new actions, YYYY-MM-DD (default: 31 May of the period's year, the proposal deadline under PermenPANRB 5/2024)")),
        CommandOption("--today", .text(Localized(id: "TANGGAL", en: "DATE")), help: Localized(id: "tanggal acuan untuk tindakan terlambat (bawaan: tanggal sistem)", en: "reference date for overdue actions (default: the system date)")).with(details: Localized(
            id: "tanggal acuan untuk keterlambatan (bawaan: tanggal sistem, dicetak di laporan)",
            en: "reference date for overdue actions (default: the system date, printed in the report)")),
        CommandOption("--output", short: "-o", .path(CommandOption.file), help: Localized(id: "berkas rencana yang ditulis atau diperbarui", en: "the plan file to write or update")),
        .reportFormat(short: "-f", ActionPlanReport.Format.allCases.map(\.rawValue), inferred: false),
        .flag("--status", help: Localized(id: "laporkan kemajuan berkas rencana", en: "report the progress of the plan file")).with(details: Localized(
            id: "laporkan kemajuan rencana PLAN.yaml",
            en: "report the progress of PLAN.yaml")),
        .excel,
    ]

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.count == 1 else {
            throw Arguments.UsageError(Message.Usage.nameAnswersOrPlan)
        }
        let path = arguments.positionals[0]
        let format = ActionPlanReport.Format(rawValue: try arguments.value("--format", oneOf: ActionPlanReport.Format.allCases.map(\.rawValue)) ?? "md")!
        if arguments.has("--excel"), format != .csv {
            throw Arguments.UsageError(Message.Usage.excelNeedsCSV)
        }
        let today = try date(arguments, "--today") ?? PlanDate.today()
        let due = try date(arguments, "--due")
        guard let source = try? SourceFile(contentsOfFile: path) else {
            context.report([.error(at: nil, Message.File.cannotRead(path))], sources: [])
            return .failure
        }
        let loading = AnswerFileLoading(context: context)
        if arguments.has("--status") || ActionPlanFile.isPlan(source) {
            for option in ["--target", "--due", "--output"] where arguments.value(option) != nil {
                throw Arguments.UsageError(Message.Usage.notForProgressReport(option))
            }
            guard ActionPlanFile.isPlan(source) else {
                context.report([.error(at: SourceLocation(path: path, line: 1, column: 1), Message.Command.notAPlan(path, format: ActionPlanFile.format))], sources: [source])
                return .failure
            }
            let (plan, diagnostics) = ActionPlanFile.read(source)
            context.report(diagnostics, sources: [source])
            guard var plan else { return .failure }
            guard let answers = loading.load(ActionPlanFile.answersPath(of: plan, planPath: path)) else { return .failure }
            let card = Scorer.score(answers)
            for index in plan.actions.indices where ActionPlanBuilder.isMet(plan.actions[index], card: card, target: plan.target) {
                plan.actions[index].status = .selesai
            }
            context.console.write(ActionPlanReport(status: ActionPlanStatus(plan: plan, card: card, today: today), language: context.language)
                .render(format, excel: arguments.has("--excel")))
            return .success
        }
        guard let answers = loading.load(path) else { return .failure }
        let output = arguments.value("--output")
        var existing: ActionPlan?
        if let output, let planSource = try? SourceFile(contentsOfFile: output) {
            let (plan, diagnostics) = ActionPlanFile.read(planSource)
            context.report(diagnostics, sources: [planSource])
            guard let plan else {
                context.warn(Message.Command.invalidPlanKept(output))
                return .failure
            }
            existing = plan
        }
        let ids = answers.questionnaire.predicates.map(\.id)
        let target = arguments.value("--target") ?? existing?.target ?? "wbk"
        guard ids.contains(target) else {
            let hint = Suggestion.closest(to: target, in: ids)
            throw Arguments.UsageError(Message.Usage.noSuchPredicate(target, choices: ids, suggestion: hint))
        }
        if let existing, existing.target != target {
            throw Arguments.UsageError(Message.Usage.planForOtherTarget(output!, planned: existing.target, target: target))
        }
        if let existing, existing.unit != answers.sheet.unit || existing.questionnaireID != answers.questionnaire.id {
            context.report([.warning(at: nil, Message.Command.planOfAnotherUnit(
                output!, unit: existing.unit, questionnaire: existing.questionnaireID, answers: path,
                answersUnit: answers.sheet.unit, answersQuestionnaire: answers.questionnaire.id))], sources: [])
        }
        let dueDate = due ?? PlanDate.defaultDue(period: answers.sheet.period) ?? String(today.prefix(4)) + "-05-31"
        let reference = output.map { ActionPlanFile.reference(to: path, from: $0) } ?? path
        let card = Scorer.score(answers)
        guard let plan = ActionPlanBuilder.build(card, target: target, answersPath: reference, due: dueDate, existing: existing) else { return .failure }
        if let output {
            do {
                try AtomicFile.write(ActionPlanFile.text(of: plan), to: output)
            } catch {
                let reason = (error as? AtomicFile.WriteError)?.reason ?? "\(error)"
                context.report([.error(at: nil, Message.Command.cannotWrite(output, reason: reason))], sources: [])
                return .failure
            }
            let before = Set(existing?.actions.map(\.id) ?? [])
            let added = plan.actions.filter { !before.contains($0.id) }.count
            let closed = plan.actions.filter { action in action.status == .selesai && existing?.action(action.id).map { $0.status != .selesai } == true }.count
            context.warn(existing == nil
                ? Message.Command.planWritten(output, actions: plan.actions.count)
                : Message.Command.planUpdated(output, actions: plan.actions.count, added: added, closed: closed))
        }
        context.console.write(ActionPlanReport(status: ActionPlanStatus(plan: plan, card: card, today: today), language: context.language)
            .render(format, excel: arguments.has("--excel")))
        return .success
    }

    private static func date(_ arguments: Arguments, _ option: String) throws -> String? {
        guard let value = arguments.value(option) else { return nil }
        guard PlanDate.isValid(value) else {
            throw Arguments.UsageError(Message.Usage.notADate(option, value: value))
        }
        return value
    }
}
