import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Robustness: thousands of seeded mutations of real files, and a few pathological inputs, go through the YAML
/// parser, the questionnaire loader and the answer-file loader. None may crash or hang, and every diagnostic
/// must point inside the file. The seeds are fixed, so a failure reproduces.
@Suite struct MutationTests {
    /// Mutated inputs per shard; the shards run in parallel.
    static let perShard = 1_300
    static let shards = Array(0..<8)

    /// The files mutations start from. Most mutations start from a window of a file's lines, so that the large
    /// files are covered too while each input stays small and the run short.
    static let corpus: [(name: String, bytes: [UInt8], weight: Int)] = {
        var files: [(String, [UInt8], Int)] = []
        func add(_ name: String, _ bytes: [UInt8], _ weight: Int) { files.append((name, bytes, weight)) }
        func file(_ path: String) -> [UInt8] { (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: ProjectPaths.path(path))))) ?? [] }
        add("examples/draf-belum-lengkap.yaml", file("examples/draf-belum-lengkap.yaml"), 10)
        add("examples/kantor-contoh.yaml", file("examples/kantor-contoh.yaml"), 10)
        add("questionnaires/lke-zi-2021.yaml", file("questionnaires/lke-zi-2021.yaml"), 20)
        add("loader base", Array(LoaderDiagnosticsTests.base.utf8), 20)
        add("loader answers", Array(LoaderDiagnosticsTests.answers.utf8), 20)
        for block in FormatDocTests.doc.blocks where block.text.utf8.count < 8_000 {
            add("docs/format.md#L\(block.line)", Array(block.text.utf8), 3)
        }
        return files
    }()

    static let library: QuestionnaireLibrary = {
        var library = QuestionnaireLibrary()
        if let q = QuestionnaireLoader().load(SourceFile(path: "uji.yaml", text: LoaderDiagnosticsTests.base)).questionnaire { library.add(q) }
        return library
    }()

    @Test(arguments: shards)
    func mutatedCorpusNeverCrashes(shard: Int) throws {
        try #require(Self.corpus.allSatisfy { !$0.bytes.isEmpty }, "a corpus file could not be read")
        var random = SplitMix64(seed: 0x4C4B_4500 + UInt64(shard))
        let totalWeight = Self.corpus.reduce(0) { $0 + $1.weight }
        for index in 0..<Self.perShard {
            var pick = random.below(totalWeight)
            var base = Self.corpus[0]
            for file in Self.corpus {
                if pick < file.weight { base = file; break }
                pick -= file.weight
            }
            let start = Mutator.window(of: base.bytes, using: &random)
            let mutated = Mutator.mutate(start, using: &random)
            check(mutated, name: "shard \(shard) #\(index) from \(base.name)")
        }
    }

    /// Inputs no mutation is likely to reach: deep nesting, huge lines, many keys, random bytes.
    @Test(arguments: Pathological.allCases)
    func pathologicalInputsNeverCrash(_ input: Pathological) {
        check(input.bytes, name: "\(input)")
    }

    /// Runs `bytes` through every reader and checks what they report.
    private func check(_ bytes: [UInt8], name: String) {
        let source = SourceFile(path: "m.yaml", data: Data(bytes))
        let parsed = YAMLParser.parse(source)
        // The loader is given the parse above (QuestionnaireLoader.load(_:) parses exactly so), to save time.
        let definition = QuestionnaireLoader().load(source, parsed: parsed)
        let answers = AnswerSheetLoader(library: Self.library).load(source)
        #expect(definition.questionnaire != nil || definition.diagnostics.hasErrors, "\(name): no definition and no error")
        #expect(answers.answers != nil || answers.diagnostics.hasErrors, "\(name): no answers and no error")
        for diagnostic in parsed.diagnostics + definition.diagnostics + answers.diagnostics {
            // A tally of diagnostics counted past the storage limit names its file only.
            guard let location = diagnostic.location, diagnostic.omitted == 0 else { continue }
            // The line after the last is where the file ends (a bad byte there, say).
            let inside = location.path == "m.yaml" && location.column >= 1
                && (1...source.lineCount).contains(location.line) ? location.column <= source.line(location.line).unicodeScalars.count + 1
                : location.line == source.lineCount + 1
            #expect(inside, "\(name): \(location) is outside the file: \(diagnostic.message.en)")
            if !inside { return }
        }
    }
}

/// A deterministic random number generator (SplitMix64), so that every run mutates the same way.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when `bound` is 0).
    mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}

/// Random edits of a file's bytes, biased toward the characters that matter to YAML.
enum Mutator {
    static let tokens: [[UInt8]] = [
        "- ", ": ", "\n", "  ", "\t", "'", "\"", "#", " #", "[", "]", "{", "}", ",", "|", ">", "|-", ">+", "-", "&a ", "*a", "!!str ",
        "---\n", "...\n", "? ", "\\", "\\u00", "\\x", "%YAML 1.2\n", "\u{FEFF}", "\r\n", "\r", ":", "/", "(", ")", "*", "+", "x", "0",
        "1.5", "-1", "\u{0}", "\u{2028}", "é", "\u{7F}", "zero_denominator: 0\n", "weight: 1\n", "code: A\n", "min(", "max(",
    ].map { Array($0.utf8) }

    /// The whole file (small files, and now and then a large one), or a run of up to 60 of its lines.
    static func window(of bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        if bytes.count < 4_000 ? random.below(3) != 0 : random.below(400) == 0 { return bytes }
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        let count = 1 + random.below(60)
        let start = random.below(max(1, lines.count - count))
        return Array(lines[start..<min(lines.count, start + count)].joined(separator: [10]) + [10])
    }

    static func mutate(_ input: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + random.below(4)) {
            switch random.below(12) {
            case 0:
                if !bytes.isEmpty { bytes.removeSubrange(random.below(bytes.count)...) }
            case 1:
                if !bytes.isEmpty { bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8)) }
            case 2:
                bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: random.below(bytes.count + 1))
            case 3:
                if !bytes.isEmpty { bytes.remove(at: random.below(bytes.count)) }
            case 4, 5, 6:
                bytes.insert(contentsOf: tokens[random.below(tokens.count)], at: random.below(bytes.count + 1))
            case 7:
                if random.below(40) == 0 { bytes = (0..<random.below(600)).map { _ in UInt8(truncatingIfNeeded: random.next()) } }
            default:
                var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
                guard !lines.isEmpty else { continue }
                let i = random.below(lines.count)
                switch random.below(5) {
                case 0: lines.insert(lines[i], at: i)
                case 1: lines.remove(at: i)
                case 2: lines[i] = Array(repeating: 32, count: 1 + random.below(4)) + lines[i]
                case 3: lines[i].removeFirst(min(lines[i].prefix { $0 == 32 }.count, 1 + random.below(3)))
                default: lines.swapAt(i, random.below(lines.count))
                }
                bytes = Array(lines.joined(separator: [10]))
            }
        }
        return bytes
    }
}

/// Inputs built to stress depth, width and length.
enum Pathological: CaseIterable, CustomTestStringConvertible, Sendable {
    case deepSequenceOnOneLine, deepSequenceOnLines, deepMappings, deepFlow, deepFormula, longFormula,
         hugeLine, hugeQuotedLine, hugeLineOfDashes, manyKeys, manyDuplicateKeys, manyLines, randomBytes, onlyNewlines,
         deepTreeOfNodes

    var testDescription: String { "\(self)" }

    var bytes: [UInt8] {
        switch self {
        case .deepSequenceOnOneLine:
            return Array((String(repeating: "- ", count: 10_000) + "x\n").utf8)
        case .deepSequenceOnLines:
            return Array((0..<1_000).map { String(repeating: " ", count: $0) + "-\n" }.joined().utf8)
        case .deepMappings:
            return Array((0..<1_000).map { String(repeating: " ", count: $0) + "a:\n" }.joined().utf8)
        case .deepFlow:
            return Array(("a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n").utf8)
        case .deepFormula:
            return Array(LoaderDiagnosticsTests.base.replacingOccurrences(
                of: "value: x / 4", with: "value: " + String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000)).utf8)
        case .longFormula:
            return Array(LoaderDiagnosticsTests.base.replacingOccurrences(
                of: "value: x / 4", with: "value: x" + String(repeating: " - -x", count: 100_000)).utf8)
        case .hugeLine:
            return Array(("title: " + String(repeating: "lorem ipsum ", count: 90_000) + "\n").utf8)
        case .hugeQuotedLine:
            return Array(("title: \"" + String(repeating: "a\\n\\u00e9 ", count: 30_000) + "\"\n").utf8)
        case .hugeLineOfDashes:
            return Array((String(repeating: "-", count: 1_000_000) + "\n").utf8)
        case .manyKeys:
            return Array((0..<5_000).map { "k\($0): v\($0)\n" }.joined().utf8)
        case .manyDuplicateKeys:
            return Array(String(repeating: "answers: x\n", count: 5_000).utf8)
        case .manyLines:
            return Array(("questionnaire: uji\nunit: U\nanswers:\n" + (0..<10_000).map { "  A.\($0): Ya\n" }.joined()).utf8)
        case .randomBytes:
            var random = SplitMix64(seed: 7)
            return (0..<200_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        case .onlyNewlines:
            return Array(repeating: 10, count: 500_000)
        case .deepTreeOfNodes:
            var node = "      questions:\n        - {code: Q, text: T, type: number, min: 0, max: 1, decimals: 0, value: x}\n"
            for level in (0..<40).reversed() {
                node = "code: N\(level)\ntitle: N\nweight: 1\nchildren:\n  - " + node.replacingOccurrences(of: "\n", with: "\n    ")
            }
            return Array(("format: lke/1\nkind: lke\nid: d\ntitle: T\nversion: '1'\nlanguage: id\nrounding: {decimals: 2, mode: down}\n"
                + "scales: []\ntree:\n  " + node.replacingOccurrences(of: "\n", with: "\n  ")).utf8)
        }
    }
}
