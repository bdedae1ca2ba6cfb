import Foundation

/// What `:bukti PATH...` in `lke fill` attaches: each path completed from the question's folder
/// (`bukti/CODE/` beside the answer file), with the problems the evidence checks would report, found at once.
///
/// Reads the disk (the folder's files and each path's state); writes nothing.
struct FillEvidence: Sendable {
    /// One argument resolved.
    struct Item: Sendable, Hashable {
        /// The text to attach (a path relative to the answer file, or a URL).
        var text: String
        /// Warnings to show at once (missing, empty, draft, outside the folder, not http(s)).
        var warnings: [Localized]
    }

    /// The answer file's path, as the session knows it.
    var answerPath: String

    init(answerPath: String) {
        self.answerPath = answerPath
    }

    /// The folder of `code`, as written in the answer file (`bukti/A.I.1.i.a`).
    func folder(of code: String) -> String { EvidenceRules.defaultFolder + "/" + code }

    /// The files in `code`'s folder, as written in the answer file.
    func files(of code: String) -> [String] {
        EvidenceDisk.files(under: onDisk(folder(of: code))).map { folder(of: code) + "/" + $0 }
    }

    /// The words of `arguments`: split at spaces, except inside double quotes.
    static func words(_ arguments: String) -> [String] {
        var words: [String] = [], current = "", quoted = false, started = false
        for character in arguments {
            if character == "\"" { quoted.toggle(); started = true; continue }
            if (character == " " || character == "\t") && !quoted {
                if started { words.append(current) }
                current = ""; started = false
                continue
            }
            current.append(character); started = true
        }
        if started { words.append(current) }
        return words
    }

    /// Resolves each word of `arguments` for question `code`.
    /// - Returns: the items, or the reason one word cannot be resolved (several files start with it).
    func resolve(_ arguments: String, code: String) -> Result<[Item], Localized.Failure> {
        var items: [Item] = []
        let candidates = files(of: code)
        for word in Self.words(arguments) {
            var text = word
            if EvidenceRules.target(of: word) == .local, EvidenceDisk.kind(of: onDisk(word)) == .none {
                let named = candidates.filter { ($0 as NSString).lastPathComponent == word || $0.hasSuffix("/" + word) }
                let started = candidates.filter { ($0 as NSString).lastPathComponent.hasPrefix(word) }
                if named.count == 1 {
                    text = named[0]
                } else if started.count == 1 {
                    text = started[0]
                } else if started.count == 0, !word.contains("/") {
                    text = folder(of: code) + "/" + word
                } else if started.count > 1 {
                    return .failure(.init(message: Message.Fill.severalFilesMatch(word, folder: folder(of: code),
                                                                                  names: started.map { ($0 as NSString).lastPathComponent })))
                }
            }
            items.append(Item(text: text, warnings: warnings(for: text, code: code)))
        }
        return .success(items)
    }

    /// What the evidence checks would say about `text`.
    func warnings(for text: String, code: String) -> [Localized] {
        var entry = EvidenceReport.Entry(code: code, question: code, text: text, location: nil, isURL: false, status: .ok,
                                         isDraft: EvidenceRules.isDraft(text))
        switch EvidenceRules.target(of: text) {
        case .web: entry.isURL = true
        case .badURL: entry.isURL = true; entry.status = .badURL
        case .local:
            let path = onDisk(text)
            switch EvidenceDisk.kind(of: path) {
            case .none: entry.status = .missing
            case .folder: entry.status = .folder
            case .file(let size):
                if size == 0 { entry.status = .empty }
                else if !EvidencePath.isInside(absolute(text), folder: absolute(EvidenceRules.defaultFolder)) { entry.status = .outside }
            }
        }
        return EvidenceChecker.findings(for: entry, folder: EvidenceRules.defaultFolder).map(\.message)
    }

    /// `path` (relative to the answer file) as a path from the current directory.
    private func onDisk(_ path: String) -> String {
        let dir = EvidencePath.directory(of: answerPath)
        return path.hasPrefix("/") || dir.isEmpty ? path : dir + "/" + path
    }

    private func absolute(_ path: String) -> String {
        EvidencePath.absolute(onDisk(path), base: EvidencePath.currentDirectory)
    }
}

extension Localized {
    /// A message as an error value.
    struct Failure: Error, Sendable { public var message: Localized }
}
