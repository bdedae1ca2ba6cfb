import Foundation

/// Checks shared by the harnesses. A broken invariant stops the process with a message, which libFuzzer
/// reports as a crash and saves the input for.
enum FuzzCheck {
    /// Stops the run: an invariant does not hold for this input.
    static func fail(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
        FileHandle.standardError.write(Data("invariant broken (\(file):\(line)): \(message)\n".utf8))
        abort()
    }

    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                        file: StaticString = #fileID, line: UInt = #line) {
        if !condition() { fail(message(), file: file, line: line) }
    }

    /// The number of lines of `data` and the byte length of each, as an editor counts them (a final line end
    /// opens no new line).
    static func lineLengths(_ data: Data) -> [Int] {
        var lengths: [Int] = []
        var current = 0
        for byte in data {
            if byte == 0x0A { lengths.append(current); current = 0 } else { current += 1 }
        }
        if current > 0 || lengths.isEmpty { lengths.append(current) }
        return lengths
    }

    /// Every location of every diagnostic (and note) that names `path` points inside `data`: a line of the file,
    /// and a column from 1 to one past the line's last character (columns count characters, never more than
    /// bytes). Diagnostics about the file as a whole have no location.
    static func locationsInside(_ diagnostics: [Diagnostic], path: String, data: Data) {
        locationsInside(diagnostics, path: path, lineLengths: lineLengths(data))
    }

    /// The same, with the line lengths of the input counted once (`lineLengths(_:)`).
    static func locationsInside(_ diagnostics: [Diagnostic], path: String, lineLengths lengths: [Int]) {
        func check(_ location: SourceLocation?, _ what: String) {
            guard let location, location.path == path else { return }
            require(location.line >= 1 && location.line <= lengths.count,
                    "\(what) at line \(location.line) of a file with \(lengths.count) lines")
            let length = lengths[min(max(location.line, 1), lengths.count) - 1]
            require(location.column >= 1 && location.column <= length + 1,
                    "\(what) at \(location.line):\(location.column), the line has \(length) bytes")
        }
        for diagnostic in diagnostics {
            // The tally of diagnostics past the cap ("... and N more") names the file, not a place in it.
            if diagnostic.omitted > 0 { continue }
            check(diagnostic.location, "'\(diagnostic.message.en)'")
            for note in diagnostic.notes { check(note.location, "note '\(note.message.en)'") }
            require(!diagnostic.message.en.isEmpty && !diagnostic.message.id.isEmpty, "a diagnostic without a message")
        }
    }

    /// Whether `text` holds a character the YAML subset never lets through: a control character other than tab
    /// and line feed, DEL, a C1 control, or a line or paragraph separator.
    static func hasForbiddenCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let v = scalar.value
            return (v < 0x20 && v != 0x09 && v != 0x0A) || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029
        }
    }
}
