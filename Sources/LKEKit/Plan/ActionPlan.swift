import Foundation

/// A rencana aksi: the actions a unit takes to reach a predicate, each with an owner, a due date and a status.
///
/// Built from the gap to the target (`ActionPlanBuilder`), written as a YAML file the team edits
/// (`ActionPlanFile`), and merged again with the gap of an improved answer file: the team's edits stay.
public struct ActionPlan: Sendable, Equatable {
    /// One action.
    public struct Action: Sendable, Equatable {
        /// What kind of work an action is.
        enum Kind: String, Sendable, CaseIterable {
            /// Raise a choice question to an option (its criterion is what to do).
            case jawaban
            /// Reach a count in reality (such as LHKPN reports filed), then record it as it is.
            case capaian
            /// Reach a survey index with a new survey: a measurement no answer can fix.
            case survei
            /// A rule no answer meets: a predicate the unit must already hold.
            case predikat
            /// A prerequisite of the predicate not yet stated as met.
            case prasyarat
        }

        /// Where an action stands.
        public enum Status: String, Sendable, CaseIterable {
            case belum, proses, selesai
        }

        /// Unique within the plan: the question code, `predikat.RULE` or `prasyarat.ID`.
        public internal(set) var id: String
        var kind: Kind
        /// What to do, in one line (the question, the rule or the prerequisite).
        var title: String
        /// The current answer when the action was planned (`nil`: unanswered).
        var from: String?
        /// The answer to reach: an option code, a number, or for a count `CODE = VALUE`.
        var answer: String?
        /// The criterion text of the option to reach.
        var criterion: String?
        /// The evidence the answer will need (from the definition).
        var evidence: [String]
        /// Points the action adds to the total (exact).
        var points: Number?
        /// The question's value in [0, 1] once done: the action is met when the question reaches it.
        var value: Number?
        var pokja: String?
        var pic: String?
        /// `YYYY-MM-DD`.
        var due: String
        /// Where the action stands (`belum`, `proses`, `selesai`).
        public var status: Status
        var note: String?

        init(id: String, kind: Kind, title: String, from: String? = nil, answer: String? = nil, criterion: String? = nil,
                    evidence: [String] = [], points: Number? = nil, value: Number? = nil, pokja: String? = nil, pic: String? = nil,
                    due: String, status: Status = .belum, note: String? = nil) {
            self.id = id
            self.kind = kind
            self.title = title
            self.from = from
            self.answer = answer
            self.criterion = criterion
            self.evidence = evidence
            self.points = points
            self.value = value
            self.pokja = pokja
            self.pic = pic
            self.due = due
            self.status = status
            self.note = note
        }

        /// The question the action answers (the id of `jawaban` and `capaian` actions).
        var code: String? { kind == .jawaban || kind == .capaian || kind == .survei ? id : nil }
    }

    /// The id of the questionnaire the plan's codes belong to.
    public internal(set) var questionnaireID: String
    /// The unit the plan is for.
    public internal(set) var unit: String
    /// The answer file, relative to the plan file's folder (or absolute).
    var answers: String
    /// The predicate aimed at.
    public internal(set) var target: String
    var period: String?
    /// The actions, in file order.
    public var actions: [Action]

    init(questionnaireID: String, unit: String, answers: String, target: String, period: String? = nil, actions: [Action] = []) {
        self.questionnaireID = questionnaireID
        self.unit = unit
        self.answers = answers
        self.target = target
        self.period = period
        self.actions = actions
    }

    /// The action with `id`.
    public func action(_ id: String) -> Action? { actions.first { $0.id == id } }

    /// The actions not yet done.
    var open: [Action] { actions.filter { $0.status != .selesai } }
}

/// Calendar dates as `YYYY-MM-DD`, compared as text (that order is the calendar's).
public enum PlanDate {
    /// Whether `text` is a real date written `YYYY-MM-DD`.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// The proposal deadline of a period: 31 May of its year (PermenPANRB 5/2024: proposals reach the
    /// ministry by the end of May). `nil` when the period does not start with a year.
    public static func defaultDue(period: String?) -> String? {
        guard let period, period.count >= 4 else { return nil }
        let year = period.prefix(4)
        guard year.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return year + "-05-31"
    }

    /// Today's date in UTC, `YYYY-MM-DD`.
    public static func today(_ now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(c.year!)-\(two(c.month!))-\(two(c.day!))"
    }
}
