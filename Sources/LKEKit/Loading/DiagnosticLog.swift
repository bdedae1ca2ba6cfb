/// The diagnostics of one decoding, collected as the readers find them and handed over once, when the decoding
/// ends (`handOver()`). A reference, so that every `FieldReader` of a decoding records into the same list in the
/// order the problems are found.
final class DiagnosticLog {
    private var diagnostics: [Diagnostic]

    /// A log that starts with `diagnostics` (those of the YAML parser, say).
    init(_ diagnostics: [Diagnostic] = []) {
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic so far is an error.
    var hasErrors: Bool { diagnostics.hasErrors }

    /// Records `diagnostic`.
    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records `diagnostic` within `Diagnostic.storageLimit` (see `Array.append(limited:)`).
    func append(limited diagnostic: Diagnostic) {
        diagnostics.append(limited: diagnostic)
    }

    /// Records the diagnostic `make` builds, within `Diagnostic.storageLimit` (see `Array.append(limited:path:_:)`).
    func append(limited severity: Diagnostic.Severity, path: String?, _ make: () -> Diagnostic) {
        diagnostics.append(limited: severity, path: path, make)
    }

    /// The diagnostics recorded, in order; the log is empty afterwards.
    func handOver() -> [Diagnostic] {
        defer { diagnostics = [] }
        return diagnostics
    }
}

/// A value read from a file, with where it is written.
struct Located<Value> {
    var value: Value
    var location: SourceLocation
}
