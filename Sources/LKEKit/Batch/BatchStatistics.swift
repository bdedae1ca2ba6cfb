import Foundation

/// Figures across the units of a batch: how each area's percentage is spread, and which rules keep units from
/// a predicate.
struct BatchStatistics: Sendable {
    /// The spread of one area's percentage over the scored units (rounded as the definition declares).
    ///
    /// Quartiles interpolate linearly between the closest ranks (the method of spreadsheet `QUARTILE.INC` and
    /// of R's default type 7): the quartile q of n sorted values is x[h] with h = (n - 1) q, counting from 0.
    struct Distribution: Sendable, Hashable {
        var area: BatchLayout.Part
        var minimum: Number
        var lowerQuartile: Number
        var median: Number
        var upperQuartile: Number
        var maximum: Number
        var mean: Number
    }

    /// How many units one blocker keeps from the target predicate.
    struct BlockerCount: Sendable, Hashable {
        var blocker: BatchLayout.Blocker
        var units: Int
    }

    /// The predicate whose blockers are counted.
    var target: BatchLayout.PredicateColumn?
    /// Scored units that do not meet the target.
    var unitsNotMeetingTarget: Int
    /// Rule blockers, the most frequent first (ties in the definition's order); each rule's failing children
    /// (areas) follow it, also the most frequent first. Blockers that keep no unit out are left out.
    var blockers: [BlockerCount]
    /// One distribution per area, in the layout's order (empty when nothing was scored).
    var distributions: [Distribution]
    /// Units scored.
    var units: Int

    /// The figures of `result`, counting the blockers of predicate `target` (an id of the layout).
    init(_ result: BatchResult, target: String?) {
        let layout = result.layout
        let store = result.store
        let decimals = layout?.decimals ?? 2
        let targetIndex = layout?.predicates.firstIndex { $0.id == target }
        self.target = targetIndex.map { layout!.predicates[$0] }
        let areaCount = layout?.areas.count ?? 0
        var values: [[Int64]] = Array(repeating: [], count: areaCount)
        var counts: [Int] = Array(repeating: 0, count: self.target?.blockers.count ?? 0)
        var notMeeting = 0
        var units = 0
        for index in 0..<store.count {
            let row = store.row(at: index)
            guard row.status == .scored else { continue }
            units += 1
            for area in 0..<min(areaCount, row.areaPercents.count) { values[area].append(row.areaPercents[area]) }
            if let targetIndex, targetIndex < row.verdicts.count, !row.verdicts[targetIndex] {
                notMeeting += 1
                for blocker in row.blocked[targetIndex] where blocker < counts.count { counts[blocker] += 1 }
            }
        }
        self.units = units
        unitsNotMeetingTarget = notMeeting
        distributions = []
        if let layout, units > 0 {
            for (area, part) in layout.areas.enumerated() {
                var sorted = values[area]
                sorted.sort()
                func quartile(_ numerator: Int) -> Number {
                    // h = (n - 1) * numerator / 4, split into its whole part and a fraction in quarters.
                    let h4 = (sorted.count - 1) * numerator
                    let low = h4 / 4, quarters = h4 % 4
                    let a = BatchNumber.decimal(sorted[low], decimals: decimals)
                    guard quarters > 0 else { return a }
                    let b = BatchNumber.decimal(sorted[low + 1], decimals: decimals)
                    return Self.rounded(a + (b - a) * Number(quarters) / 4, decimals: decimals)
                }
                let sum = sorted.reduce(Number(0)) { $0 + BatchNumber.decimal($1, decimals: decimals) }
                distributions.append(Distribution(
                    area: part, minimum: BatchNumber.decimal(sorted[0], decimals: decimals), lowerQuartile: quartile(1),
                    median: quartile(2), upperQuartile: quartile(3),
                    maximum: BatchNumber.decimal(sorted[sorted.count - 1], decimals: decimals),
                    mean: Self.rounded(sum / Number(sorted.count), decimals: decimals)))
            }
        }
        var ordered: [BlockerCount] = []
        if let column = self.target {
            let rules = column.blockers.indices.filter { column.blockers[$0].childCode == nil && counts[$0] > 0 }
            let sortedRules = rules.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
            for rule in sortedRules {
                ordered.append(BlockerCount(blocker: column.blockers[rule], units: counts[rule]))
                let children = column.blockers.indices.filter {
                    column.blockers[$0].childCode != nil && column.blockers[$0].ruleID == column.blockers[rule].ruleID && counts[$0] > 0
                }
                for child in children.sorted(by: { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }) {
                    ordered.append(BlockerCount(blocker: column.blockers[child], units: counts[child]))
                }
            }
        }
        blockers = ordered
    }

    static func rounded(_ value: Number, decimals: Int) -> Number {
        Rounding.snap(value).rounded(places: decimals, .halfAwayFromZero)
    }
}
