import Foundation

extension BatchReport {
    func writeJSON<Target: TextOutputStream>(to target: inout Target) {
        let layout = result.layout
        let decimals = layout?.decimals ?? 2
        func number(_ value: Int64) -> String { BatchNumber.text(value, decimals: decimals, separator: ".") }
        func decimal(_ value: Number) -> String { NumberFormat.fixed(value, places: decimals) }
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
        let ready = (layout?.predicates ?? []).map { "\(BatchText.json($0.id)): \(result.ready[$0.id] ?? 0)" }.joined(separator: ", ")
        target.write("  \"summary\": {\"units\": \(result.scored), \"met\": {\(met)}, \"ready\": {\(ready)}, \"failed\": \(result.failed)},\n")

        target.write("  \"units\": [")
        var first = true
        // One buffer, reused: a batch writes thousands of units, and building each from interpolated pieces
        // joined into arrays took a tenth of a 10,000-file batch's time, on the thread that waits for nothing else.
        var line = ""
        line.reserveCapacity(2048)
        func field(_ name: String, _ value: String, last: Bool = false) {
            line += "\""
            line += name
            line += "\": "
            line += value
            if !last { line += ", " }
        }
        func text(_ name: String, _ value: String?) {
            line += "\""
            line += name
            line += "\": "
            if let value { JSONValue.quote(value, into: &line) } else { line += "null" }
            line += ", "
        }
        forEachRow { _, row in
            guard row.status == .scored, let layout else { return }
            line.removeAll(keepingCapacity: true)
            line += first ? "\n    {" : ",\n    {"
            first = false
            text("file", row.path)
            text("unit", row.unit)
            text("instansi", row.instansi)
            text("period", row.period)
            text("layer", row.layer)
            field("total", number(row.total))
            line += "\"components\": {"
            for (index, (part, value)) in zip(layout.components, row.components).enumerated() {
                if index > 0 { line += ", " }
                JSONValue.quote(part.key, into: &line)
                line += ": "
                line += number(value)
            }
            line += "}, \"areas\": {"
            for i in layout.areas.indices where i < row.areaScores.count {
                if i > 0 { line += ", " }
                JSONValue.quote(layout.areas[i].key, into: &line)
                line += ": {\"score\": "
                line += number(row.areaScores[i])
                line += ", \"percent\": "
                line += number(row.areaPercents[i])
                line += "}"
            }
            if result.checksEvidence {
                line += "}, \"evidence\": {"
                for i in layout.areas.indices where i < row.evidence.count {
                    if i > 0 { line += ", " }
                    JSONValue.quote(layout.areas[i].key, into: &line)
                    line += ": "
                    line += number(row.evidence[i])
                }
            }
            line += "}, \"predicates\": {"
            for (index, (predicate, verdict)) in zip(layout.predicates, row.verdicts).enumerated() {
                if index > 0 { line += ", " }
                JSONValue.quote(predicate.id, into: &line)
                line += verdict ? ": true" : ": false"
            }
            line += "}, \"ready\": {"
            for (index, (predicate, ready)) in zip(layout.predicates, row.ready).enumerated() {
                if index > 0 { line += ", " }
                JSONValue.quote(predicate.id, into: &line)
                line += ready ? ": true" : ": false"
            }
            line += "}, \"blocked\": {"
            for p in layout.predicates.indices where p < row.blocked.count {
                if p > 0 { line += ", " }
                JSONValue.quote(layout.predicates[p].id, into: &line)
                line += ": ["
                for (index, blockerIndex) in row.blocked[p].enumerated() {
                    if index > 0 { line += ", " }
                    let blocker = layout.predicates[p].blockers[blockerIndex]
                    JSONValue.quote(blocker.childCode.map { "\(blocker.ruleID):\($0)" } ?? blocker.ruleID, into: &line)
                }
                line += "]"
            }
            line += "}, "
            field("answered", String(row.answered))
            field("questions", String(row.questions))
            field("completeness", number(row.completeness))
            field("warnings", String(row.warnings), last: true)
            line += "}"
            target.write(line)
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
