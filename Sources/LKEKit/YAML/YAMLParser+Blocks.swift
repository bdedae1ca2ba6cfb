// Block collections: mappings and sequences written one entry or item per line.

extension YAMLReader {
    mutating func parseBlock(at i: Int, parentIndent: Int, depth: Int) -> YAMLNode? {
        let line = lines[i]
        if depth > YAMLParser.maximumDepth {
            error(line.start, line, Message.YAML.nestingTooDeep)
            skipBlock(from: i)
            while let j = nextSignificant(), lines[j].indent > parentIndent { skipBlock(from: j) }
            return nil
        }
        if isDash(line) { return parseSequence(indent: line.indent, depth: depth) }
        if s[line.start] == .question, isSpace(line.start + 1, line) {
            error(line.start, line, Message.YAML.complexKey)
            skipComplexKey(from: i)
            return nil
        }
        if s[line.start] != .openBracket, s[line.start] != .openBrace, findKey(line) != nil { return parseMapping(indent: line.indent, depth: depth) }
        index = i + 1
        return parseValue(line: i, at: line.start, parentIndent: parentIndent, depth: depth)
    }

    /// The next line of the block indented by `indent`, or `nil` where the block ends (at a line indented less, or
    /// a document marker). A line indented with a tab, or deeper, is reported (with `unexpected`) and skipped, with
    /// what is indented under it.
    mutating func nextLine(ofBlockIndentedBy indent: Int, unexpected: Localized) -> Int? {
        while let i = nextSignificant() {
            let line = lines[i]
            if rejectTab(i) { continue }
            if line.indent < indent { return nil }
            if line.indent == 0, isMarker(line, .dash) || isMarker(line, .dot) { return nil }
            if line.indent > indent {
                error(line.start, line, unexpected)
                skipBlock(from: i)
                continue
            }
            return i
        }
        return nil
    }

    mutating func parseMapping(indent: Int, depth: Int) -> YAMLNode {
        var entries: [YAMLNode.Entry] = []
        entries.reserveCapacity(linesIndented(by: indent))
        // The keys of `entries`, in the same order.
        var keys = MappingKeys()
        var first: SourceLocation?
        while let i = nextLine(ofBlockIndentedBy: indent, unexpected: Message.YAML.unexpectedIndentationInMapping) {
            let line = lines[i]
            if isDash(line) {
                if entries.isEmpty { break }
                error(line.start, line, Message.YAML.listItemInMapping)
                skipBlock(from: i)
                continue
            }
            if s[line.start] == .question, isSpace(line.start + 1, line) {
                error(line.start, line, Message.YAML.complexKey)
                skipComplexKey(from: i)
                continue
            }
            guard let key = findKey(line) else {
                error(line.start, line, Message.YAML.expectedKeyValue)
                skipBlock(from: i)
                continue
            }
            let name = keyText(key)
            if let problem = keyProblem(key, text: name) {
                error(line.start, line, problem)
                skipBlock(from: i)
                continue
            }
            let keyLocation = location(line.start, line: line)
            if key.isQuoted { markVerbatim(key.range) }
            if first == nil { first = keyLocation }
            index = i + 1
            let value = parseValue(line: i, at: key.valueStart, parentIndent: indent, depth: depth + 1, allowSameIndentSequence: true)
            if let earlier = keys.insert(name, among: entries) {
                diagnostics.append(limited: .error(at: keyLocation, Message.YAML.duplicateKey(name),
                    notes: [.init(location: entries[earlier].keyLocation, message: Message.YAML.firstWrittenHere(name))]))
                continue
            }
            entries.append(.init(key: name, keyLocation: keyLocation, value: value))
        }
        return YAMLNode(.mapping(entries), at: first ?? SourceLocation(path: source.path, line: 1, column: 1))
    }

    mutating func parseSequence(indent: Int, depth: Int) -> YAMLNode {
        var items: [YAMLNode] = []
        items.reserveCapacity(linesIndented(by: indent))
        var first: SourceLocation?
        while let i = nextLine(ofBlockIndentedBy: indent, unexpected: Message.YAML.unexpectedIndentationInList) {
            let line = lines[i]
            guard isDash(line) else { break }
            if first == nil { first = location(line.start, line: line) }
            var p = line.start + 1
            while p < line.end, s[p] == .space || s[p] == .tab { p += 1 }
            if p >= line.end || s[p] == .hash {
                let dash = location(line.start, line: line)
                index = i + 1
                if let j = nextSignificant(), lines[j].indent > indent {
                    items.append(parseBlock(at: j, parentIndent: indent, depth: depth + 1) ?? YAMLNode(.scalar("", .empty), at: dash))
                } else {
                    items.append(YAMLNode(.scalar("", .empty), at: dash))
                }
                continue
            }
            // Read the rest of the line as a line of its own, indented to where its content starts.
            lines[i].start = p
            if let item = parseBlock(at: i, parentIndent: indent, depth: depth + 1) { items.append(item) }
            lines[i].start = line.start
        }
        return YAMLNode(.sequence(items), at: first ?? SourceLocation(path: source.path, line: 1, column: 1))
    }
}
