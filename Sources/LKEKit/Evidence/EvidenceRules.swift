import Foundation

/// What an evidence entry is, read from its text alone (no disk): a web address or a local path, and whether its
/// format is a draft. The rules are documented in docs/evidence.md.
enum EvidenceRules {
    /// The default evidence folder, next to the answer file.
    static let defaultFolder = "bukti"
    /// The guide file `lke evidence init` writes in each code's folder; never evidence itself.
    static let guideFile = "BACA-SAYA.txt"

    /// Extensions of editable office formats: evidence in them is "masih draf" (final evidence is a signed,
    /// scanned or exported PDF). Compared without case.
    static let draftExtensions: Set<String> = ["doc", "docx", "xls", "xlsx", "odt", "ods", "ppt", "pptx", "odp", "rtf"]

    /// How an entry's text reads.
    enum Target: Sendable, Hashable {
        /// An `http://` or `https://` address with a host.
        case web
        /// A URL with another scheme (`ftp:`, `file:`, `mailto:`), or an http(s) URL without a host, or an address
        /// written without its scheme (`www.…`).
        case badURL
        /// A local path (relative to the answer file's folder, or absolute).
        case local
    }

    /// Classifies `text` (already trimmed by the YAML reader).
    static func target(of text: String) -> Target {
        let lower = text.lowercased()
        if lower.hasPrefix("www.") { return .badURL }
        guard let colon = text.firstIndex(of: ":") else { return .local }
        let scheme = text[..<colon]
        // One letter before the colon is a drive (C:\...), not a scheme.
        let isScheme = scheme.count >= 2 && scheme.first!.isASCII && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
        guard isScheme else { return .local }
        let name = scheme.lowercased()
        guard name == "http" || name == "https" else { return .badURL }
        let rest = text[text.index(after: colon)...]
        guard rest.hasPrefix("//") else { return .badURL }
        let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let bare = host.split(separator: "@").last.map { $0.split(separator: ":").first ?? "" } ?? ""
        return bare.isEmpty ? .badURL : .web
    }

    /// The extension of the last path segment of `text` (a path or a URL, without query or fragment),
    /// lowercased, or `nil`.
    static func fileExtension(of text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var end = bytes.count
            if let cut = bytes.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }),
               target(of: String(decoding: bytes, as: UTF8.self)) != .local {
                end = cut
            }
            func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") }
            guard end > 0, !isSeparator(bytes[end - 1]) else { return nil }
            var index = end - 1
            while index > 0, !isSeparator(bytes[index]), bytes[index] != UInt8(ascii: ".") { index -= 1 }
            // The last dot of the last segment, not its first character (".pdf" is a hidden file, not a PDF).
            guard bytes[index] == UInt8(ascii: "."), index > 0, !isSeparator(bytes[index - 1]), index + 1 < end else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self).lowercased()
        }
    }

    /// Whether `text` names a file in a draft (editable office) format.
    static func isDraft(_ text: String) -> Bool {
        fileExtension(of: text).map(draftExtensions.contains) ?? false
    }

    /// Whether a file found in a folder is not evidence: the guide file, hidden files, office lock files and
    /// the thumbnails and settings file managers leave behind.
    static func isIgnored(fileName name: String) -> Bool {
        name == guideFile || name.hasPrefix(".") || name.hasPrefix("~$") || name.lowercased() == "thumbs.db"
            || name.lowercased() == "desktop.ini"
    }
}

/// Lexical path arithmetic: no disk access, no symbolic links followed.
public enum EvidencePath {
    /// `path` made absolute against `base` (itself absolute) and normalised: `.` dropped, `..` applied, no
    /// trailing slash. A backslash is kept as written (it is a file-name character here).
    public static func absolute(_ path: String, base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The current directory, absolute.
    public static var currentDirectory: String { FileManager.default.currentDirectoryPath }

    /// Whether the absolute normalised `path` is `folder` or inside it.
    static func isInside(_ path: String, folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }

    /// `path` relative to `base` (both absolute and normalised), with `..` where needed.
    public static func relative(_ path: String, to base: String) -> String {
        let target = path.split(separator: "/"), from = base.split(separator: "/")
        var common = 0
        while common < target.count, common < from.count, target[common] == from[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        let rest = target[common...].map(String.init)
        let parts = ups + rest
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// The folder that holds `file` as written (`""` for a bare name).
    public static func directory(of file: String) -> String {
        let dir = (file as NSString).deletingLastPathComponent
        return dir
    }
}
