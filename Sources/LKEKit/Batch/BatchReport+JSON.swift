import Foundation

extension BatchReport {
    func writeJSON<Target: TextOutputStream>(to target: inout Target) {
        let layout = result.layout
        let decimals = layout?.decimals ?? 2
        func number(_ value: Int64) -> String { BatchNumber.text(value, decimals: decimals, separator: ".") }
        func decimal(_ value: Decimal) -> String { NumberFormat.fixed(value, places: decimals) }
        func part(_ p: BatchLayout.Part) -> String {
            "{\"key\": \(BatchText.json(p.key)), \"code\": \(BatchText.json(p.code)), \"title\": \(BatchText.json(p.title)), \"weight\": \(NumberFormat.plain(p.weight))}"
        }
        target.write("{\n")
        if let layout {
            target.write("  \"questionnaire\": {\"id\": \(BatchText.json(layout.questionnaireID)), \"version\": \(BatchText.json(layout.questionnaireVersion)), \"title\": \(BatchText.json(layout.questionnaireTitle))},\n")
            target.write("  \"decimals\": \(decimals),\n")
            target.write("  \"columns\": {\n    \"total\": \(part(layout.total)),\n")
            target.write("    \"components\": [" + layout.components.map(part).joined(separator: ", ") + "],\n")
            target.write("    \"areas\": [" + layout.areas.map(part).joined(separator: ", ") + "],\n")
            target.write("    \"predicates\": [" + layout.predicates.map { "{\"id\": \(BatchText.json($0.id)), \"title\": \(BatchText.json($0.title))}" }.joined(separator: ", ") + "]\n  },\n")
        } else {
            target.write("  \"questionnaire\": null,\n  \"decimals\": \(decimals),\n  \"columns\": null,\n")
        }
        let met = (layout?.predicates ?? []).map { "\(BatchText.json($0.id)): \(result.met[$0.id] ?? 0)" }.joined(separator: ", ")
        target.write("  \"summary\": {\"units\": \(result.scored), \"met\": {\(met)}, \"failed\": \(result.failed)},\n")

        target.write("  \"units\": [")
        var first = true
        forEachRow { _, row in
            guard row.status == .scored, let layout else { return }
            target.write(first ? "\n" : ",\n")
            first = false
            var fields = ["\"file\": \(BatchText.json(row.path))", "\"unit\": \(BatchText.json(row.unit))",
                          "\"instansi\": \(BatchText.json(row.instansi))", "\"period\": \(BatchText.json(row.period))",
                          "\"layer\": \(BatchText.json(row.layer))", "\"total\": \(number(row.total))"]
            fields.append("\"components\": {" + zip(layout.components, row.components).map { "\(BatchText.json($0.key)): \(number($1))" }.joined(separator: ", ") + "}")
            let areas = layout.areas.indices.filter { $0 < row.areaScores.count }.map { i in
                "\(BatchText.json(layout.areas[i].key)): {\"score\": \(number(row.areaScores[i])), \"percent\": \(number(row.areaPercents[i]))}"
            }
            fields.append("\"areas\": {" + areas.joined(separator: ", ") + "}")
            fields.append("\"predicates\": {" + zip(layout.predicates, row.verdicts).map { "\(BatchText.json($0.id)): \($1)" }.joined(separator: ", ") + "}")
            let blocked = layout.predicates.indices.filter { $0 < row.blocked.count }.map { p -> String in
                let names = row.blocked[p].map { index -> String in
                    let blocker = layout.predicates[p].blockers[index]
                    return BatchText.json(blocker.childCode.map { "\(blocker.ruleID):\($0)" } ?? blocker.ruleID)
                }
                return "\(BatchText.json(layout.predicates[p].id)): [" + names.joined(separator: ", ") + "]"
            }
            fields.append("\"blocked\": {" + blocked.joined(separator: ", ") + "}")
            fields += ["\"answered\": \(row.answered)", "\"questions\": \(row.questions)", "\"completeness\": \(number(row.completeness))",
                       "\"warnings\": \(row.warnings)"]
            target.write("    {" + fields.joined(separator: ", ") + "}")
        }
        target.write(first ? "],\n" : "\n  ],\n")

        target.write("  \"failed\": [")
        first = true
        forEachRow { _, row in
            guard row.status == .failed else { return }
            target.write(first ? "\n" : ",\n")
            first = false
            target.write("    {\"file\": \(BatchText.json(row.path)), \"unit\": \(row.unit.isEmpty ? "null" : BatchText.json(row.unit)), \"errors\": \(row.errors)}")
        }
        target.write(first ? "],\n" : "\n  ],\n")

        let distributions = statistics.distributions.map { d in
            "    \(BatchText.json(d.area.key)): {\"min\": \(decimal(d.minimum)), \"q1\": \(decimal(d.lowerQuartile)), \"median\": \(decimal(d.median)), \"q3\": \(decimal(d.upperQuartile)), \"max\": \(decimal(d.maximum)), \"mean\": \(decimal(d.mean))}"
        }
        target.write("  \"distributions\": {" + (distributions.isEmpty ? "}" : "\n" + distributions.joined(separator: ",\n") + "\n  }") + ",\n")
        if let column = statistics.target {
            let items = statistics.blockers.map { item in
                "      {\"rule\": \(BatchText.json(item.blocker.ruleID)), \"title\": \(BatchText.json(item.blocker.ruleTitle)), \"child\": \(BatchText.json(item.blocker.childCode)), \"units\": \(item.units)}"
            }
            target.write("  \"blocking\": {\"target\": \(BatchText.json(column.id)), \"units\": \(statistics.unitsNotMeetingTarget), \"rules\": ["
                         + (items.isEmpty ? "]" : "\n" + items.joined(separator: ",\n") + "\n    ]") + "}\n")
        } else {
            target.write("  \"blocking\": null\n")
        }
        target.write("}\n")
    }
}
