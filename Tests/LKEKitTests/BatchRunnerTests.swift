import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `BatchRunner`, `BatchRowStore` and the finder: scoring many files into compact rows.
@Suite struct BatchRunnerTests {
    @Test func everyUnitOfASeededRandomBatchMatchesPerFileScoring() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let paths = BatchFixtures.write(0..<80, seed: 20_260_101, into: directory)
        let result = BatchRunner(library: BatchFixtures.library, jobs: 3).run([directory.path])
        #expect(result.scored == 80)
        #expect(result.failed == 0)
        let layout = try #require(result.layout)
        let rows = Dictionary(uniqueKeysWithValues: result.rows.map { ($0.path, $0) })
        #expect(rows.count == 80)
        var metWBK = 0
        for path in paths {
            let card = try #require(BatchFixtures.card(path), "\(path) does not load")
            let row = try #require(rows[path])
            #expect(row.status == .scored)
            #expect(row.unit == card.answers.sheet.unit)
            #expect(row.instansi == card.answers.sheet.instansi)
            #expect(row.period == card.answers.sheet.period)
            #expect(row.layer == card.answers.sheet.layer)
            #expect(row.value(row.total) == card.rounded(card.total.score), "\(path)")
            for (index, component) in layout.components.enumerated() {
                #expect(row.value(row.components[index]) == card.rounded(card.node(component.code)!.score))
            }
            for (index, area) in layout.areas.enumerated() {
                #expect(row.value(row.areaScores[index]) == card.rounded(card.node(area.code)!.score))
                #expect(row.value(row.areaPercents[index]) == card.rounded(card.node(area.code)!.percent))
            }
            for (index, predicate) in layout.predicates.enumerated() {
                let result = try #require(card.predicate(predicate.id))
                #expect(row.verdicts[index] == result.met)
                let failing = Set(result.rules.filter { !$0.met }.map(\.id))
                #expect(Set(row.blocked[index].map { predicate.blockers[$0].ruleID }) == failing)
            }
            #expect(row.answered == card.total.answered)
            #expect(row.questions == card.total.questions)
            #expect(row.warnings == card.warnings.count)
            if card.predicate("wbk")!.met { metWBK += 1 }
        }
        #expect(result.met["wbk"] == metWBK)
        // The seed gives a spread: some units meet WBK, some do not, some have warnings or gaps.
        #expect(metWBK > 0 && metWBK < 80)
        #expect(rows.values.contains { $0.warnings > 0 })
        #expect(rows.values.contains { $0.answered < $0.questions })
    }

    /// The scorer computes in `Number`; on 60 random units every score, share and percentage equals the plain
    /// expression of the scoring rule computed in Foundation's `Number`, to the 20 places reports use.
    @Test func scoresAreThePlainExpressionsOfTheRulesInDecimal() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let paths = BatchFixtures.write(0..<60, seed: 99, into: directory)
        func same(_ a: Number, _ b: Number) -> Bool { Rounding.snap(a) == Rounding.snap(b) }
        for path in paths {
            let answers = try #require(AnswerSheetLoader(library: BatchFixtures.library).load(path: path).answers)
            let card = Scorer.score(answers)
            for node in BatchFixtures.lke.tree.allNodes {
                let score = card.nodes[node.code]!
                #expect(same(score.percent, score.weight == 0 ? 0 : score.score * 100 / score.weight), "\(node.code)")
                if !node.children.isEmpty {
                    let sum = node.children.reduce(Number(0)) { $0 + card.nodes[$1.code]!.score }
                    #expect(same(score.score, sum), "\(node.code)")
                    continue
                }
                var sum = Number(0)
                for question in node.questions {
                    let scored = card.questions[question.code]!
                    let value = scored.value ?? 0
                    if case .choice = question.kind {
                        #expect(scored.value == answers.choices[question.code]?.value, "\(question.code)")
                    }
                    switch node.aggregate {
                    case .weighted:
                        sum += value * (question.weight ?? 0)
                        #expect(same(scored.score, value * (question.weight ?? 0)), "\(question.code)")
                    case .mean, .sum:
                        sum += value
                        #expect(same(scored.score, value * node.weight / Number(node.questions.count)), "\(question.code)")
                        #expect(same(scored.maximum, node.weight / Number(node.questions.count)), "\(question.code)")
                    }
                }
                let expected = node.aggregate == .weighted ? sum : sum * node.weight / Number(node.questions.count)
                #expect(same(score.score, expected), "\(node.code)")
            }
            for rule in card.predicates.flatMap(\.rules) where rule.measure == .score {
                let exact = card.node(rule.code!)?.score ?? card.questions[rule.code!]!.score
                #expect(rule.actual! == BatchFixtures.lke.rounding.apply(exact), "\(rule.id)")
            }
        }
    }

    /// Workers score with their own copies of the definitions, and chunks overlap (the next is scored while the
    /// last is merged): the table must not depend on either.
    @Test func theTableIsTheSameForAnyNumberOfWorkersAndChunkSize() throws {
        let directory = ProjectPaths.temporaryDirectory()
        _ = BatchFixtures.write(0..<40, seed: 17, into: directory)
        func table(jobs: Int, chunkSize: Int) -> [String] {
            var runner = BatchRunner(library: BatchFixtures.library, jobs: jobs)
            runner.chunkSize = chunkSize
            return runner.run([directory.path]).rows.map { "\($0.path) \($0.total) \($0.areaPercents) \($0.verdicts) \($0.blocked)" }
        }
        let reference = table(jobs: 1, chunkSize: 256)
        #expect(reference.count == 40)
        for (jobs, chunkSize) in [(2, 1), (2, 7), (3, 4), (4, 256)] {
            #expect(table(jobs: jobs, chunkSize: chunkSize) == reference, "jobs \(jobs), chunks of \(chunkSize)")
        }
    }

    @Test func aSeparateCopyOfALibraryHasTheSameDefinitionsParsedAgain() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let definition = directory.appendingPathComponent("kecil.yaml")
        try String(contentsOfFile: ProjectPaths.path("questionnaires/lke-zi-2021.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: lke-zi-2021", with: "id: lke-salinan")
            .write(to: definition, atomically: true, encoding: .utf8)
        let library = QuestionnaireLibrary(paths: [definition.path])
        let copy = library.separateCopy()
        #expect(copy.ids == library.ids)
        for id in ["lke-zi-2021", "lke-salinan"] {
            let original = try #require(library.questionnaire(id)), copied = try #require(copy.questionnaire(id))
            #expect(copied.digest == original.digest && copied.questions.map(\.code) == original.questions.map(\.code))
        }
        let path = BatchFixtures.write(0..<1, seed: 5, into: directory)[0]
        let one = try #require(AnswerSheetLoader(library: library).load(path: path).answers)
        let other = try #require(AnswerSheetLoader(library: copy).load(path: path).answers)
        #expect(Scorer.score(one).total.score == Scorer.score(other).total.score)
    }

    @Test func brokenFilesAreReportedWithLocationsAndListedAsFailedWhileTheRestIsScored() throws {
        let batch = BatchFixtures.smallBatch()
        var failures: [(String, String)] = []
        var progress: [Int] = []
        var runner = BatchRunner(library: BatchFixtures.library, jobs: 2, language: .en)
        runner.chunkSize = 3
        let result = runner.run([batch.path]) { event in
            switch event {
            case .failed(let path, let diagnostics): failures.append((path, diagnostics))
            case .progress(let done): progress.append(done)
            case .total: Issue.record("a batch knows its total from the start")
            }
        }
        #expect(result.scored == 6)
        #expect(result.failed == 2)
        // Reported in walk order (names sorted by bytes), whatever the number of workers.
        #expect(failures.map { URL(fileURLWithPath: $0.0).lastPathComponent } == ["rusak-jawaban.yaml", "rusak-yaml.yml"])
        let answersDiagnostics = failures[0].1
        #expect(answersDiagnostics.contains("rusak-jawaban.yaml:4:14: error: 'Mungkin' is not an option of 'A.I.1.i.a'"))
        #expect(answersDiagnostics.contains("rusak-jawaban.yaml:6:17: error:"))
        #expect(answersDiagnostics.contains("  A.I.1.i.a: Mungkin\n             ^\n"))
        #expect(failures[1].1.contains("rusak-yaml.yml:2:"))
        // The walk saw the six answers, the two broken files and the definition-like YAML (skipped), in chunks of 3.
        #expect(progress == [3, 6, 9])
        let rows = result.rows
        #expect(rows.prefix(6).allSatisfy { $0.status == .scored })
        #expect(rows.suffix(2).map { $0.status } == [.failed, .failed])
        #expect(rows[6].unit == "Unit Rusak Jawaban")
        #expect(rows[6].errors == 2)
        #expect(rows[7].unit == "")
        for (a, b) in zip(rows.prefix(6), rows.prefix(6).dropFirst()) {
            #expect(a.total > b.total || (a.total == b.total && a.unit < b.unit))
        }
    }

    @Test func anExplicitlyNamedFileIsReadWhateverItsNameAndAMissingOneFails() throws {
        let directory = ProjectPaths.temporaryDirectory()
        let path = BatchFixtures.write(0..<1, seed: 3, into: directory)[0]
        let renamed = directory.appendingPathComponent("jawaban.txt").path
        try FileManager.default.moveItem(atPath: path, toPath: renamed)
        var failed: [String] = []
        let result = BatchRunner(library: BatchFixtures.library, jobs: 1).run([renamed, directory.appendingPathComponent("tidak-ada.yaml").path]) { event in
            if case .failed(_, let text) = event { failed.append(text) }
        }
        #expect(result.scored == 1)
        #expect(result.failed == 1)
        #expect(failed.count == 1)
        #expect(failed[0].contains("lke: error: tidak dapat membaca"))
        // The directory walk itself skips the .txt file.
        #expect(BatchRunner(library: BatchFixtures.library).run([directory.path]).scored == 0)
    }

    @Test func rowsRoundTripThroughThePackedStore() {
        var store = BatchRowStore()
        let rows = [
            BatchRow(path: "a/ü.yaml", status: .scored, questionnaireID: "lke-zi-2021", unit: "Ünit, \"A\"", instansi: nil, period: "2026",
                     layer: "tpi", decimals: 2, total: 7892, components: [4424, 3468], areaScores: [627, -1], areaPercents: [7840, 0],
                     verdicts: [true, false], blocked: [[], [0, 3, 9]], answered: 113, questions: 113, warnings: 2, errors: 0),
            .failed(path: "b.yaml", errors: 3, unit: "B"),
            BatchRow(path: "c.yaml", status: .scored, unit: "", decimals: 4, total: Int64.max),
        ]
        rows.forEach { store.append($0) }
        #expect(store.count == 3)
        for (index, row) in rows.enumerated() { #expect(store.row(at: index) == row) }
    }

    @Test func tableOrderIsTotalDescendingThenUnitThenPathWithFailedFilesLast() {
        var store = BatchRowStore()
        let rows: [BatchRow] = [
            .failed(path: "z.yaml", errors: 1),
            BatchRow(path: "2.yaml", status: .scored, unit: "Beta", total: 5000),
            BatchRow(path: "1.yaml", status: .scored, unit: "Beta", total: 5000),
            BatchRow(path: "3.yaml", status: .scored, unit: "Alfa", total: 5000),
            .failed(path: "a.yaml", errors: 1),
            BatchRow(path: "4.yaml", status: .scored, unit: "Zeta", total: 9000),
            BatchRow(path: "5.yaml", status: .scored, unit: "Ágata", total: 5000),
        ]
        rows.forEach { store.append($0) }
        #expect(store.tableOrder().map { store.row(at: $0).path } == ["4.yaml", "3.yaml", "1.yaml", "2.yaml", "5.yaml", "a.yaml", "z.yaml"])
    }

    @Test func theFinderWalksInByteOrderAndSkipsHiddenAndOtherFiles() throws {
        let root = ProjectPaths.temporaryDirectory()
        for name in ["b.yaml", "A.YML", "c.txt", "sub/x.yaml", "sub/deeper/y.yml", ".hidden/z.yaml", "a.yaml"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("questionnaire: x\n".utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop").path, withDestinationPath: root.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.yaml").path,
                                                   withDestinationPath: root.appendingPathComponent("a.yaml").path)
        var finder = AnswerFileFinder(paths: [root.path, root.appendingPathComponent("c.txt").path, root.appendingPathComponent("nope").path])
        var found: [String] = []
        while let candidate = finder.next() {
            let relative = candidate.path.replacingOccurrences(of: root.path + "/", with: "")
            found.append(relative + (candidate.isExplicit ? " (named)" : "") + (candidate.isMissing ? " (missing)" : ""))
        }
        #expect(found == ["A.YML", "a.yaml", "b.yaml", "link.yaml", "sub/deeper/y.yml", "sub/x.yaml", "c.txt (named)", "nope (named) (missing)"])
        #expect(AnswerFileFinder.count([root.path]) == 6)
    }

    @Test func answerFilesAreRecognisedByTheirTopLevelKey() {
        #expect(AnswerFileFinder.looksLikeAnswerFile(Data("# komentar\nquestionnaire: lke-zi-2021\n".utf8)))
        #expect(AnswerFileFinder.looksLikeAnswerFile(Data("\u{FEFF}questionnaire : x".utf8)))
        #expect(AnswerFileFinder.looksLikeAnswerFile(Data("unit: A\r\nquestionnaire:\r\n".utf8)))
        #expect(!AnswerFileFinder.looksLikeAnswerFile(Data("format: lke/1\nid: lke-zi-2021\n".utf8)))
        #expect(!AnswerFileFinder.looksLikeAnswerFile(Data("  questionnaire: nested\n".utf8)))
        #expect(!AnswerFileFinder.looksLikeAnswerFile(Data("questionnaires: x\n".utf8)))
        #expect(!AnswerFileFinder.looksLikeAnswerFile(Data()))
    }

    @Test func theLayoutOfTheLKEHasItsComponentsAreasAndBlockers() throws {
        let layout = BatchLayout(questionnaire: BatchFixtures.lke)
        #expect(layout.components.map(\.key) == ["pengungkit", "hasil"])
        #expect(layout.areas.map(\.key) == ["MP", "TL", "SDM", "AK", "PW", "PL"])
        #expect(layout.predicates.map(\.id) == ["wbk", "wbbm"])
        let wbk = layout.predicates[0].blockers
        #expect(wbk.filter { $0.childCode == nil }.map(\.ruleID) == ["total", "pengungkit", "area", "birokrasi-bersih", "ipak", "kinerja", "pelayanan-prima"])
        #expect(wbk.compactMap(\.childCode) == ["AREA.MP", "AREA.TL", "AREA.SDM", "AREA.AK", "AREA.PW", "AREA.PL"])
    }

    /// The one-pass decoder that speeds up reading many files gives the text and scalars of the standard
    /// decoder for well-formed UTF-8, and leaves ill-formed input to the checked decoder (error and location).
    @Test func sourceFilesDecodeWellFormedUTF8AndRejectTheRest() {
        let valid: [[UInt8]] = [Array("a: é — ü\n".utf8), Array("x: 😀\u{FEFF}\r\ny: 中文\n".utf8), [0x7F, 0x0A], Array("\u{10FFFF}\u{E000}".utf8), []]
        for bytes in valid {
            let source = SourceFile(path: "v.yaml", data: Data(bytes))
            #expect(source.encodingError == nil)
            #expect(source.text == String(decoding: bytes, as: UTF8.self))
            let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            #expect((1...source.lineCount).map { source.line($0) }.joined(separator: "\n") == text.split(separator: "\n", omittingEmptySubsequences: false).prefix(source.lineCount).joined(separator: "\n"))
        }
        let invalid: [([UInt8], Int)] = [([0x61, 0x0A, 0x62, 0xC0, 0x80], 2), ([0xED, 0xA0, 0x80], 1), ([0x61, 0xF5, 0x80, 0x80, 0x80], 2),
                                          ([0x61, 0x62, 0xE2, 0x82], 3), ([0xF4, 0x90, 0x80, 0x80], 1), ([0xE0, 0x9F, 0xBF], 1), ([0x80], 1)]
        for (bytes, column) in invalid {
            let source = SourceFile(path: "i.yaml", data: Data(bytes))
            #expect(source.text == nil, "\(bytes)")
            #expect(source.encodingError?.column == column, "\(bytes)")
        }
    }
}
