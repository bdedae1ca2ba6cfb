import Foundation

/// The results of one group of respondents: per item the mean (NRR) and weighted mean, then the weighted
/// mean of the items, the index, the converted value and the grade. Values are exact; round them with
/// `SurveyDefinition.rounded(_:places:)` for display.
struct SurveyResult: Sendable {
    /// One item's results.
    struct ItemResult: Sendable {
        var code: String
        var title: String
        /// Respondents who answered the item.
        var answered: Int
        /// The sum of their answers.
        var total: Int
        /// How many gave each value, from the scale's minimum up.
        var distribution: [Int]
        /// total / answered (NRR), or `nil` when nobody answered.
        var mean: Number?
        /// The item's weight, or `nil` when the item has no answers under equal weights.
        var weight: Number?
        /// mean x weight (NRR tertimbang).
        var weighted: Number?
    }

    /// Respondents counted.
    var respondents: Int
    var items: [ItemResult]
    /// The weighted mean of the item means, on the answer scale.
    var mean: Number?
    /// The index, from `mean` by the chosen rule.
    var index: Number?
    /// The converted value, from the index, when the definition declares one.
    var converted: Number?
    /// The value the bands read, rounded as declared.
    var graded: Number?
    /// The grade band of `graded`, when the definition declares bands and the value falls in one.
    var band: SurveyDefinition.Band?
    /// Why a value is missing (an item without answers under fixed weights, a rule dividing by zero).
    var problems: [Localized]

    /// The items from the weakest (lowest mean) up; items without answers last; ties in item order.
    var weakestFirst: [ItemResult] {
        items.enumerated().sorted { lhs, rhs in
            switch (lhs.element.mean, rhs.element.mean) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    /// Computes the results of `tally` with the weight profile and index rule given.
    static func compute(_ tally: SurveyTally, definition: SurveyDefinition, weights: SurveyDefinition.WeightProfile,
                               rule: SurveyDefinition.IndexRule) -> SurveyResult {
        var items: [ItemResult] = []
        var problems: [Localized] = []
        for (offset, item) in definition.items.enumerated() {
            let answered = tally.answered(offset), total = tally.total(offset)
            items.append(ItemResult(code: item.code, title: item.title, answered: answered, total: total, distribution: tally.counts[offset],
                                    mean: answered > 0 ? Number(total) / Number(answered) : nil, weight: nil, weighted: nil))
        }
        var mean: Number?
        switch weights.rule {
        case .equal:
            // 1/X exactly: the sum of the means divided by X, never a rounded 1/X times each mean.
            let answeredItems = items.indices.filter { items[$0].mean != nil }
            if !answeredItems.isEmpty {
                let x = Number(answeredItems.count)
                var sum = Number(0)
                for i in answeredItems {
                    sum += items[i].mean!
                    items[i].weight = 1 / x
                    items[i].weighted = items[i].mean! / x
                }
                mean = sum / x
            }
        case .each, .perItem:
            var sum = Number(0)
            var complete = true
            for i in items.indices {
                let weight: Number
                switch weights.rule {
                case .each(let w): weight = w
                case .perItem(let table): weight = table[items[i].code] ?? 0
                case .equal: weight = 0
                }
                items[i].weight = weight
                guard let m = items[i].mean else {
                    complete = false
                    problems.append(Message.Survey.itemUnanswered(items[i].code, weights: weights.id))
                    continue
                }
                items[i].weighted = m * weight
                sum += m * weight
            }
            if complete { mean = sum }
        }
        var index: Number?
        var converted: Number?
        if let mean {
            do {
                index = try rule.formula.evaluate { $0 == "mean" ? mean : nil }
            } catch {
                problems.append(Message.Survey.indexRuleDividesByZero(rule.id))
            }
        }
        if let index, let conversion = definition.converted {
            do {
                converted = try conversion.formula.evaluate { $0 == "index" ? index : $0 == "mean" ? mean : nil }
            } catch {
                problems.append(Message.Survey.conversionDividesByZero)
            }
        }
        var graded: Number?
        var band: SurveyDefinition.Band?
        if let bands = definition.bands {
            switch bands.target {
            case .index: graded = index.map { definition.rounded($0, places: definition.indexDecimals) }
            case .converted: graded = converted.map { definition.rounded($0, places: definition.convertedDecimals) }
            }
            band = graded.flatMap { bands.band(of: $0) }
        }
        return SurveyResult(respondents: tally.respondents, items: items, mean: mean, index: index, converted: converted,
                            graded: graded, band: band, problems: problems)
    }
}
