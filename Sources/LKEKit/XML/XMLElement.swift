/// A start tag read by `XMLPullReader`.
public struct XMLElement: Sendable, Equatable {
    /// The qualified name as written (`x:c`).
    public var name: String
    /// The name without its prefix (`c`).
    public var localName: String
    /// The prefix (`x`), empty for none.
    public var prefix: String
    /// The namespace URI the prefix (or the default namespace) resolves to.
    public var namespace: String?
    /// The attributes in document order, values decoded.
    public var attributes: [XMLAttribute]

    /// The value of the attribute with qualified name `name` (`r`, `r:id`).
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The value of the first attribute whose local name is `localName`, whatever its prefix
    /// (relationship ids are written `r:id` under any prefix).
    public func attribute(local localName: String) -> String? {
        attributes.first { XMLElement.split($0.name).local == localName }?.value
    }

    static func split(_ name: String) -> (prefix: String, local: String) {
        guard let colon = name.firstIndex(of: ":") else { return ("", name) }
        return (String(name[..<colon]), String(name[name.index(after: colon)...]))
    }
}

/// One attribute of a start tag.
public struct XMLAttribute: Sendable, Equatable {
    public var name: String
    public var value: String

    /// An attribute `name` (qualified) with its decoded `value`.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// Bounds on a document, so that hostile input cannot exhaust memory or the stack.
public struct XMLLimits: Sendable {
    public var maxBytes: Int
    public var maxDepth: Int
    public var maxAttributes: Int
    public var maxNameLength: Int
    public var maxTextLength: Int

    /// Limits on document size, nesting, attributes per element, name and text length.
    public init(maxBytes: Int = 256 << 20, maxDepth: Int = 256, maxAttributes: Int = 256, maxNameLength: Int = 1024,
                maxTextLength: Int = 32 << 20) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAttributes = maxAttributes
        self.maxNameLength = maxNameLength
        self.maxTextLength = maxTextLength
    }
}

/// A malformed document: what is wrong and where (1-based line and column).
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in both languages (a `Message.XML`).
    public var message: Localized
    public var line: Int
    public var column: Int

    /// An error saying `message` at `line` and `column`.
    public init(_ message: Localized, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column): \(message.en)" }
}
