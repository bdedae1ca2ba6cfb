import Foundation
import Testing

/// Golden-file assertions for the test targets.
///
/// `assertSnapshot(actual, named: "x.md", in: #filePath)` compares `actual` with `Snapshots/x.md` beside the
/// calling test file. When the file is missing or `RECORD_SNAPSHOTS=1` is set, it writes the file and records
/// an issue ("recorded new baseline"), so a run that records never passes silently.
public func assertSnapshot(_ actual: String, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = directory.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    if record || !FileManager.default.fileExists(atPath: url.path) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: url)
        Issue.record("recorded new baseline for '\(name)'; run again to compare", sourceLocation: sourceLocation)
        return
    }
    guard let data = try? Data(contentsOf: url) else {
        Issue.record("cannot read snapshot '\(name)'", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
        Issue.record("snapshot '\(name)' differs:\n\(lineDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
    }
}

/// A short line diff: the first lines that differ, marked `-` (expected) and `+` (actual).
public func lineDiff(expected: String, actual: String, limit: Int = 20) -> String {
    let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
    var out: [String] = []
    for i in 0..<max(e.count, a.count) where out.count < limit {
        let l = i < e.count ? e[i] : nil, r = i < a.count ? a[i] : nil
        if l != r {
            if let l { out.append("\(i + 1) - \(l)") }
            if let r { out.append("\(i + 1) + \(r)") }
        }
    }
    return out.joined(separator: "\n")
}
