@testable import LKEKit
import Testing

/// The prompt's line editor: bytes in, line out.
@Suite struct LineEditorTests {
    static let left = "\u{1B}[D", right = "\u{1B}[C", up = "\u{1B}[A", down = "\u{1B}[B"
    static let home = "\u{1B}[H", end = "\u{1B}[F", delete = "\u{1B}[3~"

    private func line(_ keys: String, editor: inout LineEditor) -> LineEditor.Outcome {
        editor.feed(Array(keys.utf8))
    }

    private func line(_ keys: String) -> LineEditor.Outcome {
        var editor = LineEditor()
        return line(keys, editor: &editor)
    }

    @Test func editingKeys() {
        #expect(line("ya\r") == .line("ya"))
        #expect(line("Yx" + Self.left + "\u{7F}\r") == .line("x"))                     // backspace before the cursor
        #expect(line("xya" + Self.home + Self.delete + Self.end + "\u{7F}\r") == .line("y"))
        #expect(line("ac" + Self.left + "b" + Self.right + "d\n") == .line("abcd"))
        #expect(line("abc\u{01}X\u{05}Y\r") == .line("XabcY"))                         // Ctrl-A, Ctrl-E
        #expect(line("abcdef" + Self.left + Self.left + "\u{0B}\r") == .line("abcd"))  // Ctrl-K
        #expect(line("abcdef" + Self.left + Self.left + "\u{15}\r") == .line("ef"))    // Ctrl-U
        #expect(line("\u{1B}[1~x\u{1B}[4~y\u{1B}OHz\r") == .line("zxy"))               // other Home/End forms
        #expect(line("\u{04}") == .endOfInput)
        #expect(line("ab" + Self.left + "\u{04}\r") == .line("a"))                    // Ctrl-D deletes on a non-empty line
    }

    @Test func escapeSequencesNeverReachTheLine() {
        // Function keys, Alt+key, unknown CSI sequences, stray control characters.
        #expect(line("Y\u{1B}[15~\u{1B}OP\u{1B}x\u{1B}[1;5C\u{07}\u{09}a\r") == .line("Ya"))
        #expect(line("Yx" + Self.up + Self.up + "\r") == .line("Yx"))                  // no history yet
        // Text outside ASCII is kept whole; broken UTF-8 is dropped.
        #expect(line("é" + "\u{1B}[D" + "ü\r") == .line("üé"))
        #expect(line(String(decoding: [0x61, 0xC3, 0x28, 0x62, 0x0D], as: UTF8.self)) != .line("a\u{FFFD}(b"))
        var editor = LineEditor()
        #expect(editor.feed([0x61, 0xC3, 0x28, 0x62, 0x0D]) == .line("ab"))
    }

    @Test func historyWalksBackAndForthAndKeepsTheDraft() {
        var editor = LineEditor()
        #expect(line("ya\r", editor: &editor) == .line("ya"))
        #expect(line("b\r", editor: &editor) == .line("b"))
        #expect(line("b\r", editor: &editor) == .line("b"))
        #expect(editor.history == ["ya", "b"])
        #expect(line(Self.up + "\r", editor: &editor) == .line("b"))
        #expect(line(Self.up + Self.up + "\r", editor: &editor) == .line("ya"))
        #expect(editor.history == ["ya", "b", "ya"])
        #expect(line("dra" + Self.up + Self.up + Self.down + Self.down + "ft\r", editor: &editor) == .line("draft"))
        #expect(line(Self.up + "!" + "\r", editor: &editor) == .line("draft!"))
    }

    @Test func redrawPutsTheCursorBack() {
        var editor = LineEditor()
        _ = editor.feed(Array("abc".utf8))
        #expect(editor.redraw(from: 2) == "\u{1B}[2Dabc\u{1B}[K")
        _ = editor.feed(Array(Self.left.utf8))
        #expect(editor.redraw(from: 3) == "\u{1B}[3Dabc\u{1B}[K\u{1B}[1D")
        #expect(LineEditor().redraw(from: 0) == "\u{1B}[K")
    }
}
