/// A problem found in an input file: a value, not text; `DiagnosticRenderer` turns it into text.
public struct Diagnostic: Sendable, Hashable {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        /// Errors sort first, then warnings, then notes.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A related place, printed as a `note:` line after the diagnostic.
    public struct Note: Sendable, Hashable {
        /// Where the related place is, when it is in a file.
        public internal(set) var location: SourceLocation?
        /// What the note says, in both languages.
        public internal(set) var message: Localized

        init(location: SourceLocation?, message: Localized) {
            self.location = location
            self.message = message
        }
    }

    /// Whether this is an error, a warning or a note.
    public internal(set) var severity: Severity
    /// Where the problem is; `nil` for problems that concern a whole file or no file.
    public internal(set) var location: SourceLocation?
    /// What is wrong, in both languages.
    public internal(set) var message: Localized
    /// Related places, each printed as a `note:` line.
    public internal(set) var notes: [Note]
    /// Zero for a problem. Otherwise this diagnostic is a tally, not a problem: it stands for that many
    /// diagnostics of its file that were counted but not kept (see `append(limited:_:)`), and is rendered as
    /// "and N more". Its severity is the worst of them; its location names the file, past its last line.
    var omitted: Int = 0

    init(_ severity: Severity, at location: SourceLocation?, _ message: Localized, notes: [Note] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// How many diagnostics a collection keeps; past it they are only counted, so that a hostile file (a
    /// million bad keys) costs a counter, not a message each. More than any report shows (`perFile`).
    static let storageLimit = 1_000
    /// How many diagnostics of one file are shown; the rest are summed up in one "and N more" line.
    static let perFile = 100

    /// A tally of `count` diagnostics of the file at `path` that are not shown.
    static func more(_ count: Int, severity: Severity, path: String?) -> Diagnostic {
        var tally = Diagnostic(severity, at: path.map { SourceLocation(path: $0, line: Int.max, column: Int.max) },
                               Message.Diagnostics.moreNotShown(count, perFile: perFile))
        tally.omitted = count
        return tally
    }

    /// An error at `location`.
    public static func error(at location: SourceLocation?, _ message: Localized, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, at: location, message, notes: notes)
    }

    /// A warning at `location`.
    public static func warning(at location: SourceLocation?, _ message: Localized, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, at: location, message, notes: notes)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Appends the diagnostic that `make` builds, or, once `Diagnostic.storageLimit` are kept, only counts it
    /// in a tally at the end (without calling `make`: a "did you mean" is then never computed). Sites that can
    /// report once per line or entry of a file use this, so that memory and time stay bounded by the limit.
    mutating func append(limited severity: Diagnostic.Severity, path: String?, _ make: () -> Diagnostic) {
        if count < Diagnostic.storageLimit {
            append(make())
            return
        }
        if let last = self.last, last.omitted > 0, last.location?.path == path {
            self[count - 1].omitted += 1
            if severity < last.severity { self[count - 1].severity = severity }
        } else {
            append(Diagnostic.more(1, severity: severity, path: path))
        }
    }

    /// Appends `diagnostic` as `append(limited:path:_:)` does.
    mutating func append(limited diagnostic: Diagnostic) {
        append(limited: diagnostic.severity, path: diagnostic.location?.path) { diagnostic }
    }

    /// The diagnostics to show: at most `perFile` of each file in the order given, then, for each file that
    /// had more (kept or only counted), one tally "and N more" with the worst severity of those not shown.
    func limited(perFile: Int = Diagnostic.perFile) -> [Diagnostic] {
        var shown: [String?: Int] = [:]
        var hidden: [String?: (count: Int, severity: Diagnostic.Severity)] = [:]
        var order: [String?] = []
        var out: [Diagnostic] = []
        for diagnostic in self {
            let path = diagnostic.location?.path
            let count = diagnostic.omitted > 0 ? diagnostic.omitted : 1
            if diagnostic.omitted == 0, shown[path, default: 0] < perFile {
                shown[path, default: 0] += 1
                out.append(diagnostic)
                continue
            }
            if hidden[path] == nil { order.append(path); hidden[path] = (0, .note) }
            hidden[path]!.count += count
            hidden[path]!.severity = Swift.min(hidden[path]!.severity, diagnostic.severity)
        }
        for path in order {
            let (count, severity) = hidden[path]!
            out.append(.more(count, severity: severity, path: path))
        }
        return out
    }

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
