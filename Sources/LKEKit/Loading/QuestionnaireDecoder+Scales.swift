import Foundation

// Scales: their options, values and spellings.
extension QuestionnaireDecoder {
    mutating func decodeScale(_ node: YAMLNode) {
        let f = FieldReader(node, allowed: ["id", "title", "options"], what: Message.Definition.Part.scale, diagnostics: diagnostics)
        guard f.isMapping, let idField = f.text("id", required: true) else { return }
        let id = idField.value
        let title = f.text("title", required: true)?.value ?? id
        var options: [Scale.Option] = []
        var spellings: [String: SourceLocation] = [:]
        for item in f.list("options", required: true) {
            let o = FieldReader(item, allowed: ["code", "label", "value", "aliases"], what: Message.Definition.Part.scaleOption, diagnostics: diagnostics)
            guard o.isMapping, let codeField = o.text("code", required: true) else { continue }
            let code = codeField.value
            let label = o.text("label", required: true)?.value ?? code
            let value = o.decimal("value", required: true)?.value ?? 0
            if value < 0 || value > 1 {
                diagnostics.append(.error(at: o.location(of: "value"), Message.Definition.optionValueOutsideUnit(code, value: value)))
            }
            let aliases = o.texts("aliases")
            // An option may spell itself several ways (its label is often its code); clashes are between options.
            var own: Set<String> = []
            for spelling in [code, label] + aliases where own.insert(spelling.lowercased()).inserted {
                let key = spelling.lowercased()
                if let earlier = spellings[key] {
                    diagnostics.append(.error(at: item.location, Message.Definition.ambiguousSpelling(spelling, scale: id),
                                              notes: [.init(location: earlier, message: Message.Definition.otherOptionHere)]))
                } else {
                    spellings[key] = item.location
                }
            }
            options.append(Scale.Option(code: code, label: label, value: value, aliases: aliases))
        }
        if options.count < 2, f.has("options") {
            diagnostics.append(.error(at: f.location(of: "options"), Message.Definition.scaleNeedsTwoOptions(id)))
        }
        if scales[id] != nil {
            diagnostics.append(.error(at: f.location(of: "id"), Message.Definition.duplicateScale(id)))
        }
        scales[id] = Scale(id: id, title: title, options: options)
    }
}
