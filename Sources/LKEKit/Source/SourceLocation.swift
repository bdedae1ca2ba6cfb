/// A position in a source file.
///
/// Lines and columns are 1-based; columns count Unicode scalars from the start of the line.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path of the file as the user named it.
    public internal(set) var path: String
    /// The 1-based line number.
    var line: Int
    /// The 1-based column, counted in Unicode scalars.
    var column: Int

    /// The place at `line` and `column` (both from 1) of the file at `path`.
    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the form compilers and editors understand.
    public var description: String { "\(path):\(line):\(column)" }

    /// Locations order by path, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
