/// The line editing of a terminal prompt as a state machine: the bytes a terminal sends in raw mode go in
/// (`feed`), the finished line comes out, and `redraw` says what to write so the screen shows the line.
///
/// Keys: printable text (UTF-8) is inserted at the cursor; Left/Right (also Ctrl-B/Ctrl-F) move; Home/End
/// (also Ctrl-A/Ctrl-E) jump; Backspace and Delete remove; Ctrl-U and Ctrl-K cut to the start and to the end;
/// Up/Down walk the lines entered before; Enter finishes the line; Ctrl-D on an empty line is the end of input.
/// Every other escape sequence (function keys, Alt+key) and control character is swallowed: no raw escape
/// byte ever reaches a line.
public struct LineEditor: Sendable {
    /// What a byte did.
    public enum Outcome: Sendable, Equatable {
        /// The line is still being edited.
        case editing
        /// Enter: the line as typed.
        case line(String)
        /// Ctrl-D on an empty line.
        case endOfInput
    }

    /// The line being edited.
    public private(set) var buffer: [Unicode.Scalar] = []
    /// Where the cursor is, in scalars from the start of the line.
    public private(set) var cursor = 0
    /// The lines entered before, oldest first (no empty lines, no repeats in a row).
    private(set) var history: [String] = []
    /// While walking the history: the entry shown, and the line being typed before the walk started.
    private var historyIndex: Int?
    private var draft: [Unicode.Scalar] = []
    /// The bytes of an escape sequence or of a UTF-8 character not complete yet.
    private var pending: [UInt8] = []

    /// An editor whose up and down keys recall `history`, oldest first.
    public init(history: [String] = []) {
        self.history = history
    }

    /// The line as it stands.
    public var text: String { String(String.UnicodeScalarView(buffer)) }

    /// Feeds the bytes of `input` in order; the outcome of the last byte that did not leave the line editing.
    mutating func feed<S: Sequence>(_ input: S) -> Outcome where S.Element == UInt8 {
        for byte in input {
            let outcome = feed(byte)
            if outcome != .editing { return outcome }
        }
        return .editing
    }

    /// Feeds one byte.
    public mutating func feed(_ byte: UInt8) -> Outcome {
        if let first = pending.first {
            pending.append(byte)
            if first == 0x1B { escape() } else { utf8() }
            return .editing
        }
        switch byte {
        case 0x0D, 0x0A:
            let line = text
            if !line.isEmpty, history.last != line { history.append(line) }
            buffer = []
            cursor = 0
            historyIndex = nil
            return .line(line)
        case 0x04:
            if buffer.isEmpty { return .endOfInput }
            deleteForward()
        case 0x1B: pending = [byte]
        case 0x01: cursor = 0
        case 0x05: cursor = buffer.count
        case 0x02: cursor = max(0, cursor - 1)
        case 0x06: cursor = min(buffer.count, cursor + 1)
        case 0x08, 0x7F:
            if cursor > 0 { buffer.remove(at: cursor - 1); cursor -= 1 }
        case 0x15:
            buffer.removeSubrange(0..<cursor)
            cursor = 0
        case 0x0B: buffer.removeSubrange(cursor...)
        case 0x20...0x7E: insert(Unicode.Scalar(byte))
        case 0xC2...0xF4: pending = [byte]
        default: break // other control characters and stray UTF-8 bytes
        }
        return .editing
    }

    /// What to write to the terminal, the cursor having been at `oldCursor` within the line, so that it shows
    /// the line with the cursor in place: back to the line's start, the line, erase the rest, back to the cursor.
    /// (Columns count scalars; a prompt line is not expected to wrap.)
    public func redraw(from oldCursor: Int) -> String {
        var out = oldCursor > 0 ? "\u{1B}[\(oldCursor)D" : ""
        out += text + "\u{1B}[K"
        let back = buffer.count - cursor
        if back > 0 { out += "\u{1B}[\(back)D" }
        return out
    }

    // MARK: - Keys

    private mutating func insert(_ scalar: Unicode.Scalar) {
        buffer.insert(scalar, at: cursor)
        cursor += 1
    }

    private mutating func deleteForward() {
        if cursor < buffer.count { buffer.remove(at: cursor) }
    }

    /// An escape sequence so far in `pending`: acts once it is complete (`ESC [ params final`, `ESC O final`,
    /// or `ESC` and one other byte), and swallows what it does not know.
    private mutating func escape() {
        guard pending.count >= 2 else { return }
        let introducer = pending[1]
        guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else {
            pending = [] // Alt+key and the like
            return
        }
        guard pending.count >= 3, let last = pending.last else { return }
        if introducer == UInt8(ascii: "["), last >= 0x20, last <= 0x3F {
            if pending.count > 16 { pending = [] } // an endless sequence: give up on it
            return
        }
        let parameters = String(decoding: pending[2..<(pending.count - 1)], as: UTF8.self)
        pending = []
        switch (last, parameters) {
        case (UInt8(ascii: "D"), _): cursor = max(0, cursor - 1)
        case (UInt8(ascii: "C"), _): cursor = min(buffer.count, cursor + 1)
        case (UInt8(ascii: "A"), _): walkHistory(-1)
        case (UInt8(ascii: "B"), _): walkHistory(1)
        case (UInt8(ascii: "H"), _), (UInt8(ascii: "~"), "1"), (UInt8(ascii: "~"), "7"): cursor = 0
        case (UInt8(ascii: "F"), _), (UInt8(ascii: "~"), "4"), (UInt8(ascii: "~"), "8"): cursor = buffer.count
        case (UInt8(ascii: "~"), "3"): deleteForward()
        default: break
        }
    }

    /// A UTF-8 character so far in `pending`: inserted once complete, dropped when malformed.
    private mutating func utf8() {
        let lead = pending[0]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard pending.last.map({ $0 & 0xC0 == 0x80 }) == true else { pending = []; return }
        guard pending.count == length else { return }
        let decoded = String(decoding: pending, as: UTF8.self).unicodeScalars
        pending = []
        if decoded.count == 1, let scalar = decoded.first, scalar != "\u{FFFD}", scalar.value >= 0xA0 { insert(scalar) }
    }

    /// Up (`-1`) or Down (`1`) through the history; Down past the newest entry brings back the draft.
    private mutating func walkHistory(_ step: Int) {
        guard !history.isEmpty else { return }
        let current = historyIndex ?? history.count
        let next = min(history.count, max(0, current + step))
        guard next != current else { return }
        if historyIndex == nil { draft = buffer }
        if next == history.count {
            buffer = draft
            historyIndex = nil
        } else {
            buffer = Array(history[next].unicodeScalars)
            historyIndex = next
        }
        cursor = buffer.count
    }
}
