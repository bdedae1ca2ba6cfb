/// Renders diagnostics in the compiler style: `path:line:col: error: message`, the source line and a caret.
public struct DiagnosticRenderer: Sendable {
    var language: Language
    /// Whether to colour the severity with ANSI escapes (only for terminals).
    var colour: Bool
    private var sources: [String: SourceFile]

    /// A renderer in `language`, with ANSI colours when `colour`, quoting lines from `sources`.
    public init(language: Language = .id, colour: Bool = false, sources: [SourceFile] = []) {
        self.language = language
        self.colour = colour
        self.sources = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Makes the text of `source` available for source lines and carets.
    mutating func add(_ source: SourceFile) {
        sources[source.path] = source
    }

    /// The full text of one diagnostic, ending in a newline.
    func render(_ diagnostic: Diagnostic) -> String {
        render(diagnostic, showing: nil)
    }

    /// All diagnostics, in the order given, at most `Diagnostic.perFile` of each file and then one line "and N
    /// more" (`limited()`). A source line is shown once for diagnostics in a row at the same place (a wrong
    /// survey definition reports each missing item at the header).
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        var previous: SourceLocation?
        for diagnostic in diagnostics.limited() {
            out += render(diagnostic, showing: previous)
            previous = diagnostic.notes.last?.location ?? diagnostic.location
        }
        return out
    }

    /// The widest source line shown whole (a CSV row of a survey export fits).
    static let wholeLineWidth = 240
    /// How much of a longer line is shown, around the caret, cut with `...` on the sides cut.
    static let sourceWidth = 120

    private func render(_ diagnostic: Diagnostic, showing previous: SourceLocation?) -> String {
        if diagnostic.omitted > 0 {
            // A tally names its file only: its location is past the file's end.
            return (diagnostic.location.map { "\($0.path): " } ?? "lke: ") + label(diagnostic.severity) + ": " + diagnostic.message.text(language) + "\n"
        }
        var out = line(severity: diagnostic.severity, location: diagnostic.location, message: diagnostic.message,
                       quote: diagnostic.location != previous)
        for note in diagnostic.notes {
            out += line(severity: .note, location: note.location, message: note.message, quote: true)
        }
        return out
    }

    private func line(severity: Diagnostic.Severity, location: SourceLocation?, message: Localized, quote: Bool) -> String {
        var out = ""
        if let location { out += "\(location): " } else { out += "lke: " }
        out += label(severity) + ": " + message.text(language) + "\n"
        if quote, let location, let source = sources[location.path], location.line <= source.lineCount {
            var scalars = Array(source.line(location.line).unicodeScalars)
            var column = location.column - 1
            let width = Self.sourceWidth
            if scalars.count > Self.wholeLineWidth {
                // A window of the line around the column, marked as cut on each side that was cut.
                let start = max(0, min(column - width / 3, scalars.count - width))
                let end = min(scalars.count, start + width)
                let ellipsis = Array("...".unicodeScalars)
                scalars = (start > 0 ? ellipsis : []) + scalars[start..<end] + (end < scalars.count ? ellipsis : [])
                column = column - start + (start > 0 ? ellipsis.count : 0)
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            out += String(text) + "\n"
            var caret = ""
            for (offset, scalar) in scalars.enumerated() where offset < column {
                caret.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
            }
            if column > scalars.count {
                caret += String(repeating: " ", count: column - scalars.count)
            }
            out += caret + (colour ? "\u{1B}[1;32m^\u{1B}[0m" : "^") + "\n"
        }
        return out
    }

    private func label(_ severity: Diagnostic.Severity) -> String {
        guard colour else { return severity.rawValue }
        switch severity {
        case .error: return "\u{1B}[1;31merror\u{1B}[0m"
        case .warning: return "\u{1B}[1;35mwarning\u{1B}[0m"
        case .note: return "\u{1B}[1;36mnote\u{1B}[0m"
        }
    }
}
