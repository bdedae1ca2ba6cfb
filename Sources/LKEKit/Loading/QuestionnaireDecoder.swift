import Foundation

/// Turns a YAML tree into a `Questionnaire`, collecting every schema and semantic problem.
struct QuestionnaireDecoder {
    let path: String
    /// The file being decoded, for locating errors inside formulas (`FormulaField`).
    var source: SourceFile?
    /// The problems found, recorded by the readers and handed over when the decoding ends.
    let diagnostics: DiagnosticLog
    var codes: [String: SourceLocation] = [:]
    var scales: [String: Scale] = [:]
    /// Codes of nodes, questions and groups whose weight could not be read; sums over them are not checked,
    /// so that one bad weight gives one error.
    var unreliableWeights: Set<String> = []

    /// A decoder of the file at `path`, whose diagnostics start with `diagnostics` (those of the YAML parser).
    init(path: String, diagnostics: [Diagnostic] = []) {
        self.path = path
        self.diagnostics = DiagnosticLog(diagnostics)
    }

    /// The deepest tree of nodes, and of groups, a definition may have.
    static let maximumTreeDepth = 20

    static let topKeys = ["format", "kind", "id", "title", "version", "legal_basis", "language", "rounding", "scales", "tree",
                          "groups", "checks", "predicates"]

    mutating func decode(_ root: YAMLNode, digest: String) -> Questionnaire? {
        let fields = FieldReader(root, allowed: Self.topKeys, what: Message.Definition.Part.definition,
                                 diagnostics: diagnostics)
        guard fields.isMapping else { return nil }
        if let format = fields.text("format", required: true)?.value, format != "lke/1" {
            diagnostics.append(.error(at: fields.location(of: "format"), Message.Definition.unsupportedFormat(format)))
        }
        let kindText = fields.choice("kind", ["lke", "survey"], required: true)?.value
        let id = fields.text("id", required: true)?.value ?? ""
        if let idNode = fields["id"], !id.isEmpty,
           !id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            diagnostics.append(.error(at: idNode.location, Message.Definition.invalidID))
        }
        let title = fields.text("title", required: true)?.value ?? ""
        let version = fields.text("version", required: true)?.value ?? ""
        let legal = fields.texts("legal_basis")
        let language = fields.choice("language", ["id", "en"], required: true).map(\.value).flatMap(Language.init(rawValue:)) ?? .id
        var rounding = Rounding(decimals: 2, mode: .halfAwayFromZero)
        if let node = fields["rounding"] {
            let r = FieldReader(node, allowed: ["decimals", "mode"], what: Message.Definition.Part.rounding, diagnostics: diagnostics)
            rounding.decimals = r.integer("decimals", in: 0...10, required: true)?.value ?? 2
            if let mode = r.choice("mode", Rounding.Mode.allCases.map(\.rawValue), required: true)?.value {
                rounding.mode = Rounding.Mode(rawValue: mode)!
            }
        } else {
            fields.missing("rounding")
        }
        if kindText == "survey" {
            diagnostics.append(.error(at: fields.location(of: "kind"), Message.Definition.surveyDefinition))
            return nil
        }
        for item in fields.list("scales", required: true) { decodeScale(item) }
        guard let treeNode = fields["tree"] else {
            fields.missing("tree")
            return nil
        }
        guard let tree = decodeNode(treeNode, depth: 0) else { return nil }
        let groups = fields.list("groups").compactMap { decodeGroup($0, depth: 0) }
        var model = Questionnaire(id: id, kind: .lke, title: title, version: version, legalBasis: legal, language: language,
                                  rounding: rounding, scales: Array(scales.values).sorted { $0.id < $1.id }, tree: tree,
                                  groups: groups, checks: [], predicates: [], path: path, digest: digest)
        checkGroups(model)
        let checkable = Set(model.questions.map(\.code)).union(model.inputOwner.keys).union(model.derivedIndex.keys)
        model.checks = fields.list("checks").compactMap { decodeCheck($0, model: model, allowed: checkable) }
        var checkIDs: [String: SourceLocation] = [:]
        for check in model.checks {
            if let earlier = checkIDs[check.id] {
                diagnostics.append(.error(at: check.location, Message.Definition.duplicateCheck(check.id),
                                          notes: [.init(location: earlier, message: Message.YAML.firstWrittenHere(check.id))]))
            } else {
                checkIDs[check.id] = check.location
            }
        }
        model.predicates = decodePredicates(fields.list("predicates"), model: model)
        return model
    }

    mutating func negativeWeight(_ f: FieldReader) {
        diagnostics.append(.error(at: f.location(of: "weight"), Message.Definition.negativeWeight))
    }

    mutating func claim(_ code: String, at location: SourceLocation) -> Bool {
        if let earlier = codes[code] {
            diagnostics.append(.error(at: location, Message.Definition.duplicateCode(code),
                                      notes: [.init(location: earlier, message: Message.Definition.firstUsedHere(code))]))
            return false
        }
        if code.isEmpty || code.contains(" ") || code == "x" || code == "min" || code == "max"
            || !FormulaParser.isCodeStart(code.unicodeScalars.first!)
            || !code.unicodeScalars.allSatisfy({ FormulaParser.isCodeStart($0) || ("0"..."9").contains($0) || $0 == "." }) || code.hasSuffix(".") {
            diagnostics.append(.error(at: location, Message.Definition.invalidCode(code)))
        }
        codes[code] = location
        return true
    }
}
