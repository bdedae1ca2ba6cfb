/// Reads a formula written in a YAML scalar: parse errors and unknown references are reported at their
/// column in the file (one more for quoted scalars) when the scalar is written on one line as it reads, else
/// at the scalar's start (a folded or escaped scalar's offsets are not columns). Shared by the worksheet and
/// survey decoders.
enum FormulaField {
    /// The formula, and whether it names a code that `isKnown` rejects (each such code is reported with
    /// `unknown(code, suggestion)`); `nil` when the text is not a formula.
    static func read(_ node: YAMLNode, name: String, source: SourceFile?, candidates: @autoclosure () -> [String], isKnown: (String) -> Bool,
                     unknown: (String, Localized) -> Localized, diagnostics: DiagnosticLog) -> (formula: Formula, hasUnknown: Bool)? {
        guard let text = node.scalar, !node.isEmpty else {
            diagnostics.append(.error(at: node.location, Message.Formula.notAFormula(name)))
            return nil
        }
        let shift: Int
        switch node.content {
        case .scalar(_, .singleQuoted), .scalar(_, .doubleQuoted): shift = 1
        default: shift = 0
        }
        let onOneLine = source.map { writtenOnOneLine(text, at: node.location, shift: shift, in: $0) } ?? false
        func location(atOffset offset: Int) -> SourceLocation {
            var at = node.location
            if onOneLine { at.column += offset + shift }
            return at
        }
        switch FormulaParser.parse(text) {
        case .failure(let failure):
            let at = location(atOffset: failure.offset)
            diagnostics.append(.error(at: at, failure.message))
            return nil
        case .success(let formula):
            var hasUnknown = false
            for reference in formula.references where !isKnown(reference) {
                hasUnknown = true
                let at = location(atOffset: offset(of: reference, in: text))
                let hint = Suggestion.suffix(Suggestion.closest(to: reference, in: candidates()))
                diagnostics.append(.error(at: at, unknown(reference, hint)))
            }
            return (formula, hasUnknown)
        }
    }

    /// Whether the source line of `location` holds `text` as it is, from the scalar's first character on.
    static func writtenOnOneLine(_ text: String, at location: SourceLocation, shift: Int, in source: SourceFile) -> Bool {
        let line = Array(source.line(location.line).unicodeScalars)
        let start = location.column - 1 + shift
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, start + scalars.count <= line.count else { return false }
        return Array(line[start..<(start + scalars.count)]) == scalars
    }

    /// The scalar offset of `reference` as a whole code in `text` (not as part of a longer code).
    static func offset(of reference: String, in text: String) -> Int {
        let s = Array(text.unicodeScalars), r = Array(reference.unicodeScalars)
        func isCode(_ c: Unicode.Scalar) -> Bool { FormulaParser.isCodeStart(c) || ("0"..."9").contains(c) || c == "." }
        var i = 0
        while i + r.count <= s.count {
            if Array(s[i..<(i + r.count)]) == r, i == 0 || !isCode(s[i - 1]),
               i + r.count == s.count || !isCode(s[i + r.count]) || (s[i + r.count] == "." && (i + r.count + 1 == s.count || !isCode(s[i + r.count + 1]))) {
                return i
            }
            i += 1
        }
        return 0
    }
}
