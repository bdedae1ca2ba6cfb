import Foundation

/// Puts an `attestation:` block into an answer file's text without touching anything else: the block that is
/// there (a top-level `attestation:` line and the indented, blank or comment lines after it) is replaced, or the
/// block is appended at the end. Comments, order and layout of every other line stay as they were, and the
/// file's line ends (LF or CRLF) are kept.
public enum AttestationBlockEditor {
    /// `text` with its attestation block set to `attestation`.
    public static func apply(_ attestation: Attestation, to text: String) -> String {
        let crlf = text.contains("\r\n")
        var block = AnswerSheetWriter.attestationText(attestation)
        if crlf { block = block.replacingOccurrences(of: "\n", with: "\r\n") }
        var lines = text.components(separatedBy: "\n")
        // `components` leaves an empty last item after a final line end.
        let endsWithNewline = text.hasSuffix("\n")
        if endsWithNewline { lines.removeLast() }
        guard let start = lines.firstIndex(where: { isBlockStart($0) }) else {
            var out = text
            if !out.isEmpty, !endsWithNewline { out += crlf ? "\r\n" : "\n" }
            return out + block
        }
        var end = start + 1
        while end < lines.count, isInsideBlock(lines[end]) { end += 1 }
        // Blank or comment lines right before the next top-level key belong to it, not to the block.
        while end > start + 1, isBlankOrComment(lines[end - 1]), end < lines.count { end -= 1 }
        let before = lines[..<start].map { $0 + "\n" }.joined()
        let after = lines[end...].map { $0 + "\n" }.joined()
        var out = before + block + after
        if !endsWithNewline, !after.isEmpty { out.removeLast() }
        return out
    }

    private static func isBlockStart(_ line: String) -> Bool {
        let trimmed = line.hasSuffix("\r") ? String(line.dropLast()) : line
        guard trimmed.hasPrefix("attestation:") else { return false }
        let rest = trimmed.dropFirst("attestation:".count)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    private static func isInsideBlock(_ line: String) -> Bool {
        line.hasPrefix(" ") || isBlankOrComment(line)
    }

    private static func isBlankOrComment(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "\r" || trimmed.hasPrefix("#")
    }
}
