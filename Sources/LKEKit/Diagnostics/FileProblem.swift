import Foundation

/// Diagnostics for a path that cannot be read as the file a command expects.
public enum FileProblem {
    /// Whether `path` names an existing folder.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Why the answer file (or other input) at `path` cannot be read: a folder (with the command that reads
    /// the answer files in a folder, `lke batch`), or a file that does not exist or cannot be read.
    public static func unreadable(_ path: String) -> Diagnostic {
        if isFolder(path) {
            return .error(at: nil, Message.File.isFolder(path))
        }
        return .error(at: nil, Message.File.cannotRead(path))
    }
}

extension FileProblem {
    /// A kind of file that is not one of `lke`'s YAML files, told from its bytes and name.
    public enum ForeignKind: Sendable, Equatable {
        /// Comma-, semicolon- or tab-separated data (survey respondents): the header's column count.
        case csv(columns: Int)
        /// A zip container: a spreadsheet workbook (.xlsx, .ods) or another office file.
        case workbook
    }

    /// What the file looks like when it is not YAML that `lke check` reads: a zip container (workbooks start
    /// with `PK\u{3}\u{4}`), or a file named `.csv`/`.tsv`, or one that does not parse as a YAML mapping and
    /// whose first line, neither a comment nor a `key: value`, holds two or more `,`, `;` or tab separators.
    /// - Parameters:
    ///   - parsedAsMapping: whether the file parsed as a YAML mapping; a mapping is never called CSV unless
    ///     its name says so.
    public static func foreignKind(of data: Data, path: String, parsedAsMapping: Bool) -> ForeignKind? {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .workbook }
        let firstLine = data.prefix(4096).split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: false).first ?? Data()
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        for byte in firstLine {
            if byte == 0x22 { quoted.toggle() } else if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        let separators = counts.values.max() ?? 0
        let named = ["csv", "tsv"].contains((path as NSString).pathExtension.lowercased())
        let text = String(decoding: firstLine, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let looksLikeYAML = text.hasPrefix("#") || text.hasPrefix("- ") || text.hasPrefix("---") || text.contains(": ") || text.hasSuffix(":")
        if named || (!parsedAsMapping && !looksLikeYAML && separators >= 2) { return .csv(columns: separators + 1) }
        return nil
    }
}
