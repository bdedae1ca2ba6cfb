import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Every shipped file, and every example of docs/format.md, reads the same in `lke` as in a standard YAML
/// library: PyYAML's BaseLoader, which like `lke` keeps every scalar as text. Both trees are printed in the
/// canonical form of `YAMLNode.canonical` and compared.
@Suite struct CompatibilityTests {
    /// A file and its text.
    struct Document: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var testDescription: String { name }
    }

    static let documents: [Document] = {
        var documents: [Document] = []
        for folder in ["questionnaires", "examples"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: ProjectPaths.path(folder))) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") {
                let path = "\(folder)/\(name)"
                documents.append(Document(name: path, text: (try? String(contentsOfFile: ProjectPaths.path(path), encoding: .utf8)) ?? ""))
            }
        }
        for block in FormatDocTests.doc.blocks {
            documents.append(Document(name: "docs/format.md:\(block.line)", text: block.text))
        }
        return documents
    }()

    /// PyYAML's canonical tree of each document, by name; `nil` when python3 or PyYAML is missing.
    static let pyYAML: [String: String]? = PyYAML.canonicalTrees(of: documents)

    @Test func corpusIsComplete() {
        let names = Self.documents.map(\.name)
        #expect(names.contains("questionnaires/lke-zi-2021.yaml"))
        #expect(names.contains("examples/kantor-contoh.yaml"))
        #expect(names.filter { $0.hasPrefix("docs/") }.count >= 15)
        #expect(Self.documents.allSatisfy { !$0.text.isEmpty })
    }

    @Test(.enabled(if: PyYAML.isAvailable, "skipped: python3 with PyYAML (the 'yaml' module) is not installed, so there is no reference YAML reader"),
          arguments: documents)
    func readsLikePyYAML(_ document: Document) throws {
        let (root, diagnostics) = YAMLParser.parse(SourceFile(path: document.name, text: document.text))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
        let mine = try #require(root).canonical
        let theirs = try #require(Self.pyYAML?[document.name], "PyYAML gave no result for \(document.name)")
        #expect(mine == theirs, "\(document.name) reads differently:\n\(lineDiff(expected: theirs, actual: mine))")
    }

    /// The comparison itself can fail: a tree PyYAML reads differently is caught.
    @Test(.enabled(if: PyYAML.isAvailable, "skipped: python3 with PyYAML (the 'yaml' module) is not installed"))
    func comparisonDetectsADifference() throws {
        let trees = try #require(PyYAML.canonicalTrees(of: [Document(name: "x", text: "a: 'b'\nc: |\n  d\n")]))
        #expect(trees["x"] == "{\"a\": \"b\", \"c\": \"d\\n\"}")
        let (root, _) = YAMLParser.parse(SourceFile(path: "x", text: "a: 'b'\nc: |-\n  d\n"))
        #expect(root?.canonical != trees["x"])
    }
}

/// Runs python3 with PyYAML.
enum PyYAML {
    /// Prints, as a JSON list, the canonical tree of each file named on the command line.
    static let script = """
        import json, sys, yaml
        def canon(v):
            if v is None:
                return '""'
            if isinstance(v, str):
                return '"' + v.replace('\\\\', '\\\\\\\\').replace('"', '\\\\"').replace('\\n', '\\\\n') + '"'
            if isinstance(v, list):
                return '[' + ', '.join(canon(x) for x in v) + ']'
            if isinstance(v, dict):
                return '{' + ', '.join(canon(k) + ': ' + canon(x) for k, x in v.items()) + '}'
            raise TypeError(type(v))
        out = []
        for path in sys.argv[1:]:
            with open(path, 'rb') as f:
                text = f.read().decode('utf-8-sig')
            try:
                out.append(canon(yaml.load(text, Loader=yaml.BaseLoader)))
            except Exception as e:
                out.append('PyYAML error: ' + str(e))
        sys.stdout.write(json.dumps(out))
        """

    static let isAvailable: Bool = (try? run(["-c", "import yaml"]))?.status == 0

    static func canonicalTrees(of documents: [CompatibilityTests.Document]) -> [String: String]? {
        guard isAvailable else { return nil }
        let directory = ProjectPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            let url = directory.appendingPathComponent("\(index).yaml")
            guard (try? Data(document.text.utf8).write(to: url)) != nil else { return nil }
            paths.append(url.path)
        }
        guard let result = try? run(["-c", script] + paths), result.status == 0,
              let list = try? JSONSerialization.jsonObject(with: result.output) as? [String], list.count == documents.count else { return nil }
        return Dictionary(uniqueKeysWithValues: zip(documents.map(\.name), list))
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }
}
