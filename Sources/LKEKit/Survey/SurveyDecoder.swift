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
        let f = FieldReader(root, allowed: Self.topKeys, what: Localized(id: "definisi survei", en: "the survey definition"), diagnostics: diagnostics)
        guard f.isMapping else { return nil }
        if let format = f.text("format", required: true)?.value, format != "lke/1" {
            diagnostics.append(.error(at: f["format"]!.location, Localized(
                id: "format '\(format)' tidak didukung; tulis 'format: lke/1'", en: "format '\(format)' is not supported; write 'format: lke/1'")))
        }
        if let kind = f.choice("kind", ["lke", "survey"], required: true)?.value, kind == "lke" {
            diagnostics.append(.error(at: f["kind"]!.location, Localized(
                id: "ini definisi lembar kerja (kind: lke); 'lke survey' membaca definisi survei (kind: survey)",
                en: "this is a worksheet definition (kind: lke); 'lke survey' reads survey definitions (kind: survey)")))
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
            let r = FieldReader(node, allowed: ["decimals", "mode"], what: Localized(id: "'rounding'", en: "'rounding'"), diagnostics: diagnostics)
            rounding.decimals = r.integer("decimals", in: 0...10, required: true)?.value ?? 2
            if let mode = r.choice("mode", Rounding.Mode.allCases.map(\.rawValue), required: true)?.value {
                rounding.mode = Rounding.Mode(rawValue: mode)!
            }
        } else {
            f.missing("rounding")
        }
        var nrrDecimals = rounding.decimals, indexDecimals = rounding.decimals, convertedDecimals = rounding.decimals
        if let node = f["precision"] {
            let p = FieldReader(node, allowed: ["nrr", "index", "converted"], what: Localized(id: "'precision'", en: "'precision'"), diagnostics: diagnostics)
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
            let c = FieldReader(node, allowed: ["title", "formula"], what: Localized(id: "'converted'", en: "'converted'"), diagnostics: diagnostics)
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
            let r = FieldReader(node, allowed: ["date", "profile"], what: Localized(id: "'respondents'", en: "'respondents'"), diagnostics: diagnostics)
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
            diagnostics.append(.error(at: f[key]!.location, Localized(
                id: "'\(key)' hanya boleh berisi huruf kecil, angka dan '-'", en: "'\(key)' may hold only lowercase letters, digits and '-'")))
        }
        return text
    }

    // MARK: - Scale

    private mutating func decodeScale(_ node: YAMLNode) -> SurveyDefinition.Scale? {
        let s = FieldReader(node, allowed: ["min", "max", "options"], what: Localized(id: "'scale'", en: "'scale'"), diagnostics: diagnostics)
        guard s.isMapping else { return nil }
        guard let min = s.integer("min", in: -100...100, required: true)?.value,
              let max = s.integer("max", in: -100...100, required: true)?.value else { return nil }
        guard min < max else {
            diagnostics.append(.error(at: s["max"]!.location, Localized(
                id: "'max' (\(max)) harus lebih besar dari 'min' (\(min))", en: "'max' (\(max)) must be greater than 'min' (\(min))")))
            return nil
        }
        var options: [SurveyDefinition.Option] = []
        var spellings: [String: (Int, SourceLocation)] = [:]
        for item in s.list("options") {
            let o = FieldReader(item, allowed: ["value", "label", "aliases"], what: Localized(id: "opsi skala", en: "scale option"), diagnostics: diagnostics)
            guard o.isMapping, let value = o.integer("value", in: min...max, required: true)?.value else { continue }
            let label = o.text("label", required: true)?.value ?? ""
            let aliases = o.texts("aliases")
            if options.contains(where: { $0.value == value }) {
                diagnostics.append(.error(at: o["value"]!.location, Localized(
                    id: "nilai \(value) sudah memiliki label di skala", en: "the value \(value) already has a label in the scale")))
                continue
            }
            for spelling in [label] + aliases {
                let key = SurveyText.key(spelling)
                if key.isEmpty || key.allSatisfy(\.isNumber) {
                    diagnostics.append(.error(at: item.location, Localized(
                        id: "label '\(spelling)' tidak boleh kosong atau hanya angka", en: "the label '\(spelling)' must not be empty or only digits")))
                } else if let (other, at) = spellings[key], other != value {
                    diagnostics.append(.error(at: item.location, Localized(
                        id: "'\(spelling)' menunjuk dua nilai skala (\(other) dan \(value))", en: "'\(spelling)' names two values of the scale (\(other) and \(value))"),
                        notes: [.init(location: at, message: Localized(id: "nilai lain di sini", en: "the other value is here"))]))
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
                                what: Localized(id: "butir survei", en: "survey item"), diagnostics: diagnostics)
            guard f.isMapping, let code = f.text("code", required: true)?.value else { continue }
            let codeAt = f["code"]!.location
            if !code.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-" }) {
                diagnostics.append(.error(at: codeAt, Localized(
                    id: "kode '\(code)' tidak sah: gunakan huruf, angka, '.', '_' atau '-'", en: "code '\(code)' is not valid: use letters, digits, '.', '_' or '-'")))
            }
            if let earlier = items.first(where: { $0.code == code }) {
                diagnostics.append(.error(at: codeAt, Localized(id: "kode '\(code)' sudah dipakai; kode harus unik", en: "code '\(code)' is already used; codes must be unique"),
                                          notes: [.init(location: earlier.location, message: Localized(id: "'\(code)' pertama kali dipakai di sini", en: "'\(code)' first used here"))]))
                continue
            }
            let title = f.text("title", required: true)?.value ?? code
            let text = f.text("text", required: true)?.value ?? title
            let explanation = f.text("explanation")?.value
            let formNumber = f.integer("form_number", in: 1...1000)?.value
            let options = f.texts("options")
            if f.has("options"), options.count != scale.count {
                diagnostics.append(.error(at: f["options"]!.location, Localized(
                    id: "'options' memerlukan \(scale.count) label, satu untuk setiap nilai \(scale.min) sampai \(scale.max); tertulis \(options.count)",
                    en: "'options' needs \(scale.count) labels, one for each value from \(scale.min) to \(scale.max); it has \(options.count)")))
            }
            var own: [String: Int] = [:]
            for (offset, label) in options.enumerated() {
                let key = SurveyText.key(label), value = scale.min + offset
                if let other = own[key] ?? scaleKeys[key], other != value {
                    diagnostics.append(.error(at: f["options"]!.location, Localized(
                        id: "label '\(label)' dari butir '\(code)' menunjuk dua nilai (\(other) dan \(value))",
                        en: "the label '\(label)' of item '\(code)' names two values (\(other) and \(value))")))
                }
                own[key] = value
            }
            let aliases = f.texts("aliases")
            // Every name that can match a column must name one item only.
            for name in Set([code, title, text] + aliases).sorted() {
                let key = SurveyText.key(name)
                guard !key.isEmpty else { continue }
                if let (other, at) = names[key], other != code {
                    diagnostics.append(.error(at: node.location, Localized(
                        id: "nama kolom '\(name)' cocok untuk butir '\(other)' dan '\(code)'", en: "the column name '\(name)' matches both item '\(other)' and item '\(code)'"),
                        notes: [.init(location: at, message: Localized(id: "butir lain di sini", en: "the other item is here"))]))
                }
                names[key] = (code, node.location)
            }
            items.append(SurveyDefinition.Item(code: code, title: title, text: text, explanation: explanation, formNumber: formNumber,
                                               options: options.count == scale.count ? options : [], aliases: aliases, location: codeAt))
        }
        if items.isEmpty, let listNode {
            diagnostics.append(.error(at: listNode.location, Localized(id: "'items' memerlukan paling sedikit satu butir", en: "'items' needs at least one item")))
        }
        return items
    }

    // MARK: - Weights

    private mutating func decodeWeights(_ node: YAMLNode?, codes: [String], fields: FieldReader) -> ([SurveyDefinition.WeightProfile], String) {
        guard let node else {
            fields.missing("weights")
            return ([], "")
        }
        let w = FieldReader(node, allowed: ["default", "profiles"], what: Localized(id: "'weights'", en: "'weights'"), diagnostics: diagnostics)
        guard w.isMapping else { return ([], "") }
        var profiles: [SurveyDefinition.WeightProfile] = []
        var ids: [String] = []
        for item in w.list("profiles", required: true) {
            let p = FieldReader(item, allowed: ["id", "title", "each", "items"], what: Localized(id: "profil bobot", en: "weight profile"), diagnostics: diagnostics)
            guard p.isMapping, let id = p.text("id", required: true)?.value else { continue }
            ids.append(id)
            let title = p.text("title", required: true)?.value ?? id
            if profiles.contains(where: { $0.id == id }) {
                diagnostics.append(.error(at: p["id"]!.location, Localized(id: "profil bobot '\(id)' ditulis dua kali", en: "weight profile '\(id)' is defined twice")))
                continue
            }
            var rule: SurveyDefinition.WeightProfile.Rule?
            switch (p["each"], p["items"]) {
            case (let each?, nil):
                if each.scalar == "equal" {
                    rule = .equal
                } else if let value = FieldReader.decimal(each, name: "each", diagnostics) {
                    if value <= 0 || value > 1 {
                        diagnostics.append(.error(at: each.location, Localized(
                            id: "'each' harus 'equal' atau angka lebih dari 0 sampai 1", en: "'each' must be 'equal' or a number above 0 up to 1")))
                    } else {
                        rule = .each(value)
                    }
                }
            case (nil, let table?):
                let t = FieldReader(table, allowed: codes, what: Localized(id: "bobot per butir", en: "the weights per item"), diagnostics: diagnostics)
                var weights: [String: Number] = [:]
                for code in codes {
                    guard let value = t.decimal(code)?.value else {
                        if t.isMapping, !t.has(code) {
                            diagnostics.append(.error(at: table.location, Localized(
                                id: "bobot per butir tidak memuat butir '\(code)'", en: "the weights per item do not give item '\(code)'")))
                        }
                        continue
                    }
                    weights[code] = value
                }
                let sum = weights.values.reduce(0, +)
                if weights.count == codes.count, sum != 1 {
                    diagnostics.append(.error(at: table.location, Localized(
                        id: "bobot per butir berjumlah \(NumberFormat.plain(sum)); jumlahnya harus 1", en: "the weights per item add up to \(NumberFormat.plain(sum)); they must add up to 1")))
                } else if weights.count == codes.count {
                    rule = .perItem(weights)
                }
            case (_?, _?):
                diagnostics.append(.error(at: item.location, Localized(
                    id: "profil bobot '\(id)' memiliki 'each' dan 'items'; pilih salah satu", en: "weight profile '\(id)' has both 'each' and 'items'; keep one")))
            case (nil, nil):
                diagnostics.append(.error(at: item.location, Localized(
                    id: "profil bobot '\(id)' memerlukan 'each' (equal atau angka) atau 'items'", en: "weight profile '\(id)' needs 'each' (equal or a number) or 'items'")))
            }
            if let rule { profiles.append(SurveyDefinition.WeightProfile(id: id, title: title, rule: rule)) }
        }
        let defaultID = w.text("default", required: true)?.value ?? ""
        if !defaultID.isEmpty, !ids.contains(defaultID) {
            let hint = Suggestion.suffix(Suggestion.closest(to: defaultID, in: ids))
            diagnostics.append(.error(at: w["default"]!.location, Localized(
                id: "profil bobot '\(defaultID)' tidak ada\(hint.id)", en: "there is no weight profile '\(defaultID)'\(hint.en)")))
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
        let x = FieldReader(node, allowed: ["title", "note", "default", "rules"], what: Localized(id: "'index'", en: "'index'"), diagnostics: diagnostics)
        guard x.isMapping else { return nil }
        let title = x.text("title", required: true)?.value ?? ""
        let note = x.text("note")?.value
        var rules: [SurveyDefinition.IndexRule] = []
        var ids: [String] = []
        for item in x.list("rules", required: true) {
            let r = FieldReader(item, allowed: ["id", "title", "formula"], what: Localized(id: "aturan indeks", en: "index rule"), diagnostics: diagnostics)
            guard r.isMapping, let id = r.text("id", required: true)?.value else { continue }
            ids.append(id)
            let title = r.text("title", required: true)?.value ?? id
            if rules.contains(where: { $0.id == id }) {
                diagnostics.append(.error(at: r["id"]!.location, Localized(id: "aturan indeks '\(id)' ditulis dua kali", en: "index rule '\(id)' is defined twice")))
                continue
            }
            guard let formulaNode = r["formula"] else { r.missing("formula"); continue }
            if let formula = formula(formulaNode, name: "formula", allowed: ["mean"]) {
                rules.append(SurveyDefinition.IndexRule(id: id, title: title, formula: formula))
            }
        }
        let defaultRule = x.text("default", required: true)?.value ?? ""
        if !defaultRule.isEmpty, !ids.contains(defaultRule) {
            let hint = Suggestion.suffix(Suggestion.closest(to: defaultRule, in: ids))
            diagnostics.append(.error(at: x["default"]!.location, Localized(
                id: "aturan indeks '\(defaultRule)' tidak ada\(hint.id)", en: "there is no index rule '\(defaultRule)'\(hint.en)")))
        }
        return (title, note, rules, defaultRule)
    }

    private mutating func formula(_ node: YAMLNode, name: String, allowed: [String]) -> Formula? {
        guard let read = FormulaField.read(node, name: name, source: source, candidates: allowed, isKnown: allowed.contains, unknown: { reference, hint in
            Localized(id: "rumus merujuk '\(reference)'; di sini hanya \(allowed.map { "'\($0)'" }.joined(separator: " dan ")) yang dikenal\(hint.id)",
                      en: "the formula refers to '\(reference)'; only \(allowed.map { "'\($0)'" }.joined(separator: " and ")) are known here\(hint.en)")
        }, diagnostics: diagnostics) else { return nil }
        return read.hasUnknown ? nil : read.formula
    }

    // MARK: - Bands

    private mutating func decodeBands(_ node: YAMLNode, hasConverted: Bool) -> SurveyDefinition.Bands? {
        let b = FieldReader(node, allowed: ["on", "grade_title", "label_title", "levels"], what: Localized(id: "'bands'", en: "'bands'"), diagnostics: diagnostics)
        guard b.isMapping else { return nil }
        let target = b.choice("on", ["index", "converted"], required: true).map(\.value).flatMap(SurveyDefinition.BandTarget.init(rawValue:))
        if target == .converted, !hasConverted {
            diagnostics.append(.error(at: b["on"]!.location, Localized(
                id: "'on: converted' memerlukan bagian 'converted'", en: "'on: converted' needs a 'converted' section")))
        }
        let gradeTitle = b.text("grade_title", required: true)?.value ?? ""
        let labelTitle = b.text("label_title", required: true)?.value ?? ""
        var levels: [SurveyDefinition.Band] = []
        for item in b.list("levels", required: true) {
            let l = FieldReader(item, allowed: ["min", "grade", "label"], what: Localized(id: "tingkat", en: "band level"), diagnostics: diagnostics)
            guard l.isMapping, let min = l.decimal("min", required: true)?.value else { continue }
            let grade = l.text("grade", required: true)?.value ?? ""
            let label = l.text("label", required: true)?.value ?? ""
            if let previous = levels.last, min >= previous.min {
                diagnostics.append(.error(at: l["min"]!.location, Localized(
                    id: "tingkat ditulis dari yang tertinggi: \(NumberFormat.plain(min)) harus lebih kecil dari \(NumberFormat.plain(previous.min))",
                    en: "levels go from the highest down: \(NumberFormat.plain(min)) must be below \(NumberFormat.plain(previous.min))")))
            }
            levels.append(SurveyDefinition.Band(min: min, grade: grade, label: label))
        }
        guard let target, !levels.isEmpty else { return nil }
        return SurveyDefinition.Bands(target: target, gradeTitle: gradeTitle, labelTitle: labelTitle, levels: levels)
    }

    // MARK: - Sample size

    private mutating func decodeSampleSize(_ node: YAMLNode) -> SurveySampleSize? {
        let s = FieldReader(node, allowed: ["method", "chi_square", "proportion", "margin"], what: Localized(id: "'sample_size'", en: "'sample_size'"),
                            diagnostics: diagnostics)
        guard s.isMapping else { return nil }
        _ = s.choice("method", ["krejcie-morgan"], required: true)?.value
        guard let chi = s.decimal("chi_square", required: true)?.value,
              let p = s.decimal("proportion", required: true)?.value,
              let d = s.decimal("margin", required: true)?.value else { return nil }
        var ok = true
        for (key, value, low, high) in [("chi_square", chi, Number(0), Number(100)), ("proportion", p, 0, 1), ("margin", d, 0, 1)] where value <= low || value >= high {
            ok = false
            diagnostics.append(.error(at: s[key]!.location, Localized(
                id: "'\(key)' harus lebih dari \(low) dan kurang dari \(high)", en: "'\(key)' must be above \(low) and below \(high)")))
        }
        return ok ? SurveySampleSize(chiSquare: chi, proportion: p, margin: d) : nil
    }

    // MARK: - Respondent profile

    private mutating func decodeProfile(_ nodes: [YAMLNode]) -> [SurveyDefinition.Attribute] {
        var attributes: [SurveyDefinition.Attribute] = []
        for node in nodes {
            let a = FieldReader(node, allowed: ["id", "title", "columns", "values", "bins"], what: Localized(id: "atribut responden", en: "respondent attribute"),
                                diagnostics: diagnostics)
            guard a.isMapping, let id = a.text("id", required: true)?.value else { continue }
            if attributes.contains(where: { $0.id == id }) {
                diagnostics.append(.error(at: a["id"]!.location, Localized(id: "atribut '\(id)' ditulis dua kali", en: "attribute '\(id)' is defined twice")))
                continue
            }
            let title = a.text("title", required: true)?.value ?? id
            let columns = a.texts("columns")
            if columns.isEmpty {
                diagnostics.append(.error(at: a["columns"]?.location ?? node.location, Localized(
                    id: "atribut '\(id)' memerlukan 'columns' (nama kolom yang memuatnya)", en: "attribute '\(id)' needs 'columns' (the column names that hold it)")))
            }
            var values: [SurveyDefinition.Attribute.Value] = []
            var seen: [String: String] = [:]
            for item in a.list("values") {
                let v = FieldReader(item, allowed: ["label", "aliases"], what: Localized(id: "nilai atribut", en: "attribute value"), diagnostics: diagnostics)
                guard v.isMapping, let label = v.text("label", required: true)?.value else { continue }
                let aliases = v.texts("aliases")
                for spelling in [label] + aliases {
                    let key = SurveyText.key(spelling)
                    if let other = seen[key], other != label {
                        diagnostics.append(.error(at: item.location, Localized(
                            id: "'\(spelling)' menunjuk dua nilai atribut '\(id)' ('\(other)' dan '\(label)')",
                            en: "'\(spelling)' names two values of attribute '\(id)' ('\(other)' and '\(label)')")))
                    }
                    seen[key] = label
                }
                values.append(.init(label: label, aliases: aliases))
            }
            var bins: [Int] = []
            if let binsNode = a["bins"] {
                for text in a.texts("bins") {
                    guard let bound = Int(text), bound > 0, bound > (bins.last ?? 0) else {
                        diagnostics.append(.error(at: binsNode.location, Localized(
                            id: "'bins' harus berupa bilangan bulat positif yang naik, bukan '\(text)'", en: "'bins' must be rising positive whole numbers, not '\(text)'")))
                        break
                    }
                    bins.append(bound)
                }
                if !values.isEmpty {
                    diagnostics.append(.error(at: binsNode.location, Localized(
                        id: "atribut '\(id)' memiliki 'values' dan 'bins'; pilih salah satu", en: "attribute '\(id)' has both 'values' and 'bins'; keep one")))
                }
            }
            attributes.append(.init(id: id, title: title, columns: columns, values: values, bins: bins))
        }
        return attributes
    }

    // MARK: - Feeds

    private mutating func decodeFeed(_ node: YAMLNode) -> SurveyDefinition.Feed? {
        let f = FieldReader(node, allowed: ["questionnaire", "code", "min_respondents", "min_months"], what: Localized(id: "'feeds'", en: "'feeds'"),
                            diagnostics: diagnostics)
        guard f.isMapping else { return nil }
        let questionnaire = f.text("questionnaire", required: true)?.value ?? ""
        let code = f.text("code", required: true)?.value ?? ""
        return SurveyDefinition.Feed(questionnaire: questionnaire, code: code,
                                     minimumRespondents: f.integer("min_respondents", in: 1...1_000_000)?.value,
                                     minimumMonths: f.integer("min_months", in: 1...120)?.value)
    }
}
