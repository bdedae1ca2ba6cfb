import Foundation
import LKETestSupport
import Testing

/// The public API of LKEKit and LKECLI is what a library user and `lke`'s main.swift see: every public or open
/// declaration says what it is for in a `///` comment, and LKEKit's public types do not grow unnoticed.
@Suite struct PublicAPIDocTests {
    /// Public top-level types in LKEKit now. Lower it when the API shrinks; raise it only for a type a library
    /// user needs (docs/architecture.md, "Using LKEKit as a library").
    static let topLevelTypeCeiling = 90

    static let modules = ["Sources/LKEKit", "Sources/LKECLI"]

    /// A public or open declaration, possibly after attributes on the same line.
    static let declaration = #"^\s*(@\w+(\([^)]*\))?\s+)*(public|open)\s+[A-Za-z_]"#
    /// A line with nothing but an attribute (`@discardableResult`), allowed between a doc comment and its declaration.
    static let attributeLine = #"^\s*@\w+(\([^)]*\))?\s*$"#
    /// A public type declared at the top level of a file.
    static let topLevelType = #"^(@\w+\s+)*(public|open)\s+((final|indirect)\s+)*(struct|enum|class|protocol|actor|typealias)\s"#
    /// The delimiter of a multi-line string literal.
    static let tripleQuote = String(repeating: "\"", count: 3)

    /// Every Swift file under `module` (relative to the package root) and its lines, leaving out the lines of
    /// multi-line string literals (the bundled definitions are YAML in Swift strings).
    static func files(_ module: String) throws -> [(path: String, lines: [(number: Int, text: String)])] {
        let root = ProjectPaths.root.appendingPathComponent(module)
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var files: [(path: String, lines: [(number: Int, text: String)])] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            var lines: [(number: Int, text: String)] = []
            var insideString = false
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if !insideString { lines.append((index + 1, String(line))) }
                if line.components(separatedBy: tripleQuote).count % 2 == 0 { insideString.toggle() }
            }
            let relative = module + url.path.dropFirst(root.path.count)
            files.append((relative, lines))
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test func everyPublicDeclarationHasADocComment() throws {
        let declaration = try Regex(Self.declaration), attributeLine = try Regex(Self.attributeLine)
        var undocumented: [String] = []
        var declarations = 0
        for module in Self.modules {
            for file in try Self.files(module) {
                for (position, line) in file.lines.enumerated() where line.text.prefixMatch(of: declaration) != nil {
                    declarations += 1
                    var above = position - 1
                    while above >= 0, file.lines[above].text.wholeMatch(of: attributeLine) != nil { above -= 1 }
                    let comment = above >= 0 ? file.lines[above].text.trimmingCharacters(in: .whitespaces) : ""
                    if !comment.hasPrefix("///") {
                        undocumented.append("\(file.path):\(line.number): \(line.text.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        #expect(declarations > 100, "the scan found only \(declarations) public declarations: is the package root right?")
        #expect(undocumented.isEmpty, """
            \(undocumented.count) public declarations have no /// comment directly above them (say what each is \
            for, or make it internal if only LKEKit and the tests use it):
            \(undocumented.joined(separator: "\n"))
            """)
    }

    @Test func lkeKitPublicTypesStayUnderTheCeiling() throws {
        let topLevelType = try Regex(Self.topLevelType)
        var types: [String] = []
        for file in try Self.files("Sources/LKEKit") {
            for line in file.lines where line.text.prefixMatch(of: topLevelType) != nil {
                types.append("\(file.path):\(line.number)")
            }
        }
        #expect(types.count > 0)
        #expect(types.count <= Self.topLevelTypeCeiling, """
            LKEKit has \(types.count) public top-level types, more than the ceiling of \(Self.topLevelTypeCeiling): \
            keep new types internal unless a library user needs them (tests import LKEKit @testable)
            """)
        if types.count < Self.topLevelTypeCeiling {
            Issue.record("""
                LKEKit's public top-level types went down to \(types.count): lower topLevelTypeCeiling in \
                PublicAPIDocTests.swift to \(types.count), so that the API cannot grow back unnoticed
                """)
        }
    }
}
