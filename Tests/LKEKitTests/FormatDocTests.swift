import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// docs/format.md is part of the product: its examples must be valid, its complete example must load without a
/// single diagnostic, and every key the loaders accept must be documented and shown in an example.
@Suite struct FormatDocTests {
    static let doc = FormatDoc(path: ProjectPaths.path("docs/format.md"))

    @Test func everyYAMLBlockParsesWithoutErrors() throws {
        let blocks = Self.doc.blocks
        #expect(blocks.count >= 15)
        for block in blocks {
            let (root, diagnostics) = YAMLParser.parse(SourceFile(path: "docs/format.md#L\(block.line)", text: block.text))
            #expect(diagnostics.isEmpty, "block at line \(block.line): \(diagnostics.map(\.message.en))")
            #expect(root != nil, "block at line \(block.line) is empty")
        }
    }

    @Test func completeExampleLoadsWithoutDiagnostics() throws {
        let example = try Self.doc.completeExample()
        let outcome = QuestionnaireLoader().load(SourceFile(path: "contoh-kecil.yaml", text: example.definition))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map { "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message.en)" })")
        let questionnaire = try #require(outcome.questionnaire)
        var library = QuestionnaireLibrary(includeBundled: false)
        library.add(questionnaire)
        let answers = AnswerSheetLoader(library: library).load(SourceFile(path: "jawaban.yaml", text: example.answers))
        #expect(answers.diagnostics.isEmpty, "\(answers.diagnostics.map(\.message.en))")
        #expect(answers.answers != nil)
    }

    /// The example has what the section promises: two scales, sum/mean/weighted nodes, one question of each type
    /// (with a derived row and a zero-denominator policy), a group, a check, two predicates (one stricter, with
    /// a prerequisite requirement and a requires_predicate rule).
    @Test func completeExampleHasEveryPart() throws {
        let example = try Self.doc.completeExample()
        let q = try #require(QuestionnaireLoader().load(SourceFile(path: "contoh-kecil.yaml", text: example.definition)).questionnaire)
        #expect(q.scales.count == 2)
        let aggregates = Set(q.tree.allNodes.map(\.aggregate))
        #expect(aggregates == [.sum, .mean, .weighted])
        var kinds: Set<String> = []
        for question in q.questions {
            switch question.kind {
            case .choice: kinds.insert("choice")
            case .number: kinds.insert("number")
            case .computed(let spec):
                kinds.insert("computed")
                #expect(!spec.derived.isEmpty)
                #expect(spec.zeroDenominator != .notNeeded)
            }
        }
        #expect(kinds == ["choice", "number", "computed"])
        #expect(!q.groups.isEmpty)
        #expect(!q.checks.isEmpty)
        #expect(q.predicates.count == 2)
        #expect(q.predicates.contains { $0.stricterThan != nil })
        #expect(q.predicates.contains { !$0.prerequisites.isEmpty })
        #expect(q.predicates.flatMap(\.rules).contains { if case .requiresPredicate = $0.kind { return true } else { return false } })
    }

    /// The prose after the example states its scores; they must be what the scorer computes.
    @Test func completeExampleScoresAsDocumented() throws {
        let example = try Self.doc.completeExample()
        let q = try #require(QuestionnaireLoader().load(SourceFile(path: "contoh-kecil.yaml", text: example.definition)).questionnaire)
        var library = QuestionnaireLibrary(includeBundled: false)
        library.add(q)
        let answers = try #require(AnswerSheetLoader(library: library).load(SourceFile(path: "jawaban.yaml", text: example.answers)).answers)
        let card = Scorer.score(answers)
        let scores = ["P.1": card.node("P.1")?.score, "P.2": card.node("P.2")?.score, "NILAI": card.total.score].mapValues { $0.map(card.rounded) }
        #expect(scores == ["P.1": 45, "P.2": 36, "NILAI": 81])
        #expect(card.node("AREA.MP").map { card.rounded($0.percent) } == 75)
        #expect(card.node("AREA.PW").map { card.rounded($0.percent) } == 90)
        #expect(card.predicate("baik")?.met == true)
        #expect(card.predicate("sangat-baik")?.met == true)
        #expect(Self.doc.text.contains("the total is 81.00"))
    }

    @Test func surveyExampleLoadsWithoutDiagnostics() throws {
        let block = try #require(Self.doc.blocks.first { $0.text.contains("kind: survey") })
        let outcome = SurveyLoader().load(SourceFile(path: "survey.yaml", text: block.text))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message.en))")
        #expect(outcome.definition != nil)
    }

    /// The rounding table's figures are what `Rounding.apply` gives.
    @Test func roundingTableMatchesRounding() throws {
        let lines = Self.doc.text.components(separatedBy: "\n")
        let header = try #require(lines.first { $0.hasPrefix("| `mode` | rule |") })
        let inputs = header.split(separator: "|").dropFirst(2).map { $0.trimmingCharacters(in: .whitespaces) }
        var checked = 0
        for mode in Rounding.Mode.allCases {
            let row = try #require(lines.first { $0.hasPrefix("| `\(mode.rawValue)` |") }, "no row for \(mode.rawValue)")
            let outputs = row.split(separator: "|").dropFirst(2).map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(outputs.count == inputs.count)
            for (input, output) in zip(inputs, outputs) {
                let value = try #require(Number(scientific: input))
                let rounded = Rounding(decimals: 2, mode: mode).apply(value)
                #expect(NumberFormat.fixed(rounded, places: 2, language: .en) == output, "\(mode.rawValue) \(input)")
                checked += 1
            }
        }
        #expect(checked == 12)
    }

    // MARK: - Every accepted key is documented

    /// Where to plant an unknown key so that the loader lists the keys it knows at that place.
    struct Probe: CustomTestStringConvertible, Sendable {
        var place: String
        var file: Kind
        var after: String
        var indent: Int
        /// Replace `after` with this instead of adding a line (for flow mappings).
        var replacement: String?

        enum Kind: Sendable { case definition, answers, survey }

        var testDescription: String { place }
    }

    static let probes: [Probe] = [
        .init(place: "definition", file: .definition, after: "format: lke/1", indent: 0),
        .init(place: "rounding", file: .definition, after: "  decimals: 2", indent: 2),
        .init(place: "scale", file: .definition, after: "  - id: ya-tidak", indent: 4),
        .init(place: "scale option", file: .definition, after: "      - code: Ya", indent: 8),
        .init(place: "node with children", file: .definition, after: "  code: NILAI", indent: 2),
        .init(place: "node with questions", file: .definition, after: "    - code: P.1", indent: 6),
        .init(place: "choice question", file: .definition, after: "        - code: P.1.a", indent: 10),
        .init(place: "computed question", file: .definition, after: "        - code: P.2.a", indent: 10),
        .init(place: "number question", file: .definition, after: "        - code: P.2.b", indent: 10),
        .init(place: "input", file: .definition, after: "            - code: P.2.a.1", indent: 14),
        .init(place: "derived row", file: .definition, after: "            - code: P.2.a.wajib", indent: 14),
        .init(place: "zero_denominator", file: .definition, after: "            numerator_zero: 1", indent: 12),
        .init(place: "group", file: .definition, after: "  - code: AREA", indent: 4),
        .init(place: "check", file: .definition, after: "  - id: lapor-tidak-melebihi-wajib", indent: 4),
        .init(place: "predicate", file: .definition, after: "  - id: baik", indent: 4),
        .init(place: "predicate rule", file: .definition, after: "      - id: total", indent: 8),
        .init(place: "prerequisite", file: .definition, after: "      - id: laporan-keuangan", indent: 8),
        .init(place: "answer file", file: .answers, after: "questionnaire: contoh-kecil", indent: 0),
        .init(place: "answer", file: .answers, after: "    value: B", indent: 4),
        .init(place: "pokja", file: .answers, after: "  - name: Pokja Pengawasan", indent: 4),
        .init(place: "survey definition", file: .survey, after: "format: lke/1", indent: 0),
        .init(place: "survey precision", file: .survey, after: "precision: {nrr: 4,", indent: 0, replacement: "precision: {zzzqqq: 1, nrr: 4,"),
        .init(place: "survey scale", file: .survey, after: "  min: 1", indent: 2),
        .init(place: "survey scale option", file: .survey, after: "    - value: 6", indent: 6),
        .init(place: "survey item", file: .survey, after: "  - code: SPAK1", indent: 4),
        .init(place: "survey weights", file: .survey, after: "  default: sama", indent: 2),
        .init(place: "survey weight profile", file: .survey, after: "    - id: sama", indent: 6),
        .init(place: "survey index", file: .survey, after: "  default: proporsional", indent: 2),
        .init(place: "survey index rule", file: .survey, after: "    - id: proporsional", indent: 6),
        .init(place: "survey converted", file: .survey, after: "  title: Nilai konversi, skala 0-100", indent: 2),
        .init(place: "survey bands", file: .survey, after: "  on: converted", indent: 2),
        .init(place: "survey band level", file: .survey, after: "    - {min: 25,", indent: 0, replacement: "    - {zzzqqq: 1, min: 25,"),
        .init(place: "survey sample_size", file: .survey, after: "  method: krejcie-morgan", indent: 2),
        .init(place: "survey respondents", file: .survey, after: "  date: [Cap waktu, Tanggal]", indent: 2),
        .init(place: "survey respondent attribute", file: .survey, after: "    - id: jenis-kelamin", indent: 6),
        .init(place: "survey attribute value", file: .survey, after: "        - label: Laki-laki", indent: 10),
        .init(place: "survey feeds", file: .survey, after: "  code: B.I.a", indent: 2),
    ]

    @Test(arguments: probes)
    func everyAcceptedKeyIsDocumented(_ probe: Probe) throws {
        let example = try Self.doc.completeExample()
        let survey = try #require(Self.doc.blocks.first { $0.text.contains("kind: survey") }).text
        let original: String
        switch probe.file {
        case .definition: original = example.definition
        case .answers: original = example.answers
        case .survey: original = survey
        }
        let range = try #require(original.range(of: probe.after), "'\(probe.after)' is not in the example")
        let planted = probe.replacement.map { original.replacingCharacters(in: range, with: $0) }
            ?? original.replacingCharacters(in: range, with: probe.after + "\n" + String(repeating: " ", count: probe.indent) + "zzzqqq: 1")
        let diagnostics: [Diagnostic]
        switch probe.file {
        case .definition:
            diagnostics = QuestionnaireLoader().load(SourceFile(path: "d.yaml", text: planted)).diagnostics
        case .answers:
            var library = QuestionnaireLibrary(includeBundled: false)
            library.add(try #require(QuestionnaireLoader().load(SourceFile(path: "d.yaml", text: example.definition)).questionnaire))
            diagnostics = AnswerSheetLoader(library: library).load(SourceFile(path: "a.yaml", text: planted)).diagnostics
        case .survey:
            diagnostics = SurveyLoader().load(SourceFile(path: "s.yaml", text: planted)).diagnostics
        }
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.message.en))")
        let message = try #require(diagnostics.first { $0.message.en.hasPrefix("unknown key 'zzzqqq'") }).message.en
        let listed = try #require(message.range(of: "; known keys: "), "\(message)")
        let keys = message[listed.upperBound...].components(separatedBy: ", ")
        #expect(keys.count >= 2)
        let examples = Self.doc.blocks.map(\.text).joined(separator: "\n")
        for key in keys {
            #expect(Self.doc.text.contains("`\(key)`"), "'\(key)' (\(probe.place)) is not described in docs/format.md")
            let pattern = try NSRegularExpression(pattern: "(^|[ {,-])\(NSRegularExpression.escapedPattern(for: key)):( |$)", options: .anchorsMatchLines)
            let used = pattern.firstMatch(in: examples, range: NSRange(examples.startIndex..., in: examples)) != nil
            #expect(used, "'\(key)' (\(probe.place)) appears in no example of docs/format.md")
        }
    }

    /// Every rule kind, zero_denominator form and rounding mode has its own example.
    @Test func everyFormHasAnExample() {
        let examples = Self.doc.blocks.map(\.text).joined(separator: "\n")
        for form in ["min_score:", "min_percent:", "each_child_of:", "requires_predicate:", "stricter_than:", "prerequisites:",
                     "zero_denominator: unanswered", "zero_denominator: 0", "numerator_zero:", "severity: warning", "severity: error",
                     "aggregate: sum", "aggregate: mean", "aggregate: weighted", "mode: half-away-from-zero", "condition:", "criteria:",
                     "clamp:", "derived:", "evidence:", "note:", "eligibility:", "predicate: ", "layer: self"] {
            #expect(examples.contains(form), "no example shows '\(form)'")
        }
        for mode in Rounding.Mode.allCases {
            #expect(Self.doc.text.contains("`\(mode.rawValue)`"))
        }
    }
}

/// The ```yaml blocks of a Markdown file, with the line each starts on.
struct FormatDoc: Sendable {
    struct Block: Sendable {
        /// The 1-based line of the block's first line of YAML.
        var line: Int
        var text: String
        /// The nearest heading above the block.
        var heading: String
    }

    let text: String
    let blocks: [Block]

    init(path: String) {
        text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var blocks: [Block] = []
        var current: (line: Int, lines: [String])?
        var heading = ""
        for (offset, line) in text.components(separatedBy: "\n").enumerated() {
            if var open = current {
                if line == "```" {
                    blocks.append(Block(line: open.line, text: open.lines.joined(separator: "\n") + "\n", heading: heading))
                    current = nil
                } else {
                    open.lines.append(line)
                    current = open
                }
            } else if line == "```yaml" {
                current = (offset + 2, [])
            } else if line.hasPrefix("#") {
                heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            }
        }
        self.blocks = blocks
    }

    /// The definition and the answer file of the section "A complete small example".
    func completeExample() throws -> (definition: String, answers: String) {
        let section = blocks.filter { $0.heading == "A complete small example" }
        try #require(section.count == 2, "the section 'A complete small example' must hold a definition and an answer file")
        return (section[0].text, section[1].text)
    }
}
