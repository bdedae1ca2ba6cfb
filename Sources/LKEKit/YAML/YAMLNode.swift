/// A node of the YAML subset: every scalar is text; the schema decides what it means.
public struct YAMLNode: Sendable, Hashable {
    /// How a scalar was written; the schema uses it to tell an empty value from `''`.
    enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded, empty
    }

    /// A mapping entry; keys keep their own location.
    public struct Entry: Sendable, Hashable {
        var key: String
        var keyLocation: SourceLocation
        var value: YAMLNode
    }

    enum Content: Sendable, Hashable {
        case scalar(String, Style)
        case sequence([YAMLNode])
        case mapping([Entry])
    }

    var content: Content
    /// Where the node starts.
    var location: SourceLocation

    init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar's text, or `nil` for collections.
    var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// Whether the node is a `key:` with nothing after it.
    public var isEmpty: Bool {
        if case .scalar(_, .empty) = content { return true }
        return false
    }

    /// The entries of a mapping (an empty value reads as an empty mapping), or `nil`.
    public var entries: [Entry]? {
        switch content {
        case .mapping(let entries): return entries
        case .scalar(_, .empty): return []
        default: return nil
        }
    }

    /// The items of a sequence (an empty value reads as an empty sequence), or `nil`.
    var items: [YAMLNode]? {
        switch content {
        case .sequence(let items): return items
        case .scalar(_, .empty): return []
        default: return nil
        }
    }

    /// The value of `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        entries?.value(ofKey: key)
    }

    /// A plain description of the tree: mappings as `{k: v}`, sequences as `[a, b]`, scalars quoted.
    /// Used to compare with other YAML readers.
    var canonical: String {
        switch content {
        case .scalar(let text, _):
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        case .sequence(let items):
            return "[" + items.map(\.canonical).joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{" + entries.map { YAMLNode(.scalar($0.key, .plain), at: $0.keyLocation).canonical + ": " + $0.value.canonical }
                .joined(separator: ", ") + "}"
        }
    }
}

// Entries and items are read in place by these helpers: the array's subscript (and its iterator) would copy each
// element, retaining every string and array it holds, only to read it. Files hold thousands of nodes, and each
// retain is an atomic write, so the loaders (the batch hot path) read the tree through these.

extension Array where Element == YAMLNode.Entry {
    /// The value of the first entry whose key is `key`.
    func value(ofKey key: String) -> YAMLNode? {
        withUnsafeBufferPointer { entries in entries.firstIndex { $0.key == key }.map { entries[$0].value } }
    }

    /// The positions of the entries whose key is not one of `keys`, in order.
    func positions(ofKeysNotIn keys: [String]) -> [Int] {
        withUnsafeBufferPointer { entries in entries.indices.filter { !keys.contains(entries[$0].key) } }
    }

    /// Calls `body` with each entry, in order.
    func forEachInPlace(_ body: (YAMLNode.Entry) throws -> Void) rethrows {
        try withUnsafeBufferPointer { entries in
            for index in entries.indices { try body(entries[index]) }
        }
    }
}

extension Array where Element == YAMLNode {
    /// Calls `body` with each item, in order.
    func forEachInPlace(_ body: (YAMLNode) throws -> Void) rethrows {
        try withUnsafeBufferPointer { items in
            for index in items.indices { try body(items[index]) }
        }
    }
}
