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
                let what = what()
                let suggestion = Suggestion.closest(to: entry.key, in: allowed)
                let hint = Suggestion.suffix(suggestion)
                let fallback = suggestion == nil
                    ? Localized(id: "; kunci yang dikenal: \(allowed.joined(separator: ", "))", en: "; known keys: \(allowed.joined(separator: ", "))")
                    : hint
                return .error(at: entry.keyLocation, Localized(
                    id: "kunci '\(entry.key)' tidak dikenal pada \(what.id)\(fallback.id)",
                    en: "unknown key '\(entry.key)' in \(what.en)\(fallback.en)"))
            }
        }
    }

    /// Reports `node`, named by `what`, for not being the mapping it should be.
    static func reportNotAMapping(_ node: YAMLNode, _ what: Localized, _ diagnostics: DiagnosticLog) {
        diagnostics.append(.error(at: node.location, Localized(
            id: "\(what.id) harus berupa pemetaan 'kunci: nilai'", en: "\(what.en) must be a mapping of 'key: value'")))
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
        let what = what()
        diagnostics.append(.error(at: node.location, Localized(
            id: "\(what.id) tidak memiliki kunci wajib '\(key)'", en: "\(what.en) is missing the required key '\(key)'")))
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
            diagnostics.append(.error(at: value.location, Localized(
                id: "'\(key)' harus berupa teks", en: "'\(key)' must be text")))
            return nil
        }
        if !allowEmpty, text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            diagnostics.append(.error(at: value.location, Localized(id: "'\(key)' kosong; isi teksnya", en: "'\(key)' is empty; write its text")))
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
            diagnostics.append(.error(at: value.location, Localized(
                id: "'\(name)' harus berupa angka desimal dengan titik (misalnya 0.50), bukan '\(value.scalar ?? "…")'",
                en: "'\(name)' must be a decimal number with a dot (for example 0.50), not '\(value.scalar ?? "…")'")))
            return nil
        }
        return number
    }

    /// A whole number in a range.
    func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = false) -> Located<Int>? {
        guard let value = value(key, required: required) else { return nil }
        guard let text = value.scalar, let number = Int(text), range.contains(number) else {
            diagnostics.append(.error(at: value.location, Localized(
                id: "'\(key)' harus berupa bilangan bulat \(range.lowerBound) sampai \(range.upperBound)",
                en: "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")))
            return nil
        }
        return Located(value: number, location: value.location)
    }

    /// One of a fixed set of words.
    func choice(_ key: String, _ options: [String], required: Bool = false) -> Located<String>? {
        guard let text = text(key, required: required) else { return nil }
        guard options.contains(text.value) else {
            let hint = Suggestion.suffix(Suggestion.closest(to: text.value, in: options))
            diagnostics.append(.error(at: text.location, Localized(
                id: "'\(key)' bernilai '\(text.value)', harus salah satu dari: \(options.joined(separator: ", "))\(hint.id)",
                en: "'\(key)' is '\(text.value)'; it must be one of: \(options.joined(separator: ", "))\(hint.en)")))
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
            diagnostics.append(.error(at: value.location, Localized(
                id: "'\(key)' harus berupa daftar ('- teks' per baris atau [a, b])", en: "'\(key)' must be a list ('- text' lines or [a, b])")))
            return []
        }
        var texts: [String] = []
        texts.reserveCapacity(items.count)
        items.forEachInPlace { item in
            guard case .scalar(let text, let style) = item.content, style != .empty else {
                diagnostics.append(.error(at: item.location, Localized(id: "butir '\(key)' harus berupa teks", en: "items of '\(key)' must be text")))
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
            diagnostics.append(.error(at: value.location, Localized(
                id: "'\(key)' harus berupa daftar ('- ...')", en: "'\(key)' must be a list ('- ...')")))
            return []
        }
        return items
    }
}
