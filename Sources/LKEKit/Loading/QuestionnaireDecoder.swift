import Foundation

/// Turns a YAML tree into a `Questionnaire`, collecting every schema and semantic problem.
struct QuestionnaireDecoder {
    let path: String
    /// The file being decoded, for locating errors inside formulas (`FormulaField`).
    var source: SourceFile?
    var diagnostics: [Diagnostic] = []
    private var codes: [String: SourceLocation] = [:]
    private var scales: [String: Scale] = [:]
    /// Codes of nodes, questions and groups whose weight could not be read; sums over them are not checked,
    /// so that one bad weight gives one error.
    var unreliableWeights: Set<String> = []

    init(path: String) { self.path = path }

    /// The deepest tree of nodes, and of groups, a definition may have.
    static let maximumTreeDepth = 20

    static let topKeys = ["format", "kind", "id", "title", "version", "legal_basis", "language", "rounding", "scales", "tree",
                          "groups", "checks", "predicates"]

    mutating func decode(_ root: YAMLNode, digest: String) -> Questionnaire? {
        let fields = FieldReader(root, allowed: Self.topKeys, what: Localized(id: "definisi kuesioner", en: "the questionnaire definition"),
                                 diagnostics: &diagnostics)
        guard fields.isMapping else { return nil }
        if let format = fields.text("format", required: true, &diagnostics), format != "lke/1" {
            diagnostics.append(.error(at: fields["format"]!.location, Localized(
                id: "format '\(format)' tidak didukung; tulis 'format: lke/1'", en: "format '\(format)' is not supported; write 'format: lke/1'")))
        }
        let kindText = fields.choice("kind", ["lke", "survey"], required: true, &diagnostics)
        let id = fields.text("id", required: true, &diagnostics) ?? ""
        if let idNode = fields["id"], !id.isEmpty,
           !id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            diagnostics.append(.error(at: idNode.location, Localized(
                id: "'id' hanya boleh berisi huruf kecil, angka dan '-'", en: "'id' may hold only lowercase letters, digits and '-'")))
        }
        let title = fields.text("title", required: true, &diagnostics) ?? ""
        let version = fields.text("version", required: true, &diagnostics) ?? ""
        let legal = fields.texts("legal_basis", &diagnostics)
        let language = fields.choice("language", ["id", "en"], required: true, &diagnostics).flatMap(Language.init(rawValue:)) ?? .id
        var rounding = Rounding(decimals: 2, mode: .halfAwayFromZero)
        if let node = fields["rounding"] {
            let r = FieldReader(node, allowed: ["decimals", "mode"], what: Localized(id: "'rounding'", en: "'rounding'"), diagnostics: &diagnostics)
            rounding.decimals = r.integer("decimals", in: 0...10, required: true, &diagnostics) ?? 2
            if let mode = r.choice("mode", Rounding.Mode.allCases.map(\.rawValue), required: true, &diagnostics) {
                rounding.mode = Rounding.Mode(rawValue: mode)!
            }
        } else {
            fields.missing("rounding", &diagnostics)
        }
        if kindText == "survey" {
            diagnostics.append(.error(at: fields["kind"]!.location, Localized(
                id: "definisi survei dibaca oleh 'lke survey', bukan sebagai lembar kerja", en: "survey definitions are read by 'lke survey', not as a worksheet")))
            return nil
        }
        for item in fields.list("scales", required: true, &diagnostics) { decodeScale(item) }
        guard let treeNode = fields["tree"] else {
            fields.missing("tree", &diagnostics)
            return nil
        }
        guard let tree = decodeNode(treeNode, depth: 0) else { return nil }
        let groups = fields.list("groups", &diagnostics).compactMap { decodeGroup($0, depth: 0) }
        var model = Questionnaire(id: id, kind: .lke, title: title, version: version, legalBasis: legal, language: language,
                                  rounding: rounding, scales: Array(scales.values).sorted { $0.id < $1.id }, tree: tree,
                                  groups: groups, checks: [], predicates: [], path: path, digest: digest)
        checkGroups(model)
        let checkable = Set(model.questions.map(\.code)).union(model.inputOwner.keys).union(model.derivedIndex.keys)
        model.checks = fields.list("checks", &diagnostics).compactMap { decodeCheck($0, model: model, allowed: checkable) }
        var checkIDs: [String: SourceLocation] = [:]
        for check in model.checks {
            if let earlier = checkIDs[check.id] {
                diagnostics.append(.error(at: check.location, Localized(
                    id: "pemeriksaan '\(check.id)' ditulis dua kali; id pemeriksaan harus unik", en: "check '\(check.id)' is written twice; check ids must be unique"),
                    notes: [.init(location: earlier, message: Localized(id: "'\(check.id)' pertama kali ditulis di sini", en: "'\(check.id)' first written here"))]))
            } else {
                checkIDs[check.id] = check.location
            }
        }
        model.predicates = decodePredicates(fields.list("predicates", &diagnostics), model: model)
        return model
    }

    // MARK: - Codes

    private mutating func negativeWeight(_ f: FieldReader) {
        diagnostics.append(.error(at: f["weight"]!.location, Localized(id: "'weight' tidak boleh negatif", en: "'weight' must not be negative")))
    }

    private mutating func claim(_ code: String, at location: SourceLocation) -> Bool {
        if let earlier = codes[code] {
            diagnostics.append(.error(at: location, Localized(id: "kode '\(code)' sudah dipakai; kode harus unik", en: "code '\(code)' is already used; codes must be unique"),
                                      notes: [.init(location: earlier, message: Localized(id: "'\(code)' pertama kali dipakai di sini", en: "'\(code)' first used here"))]))
            return false
        }
        if code.isEmpty || code.contains(" ") || code == "x" || code == "min" || code == "max"
            || !FormulaParser.isCodeStart(code.unicodeScalars.first!)
            || !code.unicodeScalars.allSatisfy({ FormulaParser.isCodeStart($0) || ("0"..."9").contains($0) || $0 == "." }) || code.hasSuffix(".") {
            diagnostics.append(.error(at: location, Localized(
                id: "kode '\(code)' tidak sah: awali dengan huruf, lalu huruf, angka, '_' atau '.'",
                en: "code '\(code)' is not valid: start with a letter, then letters, digits, '_' or '.'")))
        }
        codes[code] = location
        return true
    }

    // MARK: - Scales

    private mutating func decodeScale(_ node: YAMLNode) {
        let f = FieldReader(node, allowed: ["id", "title", "options"], what: Localized(id: "skala", en: "scale"), diagnostics: &diagnostics)
        guard f.isMapping, let id = f.text("id", required: true, &diagnostics) else { return }
        let title = f.text("title", required: true, &diagnostics) ?? id
        var options: [Scale.Option] = []
        var spellings: [String: SourceLocation] = [:]
        for item in f.list("options", required: true, &diagnostics) {
            let o = FieldReader(item, allowed: ["code", "label", "value", "aliases"], what: Localized(id: "opsi skala", en: "scale option"), diagnostics: &diagnostics)
            guard o.isMapping, let code = o.text("code", required: true, &diagnostics) else { continue }
            let label = o.text("label", required: true, &diagnostics) ?? code
            let value = o.decimal("value", required: true, &diagnostics) ?? 0
            if value < 0 || value > 1 {
                diagnostics.append(.error(at: o["value"]!.location, Localized(
                    id: "nilai opsi '\(code)' adalah \(value), harus di antara 0 dan 1", en: "the value of option '\(code)' is \(value); it must be between 0 and 1")))
            }
            let aliases = o.texts("aliases", &diagnostics)
            // An option may spell itself several ways (its label is often its code); clashes are between options.
            var own: Set<String> = []
            for spelling in [code, label] + aliases where own.insert(spelling.lowercased()).inserted {
                let key = spelling.lowercased()
                if let earlier = spellings[key] {
                    diagnostics.append(.error(at: item.location, Localized(
                        id: "'\(spelling)' menunjuk lebih dari satu opsi skala '\(id)'", en: "'\(spelling)' names more than one option of scale '\(id)'"),
                        notes: [.init(location: earlier, message: Localized(id: "opsi lain di sini", en: "the other option is here"))]))
                } else {
                    spellings[key] = item.location
                }
            }
            options.append(Scale.Option(code: code, label: label, value: value, aliases: aliases))
        }
        if options.count < 2, f.has("options") {
            diagnostics.append(.error(at: f["options"]!.location, Localized(
                id: "skala '\(id)' memerlukan paling sedikit dua opsi", en: "scale '\(id)' needs at least two options")))
        }
        if scales[id] != nil {
            diagnostics.append(.error(at: f["id"]!.location, Localized(id: "skala '\(id)' ditulis dua kali", en: "scale '\(id)' is defined twice")))
        }
        scales[id] = Scale(id: id, title: title, options: options)
    }

    // MARK: - Nodes

    private mutating func decodeNode(_ yaml: YAMLNode, depth: Int) -> Node? {
        let f = FieldReader(yaml, allowed: ["code", "title", "weight", "aggregate", "children", "questions", "note"],
                            what: Localized(id: "simpul", en: "node"), diagnostics: &diagnostics)
        guard f.isMapping, let code = f.text("code", required: true, &diagnostics) else { return nil }
        _ = claim(code, at: f["code"]!.location)
        let title = f.text("title", required: true, &diagnostics) ?? ""
        let weightValue = f.decimal("weight", required: true, &diagnostics)
        if weightValue == nil { unreliableWeights.insert(code) }
        let weight = weightValue ?? 0
        if weight < 0 { negativeWeight(f) }
        let note = f.text("note", &diagnostics)
        if f.has("children"), f.has("questions") {
            diagnostics.append(.error(at: f["questions"]!.location, Localized(
                id: "simpul '\(code)' memiliki 'children' dan 'questions'; pilih salah satu", en: "node '\(code)' has both 'children' and 'questions'; keep one")))
        }
        if !f.has("children"), !f.has("questions") {
            diagnostics.append(.error(at: yaml.location, Localized(
                id: "simpul '\(code)' tidak memiliki 'children' atau 'questions'", en: "node '\(code)' has neither 'children' nor 'questions'")))
        }
        var children: [Node] = []
        let childItems = f["children"]?.items ?? []
        if depth < Self.maximumTreeDepth {
            children = f.list("children", &diagnostics).compactMap { decodeNode($0, depth: depth + 1) }
        } else if let node = f["children"] {
            diagnostics.append(.error(at: node.location, Localized(
                id: "pohon lebih dalam dari \(Self.maximumTreeDepth) tingkat tidak didukung", en: "a tree deeper than \(Self.maximumTreeDepth) levels is not supported")))
        }
        var aggregate: Node.Aggregate = f.has("questions") ? .mean : .sum
        if let text = f.choice("aggregate", Node.Aggregate.allCases.map(\.rawValue), &diagnostics) {
            aggregate = Node.Aggregate(rawValue: text)!
        }
        let both = f.has("children") && f.has("questions")
        if aggregate != .sum, f.has("children"), !both {
            diagnostics.append(.error(at: f["aggregate"]?.location ?? yaml.location, Localized(
                id: "simpul dengan 'children' hanya dapat memakai 'aggregate: sum'", en: "a node with 'children' can only use 'aggregate: sum'")))
        }
        if aggregate == .sum, f.has("questions"), !both, let aggregateNode = f["aggregate"] {
            diagnostics.append(.error(at: aggregateNode.location, Localized(
                id: "simpul dengan 'questions' memakai 'mean' atau 'weighted', bukan 'sum'", en: "a node with 'questions' uses 'mean' or 'weighted', not 'sum'")))
        }
        let questionItems = f.list("questions", &diagnostics)
        let questions = questionItems.compactMap { decodeQuestion($0, weighted: aggregate == .weighted) }
        if let node = f["children"], node.items?.isEmpty ?? false, !f.has("questions") {
            diagnostics.append(.error(at: node.location, Localized(id: "'children' kosong", en: "'children' is empty")))
        }
        if f.has("questions"), questions.isEmpty, f["questions"]!.items?.isEmpty ?? false {
            diagnostics.append(.error(at: f["questions"]!.location, Localized(id: "'questions' kosong", en: "'questions' is empty")))
        }
        let childrenReliable = children.count == childItems.count && !children.contains { unreliableWeights.contains($0.code) }
        if aggregate == .sum, !children.isEmpty, weightValue != nil, childrenReliable {
            let total = children.reduce(Number(0)) { $0 + $1.weight }
            if total != weight {
                diagnostics.append(.error(at: f["weight"]?.location ?? yaml.location, Localized(
                    id: "bobot '\(code)' adalah \(weight), tetapi bobot anak-anaknya berjumlah \(total)",
                    en: "the weight of '\(code)' is \(weight), but its children's weights add up to \(total)"),
                    notes: children.map { .init(location: $0.location, message: Localized(id: "'\($0.code)': \($0.weight)", en: "'\($0.code)': \($0.weight)")) }))
            }
        }
        let questionsReliable = questions.count == questionItems.count && !questions.contains { $0.weight == nil }
        if aggregate == .weighted, !questions.isEmpty, weightValue != nil, questionsReliable {
            let total = questions.reduce(Number(0)) { $0 + ($1.weight ?? 0) }
            if total != weight {
                diagnostics.append(.error(at: f["weight"]?.location ?? yaml.location, Localized(
                    id: "bobot '\(code)' adalah \(weight), tetapi bobot pertanyaannya berjumlah \(total)",
                    en: "the weight of '\(code)' is \(weight), but its questions' weights add up to \(total)")))
            }
        }
        return Node(code: code, title: title, weight: weight, aggregate: aggregate, children: children, questions: questions,
                    note: note, location: f["code"]!.location)
    }

    // MARK: - Questions

    private mutating func decodeQuestion(_ yaml: YAMLNode, weighted: Bool) -> Question? {
        let common = ["code", "text", "type", "weight", "explanation", "guidance", "evidence"]
        let typeText = yaml["type"]?.scalar
        let extra: [String]
        switch typeText {
        case "choice": extra = ["scale", "criteria", "condition"]
        case "number": extra = ["min", "max", "decimals", "value"]
        case "computed": extra = ["inputs", "derived", "formula", "clamp", "zero_denominator"]
        default: extra = ["scale", "criteria", "condition", "min", "max", "decimals", "value", "inputs", "derived", "formula", "clamp", "zero_denominator"]
        }
        let f = FieldReader(yaml, allowed: common + extra, what: Localized(id: "pertanyaan", en: "question"), diagnostics: &diagnostics)
        guard f.isMapping, let code = f.text("code", required: true, &diagnostics) else { return nil }
        let codeLocation = f["code"]!.location
        _ = claim(code, at: codeLocation)
        let text = f.text("text", required: true, &diagnostics) ?? ""
        let type = f.choice("type", ["choice", "number", "computed"], required: true, &diagnostics)
        var weight: Number?
        if weighted {
            weight = f.decimal("weight", required: true, &diagnostics)
            if let weight, weight < 0 { negativeWeight(f) }
        } else if let w = f["weight"] {
            diagnostics.append(.error(at: w.location, Localized(
                id: "'weight' pada pertanyaan hanya berlaku di bawah 'aggregate: weighted'", en: "'weight' on a question applies only under 'aggregate: weighted'")))
        }
        let explanation = f.text("explanation", &diagnostics)
        let guidance = f.text("guidance", &diagnostics)
        let evidence = f.texts("evidence", &diagnostics)
        let kind: Question.Kind?
        switch type {
        case "choice": kind = decodeChoice(f, code: code)
        case "number": kind = decodeNumber(f, code: code)
        case "computed": kind = decodeComputed(f, code: code)
        default: kind = nil
        }
        guard let kind else { return nil }
        return Question(code: code, text: text, kind: kind, weight: weight, explanation: explanation, guidance: guidance,
                        evidence: evidence, location: codeLocation)
    }

    private mutating func decodeChoice(_ f: FieldReader, code: String) -> Question.Kind? {
        guard let scaleID = f.text("scale", required: true, &diagnostics) else { return nil }
        guard let scale = scales[scaleID] else {
            let hint = Suggestion.suffix(Suggestion.closest(to: scaleID, in: scales.keys))
            diagnostics.append(.error(at: f["scale"]!.location, Localized(
                id: "skala '\(scaleID)' tidak ada\(hint.id)", en: "scale '\(scaleID)' does not exist\(hint.en)")))
            // The question stays (with an empty scale) so that its code and weight cause no further errors.
            return .choice(.init(scale: Scale(id: scaleID, title: scaleID, options: []), criteria: [:], condition: nil))
        }
        var criteria: [String: String] = [:]
        let condition = f.text("condition", &diagnostics)
        if let node = f["criteria"] {
            let names = scale.options.map(\.code)
            let c = FieldReader(node, allowed: names, what: Localized(id: "'criteria' (opsi skala '\(scaleID)')", en: "'criteria' (options of scale '\(scaleID)')"),
                                diagnostics: &diagnostics)
            for name in names {
                if let text = c.text(name, &diagnostics) { criteria[name] = text }
                else if c.isMapping, !c.has(name) {
                    diagnostics.append(.error(at: node.location, Localized(
                        id: "opsi '\(name)' pada pertanyaan '\(code)' tidak memiliki teks kriteria", en: "option '\(name)' of question '\(code)' has no criterion text")))
                }
            }
            if condition != nil {
                diagnostics.append(.error(at: f["condition"]!.location, Localized(
                    id: "tulis 'criteria' atau 'condition', bukan keduanya", en: "write 'criteria' or 'condition', not both")))
            }
        } else if condition == nil {
            diagnostics.append(.error(at: f.node.location, Localized(
                id: "pertanyaan '\(code)' tidak memiliki teks kriteria: tulis 'criteria' untuk setiap opsi atau satu 'condition'",
                en: "question '\(code)' has no criterion text: write 'criteria' for every option or one 'condition'")))
        }
        return .choice(.init(scale: scale, criteria: criteria, condition: condition))
    }

    private mutating func decodeNumber(_ f: FieldReader, code: String) -> Question.Kind? {
        let min = f.decimal("min", required: true, &diagnostics)
        let max = f.decimal("max", required: true, &diagnostics)
        let decimals = f.integer("decimals", in: 0...10, required: true, &diagnostics)
        guard let formulaNode = f["value"] else { f.missing("value", &diagnostics); return nil }
        // A formula that does not parse leaves a stand-in, so that the question's code and weight cause no further errors.
        let parsed = FormulaField.read(formulaNode, name: "value", source: source, candidates: ["x"], isKnown: { $0 == "x" }, unknown: { reference, _ in
            Localized(id: "rumus 'value' merujuk '\(reference)'; rumus nilai pertanyaan angka hanya boleh merujuk 'x' (jawabannya)",
                      en: "the 'value' formula refers to '\(reference)'; a number question's value may refer only to 'x' (its answer)")
        }, diagnostics: &diagnostics)?.formula
        let formula = parsed ?? Formula(expression: .number(0), text: "")
        // Division by a constant is fine; division by x would need a policy. Only a denominator that holds 'x'
        // divides by x (any other code is already reported as unknown).
        let dividesByX = formula.divides && dividesBy("x", formula.expression)
        if dividesByX {
            diagnostics.append(.error(at: formulaNode.location, Localized(
                id: "rumus 'value' membagi dengan 'x'; pembagi nol tidak memiliki kebijakan", en: "the 'value' formula divides by 'x'; a zero denominator has no policy")))
        }
        guard let min, let max, let decimals else { return nil }
        let spec = Question.NumberSpec(min: min, max: max, decimals: decimals, value: formula)
        if min > max {
            diagnostics.append(.error(at: f["min"]!.location, Localized(id: "'min' lebih besar dari 'max'", en: "'min' is greater than 'max'")))
        } else if parsed != nil, !dividesByX, formula.references.allSatisfy({ $0 == "x" }) {
            // The value must lie in [0, 1] for every answer from min to max.
            checkValueRange(of: spec, at: formulaNode)
        }
        return .number(spec)
    }

    /// Whether some division in `e` has a denominator that refers to `code`.
    private func dividesBy(_ code: String, _ e: Formula.Expression) -> Bool {
        switch e {
        case .number, .reference: return false
        case .negate(let inner): return dividesBy(code, inner)
        case .binary(let op, let l, let r):
            if op == "/", Formula(expression: r, text: "").references.contains(code) { return true }
            return dividesBy(code, l) || dividesBy(code, r)
        case .call(_, let args): return args.contains { dividesBy(code, $0) }
        }
    }

    private mutating func decodeComputed(_ f: FieldReader, code: String) -> Question.Kind? {
        var inputs: [Question.Input] = []
        for item in f.list("inputs", required: true, &diagnostics) {
            let i = FieldReader(item, allowed: ["code", "label", "min", "max", "decimals"], what: Localized(id: "masukan", en: "input"), diagnostics: &diagnostics)
            guard i.isMapping, let inputCode = i.text("code", required: true, &diagnostics) else { continue }
            _ = claim(inputCode, at: i["code"]!.location)
            let label = i.text("label", required: true, &diagnostics) ?? ""
            let input = Question.Input(code: inputCode, label: label, min: i.decimal("min", &diagnostics) ?? 0,
                                       max: i.decimal("max", &diagnostics) ?? 1_000_000_000, decimals: i.integer("decimals", in: 0...10, &diagnostics) ?? 0,
                                       location: i["code"]!.location)
            if input.min > input.max {
                // No count could be answered: every answer file would fail.
                diagnostics.append(.error(at: (i["min"] ?? i["max"])!.location, Localized(
                    id: "'min' masukan '\(inputCode)' (\(input.min)) lebih besar dari 'max' (\(input.max)); tidak ada jumlah yang dapat diisi",
                    en: "the 'min' of input '\(inputCode)' (\(input.min)) is greater than its 'max' (\(input.max)); no count could be answered")))
            }
            inputs.append(input)
        }
        var derived: [Question.Derived] = []
        var derivedNodes: [(String, YAMLNode)] = []
        for item in f.list("derived", &diagnostics) {
            let d = FieldReader(item, allowed: ["code", "label", "formula"], what: Localized(id: "baris turunan", en: "derived row"), diagnostics: &diagnostics)
            guard d.isMapping, let derivedCode = d.text("code", required: true, &diagnostics) else { continue }
            _ = claim(derivedCode, at: d["code"]!.location)
            let label = d.text("label", required: true, &diagnostics) ?? ""
            guard let node = d["formula"] else { d.missing("formula", &diagnostics); continue }
            derivedNodes.append((derivedCode, node))
            derived.append(.init(code: derivedCode, label: label, formula: Formula(expression: .number(0), text: "")))
        }
        let allowed = Set(inputs.map(\.code) + derived.map(\.code))
        for (offset, (derivedCode, node)) in derivedNodes.enumerated() {
            if let formula = formula(node, name: "formula", allowed: allowed) {
                derived[offset].formula = formula
                if formula.divides {
                    diagnostics.append(.error(at: node.location, Localized(
                        id: "rumus baris turunan '\(derivedCode)' tidak boleh membagi", en: "the formula of derived row '\(derivedCode)' may not divide")))
                }
            }
        }
        // Cycles among derived rows.
        var graph: [String: [String]] = [:]
        for d in derived { graph[d.code] = d.formula.references.filter { ref in derived.contains { $0.code == ref } } }
        for (offset, d) in derived.enumerated() where reaches(graph, from: d.code, to: d.code) {
            diagnostics.append(.error(at: derivedNodes[offset].1.location, Localized(
                id: "baris turunan '\(d.code)' merujuk dirinya sendiri melalui rumusnya", en: "derived row '\(d.code)' refers to itself through its formula")))
        }
        guard let formulaNode = f["formula"] else { f.missing("formula", &diagnostics); return nil }
        let parsed = formula(formulaNode, name: "formula", allowed: allowed)
        let formula = parsed ?? Formula(expression: .number(0), text: "")
        var clamp: ClosedRange<Number>?
        if let node = f["clamp"] {
            if let items = node.items, items.count == 2,
               let low = FieldReader.decimal(items[0], name: "clamp", &diagnostics), let high = FieldReader.decimal(items[1], name: "clamp", &diagnostics) {
                if low <= high { clamp = low...high } else {
                    diagnostics.append(.error(at: node.location, Localized(id: "'clamp' harus [rendah, tinggi]", en: "'clamp' must be [low, high]")))
                }
            } else if node.items?.count != 2 {
                diagnostics.append(.error(at: node.location, Localized(id: "'clamp' harus berupa [rendah, tinggi]", en: "'clamp' must be [low, high]")))
            }
        }
        var policy = Question.ZeroPolicy.notNeeded
        if let node = f["zero_denominator"] {
            if let text = node.scalar, !node.isEmpty {
                if text == "unanswered" { policy = .unanswered }
                else if let value = FieldReader.decimal(node, name: "zero_denominator", &diagnostics) { policy = .value(value) }
            } else {
                let z = FieldReader(node, allowed: ["numerator_zero", "otherwise"], what: Localized("'zero_denominator'"), diagnostics: &diagnostics)
                if z.isMapping, let zero = z.decimal("numerator_zero", required: true, &diagnostics),
                   let otherwise = z.decimal("otherwise", required: true, &diagnostics) {
                    policy = .byNumerator(zero: zero, otherwise: otherwise)
                }
            }
            if !formula.divides, parsed != nil {
                diagnostics.append(.warning(at: node.location, Localized(
                    id: "'zero_denominator' tidak berpengaruh: rumus tidak membagi", en: "'zero_denominator' has no effect: the formula does not divide")))
            }
        } else if formula.divides {
            diagnostics.append(.error(at: formulaNode.location, Localized(
                id: "rumus '\(code)' membagi tetapi tidak ada 'zero_denominator'; nyatakan apa hasilnya bila pembagi nol (angka, unanswered, atau {numerator_zero: .., otherwise: ..})",
                en: "the formula of '\(code)' divides but has no 'zero_denominator'; declare what a zero denominator gives (a number, unanswered, or {numerator_zero: .., otherwise: ..})")))
        }
        if inputs.isEmpty { return nil }
        if parsed != nil { checkValueRange(of: code, f, inputs: inputs, derived: derived, formula: formula, clamp: clamp, policy: policy) }
        return .computed(.init(inputs: inputs, derived: derived, formula: formula, clamp: clamp, zeroDenominator: policy))
    }

    /// The scalar offset of `reference` as a whole code in formula `text` (0 when not found).

    private func reaches(_ graph: [String: [String]], from start: String, to target: String) -> Bool {
        var stack = graph[start] ?? []
        var seen: Set<String> = []
        while let next = stack.popLast() {
            if next == target { return true }
            if seen.insert(next).inserted { stack += graph[next] ?? [] }
        }
        return false
    }

    /// Parses a formula scalar and checks its references against `allowed`.
    private mutating func formula(_ node: YAMLNode, name: String, allowed: Set<String>) -> Formula? {
        FormulaField.read(node, name: name, source: source, candidates: allowed.sorted(), isKnown: allowed.contains, unknown: { reference, hint in
            Localized(id: "rumus merujuk '\(reference)', yang tidak dikenal di sini\(hint.id)",
                      en: "the formula refers to '\(reference)', which is not known here\(hint.en)")
        }, diagnostics: &diagnostics)?.formula
    }

    // MARK: - Groups

    private mutating func decodeGroup(_ yaml: YAMLNode, depth: Int) -> Group? {
        let f = FieldReader(yaml, allowed: ["code", "title", "weight", "sum", "children"], what: Localized(id: "grup", en: "group"), diagnostics: &diagnostics)
        guard f.isMapping, let code = f.text("code", required: true, &diagnostics) else { return nil }
        _ = claim(code, at: f["code"]!.location)
        let title = f.text("title", required: true, &diagnostics) ?? ""
        let sum = f.texts("sum", &diagnostics)
        var children: [Group] = []
        if depth < Self.maximumTreeDepth {
            children = f.list("children", &diagnostics).compactMap { decodeGroup($0, depth: depth + 1) }
        } else if let node = f["children"] {
            diagnostics.append(.error(at: node.location, Localized(
                id: "grup bersarang lebih dari \(Self.maximumTreeDepth) tingkat tidak didukung", en: "groups nested deeper than \(Self.maximumTreeDepth) levels are not supported")))
        }
        if f.has("sum") == f.has("children") {
            diagnostics.append(.error(at: yaml.location, Localized(
                id: "grup '\(code)' memerlukan tepat satu dari 'sum' atau 'children'", en: "group '\(code)' needs exactly one of 'sum' or 'children'")))
        }
        let weight: Number
        if f.has("children") {
            weight = children.reduce(0) { $0 + $1.weight }
            if let w = f.decimal("weight", &diagnostics), w != weight {
                diagnostics.append(.error(at: f["weight"]!.location, Localized(
                    id: "bobot grup '\(code)' adalah \(w), tetapi anak-anaknya berjumlah \(weight)", en: "the weight of group '\(code)' is \(w), but its children add up to \(weight)")))
            }
        } else {
            let value = f.decimal("weight", required: true, &diagnostics)
            if value == nil { unreliableWeights.insert(code) }
            weight = value ?? 0
            if weight < 0 { negativeWeight(f) }
        }
        return Group(code: code, title: title, weight: weight, sum: sum, children: children)
    }

    private mutating func checkGroups(_ model: Questionnaire) {
        func visit(_ group: Group) {
            var total = Number(0)
            var known = true
            for code in group.sum {
                if let node = model.nodesByCode[code] { total += node.weight } else {
                    known = false
                    let hint = Suggestion.suffix(Suggestion.closest(to: code, in: model.nodesByCode.keys))
                    diagnostics.append(.error(at: codes[group.code], Localized(
                        id: "grup '\(group.code)' menjumlahkan '\(code)', yang bukan simpul\(hint.id)", en: "group '\(group.code)' sums '\(code)', which is not a node\(hint.en)")))
                }
            }
            // The weight is checked when every part is known (a group with both 'sum' and 'children' is already an error).
            let reliable = known && group.children.isEmpty && !group.sum.isEmpty
                && !unreliableWeights.contains(group.code) && group.sum.allSatisfy { !unreliableWeights.contains($0) }
            if reliable, total != group.weight {
                diagnostics.append(.error(at: codes[group.code], Localized(
                    id: "bobot grup '\(group.code)' adalah \(group.weight), tetapi simpul yang dijumlahkannya berbobot \(total)",
                    en: "the weight of group '\(group.code)' is \(group.weight), but the nodes it sums weigh \(total)")))
            }
            group.children.forEach(visit)
        }
        model.groups.forEach(visit)
    }

    // MARK: - Checks

    /// - Parameter allowed: the codes a rule may name: inputs, derived rows and questions (nodes and groups have
    ///   scores, not answers).
    private mutating func decodeCheck(_ yaml: YAMLNode, model: Questionnaire, allowed: Set<String>) -> Check? {
        let f = FieldReader(yaml, allowed: ["id", "rule", "message", "severity"], what: Localized(id: "pemeriksaan", en: "check"), diagnostics: &diagnostics)
        guard f.isMapping, let id = f.text("id", required: true, &diagnostics) else { return nil }
        let message = f.text("message", required: true, &diagnostics) ?? ""
        let severity: Diagnostic.Severity = f.choice("severity", ["error", "warning"], &diagnostics) == "warning" ? .warning : .error
        guard let ruleNode = f["rule"] else { f.missing("rule", &diagnostics); return nil }
        guard let text = ruleNode.scalar else { return nil }
        var found: (Check.Comparison, Range<String.Index>)?
        for comparison in [Check.Comparison.lessOrEqual, .greaterOrEqual, .equal, .notEqual, .less, .greater] {
            if let range = text.range(of: comparison.rawValue) { found = (comparison, range); break }
        }
        guard let (comparison, range) = found else {
            diagnostics.append(.error(at: ruleNode.location, Localized(
                id: "aturan harus membandingkan dua rumus dengan <=, <, >=, >, == atau !=", en: "the rule must compare two formulas with <=, <, >=, >, == or !=")))
            return nil
        }
        let style: YAMLNode.Style
        if case .scalar(_, let written) = ruleNode.content { style = written } else { style = .plain }
        let leftText = String(text[..<range.lowerBound]), rightText = String(text[range.upperBound...])
        var rightNode = ruleNode
        rightNode.location.column += text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.upperBound)
        var leftScalar = ruleNode
        leftScalar.content = .scalar(leftText, style)
        rightNode.content = .scalar(rightText, style)
        guard let left = formula(leftScalar, name: "rule", allowed: allowed), let right = formula(rightNode, name: "rule", allowed: allowed) else { return nil }
        return Check(id: id, left: left, comparison: comparison, right: right, message: message, severity: severity, location: f["id"]!.location)
    }

    // MARK: - Predicates

    private mutating func decodePredicates(_ items: [YAMLNode], model: Questionnaire) -> [Predicate] {
        var predicates: [Predicate] = []
        // Where each predicate name was written, to point at it when it names no predicate.
        var stricterLocations: [String: SourceLocation] = [:]
        var requiresLocations: [String: SourceLocation] = [:]
        for yaml in items {
            let f = FieldReader(yaml, allowed: ["id", "title", "stricter_than", "rules", "prerequisites"], what: Localized(id: "predikat", en: "predicate"), diagnostics: &diagnostics)
            guard f.isMapping, let id = f.text("id", required: true, &diagnostics) else { continue }
            let title = f.text("title", required: true, &diagnostics) ?? id
            let stricter = f.text("stricter_than", &diagnostics)
            if stricter != nil { stricterLocations[id] = f["stricter_than"]!.location }
            var rules: [Predicate.Rule] = []
            var ruleIDs: Set<String> = []
            for item in f.list("rules", required: true, &diagnostics) {
                let r = FieldReader(item, allowed: ["id", "title", "node", "min_score", "min_percent", "each_child_of", "requires_predicate"],
                                    what: Localized(id: "aturan predikat", en: "predicate rule"), diagnostics: &diagnostics)
                guard r.isMapping, let ruleID = r.text("id", required: true, &diagnostics) else { continue }
                if !ruleIDs.insert(ruleID).inserted {
                    diagnostics.append(.error(at: r["id"]!.location, Localized(id: "aturan '\(ruleID)' ditulis dua kali", en: "rule '\(ruleID)' is written twice")))
                }
                let ruleTitle = r.text("title", required: true, &diagnostics) ?? ruleID
                let location = r["id"]!.location
                let targets = ["node", "each_child_of", "requires_predicate"].filter(r.has)
                if targets.count > 1 {
                    diagnostics.append(.error(at: r[targets[1]]!.location, Localized(
                        id: "aturan '\(ruleID)' memakai '\(targets[0])' dan '\(targets[1])'; tulis satu saja", en: "rule '\(ruleID)' has both '\(targets[0])' and '\(targets[1])'; keep one")))
                    continue
                }
                let measures = ["min_score", "min_percent"].filter(r.has)
                if targets.first == "node", measures.count == 2 {
                    diagnostics.append(.error(at: r["min_percent"]!.location, Localized(
                        id: "aturan '\(ruleID)' memakai 'min_score' dan 'min_percent'; tulis satu saja", en: "rule '\(ruleID)' has both 'min_score' and 'min_percent'; keep one")))
                    continue
                }
                if targets.first == "each_child_of", r.has("min_score") {
                    diagnostics.append(.error(at: r["min_score"]!.location, Localized(
                        id: "'each_child_of' memakai 'min_percent', bukan 'min_score'", en: "'each_child_of' takes 'min_percent', not 'min_score'")))
                    continue
                }
                if targets.first == "requires_predicate", let measure = measures.first {
                    diagnostics.append(.error(at: r[measure]!.location, Localized(
                        id: "'requires_predicate' tidak memakai '\(measure)'", en: "'requires_predicate' takes no '\(measure)'")))
                    continue
                }
                var kind: Predicate.Rule.Kind?
                if let code = r.text("node", &diagnostics) {
                    if model.nodesByCode[code] == nil, model.groupsByCode[code] == nil, model.question(code) == nil {
                        let hint = Suggestion.suffix(Suggestion.closest(to: code, in: Array(model.nodesByCode.keys) + Array(model.groupsByCode.keys)))
                        diagnostics.append(.error(at: r["node"]!.location, Localized(id: "simpul '\(code)' tidak ada\(hint.id)", en: "node '\(code)' does not exist\(hint.en)")))
                    }
                    if let minimum = r.decimal("min_score", &diagnostics) { kind = .minScore(code: code, minimum: minimum) }
                    else if let minimum = r.decimal("min_percent", &diagnostics) { kind = .minPercent(code: code, minimum: minimum) }
                } else if let code = r.text("each_child_of", &diagnostics) {
                    let hasChildren = !(model.nodesByCode[code]?.children.isEmpty ?? true) || !(model.groupsByCode[code]?.children.isEmpty ?? true)
                    if !hasChildren {
                        let hint = Suggestion.suffix(Suggestion.closest(to: code, in: Array(model.nodesByCode.keys) + Array(model.groupsByCode.keys)))
                        diagnostics.append(.error(at: r["each_child_of"]!.location, Localized(
                            id: "'\(code)' bukan simpul atau grup yang memiliki anak\(hint.id)", en: "'\(code)' is not a node or group with children\(hint.en)")))
                    }
                    if let minimum = r.decimal("min_percent", required: true, &diagnostics) { kind = .eachChildMinPercent(code: code, minimum: minimum) }
                } else if let required = r.text("requires_predicate", &diagnostics) {
                    kind = .requiresPredicate(required)
                    requiresLocations[id + "\u{0}" + ruleID] = r["requires_predicate"]!.location
                }
                if let kind { checkThreshold(kind, of: r, model: model) }
                guard let kind else {
                    if !r.has("node") && !r.has("each_child_of") && !r.has("requires_predicate") {
                        diagnostics.append(.error(at: item.location, Localized(
                            id: "aturan '\(ruleID)' memerlukan 'node' dengan 'min_score' atau 'min_percent', 'each_child_of' dengan 'min_percent', atau 'requires_predicate'",
                            en: "rule '\(ruleID)' needs 'node' with 'min_score' or 'min_percent', 'each_child_of' with 'min_percent', or 'requires_predicate'")))
                    } else if r.has("node") {
                        diagnostics.append(.error(at: item.location, Localized(id: "aturan '\(ruleID)' memerlukan 'min_score' atau 'min_percent'", en: "rule '\(ruleID)' needs 'min_score' or 'min_percent'")))
                    }
                    continue
                }
                rules.append(.init(id: ruleID, title: ruleTitle, kind: kind, location: location))
            }
            var prerequisites: [Predicate.Prerequisite] = []
            for item in f.list("prerequisites", &diagnostics) {
                let p = FieldReader(item, allowed: ["id", "text", "explanation"], what: Localized(id: "prasyarat", en: "prerequisite"), diagnostics: &diagnostics)
                guard p.isMapping, let pid = p.text("id", required: true, &diagnostics), let text = p.text("text", required: true, &diagnostics) else { continue }
                if prerequisites.contains(where: { $0.id == pid }) {
                    // An answer file states each prerequisite once; a second one could never be answered apart.
                    diagnostics.append(.error(at: p["id"]!.location, Localized(
                        id: "prasyarat '\(pid)' ditulis dua kali pada predikat '\(id)'", en: "prerequisite '\(pid)' is written twice in predicate '\(id)'")))
                }
                prerequisites.append(.init(id: pid, text: text, explanation: p.text("explanation", &diagnostics)))
            }
            if predicates.contains(where: { $0.id == id }) {
                diagnostics.append(.error(at: f["id"]!.location, Localized(id: "predikat '\(id)' ditulis dua kali", en: "predicate '\(id)' is defined twice")))
            }
            predicates.append(Predicate(id: id, title: title, stricterThan: stricter, rules: rules, prerequisites: prerequisites, location: f["id"]!.location))
        }
        // References between predicates, and strictness.
        for predicate in predicates {
            for rule in predicate.rules {
                if case .requiresPredicate(let other) = rule.kind, !predicates.contains(where: { $0.id == other }) {
                    let hint = Suggestion.suffix(Suggestion.closest(to: other, in: predicates.map(\.id)))
                    diagnostics.append(.error(at: requiresLocations[predicate.id + "\u{0}" + rule.id] ?? rule.location, Localized(
                        id: "predikat '\(other)' tidak ada\(hint.id)", en: "predicate '\(other)' does not exist\(hint.en)")))
                }
            }
            guard let weakerID = predicate.stricterThan else { continue }
            var chain = [predicate.id]
            var next: String? = weakerID
            while let current = next, let step = predicates.first(where: { $0.id == current }) {
                if chain.contains(current) {
                    // Reported once, by the cycle's first predicate in id order.
                    guard current == predicate.id, chain.allSatisfy({ $0 >= predicate.id }) else { break }
                    diagnostics.append(.error(at: stricterLocations[predicate.id] ?? predicate.location, Localized(
                        id: "'stricter_than' membentuk lingkaran: \((chain + [current]).joined(separator: " -> "))",
                        en: "'stricter_than' forms a cycle: \((chain + [current]).joined(separator: " -> "))")))
                    break
                }
                chain.append(current)
                next = step.stricterThan
            }
            guard let weaker = predicates.first(where: { $0.id == weakerID }) else {
                let hint = Suggestion.suffix(Suggestion.closest(to: weakerID, in: predicates.map(\.id)))
                diagnostics.append(.error(at: stricterLocations[predicate.id] ?? predicate.location, Localized(
                    id: "predikat '\(weakerID)' tidak ada\(hint.id)", en: "predicate '\(weakerID)' does not exist\(hint.en)")))
                continue
            }
            for rule in weaker.rules {
                guard let strict = predicate.rules.first(where: { $0.id == rule.id }) else {
                    if case .requiresPredicate = rule.kind { continue }
                    diagnostics.append(.error(at: predicate.location, Localized(
                        id: "predikat '\(predicate.id)' lebih ketat dari '\(weaker.id)' tetapi tidak memiliki aturan '\(rule.id)'",
                        en: "predicate '\(predicate.id)' is stricter than '\(weaker.id)' but has no rule '\(rule.id)'"),
                        notes: [.init(location: rule.location, message: Localized(id: "aturan '\(rule.id)' di sini", en: "rule '\(rule.id)' is here"))]))
                    continue
                }
                let looser: Bool
                switch (rule.kind, strict.kind) {
                case let (.minScore(a, x), .minScore(b, y)), let (.minPercent(a, x), .minPercent(b, y)), let (.eachChildMinPercent(a, x), .eachChildMinPercent(b, y)):
                    looser = a != b || y < x
                default:
                    looser = rule.kind != strict.kind
                }
                if looser {
                    diagnostics.append(.error(at: strict.location, Localized(
                        id: "aturan '\(rule.id)' pada '\(predicate.id)' lebih longgar dari (atau berbeda dengan) aturan yang sama pada '\(weaker.id)'",
                        en: "rule '\(rule.id)' of '\(predicate.id)' is looser than (or different from) the same rule of '\(weaker.id)'"),
                        notes: [.init(location: rule.location, message: Localized(id: "aturan pada '\(weaker.id)' di sini", en: "the rule of '\(weaker.id)' is here"))]))
                }
            }
        }
        return predicates
    }
}
