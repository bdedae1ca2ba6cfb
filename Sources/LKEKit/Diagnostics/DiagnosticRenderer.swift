/// Renders diagnostics in the compiler style: `path:line:col: error: message`, the source line and a caret.
public struct DiagnosticRenderer: Sendable {
    public var language: Language
    /// Whether to colour the severity with ANSI escapes (only for terminals).
    public var colour: Bool
    private var sources: [String: SourceFile]

    public init(language: Language = .id, colour: Bool = false, sources: [SourceFile] = []) {
        self.language = language
        self.colour = colour
        self.sources = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Makes the text of `source` available for source lines and carets.
    public mutating func add(_ source: SourceFile) {
        sources[source.path] = source
    }

    /// The full text of one diagnostic, ending in a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        var out = line(severity: diagnostic.severity, location: diagnostic.location, message: diagnostic.message)
        for note in diagnostic.notes {
            out += line(severity: .note, location: note.location, message: note.message)
        }
        return out
    }

    /// All diagnostics, in the order given.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    private func line(severity: Diagnostic.Severity, location: SourceLocation?, message: Localized) -> String {
        var out = ""
        if let location { out += "\(location): " } else { out += "lke: " }
        out += label(severity) + ": " + message.text(language) + "\n"
        if let location, let source = sources[location.path], location.line <= source.lineCount {
            let text = source.line(location.line)
            out += text + "\n"
            var caret = ""
            for (offset, scalar) in text.unicodeScalars.enumerated() where offset < location.column - 1 {
                caret.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
            }
            if location.column - 1 > text.unicodeScalars.count {
                caret += String(repeating: " ", count: location.column - 1 - text.unicodeScalars.count)
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
