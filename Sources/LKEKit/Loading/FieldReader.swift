import Foundation

/// Reads the keys of one YAML mapping for the schema: typed values with their locations, required keys, and
/// unknown keys with "did you mean" suggestions. Every problem is recorded in the reader's `diagnostics`, shared by all the
/// readers of one decoding; a value that has a problem reads as `nil`, its diagnostic already recorded.
struct FieldReader {
    let node: YAMLNode
    let allowed: [String]
    /// Where the problems go.
    let diagnostics: DiagnosticLog
    /// What the mapping is, for messages ("question", "pertanyaan"). Built only for a message: most mappings have
    /// none, and some names are interpolated (`'criteria' (options of scale 'x')`).
    private let what: () -> Localized
    /// The mapping's entries, unknown keys included (`self[key]` skips them); none when the node is no mapping.
    private let entries: [YAMLNode.Entry]
    let isMapping: Bool

    init(_ node: YAMLNode, allowed: [String], what: @escaping @autoclosure () -> Localized, diagnostics: DiagnosticLog) {
        self.node = node
        self.allowed = allowed
        self.what = what
        self.diagnostics = diagnostics
        if let list = node.entries {
            isMapping = true
            entries = list
            Self.reportUnknownKeys(of: list, allowed: allowed, in: what, diagnostics)
        } else {
            isMapping = false
            entries = []
            Self.reportNotAMapping(node, what(), diagnostics)
        }
    }

    /// Reports every entry whose key is not allowed, with the closest allowed key when one is close. `what` names
    /// the mapping; it is built only for a message.
    static func reportUnknownKeys(of entries: [YAMLNode.Entry], allowed: [String], in what: () -> Localized, _ diagnostics: DiagnosticLog) {
        for index in entries.positions(ofKeysNotIn: allowed) {
            diagnostics.append(limited: .error, path: entries[index].keyLocation.path) {
                let entry = entries[index]
                return .error(at: entry.keyLocation, Message.Field.unknownKey(entry.key, in: what(), allowed: allowed,
                                                                              suggestion: Suggestion.closest(to: entry.key, in: allowed)))
            }
        }
    }

    /// Reports `node`, named by `what`, for not being the mapping it should be.
    static func reportNotAMapping(_ node: YAMLNode, _ what: Localized, _ diagnostics: DiagnosticLog) {
        diagnostics.append(.error(at: node.location, Message.Field.notAMapping(what)))
    }

    /// The value of an allowed key. A scan, not a dictionary: mappings have a handful of keys, fewer than it
    /// takes for hashing them to pay.
    subscript(key: String) -> YAMLNode? {
        guard allowed.contains(key) else { return nil }
        return entries.value(ofKey: key)
    }

    func has(_ key: String) -> Bool { self[key] != nil }

    /// Where the value of `key` is written, when the mapping has it.
    func location(of key: String) -> SourceLocation? { self[key]?.location }

    /// Reports that the mapping lacks the required `key` (nothing when it is no mapping: that is reported already).
    func missing(_ key: String) {
        guard isMapping else { return }
        diagnostics.append(.error(at: node.location, Message.Field.missingKey(key, in: what())))
    }

    /// The value of `key`; reports it when `required` and missing.
    private func value(_ key: String, required: Bool) -> YAMLNode? {
        guard let value = self[key] else {
            if required { missing(key) }
            return nil
        }
        return value
    }

    /// A text value; reports a missing required key or a collection where text was expected.
    func text(_ key: String, required: Bool = false, allowEmpty: Bool = false) -> Located<String>? {
        guard let value = value(key, required: required),
              let text = Self.text(value, name: key, allowEmpty: allowEmpty, diagnostics) else { return nil }
        return Located(value: text, location: value.location)
    }

    /// The text of `value`, the value of `name`: see `text(_:required:allowEmpty:)`.
    static func text(_ value: YAMLNode, name key: String, allowEmpty: Bool = false, _ diagnostics: DiagnosticLog) -> String? {
        guard let text = value.scalar, !value.isEmpty || allowEmpty else {
            diagnostics.append(.error(at: value.location, Message.Field.notText(key)))
            return nil
        }
        if !allowEmpty, text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            diagnostics.append(.error(at: value.location, Message.Field.emptyText(key)))
            return nil
        }
        return text
    }

    /// A decimal value.
    func decimal(_ key: String, required: Bool = false) -> Located<Number>? {
        guard let value = value(key, required: required), let number = Self.decimal(value, name: key, diagnostics) else { return nil }
        return Located(value: number, location: value.location)
    }

    /// The decimal number `value`, the value of `name`: see `decimal(_:required:)`.
    static func decimal(_ value: YAMLNode, name: String, _ diagnostics: DiagnosticLog) -> Number? {
        guard let text = value.scalar, let number = Number(text: text) else {
            diagnostics.append(.error(at: value.location, Message.Field.notDecimal(name, written: value.scalar)))
            return nil
        }
        return number
    }

    /// A whole number in a range.
    func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = false) -> Located<Int>? {
        guard let value = value(key, required: required) else { return nil }
        guard let text = value.scalar, let number = Int(text), range.contains(number) else {
            diagnostics.append(.error(at: value.location, Message.Field.notWholeNumber(key, in: range)))
            return nil
        }
        return Located(value: number, location: value.location)
    }

    /// One of a fixed set of words.
    func choice(_ key: String, _ options: [String], required: Bool = false) -> Located<String>? {
        guard let text = text(key, required: required) else { return nil }
        guard options.contains(text.value) else {
            diagnostics.append(.error(at: text.location, Message.Field.notOneOf(key, value: text.value, options: options,
                                                                                 suggestion: Suggestion.closest(to: text.value, in: options))))
            return nil
        }
        return text
    }

    /// A list of texts (a one-item scalar is not accepted: lists are written as lists).
    func texts(_ key: String) -> [String] {
        guard let value = self[key] else { return [] }
        return Self.texts(value, name: key, diagnostics)
    }

    /// The texts of `value`, the value of `name`: see `texts(_:)`.
    static func texts(_ value: YAMLNode, name key: String, _ diagnostics: DiagnosticLog) -> [String] {
        guard let items = value.items else {
            diagnostics.append(.error(at: value.location, Message.Field.notTextList(key)))
            return []
        }
        var texts: [String] = []
        texts.reserveCapacity(items.count)
        items.forEachInPlace { item in
            guard case .scalar(let text, let style) = item.content, style != .empty else {
                diagnostics.append(.error(at: item.location, Message.Field.itemNotText(key)))
                return
            }
            texts.append(text)
        }
        return texts
    }

    /// A list of mappings.
    func list(_ key: String, required: Bool = false) -> [YAMLNode] {
        guard let value = value(key, required: required) else { return [] }
        guard let items = value.items else {
            diagnostics.append(.error(at: value.location, Message.Field.notList(key)))
            return []
        }
        return items
    }
}
