/// A small pull reader for UTF-8 XML, enough for the parts of an Office Open XML package.
///
/// It reads elements with attributes, text with the five predefined and numeric character references, CDATA
/// sections, self-closing tags (reported as a start and an end), and skips the XML declaration, comments and
/// processing instructions. Namespaces are resolved by prefix (`XMLElement.namespace`). A document type
/// declaration is refused (no entity definitions, so nothing can expand). Every malformed input ends in an
/// `XMLError` with its line and column; nesting and size are bounded by `XMLLimits`.
struct XMLPullReader {
    /// One step through the document.
    enum Event: Sendable, Equatable {
        case start(XMLElement)
        /// The end of an element (qualified name as written).
        case end(String)
        /// Character data (text and CDATA), entities decoded; whitespace between elements included.
        case text(String)
    }

    private let bytes: [UInt8]
    private let limits: XMLLimits
    private var position = 0
    /// The names of the open elements.
    private var open: [String] = []
    /// Namespace declarations in scope: (depth they were made at, prefix, URI).
    private var namespaces: [(depth: Int, prefix: String, uri: String)] = [(0, "xml", "http://www.w3.org/XML/1998/namespace")]
    private var pendingEnd: String?
    private var sawRoot = false

    /// A reader over `bytes` (UTF-8, optionally with a byte order mark).
    init(_ bytes: [UInt8], limits: XMLLimits = XMLLimits()) throws(XMLError) {
        self.bytes = bytes
        self.limits = limits
        if bytes.count > limits.maxBytes { throw XMLError(Message.XML.documentTooLarge(limits.maxBytes), line: 1, column: 1) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw XMLError(Message.XML.notUTF8, line: 1, column: 1)
        }
    }

    /// The depth of the open elements (1 inside the root).
    var depth: Int { open.count }

    /// The next event, or `nil` at the end of a well-formed document.
    mutating func next() throws(XMLError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            closeScope()
            return .end(name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                let text = try readText(until: UInt8(ascii: "<"))
                if open.isEmpty {
                    if text.contains(where: { !$0.isWhitespace }) { throw error(Message.XML.textOutsideRoot, at: start) }
                    continue
                }
                return .text(text)
            }
            if matches("<!--") {
                try skip(past: "-->", unterminated: Message.XML.unterminatedComment)
            } else if matches("<![CDATA[") {
                let start = position
                position += 9
                guard let end = find("]]>") else { throw error(Message.XML.unterminatedCDATA, at: start) }
                if open.isEmpty { throw error(Message.XML.cdataOutsideRoot, at: start) }
                let text = String(decoding: bytes[position..<end], as: UTF8.self)
                position = end + 3
                return .text(text)
            } else if matches("<?") {
                try skip(past: "?>", unterminated: Message.XML.unterminatedProcessingInstruction)
            } else if matches("<!") {
                throw error(Message.XML.doctype, at: position)
            } else if matches("</") {
                return try endTag()
            } else {
                return try startTag()
            }
        }
        if let name = open.last { throw error(Message.XML.notClosed(name), at: bytes.count) }
        if !sawRoot { throw error(Message.XML.noRoot, at: bytes.count) }
        return nil
    }

    /// Skips the rest of the element whose start was just read (its content and end tag).
    mutating func skipElement() throws(XMLError) {
        let target = open.count - 1
        while open.count > target {
            guard try next() != nil else { return }
        }
    }

    /// The text of the element whose start was just read, up to its end tag (nested elements' text included),
    /// and consumes the end tag.
    mutating func readElementText() throws(XMLError) -> String {
        let target = open.count - 1
        var text = ""
        while open.count > target {
            guard let event = try next() else { break }
            if case .text(let chunk) = event { text += chunk }
        }
        return text
    }

    // MARK: - Tags

    private mutating func startTag() throws(XMLError) -> Event {
        let start = position
        position += 1
        let name = try readName(at: start)
        var attributes: [XMLAttribute] = []
        var selfClosing = false
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw error(Message.XML.unterminatedTag(name), at: start) }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") { position += 1; break }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { throw error(Message.XML.expectedCloseAfterSlash, at: position) }
                position += 2
                selfClosing = true
                break
            }
            let attributeStart = position
            let attributeName = try readName(at: attributeStart)
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw error(Message.XML.expectedEquals(after: attributeName), at: position) }
            position += 1
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw error(Message.XML.unquotedAttribute(attributeName), at: position)
            }
            let quote = bytes[position]
            position += 1
            let value = try readText(until: quote)
            guard position < bytes.count else { throw error(Message.XML.unterminatedAttribute(attributeName), at: attributeStart) }
            position += 1
            if attributes.contains(where: { $0.name == attributeName }) { throw error(Message.XML.repeatedAttribute(attributeName), at: attributeStart) }
            attributes.append(XMLAttribute(name: attributeName, value: value))
            if attributes.count > limits.maxAttributes { throw error(Message.XML.tooManyAttributes(name), at: start) }
        }
        if open.isEmpty, sawRoot { throw error(Message.XML.moreThanOneRoot, at: start) }
        sawRoot = true
        open.append(name)
        if open.count > limits.maxDepth { throw error(Message.XML.tooDeep(limits.maxDepth), at: start) }
        for attribute in attributes {
            if attribute.name == "xmlns" {
                namespaces.append((open.count, "", attribute.value))
            } else if attribute.name.hasPrefix("xmlns:") {
                namespaces.append((open.count, String(attribute.name.dropFirst(6)), attribute.value))
            }
        }
        let (prefix, local) = XMLElement.split(name)
        let namespace = namespaces.last { $0.prefix == prefix }?.uri
        if !prefix.isEmpty, namespace == nil { throw error(Message.XML.undeclaredPrefix(prefix), at: start) }
        if selfClosing { pendingEnd = name }
        return .start(XMLElement(name: name, localName: local, prefix: prefix, namespace: namespace, attributes: attributes))
    }

    private mutating func endTag() throws(XMLError) -> Event {
        let start = position
        position += 2
        let name = try readName(at: start)
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw error(Message.XML.expectedEndOfEndTag(name), at: position) }
        position += 1
        guard let expected = open.last else { throw error(Message.XML.endTagWithoutStart(name), at: start) }
        guard expected == name else { throw error(Message.XML.endTagMismatch(name, open: expected), at: start) }
        closeScope()
        return .end(name)
    }

    private mutating func closeScope() {
        let depth = open.count
        while let last = namespaces.last, last.depth == depth, depth > 0 { namespaces.removeLast() }
        open.removeLast()
    }

    // MARK: - Lexing

    private mutating func readName(at start: Int) throws(XMLError) -> String {
        let begin = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "'") {
                break
            }
            position += 1
        }
        guard position > begin else { throw error(Message.XML.expectedName, at: begin < bytes.count ? begin : start) }
        guard position - begin <= limits.maxNameLength else { throw error(Message.XML.nameTooLong(limits.maxNameLength), at: begin) }
        let first = bytes[begin]
        if (first >= 0x30 && first <= 0x39) || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") {
            throw error(Message.XML.badNameStart(Character(Unicode.Scalar(first))), at: begin)
        }
        return String(decoding: bytes[begin..<position], as: UTF8.self)
    }

    /// Reads character data up to `terminator` (not consumed), decoding references.
    private mutating func readText(until terminator: UInt8) throws(XMLError) -> String {
        let begin = position
        var hasReference = false
        while position < bytes.count, bytes[position] != terminator {
            let byte = bytes[position]
            if byte == UInt8(ascii: "&") { hasReference = true }
            if byte == UInt8(ascii: "<") { throw error(Message.XML.lessThanInAttribute, at: position) }
            position += 1
        }
        if position - begin > limits.maxTextLength { throw error(Message.XML.textTooLong(limits.maxTextLength), at: begin) }
        if !hasReference { return String(decoding: bytes[begin..<position], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(position - begin)
        var i = begin
        while i < position {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "&") else { out.append(byte); i += 1; continue }
            var j = i + 1
            while j < position, bytes[j] != UInt8(ascii: ";"), j - i < 12 { j += 1 }
            guard j < position, bytes[j] == UInt8(ascii: ";") else { throw error(Message.XML.ampersandWithoutReference, at: i) }
            let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
            switch name {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                guard name.hasPrefix("#"), let scalar = Self.characterReference(name.dropFirst()) else {
                    throw error(Message.XML.unknownReference(name), at: i)
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            i = j + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character of `#123` or `#x7B` (without the `#`), if it is one XML allows.
    private static func characterReference(_ body: Substring) -> Unicode.Scalar? {
        let value: UInt32?
        if body.hasPrefix("x") { value = UInt32(body.dropFirst(), radix: 16) } else { value = UInt32(body, radix: 10) }
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        let allowed = value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value != 0xFFFE && value != 0xFFFF)
        return allowed ? scalar : nil
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0A || bytes[position] == 0x0D {
            position += 1
        }
    }

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for k in 0..<count where bytes[position + k] != pointer[k] { return false }
        return true
    }

    /// The offset of the next `literal` from the current position.
    private func find(_ literal: StaticString) -> Int? {
        let count = literal.utf8CodeUnitCount
        let pointer = literal.utf8Start
        var i = position
        while i + count <= bytes.count {
            if bytes[i] == pointer[0] {
                var k = 1
                while k < count, bytes[i + k] == pointer[k] { k += 1 }
                if k == count { return i }
            }
            i += 1
        }
        return nil
    }

    private mutating func skip(past literal: StaticString, unterminated: Localized) throws(XMLError) {
        let start = position
        position += 2
        guard let end = find(literal) else { throw error(unterminated, at: start) }
        position = end + literal.utf8CodeUnitCount
    }

    /// An error at byte `offset`, with its line and column (columns count characters).
    private func error(_ message: Localized, at offset: Int) -> XMLError {
        var line = 1, column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return XMLError(message, line: line, column: column)
    }
}
