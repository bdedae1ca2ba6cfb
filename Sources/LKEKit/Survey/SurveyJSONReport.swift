import Foundation

/// The survey results as JSON for programs: the definition and rules used, the period, the respondents,
/// every item with its distribution, the index, the breakdowns, the profile and the column matches.
/// Numbers are JSON numbers rounded as the definition declares; keys come in a fixed order.
public enum SurveyJSONReport {
    /// The JSON text, two-space indented, ending with a line end.
    public static func render(_ analysis: SurveyAnalysis, unit: String? = nil, contribution: SurveyContribution? = nil) -> String {
        let d = analysis.definition
        var root: [(String, JSON)] = [
            ("lke_version", .string(LKEVersion.current)),
            ("survey", .object([
                ("id", .string(d.id)), ("instrument", .string(d.instrument)), ("title", .string(d.title)), ("version", .string(d.version)),
                ("sha256", .string(d.digest)),
            ])),
            ("unit", unit.map(JSON.string) ?? .null),
            ("files", .array(analysis.files.map(JSON.string))),
            ("rules", .object([
                ("weights", .object([("id", .string(analysis.weights.id)), ("title", .string(analysis.weights.title))])),
                ("index", .object([("id", .string(analysis.rule.id)), ("title", .string(analysis.rule.title)),
                                   ("formula", .string(analysis.rule.formula.text)), ("note", d.indexNote.map(JSON.string) ?? .null)])),
                ("converted", d.converted.map { .object([("title", .string($0.title)), ("formula", .string($0.formula.text))]) } ?? .null),
                ("rounding", .object([("mode", .string(d.rounding.mode.rawValue)), ("nrr", .int(d.nrrDecimals)),
                                      ("index", .int(d.indexDecimals)), ("converted", .int(d.convertedDecimals))])),
            ])),
            ("period", analysis.period.map { .object([("from", .string($0.lowerBound.description)), ("to", .string($0.upperBound.description)),
                                                      ("months", analysis.periodMonths.map(JSON.int) ?? .null)]) } ?? .null),
            ("respondents", .object([
                ("rows_read", .int(analysis.rowsRead)), ("excluded", .int(analysis.excludedRows)), ("outside_period", .int(analysis.outsidePeriod)),
                ("counted", .int(analysis.overall.respondents)), ("population", analysis.population.map(JSON.int) ?? .null),
                ("required_sample", analysis.requiredSample.map(JSON.int) ?? .null),
            ])),
            ("result", result(analysis.overall, d, withItems: true)),
        ]
        if let c = contribution {
            root.append(("lke", .object([
                ("questionnaire", .string(c.questionnaireID)), ("code", .string(c.code)), ("answer", .number(NumberFormat.fixed(c.answer, places: d.indexDecimals))),
                ("score", .number(NumberFormat.fixed(c.rounding.apply(c.score), places: c.rounding.decimals))),
                ("maximum", .number(NumberFormat.fixed(c.maximum, places: c.rounding.decimals))),
            ])))
        }
        root.append(("priority", .array(analysis.overall.weakestFirst.map { .string($0.code) })))
        root.append(("months", .array(analysis.months.map { group in
            .object([("month", group.key.map(JSON.string) ?? .null)] + groupFields(group.result, d))
        })))
        root.append(("breakdown", analysis.breakdown.map { breakdown in
            .object([("column", .string(breakdown.column)), ("groups", .array(breakdown.groups.map { group in
                .object([("value", group.key.map(JSON.string) ?? .null)] + groupFields(group.result, d))
            }))])
        } ?? .null))
        root.append(("profile", .array(analysis.profile.map { table in
            .object([("id", .string(table.id)), ("title", .string(table.title)), ("rows", .array(table.rows.map { row in
                .object([("value", row.label.map(JSON.string) ?? .null), ("count", .int(row.count))])
            }))])
        })))
        root.append(("columns", .array(analysis.matches.map { match in
            .object([("file", .string(match.file)), ("code", .string(match.code)), ("header", .string(match.header)), ("matched_by", .string(match.kind.rawValue))])
        })))
        var out = ""
        JSON.object(root).write(to: &out, indent: 0)
        return out + "\n"
    }

    private static func number(_ value: Number?, _ places: Int, _ d: SurveyDefinition) -> JSON {
        value.map { .number(NumberFormat.fixed(d.rounded($0, places: places), places: places)) } ?? .null
    }

    private static func groupFields(_ r: SurveyResult, _ d: SurveyDefinition) -> [(String, JSON)] {
        var fields: [(String, JSON)] = [("respondents", .int(r.respondents)), ("mean", number(r.mean, d.nrrDecimals, d)),
                                        ("index", number(r.index, d.indexDecimals, d))]
        if d.converted != nil { fields.append(("converted", number(r.converted, d.convertedDecimals, d))) }
        if d.bands != nil {
            fields.append(("grade", r.band.map { .string($0.grade) } ?? .null))
            fields.append(("label", r.band.map { .string($0.label) } ?? .null))
        }
        return fields
    }

    private static func result(_ r: SurveyResult, _ d: SurveyDefinition, withItems: Bool) -> JSON {
        var fields = groupFields(r, d)
        fields.append(("problems", .array(r.problems.map { .string($0.en) })))
        fields.append(("items", .array(r.items.map { item in
            .object([
                ("code", .string(item.code)), ("title", .string(item.title)), ("answered", .int(item.answered)), ("total", .int(item.total)),
                ("mean", number(item.mean, d.nrrDecimals, d)),
                ("weight", item.weight.map { .number(NumberFormat.plain(Rounding.snap($0))) } ?? .null),
                ("weighted", number(item.weighted, d.nrrDecimals, d)),
                ("distribution", .object(item.distribution.enumerated().map { (String(d.scale.min + $0.offset), .int($0.element)) })),
            ])
        })))
        return .object(fields)
    }
}

/// A JSON value with keys in a fixed order.
private indirect enum JSON {
    case string(String)
    /// A number already formatted (digits, a dot).
    case number(String)
    case int(Int)
    case null
    case array([JSON])
    case object([(String, JSON)])

    func write(to out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        switch self {
        case .string(let s): JSON.quote(s, into: &out)
        case .number(let n): out += n
        case .int(let i): out += String(i)
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (offset, item) in items.enumerated() {
                out += pad + "  "
                item.write(to: &out, indent: indent + 1)
                out += offset == items.count - 1 ? "\n" : ",\n"
            }
            out += pad + "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (offset, (key, value)) in fields.enumerated() {
                out += pad + "  "
                JSON.quote(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 1)
                out += offset == fields.count - 1 ? "\n" : ",\n"
            }
            out += pad + "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        JSONValue.quote(s, into: &out)
    }
}
