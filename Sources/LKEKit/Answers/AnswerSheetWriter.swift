/// Writes an answer sheet as the canonical text of an answer file (docs/format.md §3).
///
/// The layout is fixed: metadata keys in the documented order, `eligibility`, then `answers:` in the
/// questionnaire's worksheet order (each question, then its count inputs); codes the questionnaire does not
/// know keep their file order after the known ones. An answer with only a value is written as a scalar, any
/// other as a mapping of `value`, `note` and `evidence`. Scalars stay plain only where every YAML reader takes
/// them as the same text (or, for answer values, the same number); everything else is double-quoted with
/// escapes. Comments and the original layout are not kept: the output is a function of the sheet alone.
public enum AnswerSheetWriter {
    /// The canonical text of `sheet`, ending with a line end.
    /// - Parameters:
    ///   - sheet: the answers and metadata; entries are written as they are (codes should be unique).
    ///   - questionnaire: gives the order of the answers; `nil` keeps the sheet's order.
    public static func text(of sheet: AnswerSheet, questionnaire: Questionnaire?) -> String {
        var out = ""
        out += "questionnaire: " + scalar(sheet.questionnaireID) + "\n"
        out += "unit: " + scalar(sheet.unit) + "\n"
        let optional: [(String, String?)] = [
            ("instansi", sheet.instansi), ("period", sheet.period), ("layer", sheet.layer),
            ("assessor", sheet.assessor), ("predicate", sheet.predicate),
        ]
        for (key, value) in optional {
            if let value { out += key + ": " + scalar(value) + "\n" }
        }
        if let head = sheet.head { out += head.yaml() }
        let eligibility = eligibilityOrder(of: sheet)
        if !eligibility.isEmpty {
            out += "eligibility:\n"
            for id in eligibility {
                switch sheet.eligibility[id] {
                case true?: out += "  " + key(id) + ": ya\n"
                case false?: out += "  " + key(id) + ": tidak\n"
                case nil: out += "  " + key(id) + ":\n"
                }
            }
        }
        out += teamText(sheet.team)
        let entries = ordered(sheet.entries, by: questionnaire)
        if entries.isEmpty {
            out += "answers: {}\n"
            return out + attestationText(sheet.attestation)
        }
        out += "answers:\n"
        for entry in entries {
            out += "  " + key(entry.code) + ":"
            if entry.note == nil, entry.evidence.isEmpty, entry.review == nil {
                out += " " + (entry.value.map { scalar($0, allowsNumber: true) } ?? "{}") + "\n"
                continue
            }
            out += "\n"
            if let value = entry.value { out += "    value: " + scalar(value, allowsNumber: true) + "\n" }
            if let note = entry.note { out += "    note: " + scalar(note) + "\n" }
            if !entry.evidence.isEmpty {
                out += "    evidence:\n"
                for item in entry.evidence { out += "      - " + scalar(item) + "\n" }
            }
            if let review = entry.review {
                out += "    review:\n      status: " + review.status.rawValue + "\n"
                if let comment = review.comment { out += "      comment: " + scalar(comment) + "\n" }
            }
        }
        return out + attestationText(sheet.attestation)
    }

    /// The `team:` block (empty when there is no team).
    static func teamText(_ team: [Pokja]) -> String {
        guard !team.isEmpty else { return "" }
        var out = "team:\n"
        for pokja in team {
            out += "  - name: " + scalar(pokja.name) + "\n"
            if !pokja.areas.isEmpty { out += "    areas: [" + pokja.areas.map { flowItem($0) }.joined(separator: ", ") + "]\n" }
            if let pic = pokja.pic { out += "    pic: " + scalar(pic) + "\n" }
            if !pokja.members.isEmpty {
                out += "    members:\n"
                for member in pokja.members { out += "      - " + scalar(member) + "\n" }
            }
        }
        return out
    }

    /// The `attestation:` block (empty when unsigned).
    static func attestationText(_ attestation: Attestation?) -> String {
        guard let attestation else { return "" }
        var out = "attestation:\n"
        out += "  name: " + scalar(attestation.name) + "\n"
        out += "  nip: " + scalar(attestation.nip) + "\n"
        out += "  jabatan: " + scalar(attestation.jabatan) + "\n"
        if let date = attestation.date { out += "  date: " + scalar(date) + "\n" }
        out += "  digest: " + scalar(attestation.digest) + "\n"
        if !attestation.codes.isEmpty {
            out += "  codes:\n"
            var seen = Set<String>()
            let order = attestation.codeOrder.filter { attestation.codes[$0] != nil && seen.insert($0).inserted }
                + attestation.codes.keys.sorted().filter { !seen.contains($0) }
            for code in order { out += "    " + key(code) + ": " + scalar(attestation.codes[code]!) + "\n" }
        }
        return out
    }

    /// A code inside a one-line flow sequence: plain when safe there, else double-quoted.
    private static func flowItem(_ text: String) -> String {
        let safe = isPlainSafe(text, allowsNumber: false) && !text.contains(",") && !text.contains("[") && !text.contains("]")
            && !text.contains("{") && !text.contains("}")
        return safe ? text : doubleQuoted(text)
    }

    /// The eligibility ids in file order, then any others sorted.
    private static func eligibilityOrder(of sheet: AnswerSheet) -> [String] {
        var order: [String] = []
        var seen = Set<String>()
        for id in sheet.eligibilityOrder where seen.insert(id).inserted { order.append(id) }
        for id in sheet.eligibility.keys.sorted() where seen.insert(id).inserted { order.append(id) }
        return order
    }

    /// Entries in worksheet order, unknown codes after them in their own order.
    static func ordered(_ entries: [AnswerSheet.Entry], by questionnaire: Questionnaire?) -> [AnswerSheet.Entry] {
        guard let questionnaire else { return entries }
        var rank: [String: Int] = [:]
        for (index, code) in questionnaire.answerCodes.enumerated() where rank[code] == nil { rank[code] = index }
        let unknown = rank.count
        return entries.enumerated().sorted { lhs, rhs in
            let l = rank[lhs.element.code] ?? unknown, r = rank[rhs.element.code] ?? unknown
            return l != r ? l < r : lhs.offset < rhs.offset
        }.map(\.element)
    }

    // MARK: - Scalars

    /// Words that some YAML reader takes as a boolean or null when written plain.
    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "="]

    /// `text` as a scalar: plain when that is safe, else double-quoted.
    /// - Parameter allowsNumber: whether a plain decimal number (`12`, `3.62`, `-1`) may stay plain; answer
    ///   values are numbers to every reader, metadata and notes are text and get quotes.
    static func scalar(_ text: String, allowsNumber: Bool = false) -> String {
        isPlainSafe(text, allowsNumber: allowsNumber) ? text : doubleQuoted(text)
    }

    /// A mapping key: plain for code-like keys, else single-quoted (keys are never multi-line).
    static func key(_ text: String) -> String {
        let codeLike = !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            (scalar >= "A" && scalar <= "Z") || (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
                || "._-()/".unicodeScalars.contains(scalar)
        }
        if codeLike, isPlainSafe(text, allowsNumber: false) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static func isPlainSafe(_ text: String, allowsNumber: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if reservedWords.contains(text.lowercased()) || text.hasPrefix("<<") { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || "0123456789+.".unicodeScalars.contains(first) {
            // Indicators and anything a reader could take for a number, date or time need quotes,
            // except a plain decimal number where a number is meant.
            return allowsNumber && isPlainDecimal(text)
        }
        if text.contains(": ") || text.contains(" #") { return false }
        return text.unicodeScalars.allSatisfy { !needsEscape($0) && $0 != "\t" }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`: a number every YAML reader reads the same way.
    private static func isPlainDecimal(_ text: String) -> Bool {
        var digits = Array(text.unicodeScalars)
        if digits.first == "-" { digits.removeFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return false }
        let isDigit = { (s: Unicode.Scalar) in s >= "0" && s <= "9" }
        guard whole.allSatisfy(isDigit), whole.count == 1 || whole.first != "0" else { return false }
        if parts.count == 2 { return !parts[1].isEmpty && parts[1].allSatisfy(isDigit) }
        return true
    }

    /// Whether a character must be escaped inside double quotes (and so can never be plain).
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (v >= 0x80 && v <= 0x9F) || v == 0x2028 || v == 0x2029 || v == 0xFEFF
            || v == 0xFFFE || v == 0xFFFF
    }

    /// `text` in double quotes with YAML escapes for quotes, backslashes, line feeds and tabs.
    ///
    /// The reader refuses every other control character, line separator, byte-order mark and non-character,
    /// even escaped (they would reach a terminal or a report as they are), so the writer never writes one: a
    /// carriage return, CR LF, U+0085, U+2028 and U+2029 become a line feed, the rest are left out. What is
    /// written always reads back.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n":
                if previous != "\r" { out += "\\n" }
            case "\t": out += "\\t"
            case "\r", "\u{85}", "\u{2028}", "\u{2029}": out += "\\n"
            default:
                if !needsEscape(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
