/// A start tag read by `XMLPullReader`.
struct XMLElement: Sendable, Equatable {
    /// The qualified name as written (`x:c`).
    var name: String
    /// The name without its prefix (`c`).
    var localName: String
    /// The prefix (`x`), empty for none.
    var prefix: String
    /// The namespace URI the prefix (or the default namespace) resolves to.
    var namespace: String?
    /// The attributes in document order, values decoded.
    var attributes: [XMLAttribute]

    /// The value of the attribute with qualified name `name` (`r`, `r:id`).
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The value of the first attribute whose local name is `localName`, whatever its prefix
    /// (relationship ids are written `r:id` under any prefix).
    func attribute(local localName: String) -> String? {
        attributes.first { XMLElement.split($0.name).local == localName }?.value
    }

    static func split(_ name: String) -> (prefix: String, local: String) {
        guard let colon = name.firstIndex(of: ":") else { return ("", name) }
        return (String(name[..<colon]), String(name[name.index(after: colon)...]))
    }
}

/// One attribute of a start tag.
struct XMLAttribute: Sendable, Equatable {
    var name: String
    var value: String

    /// An attribute `name` (qualified) with its decoded `value`.
    init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// Bounds on a document, so that hostile input cannot exhaust memory or the stack.
struct XMLLimits: Sendable {
    var maxBytes: Int
    var maxDepth: Int
    var maxAttributes: Int
    var maxNameLength: Int
    var maxTextLength: Int

    /// Limits on document size, nesting, attributes per element, name and text length.
    init(maxBytes: Int = 256 << 20, maxDepth: Int = 256, maxAttributes: Int = 256, maxNameLength: Int = 1024,
                maxTextLength: Int = 32 << 20) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAttributes = maxAttributes
        self.maxNameLength = maxNameLength
        self.maxTextLength = maxTextLength
    }
}

/// A malformed document: what is wrong and where (1-based line and column).
struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in both languages (a `Message.XML`).
    var message: Localized
    var line: Int
    var column: Int

    /// An error saying `message` at `line` and `column`.
    init(_ message: Localized, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    var description: String { "\(line):\(column): \(message.en)" }
}
