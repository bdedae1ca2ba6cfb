import Foundation

/// Where a rencana aksi stands on a day: progress per pokja and per PIC, the overdue actions, and the score
/// now and once the open actions are done.
public struct ActionPlanStatus: Sendable {
    /// Counts of actions by status for one pokja or PIC.
    struct Tally: Sendable, Equatable {
        var name: String
        /// The PIC of a pokja row (the PICs named on its actions, joined), empty for PIC rows.
        var pic: String
        var belum = 0
        var proses = 0
        var selesai = 0
        var total: Int { belum + proses + selesai }

        mutating func add(_ status: ActionPlan.Action.Status) {
            switch status {
            case .belum: belum += 1
            case .proses: proses += 1
            case .selesai: selesai += 1
            }
        }
    }

    var plan: ActionPlan
    /// `YYYY-MM-DD`.
    var today: String
    var card: ScoreCard
    var done: ScoreCard
    var byPokja: [Tally]
    var byPIC: [Tally]
    /// Open actions whose due date is before `today`, by due date.
    var overdue: [ActionPlan.Action]

    /// Where `plan` stands against `card` on the day `today` (`YYYY-MM-DD`).
    public init(plan: ActionPlan, card: ScoreCard, today: String) {
        self.plan = plan
        self.today = today
        self.card = card
        done = ActionPlanBuilder.scoreWhenDone(plan, card: card)
        func tallies(_ key: (ActionPlan.Action) -> String) -> [Tally] {
            var order: [String] = []
            var table: [String: Tally] = [:]
            for action in plan.actions {
                let name = key(action)
                if table[name] == nil {
                    order.append(name)
                    table[name] = Tally(name: name, pic: "")
                }
                table[name]!.add(action.status)
            }
            return order.map { table[$0]! }
        }
        byPokja = tallies { $0.pokja ?? "" }
        for index in byPokja.indices {
            var pics: [String] = []
            for action in plan.actions where (action.pokja ?? "") == byPokja[index].name {
                if let pic = action.pic, !pics.contains(pic) { pics.append(pic) }
            }
            byPokja[index].pic = pics.joined(separator: ", ")
        }
        byPIC = tallies { $0.pic ?? "" }
        overdue = plan.actions.enumerated().filter { $0.element.status != .selesai && $0.element.due < today }
            .sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)
    }

    /// Counts over the whole plan.
    var totals: Tally {
        var tally = Tally(name: "", pic: "")
        for action in plan.actions { tally.add(action.status) }
        return tally
    }

    /// Whether the target is met now, and once the open actions are done.
    var metNow: Bool { card.predicate(plan.target)?.met ?? false }
    var metDone: Bool { done.predicate(plan.target)?.met ?? false }

    /// Whether an action is overdue on `today`.
    func isOverdue(_ action: ActionPlan.Action) -> Bool { action.status != .selesai && action.due < today }
}
