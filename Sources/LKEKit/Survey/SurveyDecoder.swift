import Foundation

/// Turns a YAML tree into a `SurveyDefinition`, collecting every schema and semantic problem.
struct SurveyDecoder {
    let path: String
    /// The file being decoded, for locating errors inside formulas (`FormulaField`).
    var source: SourceFile?
    /// The problems found, recorded by the readers and handed over when the decoding ends.
    let diagnostics: DiagnosticLog

    /// A decoder of the file at `path`, whose diagnostics start with `diagnostics` (those of the YAML parser).
    init(path: String, diagnostics: [Diagnostic] = []) {
        self.path = path
        self.diagnostics = DiagnosticLog(diagnostics)
    }

    static let topKeys = ["format", "kind", "id", "instrument", "title", "version", "legal_basis", "language", "rounding", "precision",
                          "instructions", "scale", "items", "weights", "index", "converted", "bands", "sample_size", "respondents", "feeds"]

    mutating func decode(_ root: YAMLNode, digest: String) -> SurveyDefinition? {
        let f = FieldReader(root, allowed: Self.topKeys, what: Message.Survey.surveyDefinition, diagnostics: diagnostics)
        guard f.isMapping else { return nil }
        if let format = f.text("format", required: true)?.value, format != "lke/1" {
            diagnostics.append(.error(at: f.location(of: "format"), Message.Definition.unsupportedFormat(format)))
        }
        if let kind = f.choice("kind", ["lke", "survey"], required: true)?.value, kind == "lke" {
            diagnostics.append(.error(at: f.location(of: "kind"), Message.Survey.worksheetDefinition))
            return nil
        }
        let id = identifier(f, "id") ?? ""
        let instrument = identifier(f, "instrument") ?? id
        let title = f.text("title", required: true)?.value ?? ""
        let version = f.text("version", required: true)?.value ?? ""
        let legal = f.texts("legal_basis")
        let language = f.choice("language", ["id", "en"], required: true).map(\.value).flatMap(Language.init(rawValue:)) ?? .id
        var rounding = Rounding(decimals: 2, mode: .halfAwayFromZero)
        if let node = f["rounding"] {
            let r = FieldReader(node, allowed: ["decimals", "mode"], what: Message.Survey.section("rounding"), diagnostics: diagnostics)
            rounding.decimals = r.integer("decimals", in: 0...10, required: true)?.value ?? 2
            if let mode = r.choice("mode", Rounding.Mode.allCases.map(\.rawValue), required: true)?.value {
                rounding.mode = Rounding.Mode(rawValue: mode)!
            }
        } else {
            f.missing("rounding")
        }
        var nrrDecimals = rounding.decimals, indexDecimals = rounding.decimals, convertedDecimals = rounding.decimals
        if let node = f["precision"] {
            let p = FieldReader(node, allowed: ["nrr", "index", "converted"], what: Message.Survey.section("precision"), diagnostics: diagnostics)
            nrrDecimals = p.integer("nrr", in: 0...10)?.value ?? nrrDecimals
            indexDecimals = p.integer("index", in: 0...10)?.value ?? indexDecimals
            convertedDecimals = p.integer("converted", in: 0...10)?.value ?? convertedDecimals
        }
        let instructions = f.text("instructions")?.value
        guard let scaleNode = f["scale"] else {
            f.missing("scale")
            return nil
        }
        guard let scale = decodeScale(scaleNode) else { return nil }
        let items = decodeItems(f.list("items", required: true), scale: scale, listNode: f["items"])
        let codes = items.map(\.code)
        let (profiles, defaultWeights) = decodeWeights(f["weights"], codes: codes, fields: f)
        let index = decodeIndex(f["index"], fields: f)
        var converted: SurveyDefinition.Conversion?
        if let node = f["converted"] {
            let c = FieldReader(node, allowed: ["title", "formula"], what: Message.Survey.section("converted"), diagnostics: diagnostics)
            if c.isMapping {
                let title = c.text("title", required: true)?.value ?? ""
                if let formulaNode = c["formula"] {
                    if let formula = formula(formulaNode, name: "formula", allowed: ["index", "mean"]) {
                        converted = SurveyDefinition.Conversion(title: title, formula: formula)
                    }
                } else {
                    c.missing("formula")
                }
            }
        }
        var bands: SurveyDefinition.Bands?
        if let node = f["bands"] { bands = decodeBands(node, hasConverted: f.has("converted")) }
        var sampleSize: SurveySampleSize?
        if let node = f["sample_size"] { sampleSize = decodeSampleSize(node) }
        var dateColumns: [String] = []
        var profile: [SurveyDefinition.Attribute] = []
        if let node = f["respondents"] {
            let r = FieldReader(node, allowed: ["date", "profile"], what: Message.Survey.section("respondents"), diagnostics: diagnostics)
            dateColumns = r.texts("date")
            profile = decodeProfile(r.list("profile"))
        }
        var feeds: SurveyDefinition.Feed?
        if let node = f["feeds"] { feeds = decodeFeed(node) }
        if let feeds, feeds.code.isEmpty { return nil }
        guard let index else { return nil }
        return SurveyDefinition(
            id: id, instrument: instrument, title: title, version: version, legalBasis: legal, language: language, rounding: rounding,
            nrrDecimals: nrrDecimals, indexDecimals: indexDecimals, convertedDecimals: convertedDecimals, instructions: instructions,
            scale: scale, items: items, weightProfiles: profiles, defaultWeights: defaultWeights, indexTitle: index.title,
            indexNote: index.note, indexRules: index.rules, defaultIndexRule: index.defaultRule, converted: converted, bands: bands,
            sampleSize: sampleSize, dateColumns: dateColumns, profile: profile, feeds: feeds, path: path, digest: digest)
    }

    // MARK: - Identifiers

    private mutating func identifier(_ f: FieldReader, _ key: String) -> String? {
        guard let text = f.text(key, required: key == "id")?.value else { return nil }
        if !text.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            diagnostics.append(.error(at: f.location(of: key), Message.Survey.badIdentifier(key)))
        }
        return text
    }

    // MARK: - Scale

    private mutating func decodeScale(_ node: YAMLNode) -> SurveyDefinition.Scale? {
        let s = FieldReader(node, allowed: ["min", "max", "options"], what: Message.Survey.section("scale"), diagnostics: diagnostics)
        guard s.isMapping else { return nil }
        guard let min = s.integer("min", in: -100...100, required: true)?.value,
              let max = s.integer("max", in: -100...100, required: true)?.value else { return nil }
        guard min < max else {
            diagnostics.append(.error(at: s.location(of: "max"), Message.Survey.maxNotAboveMin(min: min, max: max)))
            return nil
        }
        var options: [SurveyDefinition.Option] = []
        var spellings: [String: (Int, SourceLocation)] = [:]
        for item in s.list("options") {
            let o = FieldReader(item, allowed: ["value", "label", "aliases"], what: Message.Definition.Part.scaleOption, diagnostics: diagnostics)
            guard o.isMapping, let value = o.integer("value", in: min...max, required: true)?.value else { continue }
            let label = o.text("label", required: true)?.value ?? ""
            let aliases = o.texts("aliases")
            if options.contains(where: { $0.value == value }) {
                diagnostics.append(.error(at: o.location(of: "value"), Message.Survey.valueLabelledTwice(value)))
                continue
            }
            for spelling in [label] + aliases {
                let key = SurveyText.key(spelling)
                if key.isEmpty || key.allSatisfy(\.isNumber) {
                    diagnostics.append(.error(at: item.location, Message.Survey.badLabel(spelling)))
                } else if let (other, at) = spellings[key], other != value {
                    diagnostics.append(.error(at: item.location, Message.Survey.spellingNamesTwoValues(spelling, other, value),
                        notes: [.init(location: at, message: Message.Survey.otherValueHere)]))
                }
                spellings[key] = (value, item.location)
            }
            options.append(SurveyDefinition.Option(value: value, label: label, aliases: aliases))
        }
        return SurveyDefinition.Scale(min: min, max: max, options: options.sorted { $0.value < $1.value })
    }

    // MARK: - Items

    private mutating func decodeItems(_ nodes: [YAMLNode], scale: SurveyDefinition.Scale, listNode: YAMLNode?) -> [SurveyDefinition.Item] {
        var items: [SurveyDefinition.Item] = []
        var names: [String: (String, SourceLocation)] = [:]
        let scaleKeys = Dictionary(scale.options.flatMap { option in ([option.label] + option.aliases).map { (SurveyText.key($0), option.value) } },
                                   uniquingKeysWith: { first, _ in first })
        for node in nodes {
            let f = FieldReader(node, allowed: ["code", "title", "text", "explanation", "form_number", "options", "aliases"],
                                what: Message.Survey.item, diagnostics: diagnostics)
            guard f.isMapping, let located = f.text("code", required: true) else { continue }
            let (code, codeAt) = (located.value, located.location)
            if !code.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-" }) {
                diagnostics.append(.error(at: codeAt, Message.Survey.badItemCode(code)))
            }
            if let earlier = items.first(where: { $0.code == code }) {
                diagnostics.append(.error(at: codeAt, Message.Definition.duplicateCode(code),
                                          notes: [.init(location: earlier.location, message: Message.Definition.firstUsedHere(code))]))
                continue
            }
            let title = f.text("title", required: true)?.value ?? code
            let text = f.text("text", required: true)?.value ?? title
            let explanation = f.text("explanation")?.value
            let formNumber = f.integer("form_number", in: 1...1000)?.value
            let options = f.texts("options")
            if f.has("options"), options.count != scale.count {
                diagnostics.append(.error(at: f.location(of: "options"), Message.Survey.optionsCount(needed: scale.count, min: scale.min, max: scale.max, written: options.count)))
            }
            var own: [String: Int] = [:]
            for (offset, label) in options.enumerated() {
                let key = SurveyText.key(label), value = scale.min + offset
                if let other = own[key] ?? scaleKeys[key], other != value {
                    diagnostics.append(.error(at: f.location(of: "options"), Message.Survey.itemLabelNamesTwoValues(label, item: code, other, value)))
                }
                own[key] = value
            }
            let aliases = f.texts("aliases")
            // Every name that can match a column must name one item only.
            for name in Set([code, title, text] + aliases).sorted() {
                let key = SurveyText.key(name)
                guard !key.isEmpty else { continue }
                if let (other, at) = names[key], other != code {
                    diagnostics.append(.error(at: node.location, Message.Survey.columnNameTwoItems(name, other, code),
                        notes: [.init(location: at, message: Message.Survey.otherItemHere)]))
                }
                names[key] = (code, node.location)
            }
            items.append(SurveyDefinition.Item(code: code, title: title, text: text, explanation: explanation, formNumber: formNumber,
                                               options: options.count == scale.count ? options : [], aliases: aliases, location: codeAt))
        }
        if items.isEmpty, let listNode {
            diagnostics.append(.error(at: listNode.location, Message.Survey.noItems))
        }
        return items
    }

    // MARK: - Weights

    private mutating func decodeWeights(_ node: YAMLNode?, codes: [String], fields: FieldReader) -> ([SurveyDefinition.WeightProfile], String) {
        guard let node else {
            fields.missing("weights")
            return ([], "")
        }
        let w = FieldReader(node, allowed: ["default", "profiles"], what: Message.Survey.section("weights"), diagnostics: diagnostics)
        guard w.isMapping else { return ([], "") }
        var profiles: [SurveyDefinition.WeightProfile] = []
        var ids: [String] = []
        for item in w.list("profiles", required: true) {
            let p = FieldReader(item, allowed: ["id", "title", "each", "items"], what: Message.Survey.weightProfile, diagnostics: diagnostics)
            guard p.isMapping, let id = p.text("id", required: true)?.value else { continue }
            ids.append(id)
            let title = p.text("title", required: true)?.value ?? id
            if profiles.contains(where: { $0.id == id }) {
                diagnostics.append(.error(at: p.location(of: "id"), Message.Survey.weightProfileTwice(id)))
                continue
            }
            var rule: SurveyDefinition.WeightProfile.Rule?
            switch (p["each"], p["items"]) {
            case (let each?, nil):
                if each.scalar == "equal" {
                    rule = .equal
                } else if let value = FieldReader.decimal(each, name: "each", diagnostics) {
                    if value <= 0 || value > 1 {
                        diagnostics.append(.error(at: each.location, Message.Survey.badEachWeight))
                    } else {
                        rule = .each(value)
                    }
                }
            case (nil, let table?):
                let t = FieldReader(table, allowed: codes, what: Message.Survey.weightsPerItem, diagnostics: diagnostics)
                var weights: [String: Number] = [:]
                for code in codes {
                    guard let value = t.decimal(code)?.value else {
                        if t.isMapping, !t.has(code) {
                            diagnostics.append(.error(at: table.location, Message.Survey.weightMissing(code)))
                        }
                        continue
                    }
                    weights[code] = value
                }
                let sum = weights.values.reduce(0, +)
                if weights.count == codes.count, sum != 1 {
                    diagnostics.append(.error(at: table.location, Message.Survey.weightsSum(sum)))
                } else if weights.count == codes.count {
                    rule = .perItem(weights)
                }
            case (_?, _?):
                diagnostics.append(.error(at: item.location, Message.Survey.weightEachAndItems(id)))
            case (nil, nil):
                diagnostics.append(.error(at: item.location, Message.Survey.weightRuleMissing(id)))
            }
            if let rule { profiles.append(SurveyDefinition.WeightProfile(id: id, title: title, rule: rule)) }
        }
        let defaultID = w.text("default", required: true)?.value ?? ""
        if !defaultID.isEmpty, !ids.contains(defaultID) {
            diagnostics.append(.error(at: w.location(of: "default"), Message.Survey.unknownDefaultWeights(defaultID, suggestion: Suggestion.closest(to: defaultID, in: ids))))
        }
        return (profiles, defaultID)
    }

    // MARK: - Index

    private mutating func decodeIndex(_ node: YAMLNode?, fields: FieldReader)
        -> (title: String, note: String?, rules: [SurveyDefinition.IndexRule], defaultRule: String)? {
        guard let node else {
            fields.missing("index")
            return nil
        }
        let x = FieldReader(node, allowed: ["title", "note", "default", "rules"], what: Message.Survey.section("index"), diagnostics: diagnostics)
        guard x.isMapping else { return nil }
        let title = x.text("title", required: true)?.value ?? ""
        let note = x.text("note")?.value
        var rules: [SurveyDefinition.IndexRule] = []
        var ids: [String] = []
        for item in x.list("rules", required: true) {
            let r = FieldReader(item, allowed: ["id", "title", "formula"], what: Message.Survey.indexRule, diagnostics: diagnostics)
            guard r.isMapping, let id = r.text("id", required: true)?.value else { continue }
            ids.append(id)
            let title = r.text("title", required: true)?.value ?? id
            if rules.contains(where: { $0.id == id }) {
                diagnostics.append(.error(at: r.location(of: "id"), Message.Survey.indexRuleTwice(id)))
                continue
            }
            guard let formulaNode = r["formula"] else { r.missing("formula"); continue }
            if let formula = formula(formulaNode, name: "formula", allowed: ["mean"]) {
                rules.append(SurveyDefinition.IndexRule(id: id, title: title, formula: formula))
            }
        }
        let defaultRule = x.text("default", required: true)?.value ?? ""
        if !defaultRule.isEmpty, !ids.contains(defaultRule) {
            diagnostics.append(.error(at: x.location(of: "default"), Message.Survey.unknownDefaultIndexRule(defaultRule, suggestion: Suggestion.closest(to: defaultRule, in: ids))))
        }
        return (title, note, rules, defaultRule)
    }

    private mutating func formula(_ node: YAMLNode, name: String, allowed: [String]) -> Formula? {
        guard let read = FormulaField.read(node, name: name, source: source, candidates: allowed, isKnown: allowed.contains, unknown: { reference, hint in
            Message.Survey.formulaUnknownReference(reference, allowed: allowed, hint: hint)
        }, diagnostics: diagnostics) else { return nil }
        return read.hasUnknown ? nil : read.formula
    }

    // MARK: - Bands

    private mutating func decodeBands(_ node: YAMLNode, hasConverted: Bool) -> SurveyDefinition.Bands? {
        let b = FieldReader(node, allowed: ["on", "grade_title", "label_title", "levels"], what: Message.Survey.section("bands"), diagnostics: diagnostics)
        guard b.isMapping else { return nil }
        let target = b.choice("on", ["index", "converted"], required: true).map(\.value).flatMap(SurveyDefinition.BandTarget.init(rawValue:))
        if target == .converted, !hasConverted {
            diagnostics.append(.error(at: b.location(of: "on"), Message.Survey.bandsOnConvertedMissing))
        }
        let gradeTitle = b.text("grade_title", required: true)?.value ?? ""
        let labelTitle = b.text("label_title", required: true)?.value ?? ""
        var levels: [SurveyDefinition.Band] = []
        for item in b.list("levels", required: true) {
            let l = FieldReader(item, allowed: ["min", "grade", "label"], what: Message.Survey.bandLevel, diagnostics: diagnostics)
            guard l.isMapping, let min = l.decimal("min", required: true)?.value else { continue }
            let grade = l.text("grade", required: true)?.value ?? ""
            let label = l.text("label", required: true)?.value ?? ""
            if let previous = levels.last, min >= previous.min {
                diagnostics.append(.error(at: l.location(of: "min"), Message.Survey.bandLevelsOrder(min, previous: previous.min)))
            }
            levels.append(SurveyDefinition.Band(min: min, grade: grade, label: label))
        }
        guard let target, !levels.isEmpty else { return nil }
        return SurveyDefinition.Bands(target: target, gradeTitle: gradeTitle, labelTitle: labelTitle, levels: levels)
    }

    // MARK: - Sample size

    private mutating func decodeSampleSize(_ node: YAMLNode) -> SurveySampleSize? {
        let s = FieldReader(node, allowed: ["method", "chi_square", "proportion", "margin"], what: Message.Survey.section("sample_size"),
                            diagnostics: diagnostics)
        guard s.isMapping else { return nil }
        _ = s.choice("method", ["krejcie-morgan"], required: true)?.value
        guard let chi = s.decimal("chi_square", required: true)?.value,
              let p = s.decimal("proportion", required: true)?.value,
              let d = s.decimal("margin", required: true)?.value else { return nil }
        var ok = true
        for (key, value, low, high) in [("chi_square", chi, Number(0), Number(100)), ("proportion", p, 0, 1), ("margin", d, 0, 1)] where value <= low || value >= high {
            ok = false
            diagnostics.append(.error(at: s.location(of: key), Message.Survey.sampleParameterRange(key, low: low, high: high)))
        }
        return ok ? SurveySampleSize(chiSquare: chi, proportion: p, margin: d) : nil
    }

    // MARK: - Respondent profile

    private mutating func decodeProfile(_ nodes: [YAMLNode]) -> [SurveyDefinition.Attribute] {
        var attributes: [SurveyDefinition.Attribute] = []
        for node in nodes {
            let a = FieldReader(node, allowed: ["id", "title", "columns", "values", "bins"], what: Message.Survey.respondentAttribute,
                                diagnostics: diagnostics)
            guard a.isMapping, let id = a.text("id", required: true)?.value else { continue }
            if attributes.contains(where: { $0.id == id }) {
                diagnostics.append(.error(at: a.location(of: "id"), Message.Survey.attributeTwice(id)))
                continue
            }
            let title = a.text("title", required: true)?.value ?? id
            let columns = a.texts("columns")
            if columns.isEmpty {
                diagnostics.append(.error(at: a["columns"]?.location ?? node.location, Message.Survey.attributeColumnsMissing(id)))
            }
            var values: [SurveyDefinition.Attribute.Value] = []
            var seen: [String: String] = [:]
            for item in a.list("values") {
                let v = FieldReader(item, allowed: ["label", "aliases"], what: Message.Survey.attributeValue, diagnostics: diagnostics)
                guard v.isMapping, let label = v.text("label", required: true)?.value else { continue }
                let aliases = v.texts("aliases")
                for spelling in [label] + aliases {
                    let key = SurveyText.key(spelling)
                    if let other = seen[key], other != label {
                        diagnostics.append(.error(at: item.location, Message.Survey.attributeSpellingTwoValues(spelling, attribute: id, other, label)))
                    }
                    seen[key] = label
                }
                values.append(.init(label: label, aliases: aliases))
            }
            var bins: [Int] = []
            if let binsNode = a["bins"] {
                for text in a.texts("bins") {
                    guard let bound = Int(text), bound > 0, bound > (bins.last ?? 0) else {
                        diagnostics.append(.error(at: binsNode.location, Message.Survey.badBins(text)))
                        break
                    }
                    bins.append(bound)
                }
                if !values.isEmpty {
                    diagnostics.append(.error(at: binsNode.location, Message.Survey.attributeValuesAndBins(id)))
                }
            }
            attributes.append(.init(id: id, title: title, columns: columns, values: values, bins: bins))
        }
        return attributes
    }

    // MARK: - Feeds

    private mutating func decodeFeed(_ node: YAMLNode) -> SurveyDefinition.Feed? {
        let f = FieldReader(node, allowed: ["questionnaire", "code", "min_respondents", "min_months"], what: Message.Survey.section("feeds"),
                            diagnostics: diagnostics)
        guard f.isMapping else { return nil }
        let questionnaire = f.text("questionnaire", required: true)?.value ?? ""
        let code = f.text("code", required: true)?.value ?? ""
        return SurveyDefinition.Feed(questionnaire: questionnaire, code: code,
                                     minimumRespondents: f.integer("min_respondents", in: 1...1_000_000)?.value,
                                     minimumMonths: f.integer("min_months", in: 1...120)?.value)
    }
}
