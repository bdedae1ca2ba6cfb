import Foundation

/// The rencana aksi file: written in the project's YAML subset (docs/format.md §6) and read back with located
/// errors. The team edits `pokja`, `pic`, `due`, `status` and `note`; `lke plan` fills the rest.
public enum ActionPlanFile {
    /// The value of `format:` that marks a plan file.
    public static let format = "rencana-aksi/1"
    static let topKeys = ["format", "questionnaire", "unit", "answers", "target", "period", "actions"]
    static let actionKeys = ["id", "kind", "title", "from", "answer", "criterion", "evidence", "points", "value", "pokja", "pic", "due",
                             "status", "note"]

    /// Whether `source` is a plan file (its first key is `format: rencana-aksi/1`), without a full parse.
    public static func isPlan(_ source: SourceFile) -> Bool {
        let (root, _) = YAMLParser.parse(source)
        return root?["format"]?.scalar == format
    }

    /// Reads a plan; `nil` plan when there are errors (all reported).
    public static func read(_ source: SourceFile) -> (plan: ActionPlan?, diagnostics: [Diagnostic]) {
        let (root, yamlDiagnostics) = YAMLParser.parse(source)
        let diagnostics = DiagnosticLog(yamlDiagnostics)
        guard let root else {
            if !diagnostics.hasErrors {
                diagnostics.append(.error(at: SourceLocation(path: source.path, line: 1, column: 1), Message.Plan.emptyFile))
            }
            return (nil, diagnostics.handOver())
        }
        let f = FieldReader(root, allowed: topKeys, what: Message.Plan.actionPlan, diagnostics: diagnostics)
        guard f.isMapping else { return (nil, diagnostics.handOver()) }
        if let marker = f.text("format", required: true)?.value, marker != format {
            diagnostics.append(.error(at: f.location(of: "format"), Message.Plan.unknownFormat(marker, expected: format)))
        }
        var plan = ActionPlan(questionnaireID: f.text("questionnaire", required: true)?.value ?? "",
                              unit: f.text("unit", required: true)?.value ?? "",
                              answers: f.text("answers", required: true)?.value ?? "",
                              target: f.text("target", required: true)?.value ?? "",
                              period: f.text("period")?.value)
        var ids = Set<String>()
        for item in f.list("actions", required: true) {
            let a = FieldReader(item, allowed: actionKeys, what: Message.Plan.action, diagnostics: diagnostics)
            guard a.isMapping else { continue }
            let id = a.text("id", required: true)?.value
            let kind = a.choice("kind", ActionPlan.Action.Kind.allCases.map(\.rawValue), required: true)?.value
            let status = a.choice("status", ActionPlan.Action.Status.allCases.map(\.rawValue), required: true)?.value
            let due = a.text("due", required: true)?.value
            if let due, !PlanDate.isValid(due) {
                diagnostics.append(.error(at: a.location(of: "due"), Message.Plan.badDueDate(due)))
            }
            let points = a.decimal("points")?.value
            let value = a.decimal("value")?.value
            guard let id, let kind, let status, let due else { continue }
            guard ids.insert(id).inserted else {
                diagnostics.append(.error(at: a.location(of: "id"), Message.Plan.actionTwice(id)))
                continue
            }
            plan.actions.append(ActionPlan.Action(
                id: id, kind: ActionPlan.Action.Kind(rawValue: kind)!, title: a.text("title")?.value ?? "",
                from: a.text("from")?.value, answer: a.text("answer")?.value, criterion: a.text("criterion")?.value,
                evidence: a.texts("evidence"), points: points, value: value, pokja: a.text("pokja")?.value,
                pic: a.text("pic")?.value, due: due, status: ActionPlan.Action.Status(rawValue: status)!, note: a.text("note")?.value))
        }
        let sorted = diagnostics.handOver().sortedByLocation()
        return (sorted.hasErrors ? nil : plan, sorted)
    }

    /// The plan's text, ending with a line end.
    public static func text(of plan: ActionPlan) -> String {
        func scalar(_ text: String) -> String { AnswerSheetWriter.scalar(text) }
        var out = "format: " + format + "\n"
        out += "questionnaire: " + scalar(plan.questionnaireID) + "\n"
        out += "unit: " + scalar(plan.unit) + "\n"
        out += "answers: " + scalar(plan.answers) + "\n"
        out += "target: " + scalar(plan.target) + "\n"
        if let period = plan.period { out += "period: " + scalar(period) + "\n" }
        guard !plan.actions.isEmpty else { return out + "actions: []\n" }
        out += "actions:\n"
        for action in plan.actions {
            out += "  - id: " + scalar(action.id) + "\n"
            out += "    kind: " + action.kind.rawValue + "\n"
            out += "    title: " + scalar(action.title) + "\n"
            if let from = action.from { out += "    from: " + scalar(from) + "\n" }
            if let answer = action.answer { out += "    answer: " + scalar(answer) + "\n" }
            if let criterion = action.criterion { out += "    criterion: " + scalar(criterion) + "\n" }
            if !action.evidence.isEmpty {
                out += "    evidence:\n"
                for item in action.evidence { out += "      - " + scalar(item) + "\n" }
            }
            if let points = action.points { out += "    points: " + AnswerSheetWriter.scalar(NumberFormat.plain(points), allowsNumber: true) + "\n" }
            if let value = action.value { out += "    value: " + AnswerSheetWriter.scalar(NumberFormat.plain(value), allowsNumber: true) + "\n" }
            if let pokja = action.pokja { out += "    pokja: " + scalar(pokja) + "\n" }
            if let pic = action.pic { out += "    pic: " + scalar(pic) + "\n" }
            out += "    due: " + scalar(action.due) + "\n"
            out += "    status: " + action.status.rawValue + "\n"
            if let note = action.note { out += "    note: " + scalar(note) + "\n" }
        }
        return out
    }

    /// How a plan at `planPath` names the answer file at `answersPath`: relative to the plan's folder (with `..`
    /// where needed), so that the two can move together.
    public static func reference(to answersPath: String, from planPath: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        func parts(_ path: String) -> [String] {
            let full = path.hasPrefix("/") ? path : cwd + "/" + path
            return (full as NSString).standardizingPath.split(separator: "/").map(String.init)
        }
        let directory = Array(parts(planPath).dropLast())
        let target = parts(answersPath)
        var common = 0
        while common < directory.count, common < target.count - 1, directory[common] == target[common] { common += 1 }
        return (Array(repeating: "..", count: directory.count - common) + target[common...]).joined(separator: "/")
    }

    /// The path of a plan's answer file, as seen from the current directory.
    public static func answersPath(of plan: ActionPlan, planPath: String) -> String {
        if plan.answers.hasPrefix("/") { return plan.answers }
        let directory = (planPath as NSString).deletingLastPathComponent
        return directory.isEmpty ? plan.answers : (directory as NSString).appendingPathComponent(plan.answers)
    }
}
