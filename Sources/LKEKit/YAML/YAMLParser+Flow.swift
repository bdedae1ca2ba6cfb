// Flow collections (`[a, b]`, `{k: v}`), on one line, holding scalars only.

extension YAMLReader {
    /// What follows an entry or item of a flow collection.
    enum FlowStep {
        /// A comma: the next entry or item starts at the offset.
        case next(Int)
        /// The closing bracket: the collection ends before the offset.
        case closed(Int)
        /// An error, reported.
        case failed
    }

    /// A flow collection starting at offset `p` of line `i`: `[a, b]` or `{k: v}`, closed on the same line.
    mutating func parseFlow(line i: Int, at p: Int, parentIndent: Int) -> YAMLNode {
        let line = lines[i]
        let here = location(p, line: line)
        let isMapping = s[p] == .openBrace
        var items: [YAMLNode] = []
        var entries: [YAMLNode.Entry] = []
        // The keys of `entries`, in the same order.
        var keys = MappingKeys()
        var pos = p + 1
        index = i + 1
        // After an error, the lines indented under this one (the rest of a collection spread over lines) go too; the
        // value is the empty node at the error, as for any value with an error, so that loaders do not repeat it.
        func fail(_ reader: inout YAMLReader) -> YAMLNode {
            reader.skipRest(after: i, parentIndent: parentIndent)
            return reader.recovered(at: here)
        }
        reading: while true {
            pos = skipBlanks(from: pos, line: line)
            guard pos < line.end, s[pos] != .hash || !(s[pos - 1] == .space || s[pos - 1] == .tab) else {
                reportUnclosedFlow(opening: p, line: line)
                return fail(&self)
            }
            if s[pos] == s[p].closingFlowBracket { pos += 1; break }
            guard !rejectNestedFlow(at: pos, line: line),
                  let (key, keyAt, next) = flowScalar(line: line, at: pos, isKey: isMapping) else { return fail(&self) }
            pos = skipBlanks(from: next, line: line)
            if isMapping {
                guard let after = flowEntry(key: key, at: keyAt, line: line, colon: pos, into: &entries, keys: &keys) else { return fail(&self) }
                pos = after
            } else {
                if pos < line.end, s[pos] == .colon {
                    error(pos, line, Message.YAML.keyValueInFlowList)
                    return fail(&self)
                }
                items.append(key)
            }
            switch flowStep(opening: p, line: line, at: skipBlanks(from: pos, line: line)) {
            case .next(let after): pos = after
            case .closed(let after): pos = after; break reading
            case .failed: return fail(&self)
            }
        }
        checkAfterFlow(opening: p, closedAt: pos, line: line)
        return YAMLNode(isMapping ? .mapping(entries) : .sequence(items), at: here)
    }

    /// The first offset from `p` on that is neither a space nor a tab, or the line end.
    func skipBlanks(from p: Int, line: YAMLLine) -> Int {
        var p = p
        while p < line.end, s[p] == .space || s[p] == .tab { p += 1 }
        return p
    }

    /// Reports a flow collection opened at `p` and not closed on its line.
    mutating func reportUnclosedFlow(opening p: Int, line: YAMLLine) {
        let open = Unicode.Scalar(s[p]), close = Unicode.Scalar(s[p].closingFlowBracket)
        error(p, line, Message.YAML.unclosedFlow(open, close: close))
    }

    /// Reports a flow collection inside another, which the subset does not have.
    mutating func rejectNestedFlow(at pos: Int, line: YAMLLine) -> Bool {
        guard s[pos] == .openBracket || s[pos] == .openBrace else { return false }
        error(pos, line, Message.YAML.nestedFlow)
        return true
    }

    /// Reads the `: value` after `key` in a flow mapping, from the offset of the colon, and adds the entry, or reports
    /// a duplicate key. Returns the offset after the value, or `nil` after an error.
    mutating func flowEntry(key: YAMLNode, at keyAt: SourceLocation, line: YAMLLine, colon: Int,
                            into entries: inout [YAMLNode.Entry], keys: inout MappingKeys) -> Int? {
        guard colon < line.end, s[colon] == .colon else {
            error(colon, line, Message.YAML.expectedColonAfterKey(key.scalar ?? ""))
            return nil
        }
        var pos = skipBlanks(from: colon + 1, line: line)
        var value = YAMLNode(.scalar("", .empty), at: location(pos, line: line))
        if pos < line.end, s[pos] != .comma, s[pos] != .closeBrace {
            guard !rejectNestedFlow(at: pos, line: line), let (parsed, _, after) = flowScalar(line: line, at: pos, isKey: false) else { return nil }
            value = parsed
            pos = after
        }
        let name = key.scalar ?? ""
        if let earlier = keys.insert(name, among: entries) {
            diagnostics.append(limited: .error(at: keyAt, Message.YAML.duplicateKey(name),
                                      notes: [.init(location: entries[earlier].keyLocation, message: Message.YAML.firstWrittenHere(name))]))
        } else {
            entries.append(.init(key: name, keyLocation: keyAt, value: value))
        }
        return pos
    }

    /// What follows an entry or item, at `pos`, of the flow collection opened at `p`: a comma, the closing bracket,
    /// or an error (reported).
    mutating func flowStep(opening p: Int, line: YAMLLine, at pos: Int) -> FlowStep {
        if pos < line.end, s[pos] == .comma { return .next(pos + 1) }
        if pos < line.end, s[pos] == s[p].closingFlowBracket { return .closed(pos + 1) }
        if pos >= line.end {
            reportUnclosedFlow(opening: p, line: line)
        } else {
            error(pos, line, Message.YAML.expectedCommaOrClose(Unicode.Scalar(s[p].closingFlowBracket)))
        }
        return .failed
    }

    /// Reports what follows the flow collection opened at `p` and closed before `pos`: only a comment may.
    mutating func checkAfterFlow(opening p: Int, closedAt pos: Int, line: YAMLLine) {
        let after = skipBlanks(from: pos, line: line)
        if after < line.end, s[after] == .colon {
            error(p, line, Message.YAML.flowCollectionAsKey)
        } else if !restIsBlank(from: pos, line: line) || (pos < line.end && s[pos] == .hash && !(s[pos - 1] == .space || s[pos - 1] == .tab)) {
            error(after, line, Message.YAML.textAfterFlow(Unicode.Scalar(s[p].closingFlowBracket)))
        }
    }

    /// A scalar inside a flow collection; returns the node, its location and the offset after it.
    mutating func flowScalar(line: YAMLLine, at p: Int, isKey: Bool) -> (YAMLNode, SourceLocation, Int)? {
        let here = location(p, line: line)
        let c = s[p]
        if c == .apostrophe || c == .quote {
            var out: [UInt8] = []
            var pos = p + 1
            while pos < line.end {
                let d = s[pos]
                if c == .apostrophe, d == .apostrophe {
                    if pos + 1 < line.end, s[pos + 1] == .apostrophe { out.append(.apostrophe); pos += 2; continue }
                    markVerbatim(p..<(pos + 1))
                    return (YAMLNode(.scalar(String(decoding: out, as: UTF8.self), .singleQuoted), at: here), here, pos + 1)
                }
                if c == .quote, d == .quote {
                    markVerbatim(p..<(pos + 1))
                    return (YAMLNode(.scalar(String(decoding: out, as: UTF8.self), .doubleQuoted), at: here), here, pos + 1)
                }
                if c == .quote, d == .backslash, pos + 1 < line.end {
                    guard let (scalar, length) = escape(at: pos, line: line) else { return nil }
                    UTF8.encode(scalar) { out.append($0) }
                    pos += length
                    continue
                }
                out.append(d)
                pos += 1
            }
            error(p, line, Message.YAML.unterminatedQuote(Unicode.Scalar(c)))
            return nil
        }
        // Inside flow collections YAML readers disagree on '#', '?' and ':' at the start; they must be quoted.
        // A '-' starts text only before a character that can continue it (YAML 1.2.2 ns-plain-first): a lone '-'
        // (before a space, ',', ']', '}' or the line end) is not text to YAML 1.2, whatever some readers do.
        let loneDash = c == .dash && (isSpace(p + 1, line) || ",[]{}".utf8.contains(s[p + 1]))
        if "&*!|>@`%]},#?:".utf8.contains(c) || loneDash {
            let message: Localized
            switch Unicode.Scalar(c) {
            case "-": message = Message.YAML.loneDashInFlow
            case "&": message = Message.YAML.anchorInFlow
            case "*": message = Message.YAML.aliasInFlow
            case "!": message = Message.YAML.tagInFlow
            default: message = Message.YAML.valueStartsWith(Unicode.Scalar(c))
            }
            error(p, line, message)
            return nil
        }
        var end = p
        while end < line.end {
            let d = s[end]
            if d == .comma || d == .closeBracket || d == .closeBrace || d == .openBracket || d == .openBrace { break }
            if d == .colon, isSpace(end + 1, line) || (end + 1 < line.end && ",[]{}".utf8.contains(s[end + 1])) { break }
            if d == .hash, end > p, s[end - 1] == .space || s[end - 1] == .tab { break }
            if d == .question {
                error(end, line, Message.YAML.questionMarkInFlow)
                return nil
            }
            end += 1
        }
        var trimmed = end
        while trimmed > p, s[trimmed - 1] == .space || s[trimmed - 1] == .tab { trimmed -= 1 }
        return (YAMLNode(.scalar(text(p..<trimmed), .plain), at: here), here, end)
    }
}

private extension UInt8 {
    /// The bracket that closes a flow collection opened by this one (`{` or `[`).
    var closingFlowBracket: UInt8 { self == .openBrace ? .closeBrace : .closeBracket }
}
