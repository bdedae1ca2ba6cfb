import Foundation

// Predicates: their rules, prerequisites, and how they relate (stricter_than, requires_predicate).
extension QuestionnaireDecoder {
    mutating func decodePredicates(_ items: [YAMLNode], model: Questionnaire) -> [Predicate] {
        var predicates: [Predicate] = []
        // Where each predicate name was written, to point at it when it names no predicate.
        var stricterLocations: [String: SourceLocation] = [:]
        var requiresLocations: [String: SourceLocation] = [:]
        for yaml in items {
            let f = FieldReader(yaml, allowed: ["id", "title", "stricter_than", "rules", "prerequisites"], what: Message.Definition.Part.predicate, diagnostics: diagnostics)
            guard f.isMapping, let idField = f.text("id", required: true) else { continue }
            let id = idField.value
            let title = f.text("title", required: true)?.value ?? id
            let stricterField = f.text("stricter_than")
            let stricter = stricterField?.value
            if let stricterField { stricterLocations[id] = stricterField.location }
            var rules: [Predicate.Rule] = []
            var ruleIDs: Set<String> = []
            for item in f.list("rules", required: true) {
                let r = FieldReader(item, allowed: ["id", "title", "node", "min_score", "min_percent", "each_child_of", "requires_predicate"],
                                    what: Message.Definition.Part.predicateRule, diagnostics: diagnostics)
                guard r.isMapping, let ruleIDField = r.text("id", required: true) else { continue }
                let ruleID = ruleIDField.value
                if !ruleIDs.insert(ruleID).inserted {
                    diagnostics.append(.error(at: r.location(of: "id"), Message.Definition.duplicateRule(ruleID)))
                }
                let ruleTitle = r.text("title", required: true)?.value ?? ruleID
                let location = ruleIDField.location
                let targets = ["node", "each_child_of", "requires_predicate"].filter(r.has)
                if targets.count > 1 {
                    diagnostics.append(.error(at: r.location(of: targets[1]), Message.Definition.ruleTwoTargets(ruleID, targets[0], targets[1])))
                    continue
                }
                let measures = ["min_score", "min_percent"].filter(r.has)
                if targets.first == "node", measures.count == 2 {
                    diagnostics.append(.error(at: r.location(of: "min_percent"), Message.Definition.ruleTwoMeasures(ruleID)))
                    continue
                }
                if targets.first == "each_child_of", r.has("min_score") {
                    diagnostics.append(.error(at: r.location(of: "min_score"), Message.Definition.eachChildTakesPercent))
                    continue
                }
                if targets.first == "requires_predicate", let measure = measures.first {
                    diagnostics.append(.error(at: r.location(of: measure), Message.Definition.requiresPredicateTakesNoMeasure(measure)))
                    continue
                }
                var kind: Predicate.Rule.Kind?
                if let code = r.text("node")?.value {
                    if model.nodesByCode[code] == nil, model.groupsByCode[code] == nil, model.question(code) == nil {
                        let suggestion = Suggestion.closest(to: code, in: Array(model.nodesByCode.keys) + Array(model.groupsByCode.keys))
                        diagnostics.append(.error(at: r.location(of: "node"), Message.Definition.unknownNode(code, suggestion: suggestion)))
                    }
                    if let minimum = r.decimal("min_score")?.value { kind = .minScore(code: code, minimum: minimum) }
                    else if let minimum = r.decimal("min_percent")?.value { kind = .minPercent(code: code, minimum: minimum) }
                } else if let code = r.text("each_child_of")?.value {
                    let hasChildren = !(model.nodesByCode[code]?.children.isEmpty ?? true) || !(model.groupsByCode[code]?.children.isEmpty ?? true)
                    if !hasChildren {
                        let suggestion = Suggestion.closest(to: code, in: Array(model.nodesByCode.keys) + Array(model.groupsByCode.keys))
                        diagnostics.append(.error(at: r.location(of: "each_child_of"), Message.Definition.notAParent(code, suggestion: suggestion)))
                    }
                    if let minimum = r.decimal("min_percent", required: true)?.value { kind = .eachChildMinPercent(code: code, minimum: minimum) }
                } else if let required = r.text("requires_predicate") {
                    kind = .requiresPredicate(required.value)
                    requiresLocations[id + "\u{0}" + ruleID] = required.location
                }
                if let kind { checkThreshold(kind, of: r, model: model) }
                guard let kind else {
                    if !r.has("node") && !r.has("each_child_of") && !r.has("requires_predicate") {
                        diagnostics.append(.error(at: item.location, Message.Definition.ruleNeedsTarget(ruleID)))
                    } else if r.has("node") {
                        diagnostics.append(.error(at: item.location, Message.Definition.ruleNeedsMeasure(ruleID)))
                    }
                    continue
                }
                rules.append(.init(id: ruleID, title: ruleTitle, kind: kind, location: location))
            }
            var prerequisites: [Predicate.Prerequisite] = []
            for item in f.list("prerequisites") {
                let p = FieldReader(item, allowed: ["id", "text", "explanation"], what: Message.Definition.Part.prerequisite, diagnostics: diagnostics)
                guard p.isMapping, let pid = p.text("id", required: true)?.value, let text = p.text("text", required: true)?.value else { continue }
                if prerequisites.contains(where: { $0.id == pid }) {
                    // An answer file states each prerequisite once; a second one could never be answered apart.
                    diagnostics.append(.error(at: p.location(of: "id"), Message.Definition.duplicatePrerequisite(pid, predicate: id)))
                }
                prerequisites.append(.init(id: pid, text: text, explanation: p.text("explanation")?.value))
            }
            if predicates.contains(where: { $0.id == id }) {
                diagnostics.append(.error(at: f.location(of: "id"), Message.Definition.duplicatePredicate(id)))
            }
            predicates.append(Predicate(id: id, title: title, stricterThan: stricter, rules: rules, prerequisites: prerequisites, location: idField.location))
        }
        checkRelations(of: predicates, stricterLocations: stricterLocations, requiresLocations: requiresLocations)
        return predicates
    }

    /// Checks the references between predicates (`requires_predicate`, `stricter_than`) and that a stricter
    /// predicate has every rule of the weaker one, none looser. The locations are those of the names written.
    mutating func checkRelations(of predicates: [Predicate], stricterLocations: [String: SourceLocation],
                                 requiresLocations: [String: SourceLocation]) {
        for predicate in predicates {
            for rule in predicate.rules {
                if case .requiresPredicate(let other) = rule.kind, !predicates.contains(where: { $0.id == other }) {
                    diagnostics.append(.error(at: requiresLocations[predicate.id + "\u{0}" + rule.id] ?? rule.location,
                                              Message.Definition.unknownPredicate(other, suggestion: Suggestion.closest(to: other, in: predicates.map(\.id)))))
                }
            }
            guard let weakerID = predicate.stricterThan else { continue }
            var chain = [predicate.id]
            var next: String? = weakerID
            while let current = next, let step = predicates.first(where: { $0.id == current }) {
                if chain.contains(current) {
                    // Reported once, by the cycle's first predicate in id order.
                    guard current == predicate.id, chain.allSatisfy({ $0 >= predicate.id }) else { break }
                    diagnostics.append(.error(at: stricterLocations[predicate.id] ?? predicate.location, Message.Definition.stricterThanCycle(chain + [current])))
                    break
                }
                chain.append(current)
                next = step.stricterThan
            }
            guard let weaker = predicates.first(where: { $0.id == weakerID }) else {
                diagnostics.append(.error(at: stricterLocations[predicate.id] ?? predicate.location,
                                          Message.Definition.unknownPredicate(weakerID, suggestion: Suggestion.closest(to: weakerID, in: predicates.map(\.id)))))
                continue
            }
            for rule in weaker.rules {
                guard let strict = predicate.rules.first(where: { $0.id == rule.id }) else {
                    if case .requiresPredicate = rule.kind { continue }
                    diagnostics.append(.error(at: predicate.location, Message.Definition.stricterMissesRule(predicate.id, weaker: weaker.id, rule: rule.id),
                                              notes: [.init(location: rule.location, message: Message.Definition.ruleIsHere(rule.id))]))
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
                    diagnostics.append(.error(at: strict.location, Message.Definition.looserRule(rule.id, predicate: predicate.id, weaker: weaker.id),
                                              notes: [.init(location: rule.location, message: Message.Definition.weakerRuleIsHere(weaker.id))]))
                }
            }
        }
    }
}
