import Foundation

/// Adds evidence items to an answer file by inserting lines where they belong, so that comments and every line
/// not concerned stay byte for byte as they were (`lke evidence --write`).
///
/// Where the parser says each answer is written, the writer appends `- path` items to an `evidence` list, turns a
/// one-line `evidence: path` into a list, adds an `evidence:` list to an answer mapping, turns a one-line
/// `CODE: value` into a mapping, or adds a new answer after the answer that precedes it in worksheet order. The
/// result is parsed again and must hold the same tree plus the new items, or nothing is written.
public struct EvidenceWriter: Sendable {
    /// Why a code's items could not be added.
    public struct Refusal: Sendable, Hashable {
        /// The code whose items were refused.
        public internal(set) var code: String
        /// Why they were refused.
        public internal(set) var message: Localized
    }

    /// The edited text and what happened.
    public struct Outcome: Sendable {
        /// The new file bytes; `nil` when nothing was added.
        public internal(set) var data: Data?
        /// What was added, by code, in worksheet order.
        public internal(set) var added: [(code: String, items: [String])]
        /// The codes whose items could not be added, and why.
        public internal(set) var refused: [Refusal]
    }

    let questionnaire: Questionnaire

    /// A writer of evidence lists into answer files for `questionnaire`.
    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// Adds `items` (code to paths, as they are to be written) to `source`.
    public func adding(_ items: [String: [String]], to source: SourceFile) -> Outcome {
        guard let locator = EvidenceLocator(source) else {
            return Outcome(data: nil, added: [], refused: items.keys.sorted().map {
                Refusal(code: $0, message: Message.Evidence.cannotReparse)
            })
        }
        var text = Lines(source.data)
        var added: [(code: String, items: [String])] = []
        var refused: [Refusal] = []
        let order = questionnaire.answerCodes
        let codes = items.keys.sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) }
        for code in codes {
            let new = items[code]!.filter { item in !(locator.answer(code)?.items.contains { $0.text == item } ?? false) }
            guard !new.isEmpty else { continue }
            if let reason = edit(code, new, locator, &text) {
                refused.append(Refusal(code: code, message: reason))
            } else {
                added.append((code, new))
            }
        }
        guard !added.isEmpty else { return Outcome(data: nil, added: [], refused: refused) }
        let data = text.data
        guard verify(data, path: source.path, old: locator, added: added) else {
            return Outcome(data: nil, added: [], refused: refused + added.map {
                Refusal(code: $0.code, message: Message.Evidence.insertionUnverified)
            })
        }
        return Outcome(data: data, added: added, refused: refused)
    }

    // MARK: - Edits

    private static let cannot = Message.Evidence.layoutNotEditable

    /// Plans the edit of one code; returns a reason when it cannot.
    private func edit(_ code: String, _ new: [String], _ locator: EvidenceLocator, _ text: inout Lines) -> Localized? {
        let step = fieldStep(locator)
        guard let answer = locator.answer(code) else {
            // A new answer after the answer that precedes it in worksheet order (or before the first answer).
            let entryIndent = locator.answers.first.map { $0.keyLocation.column - 1 } ?? 2
            var lines = [pad(entryIndent) + AnswerSheetWriter.key(code) + ":", pad(entryIndent + step) + "evidence:"]
            lines += new.map { pad(entryIndent + step + 2) + "- " + AnswerSheetWriter.scalar($0) }
            let order = questionnaire.answerCodes
            let rank = order.firstIndex(of: code) ?? order.count
            let before = locator.answers.filter { (order.firstIndex(of: $0.code) ?? order.count) < rank }.last
            if let before {
                text.insert(lines, after: text.end(of: before.keyLocation.line - 1, indent: before.keyLocation.column - 1))
            } else if let first = locator.answers.first {
                text.insert(lines, after: first.keyLocation.line - 2)
            } else if let key = locator.answersKey, locator.answersNode?.isEmpty == true {
                text.insert(lines, after: key.line - 1)
            } else {
                return Self.cannot
            }
            return nil
        }
        let keyLine = answer.keyLocation.line - 1, keyIndent = answer.keyLocation.column - 1
        switch answer.node.content {
        case .scalar(_, let style):
            if style == .empty {
                let lines = [pad(keyIndent + step) + "evidence:"] + new.map { pad(keyIndent + step + 2) + "- " + AnswerSheetWriter.scalar($0) }
                text.insert(lines, after: keyLine)
                return nil
            }
            let valueLine = answer.node.location.line - 1
            guard valueLine == keyLine, text.end(of: keyLine, indent: keyIndent) == keyLine else { return Self.cannot }
            let scalars = text.scalars(keyLine)
            let valueStart = answer.node.location.column - 1
            let (valueEnd, comment) = Self.split(scalars, from: valueStart)
            let prefix = String(String.UnicodeScalarView(scalars[..<valueStart])).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            let value = String(String.UnicodeScalarView(scalars[valueStart..<valueEnd]))
            var lines = [prefix, pad(keyIndent + step) + "value: " + value + (comment.map { " " + $0 } ?? ""), pad(keyIndent + step) + "evidence:"]
            lines += new.map { pad(keyIndent + step + 2) + "- " + AnswerSheetWriter.scalar($0) }
            text.replace(keyLine, with: lines)
            return nil
        case .sequence:
            return Self.cannot
        case .mapping(let fields):
            guard let first = fields.first, first.keyLocation.line - 1 > keyLine else { return Self.cannot }
            let fieldIndent = first.keyLocation.column - 1
            guard let evidence = answer.evidence else {
                let lines = [pad(fieldIndent) + "evidence:"] + new.map { pad(fieldIndent + 2) + "- " + AnswerSheetWriter.scalar($0) }
                text.insert(lines, after: text.end(of: keyLine, indent: keyIndent))
                return nil
            }
            let evidenceLine = evidence.keyLocation.line - 1
            let valueLine = evidence.value.location.line - 1
            let scalars = text.scalars(valueLine)
            let valueStart = evidence.value.location.column - 1
            switch evidence.value.content {
            case .sequence(let nodes) where valueStart < scalars.count && scalars[valueStart] == "[":
                guard valueLine == evidenceLine, let close = Self.closingBracket(scalars, from: valueStart) else { return Self.cannot }
                let items = new.map(Self.flowScalar).joined(separator: ", ")
                var edited = Array(scalars[..<close])
                edited += (nodes.isEmpty ? items : ", " + items).unicodeScalars
                edited += scalars[close...]
                text.replace(valueLine, with: [String(String.UnicodeScalarView(edited))])
                return nil
            case .sequence(let nodes):
                guard let firstItem = nodes.first else { return Self.cannot }
                let dashIndent = text.indent(firstItem.location.line - 1)
                let end = text.end(ofSequenceAfter: evidenceLine, dashIndent: dashIndent)
                text.insert(new.map { pad(dashIndent) + "- " + AnswerSheetWriter.scalar($0) }, after: end)
                return nil
            case .scalar(_, let style) where style == .empty:
                text.insert(new.map { pad(fieldIndent + 2) + "- " + AnswerSheetWriter.scalar($0) }, after: evidenceLine)
                return nil
            case .scalar:
                guard valueLine == evidenceLine, text.end(of: evidenceLine, indent: fieldIndent) == evidenceLine else { return Self.cannot }
                let (valueEnd, comment) = Self.split(scalars, from: valueStart)
                let value = String(String.UnicodeScalarView(scalars[valueStart..<valueEnd]))
                var lines = [pad(fieldIndent) + "evidence:" + (comment.map { " " + $0 } ?? ""), pad(fieldIndent + 2) + "- " + value]
                lines += new.map { pad(fieldIndent + 2) + "- " + AnswerSheetWriter.scalar($0) }
                text.replace(evidenceLine, with: lines)
                return nil
            case .mapping:
                return Self.cannot
            }
        }
    }

    /// How much deeper than its code an answer's fields are written in this file (2 unless it shows otherwise).
    private func fieldStep(_ locator: EvidenceLocator) -> Int {
        for answer in locator.answers {
            if case .mapping(let fields) = answer.node.content, let first = fields.first, first.keyLocation.line > answer.keyLocation.line {
                return max(1, first.keyLocation.column - answer.keyLocation.column)
            }
        }
        return 2
    }

    private func pad(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }

    /// A scalar for a flow list: double-quoted also when it holds a flow indicator.
    static func flowScalar(_ text: String) -> String {
        text.contains(where: { ",[]{}".contains($0) }) ? AnswerSheetWriter.doubleQuoted(text) : AnswerSheetWriter.scalar(text)
    }

    /// Where a one-line scalar starting at `start` ends (trailing spaces excluded) and the comment after it.
    static func split(_ line: [Unicode.Scalar], from start: Int) -> (end: Int, comment: String?) {
        var index = start
        if index < line.count, line[index] == "\"" || line[index] == "'" {
            let quote = line[index]
            index += 1
            while index < line.count {
                if quote == "\"" && line[index] == "\\" { index += 2; continue }
                if line[index] == quote {
                    if quote == "'" && index + 1 < line.count && line[index + 1] == "'" { index += 2; continue }
                    index += 1
                    break
                }
                index += 1
            }
        }
        var commentAt: Int?
        var i = max(index, start)
        while i < line.count {
            if line[i] == "#" && i > 0 && (line[i - 1] == " " || line[i - 1] == "\t") { commentAt = i; break }
            i += 1
        }
        var end = min(commentAt ?? line.count, line.count)
        while end > start && (line[end - 1] == " " || line[end - 1] == "\t" || line[end - 1] == "\r") { end -= 1 }
        let comment = commentAt.map { at in
            String(String.UnicodeScalarView(line[at...])).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        }
        return (end, comment)
    }

    /// The index of the `]` that closes the flow list opening at `start`.
    static func closingBracket(_ line: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 0, index = start
        var quote: Unicode.Scalar?
        while index < line.count {
            let c = line[index]
            if let q = quote {
                if q == "\"" && c == "\\" { index += 2; continue }
                if c == q {
                    if q == "'" && index + 1 < line.count && line[index + 1] == "'" { index += 2; continue }
                    quote = nil
                }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "[" || c == "{" {
                depth += 1
            } else if c == "]" || c == "}" {
                depth -= 1
                if depth == 0 { return c == "]" ? index : nil }
            }
            index += 1
        }
        return nil
    }

    // MARK: - Verification

    private func verify(_ data: Data, path: String, old: EvidenceLocator, added: [(code: String, items: [String])]) -> Bool {
        let source = SourceFile(path: path, data: data)
        guard let new = EvidenceLocator(source) else { return false }
        let additions = Dictionary(added.map { ($0.code, $0.items) }, uniquingKeysWith: +)
        let oldCodes = Set(old.answers.map(\.code))
        guard new.answers.count == old.answers.count + additions.keys.filter({ !oldCodes.contains($0) }).count else { return false }
        func stripped(_ node: YAMLNode) -> String {
            switch node.content {
            case .mapping(let fields):
                let kept = fields.filter { $0.key != "evidence" }
                return kept.isEmpty ? "" : YAMLNode(.mapping(kept), at: node.location).canonical
            case .scalar(_, .empty): return ""
            default: return YAMLNode(.mapping([YAMLNode.Entry(key: "value", keyLocation: node.location, value: node)]), at: node.location).canonical
            }
        }
        for answer in new.answers {
            let before = old.answer(answer.code)
            guard let extra = additions[answer.code] else {
                guard let before, before.node.canonical == answer.node.canonical else { return false }
                continue
            }
            guard answer.items.map(\.text) == (before?.items.map(\.text) ?? []) + extra else { return false }
            guard stripped(answer.node) == (before.map { stripped($0.node) } ?? "") else { return false }
        }
        return true
    }
}

/// A file's lines as bytes, edited by line index; untouched lines keep their bytes.
struct Lines {
    private var lines: [[UInt8]]
    private let bom: Bool
    private let crlf: Bool
    private var replacements: [Int: [String]] = [:]
    private var insertions: [Int: [[String]]] = [:]

    init(_ data: Data) {
        var bytes = [UInt8](data)
        bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if bom { bytes.removeFirst(3) }
        lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        crlf = lines.first?.last == 0x0D
    }

    /// The scalars of a 0-based line, without its CR.
    func scalars(_ index: Int) -> [Unicode.Scalar] {
        var bytes = lines[index]
        if bytes.last == 0x0D { bytes.removeLast() }
        return Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }

    private func isBlank(_ index: Int) -> Bool { lines[index].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

    /// The leading spaces of a line.
    func indent(_ index: Int) -> Int { lines[index].prefix { $0 == 0x20 }.count }

    /// The last line of the block that starts at `line` whose key is indented `indent`: the following lines that
    /// are blank or more indented, up to the last non-blank one.
    func end(of line: Int, indent: Int) -> Int {
        var end = line, index = line + 1
        while index < lines.count {
            if !isBlank(index) {
                guard self.indent(index) > indent else { break }
                end = index
            }
            index += 1
        }
        return end
    }

    /// The last line of a block list whose dashes are indented `dashIndent`, after its key's line.
    func end(ofSequenceAfter line: Int, dashIndent: Int) -> Int {
        var end = line, index = line + 1
        while index < lines.count {
            if !isBlank(index) {
                let indent = self.indent(index)
                guard indent > dashIndent || (indent == dashIndent && lines[index].dropFirst(indent).first == UInt8(ascii: "-")) else { break }
                end = index
            }
            index += 1
        }
        return end
    }

    mutating func insert(_ new: [String], after index: Int) { insertions[index, default: []].append(new) }
    mutating func replace(_ index: Int, with new: [String]) { replacements[index] = new }

    /// The edited file.
    var data: Data {
        let end: [UInt8] = crlf ? [0x0D] : []
        var out: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
        func add(_ line: [UInt8], first: inout Bool) {
            if !first { out.append(0x0A) }
            first = false
            out += line
        }
        var first = true
        for group in insertions[-1] ?? [] { for line in group { add(Array(line.utf8) + end, first: &first) } }
        for index in lines.indices {
            // A new line after a file's last line that has no line end gets one before it.
            if let replaced = replacements[index] {
                for line in replaced { add(Array(line.utf8) + end, first: &first) }
            } else {
                add(lines[index], first: &first)
            }
            for group in insertions[index] ?? [] { for line in group { add(Array(line.utf8) + end, first: &first) } }
        }
        return Data(out)
    }
}
