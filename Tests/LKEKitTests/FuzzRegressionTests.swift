import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Replays every input kept under Tests/Fixtures/fuzz-regressions/TARGET/ (crashes and broken invariants the
/// fuzzers of Fuzz/ found, minimized, and hand-picked hard cases) through the same entry points and with the same
/// invariants as the harness of that target (docs/fuzzing.md), on every `swift test`.
@Suite struct FuzzRegressionTests {
    static let targets = ["yaml", "questionnaire", "answers", "formula", "survey-csv", "inflate", "zip", "workbook"]
    static let folder = ProjectPaths.path("Tests/Fixtures/fuzz-regressions")

    struct Input: CustomTestStringConvertible, Sendable {
        var target: String
        var name: String
        var data: Data
        var testDescription: String { "\(target)/\(name)" }
    }

    static let inputs: [Input] = targets.flatMap { target -> [Input] in
        let directory = folder + "/" + target
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix("README") }.sorted()
        return names.compactMap { name in
            FileManager.default.contents(atPath: directory + "/" + name).map { Input(target: target, name: name, data: $0) }
        }
    }

    /// Every target has a folder with at least one input, so that a new finding has its place.
    @Test func everyTargetHasInputs() {
        for target in Self.targets {
            #expect(Self.inputs.contains { $0.target == target }, "no input in Tests/Fixtures/fuzz-regressions/\(target)")
        }
    }

    @Test(arguments: inputs)
    func replays(_ input: Input) throws {
        switch input.target {
        case "yaml": Self.yaml(input.data)
        case "questionnaire": try Self.questionnaire(input.data)
        case "answers": try Self.answers(input.data)
        case "formula": Self.formula(input.data)
        case "survey-csv": Self.surveyCSV(input.data)
        case "inflate": Self.inflate(input.data)
        case "zip": Self.zip(input.data)
        case "workbook": Self.workbook(input.data)
        default: Issue.record("unknown target \(input.target)")
        }
    }

    /// The checker itself can fail: a location outside the input is caught.
    @Test func locationCheckCatchesAnOutsideLocation() {
        let data = Data("a: 1\n".utf8)
        #expect(Self.outside([.error(at: SourceLocation(path: "f", line: 2, column: 1), Localized("x"))], path: "f", data: data) != nil)
        #expect(Self.outside([.error(at: SourceLocation(path: "f", line: 1, column: 6), Localized("x"))], path: "f", data: data) != nil)
        #expect(Self.outside([.error(at: SourceLocation(path: "f", line: 1, column: 5), Localized("x"))], path: "f", data: data) == nil)
    }

    // MARK: - The harnesses' invariants

    /// The first location that does not point inside `data` (a line of it, a column up to one past its end).
    static func outside(_ diagnostics: [Diagnostic], path: String, data: Data) -> String? {
        var lengths: [Int] = []
        var current = 0
        for byte in data { if byte == 0x0A { lengths.append(current); current = 0 } else { current += 1 } }
        if current > 0 || lengths.isEmpty { lengths.append(current) }
        // The tally of diagnostics past the cap ("... and N more") names the file, not a place in it.
        for location in diagnostics.filter({ $0.omitted == 0 }).flatMap({ [$0.location] + $0.notes.map(\.location) }) {
            guard let location, location.path == path else { continue }
            guard location.line >= 1, location.line <= lengths.count, location.column >= 1, location.column <= lengths[location.line - 1] + 1 else {
                return "\(location) outside \(lengths.count) lines"
            }
        }
        return nil
    }

    static func yaml(_ data: Data) {
        let source = SourceFile(path: "fuzz.yaml", data: data)
        let (root, diagnostics) = YAMLParser.parse(source)
        #expect(outside(diagnostics, path: "fuzz.yaml", data: data) == nil)
        let again = YAMLParser.parse(source)
        #expect(again.diagnostics == diagnostics && again.root?.canonical == root?.canonical)
        // Every node and key lies inside the input, as the diagnostics do.
        var nodes = root.map { [$0] } ?? []
        var places: [Diagnostic] = []
        while let node = nodes.popLast() {
            places.append(.error(at: node.location, Localized("node")))
            if let items = node.items { nodes += items }
            if case .mapping(let entries) = node.content {
                places += entries.map { .error(at: $0.keyLocation, Localized("key")) }
                nodes += entries.map(\.value)
            }
        }
        #expect(outside(places, path: "fuzz.yaml", data: data) == nil)
        if let root, !diagnostics.hasErrors {
            #expect(!root.canonical.unicodeScalars.contains { ($0.value < 0x20 && $0.value != 0x0A && $0.value != 0x09) || (0x7F...0x9F).contains($0.value) })
        }
    }

    static func questionnaire(_ data: Data) throws {
        let outcome = QuestionnaireLoader().load(SourceFile(path: "fuzz.yaml", data: data))
        #expect(outside(outcome.diagnostics, path: "fuzz.yaml", data: data) == nil)
        guard let questionnaire = outcome.questionnaire else { #expect(outcome.diagnostics.hasErrors); return }
        _ = Scorer.score(ResolvedAnswers(questionnaire: questionnaire, sheet: AnswerSheet(questionnaireID: questionnaire.id, unit: "fuzz")))
        var library = QuestionnaireLibrary(includeBundled: false)
        library.add(questionnaire)
        let generated = AnswerFileGenerator(questionnaire: questionnaire, seed: 19).text(forUnit: 0)
        if let answers = AnswerSheetLoader(library: library).load(SourceFile(path: "generated.yaml", text: generated)).answers {
            _ = Scorer.score(answers)
        }
    }

    static func answers(_ data: Data) throws {
        let library = Fixtures.library
        let outcome = AnswerSheetLoader(library: library).load(SourceFile(path: "fuzz.yaml", data: data))
        #expect(outside(outcome.diagnostics, path: "fuzz.yaml", data: data) == nil)
        if let answers = outcome.answers { _ = Scorer.score(answers) }
        guard let sheet = outcome.sheet, !outcome.diagnostics.hasErrors else { return }
        let text = AnswerSheetWriter.text(of: sheet, questionnaire: library.questionnaire(sheet.questionnaireID))
        let reloaded = AnswerSheetLoader(library: library).load(SourceFile(path: "written.yaml", text: text))
        #expect(!reloaded.diagnostics.hasErrors, "\(text)")
        #expect(Set(reloaded.sheet?.entries.map(\.code) ?? []) == Set(sheet.entries.map(\.code)), "\(text)")
    }

    static func formula(_ data: Data) {
        guard let text = String(validating: data, as: UTF8.self) else { return }
        switch FormulaParser.parse(text) {
        case .failure(let failure):
            #expect(failure.offset >= 0 && failure.offset <= text.unicodeScalars.count)
        case .success(let formula):
            // Small values, and the widest coefficient at both ends of the range formulas accept.
            let widest: UInt128 = 99_999_999_999_999_999_999_999_999_999_999_999_999
            for value in [Number(0), Number(1), Number(-3), Number(coefficient: widest, exponent: 80),
                          Number(coefficient: widest, exponent: -160, isNegative: true)] {
                do { _ = try formula.evaluate { _ in value } } catch is Formula.ZeroDivision {} catch is Formula.OutOfRange {} catch {
                    Issue.record("evaluation threw \(error)")
                }
            }
        }
    }

    static func surveyCSV(_ data: Data) {
        let definitions = SurveyLoader.bundled()
        guard let skm = definitions.first(where: { $0.instrument == "skm" }) else { Issue.record("no bundled SKM"); return }
        let outcome = SurveyProcessor(definition: skm).run([.init(path: "fuzz.csv", data: data)])
        #expect(outside(outcome.diagnostics, path: "fuzz.csv", data: data) == nil)
        // Rows end at a line feed, at the end, or at a carriage return without a line feed after it.
        if let analysis = outcome.analysis {
            let bytes = [UInt8](data)
            let ends = bytes.indices.filter { bytes[$0] == 0x0A || bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A) }.count
            #expect(analysis.rowsRead <= ends + 1)
            #expect(analysis.overall.respondents <= analysis.rowsRead)
        }
    }

    static func inflate(_ data: Data) {
        guard let first = data.first else { return }
        let limit = (Int(first) + 1) * 257
        let input = [UInt8](data.dropFirst())
        let plain = Result { () throws(Inflate.Failure) in try Inflate.decompress(input, limit: limit) }
        let hinted = Result { () throws(Inflate.Failure) in try Inflate.decompress(input, limit: limit, expectedSize: Int.max / 2) }
        #expect(plain == hinted)
        switch plain {
        case .success(let output):
            #expect(output.count <= limit)
            #expect((try? Inflate.decompress(input, limit: limit * 4)) == output)
        case .failure(.tooLarge(let reported)): #expect(reported == limit)
        case .failure: break
        }
    }

    static func zip(_ data: Data) {
        let limits = ZipReader.Limits(maxEntries: 64, maxEntrySize: 1 << 20, maxTotalSize: 4 << 20)
        guard let reader = try? ZipReader(data: data, limits: limits) else { return }
        #expect(reader.entries.count <= limits.maxEntries)
        var total = 0
        for entry in reader.entries {
            #expect(reader.entry(named: entry.name) != nil)
            guard let bytes = try? reader.contents(of: entry) else { continue }
            #expect(bytes.count == entry.uncompressedSize && bytes.count <= limits.maxEntrySize)
            total += bytes.count
        }
        #expect(total <= limits.maxTotalSize)
    }

    static func workbook(_ data: Data) {
        guard let result = try? WorkbookImporter(library: Fixtures.library).read([UInt8](data), path: "fuzz.xlsx") else { return }
        #expect(result.diagnostics.allSatisfy { $0.book == "fuzz.xlsx" })
        let codes = Set(result.questionnaire.answerCodes)
        #expect(result.sheet.entries.allSatisfy { codes.contains($0.code) })
        let text = AnswerSheetWriter.text(of: result.sheet, questionnaire: result.questionnaire)
        #expect(YAMLParser.parse(SourceFile(path: "imported.yaml", text: text)).diagnostics.isEmpty, "\(text)")
    }
}
