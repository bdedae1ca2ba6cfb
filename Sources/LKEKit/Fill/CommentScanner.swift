/// Finds comments in a YAML file, which the canonical answer-file layout does not keep.
public enum CommentScanner {
    /// Whether `source` holds at least one comment (`#` at the start of a line or after a space, outside
    /// quoted and block text). A `#` counts as a comment when cutting the line there leaves the parsed tree
    /// unchanged, so a `#` inside a note or a block scalar never does. A file that does not parse has none.
    public static func hasComments(_ source: SourceFile) -> Bool {
        let (root, diagnostics) = YAMLParser.parse(source)
        guard let root, !diagnostics.hasErrors else { return false }
        let lines = (1...max(1, source.lineCount)).map { Array(source.line($0).unicodeScalars) }
        var candidates: [(line: Int, column: Int)] = []
        for (number, scalars) in lines.enumerated() {
            for (column, scalar) in scalars.enumerated() where scalar == "#" {
                let isFirst = scalars[..<column].allSatisfy { $0 == " " || $0 == "\t" }
                if isFirst || scalars[column - 1] == " " || scalars[column - 1] == "\t" {
                    candidates.append((number, column))
                }
            }
        }
        guard !candidates.isEmpty else { return false }
        let original = root.canonical
        func isUnchanged(cutting cuts: [(line: Int, column: Int)]) -> Bool {
            var edited = lines
            for cut in cuts { edited[cut.line] = Array(edited[cut.line].prefix(cut.column)) }
            let text = edited.map { line -> String in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: line)
                return String(view)
            }.joined(separator: "\n")
            let (tree, problems) = YAMLParser.parse(SourceFile(path: source.path, text: text))
            return !problems.hasErrors && tree?.canonical == original
        }
        // Usually every candidate is a comment: one parse decides. Otherwise try them one by one.
        if isUnchanged(cutting: candidates) { return true }
        return candidates.contains { isUnchanged(cutting: [$0]) }
    }
}
