/// A problem found in an input file: a value, not text; `DiagnosticRenderer` turns it into text.
public struct Diagnostic: Sendable, Hashable {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A related place, printed as a `note:` line after the diagnostic.
    public struct Note: Sendable, Hashable {
        public var location: SourceLocation?
        public var message: Localized

        public init(location: SourceLocation?, message: Localized) {
            self.location = location
            self.message = message
        }
    }

    public var severity: Severity
    /// Where the problem is; `nil` for problems that concern a whole file or no file.
    public var location: SourceLocation?
    public var message: Localized
    public var notes: [Note]

    public init(_ severity: Severity, at location: SourceLocation?, _ message: Localized, notes: [Note] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    public static func error(at location: SourceLocation?, _ message: Localized, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, at: location, message, notes: notes)
    }

    public static func warning(at location: SourceLocation?, _ message: Localized, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, at: location, message, notes: notes)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in file order (stable for equal locations).
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
