import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// `ReviewComparer`: how reviewers changed self-assessments across units.
@Suite struct BatchCompareTests {
    /// Self-assessments of units 0-9 and reviews of units 1-9 (seed 31), plus a review of unit 20 (no partner) and
    /// a second review of unit 4 under another name (a duplicate).
    private func directories() throws -> (self: URL, review: URL) {
        let root = ProjectPaths.temporaryDirectory().appendingPathComponent("banding")
        let mine = root.appendingPathComponent("mandiri"), theirs = root.appendingPathComponent("tpi")
        BatchFixtures.write(0..<10, seed: 31, into: mine)
        BatchFixtures.write(1..<10, seed: 31, into: theirs, layer: "tpi")
        BatchFixtures.write(20..<21, seed: 31, into: theirs, layer: "tpi")
        let generator = AnswerFileGenerator(questionnaire: BatchFixtures.lke, seed: 31)
        try Data(generator.text(forUnit: 4, layer: "tpn").utf8).write(to: theirs.appendingPathComponent("zz-ulang.yaml"))
        return (mine, theirs)
    }

    @Test func theFiguresAgreeWithPairwiseDiffs() throws {
        let (mine, theirs) = try directories()
        let comparison = ReviewComparer(library: BatchFixtures.library, jobs: 2).run(selfPaths: [mine.path], reviewPaths: [theirs.path])
        #expect(comparison.pairs == 9)
        #expect(comparison.failed == 0)
        var corrected: [String: Int] = [:]
        var points: [String: Number] = [:]
        var totalDelta = Number(0)
        var totalChanged = 0
        for index in 1..<10 {
            let name = String(format: "unit-%03d.yaml", index)
            let old = try #require(BatchFixtures.card(mine.appendingPathComponent(name).path))
            let new = try #require(BatchFixtures.card(theirs.appendingPathComponent(name).path))
            for change in AnswerDiff(old: old, new: new).changes {
                corrected[change.code, default: 0] += 1
                points[change.code, default: 0] += change.delta
            }
            totalDelta += new.total.score - old.total.score
            if old.rounded(old.total.score) != new.rounded(new.total.score) { totalChanged += 1 }
        }
        #expect(Dictionary(uniqueKeysWithValues: comparison.questions.map { ($0.code, $0.changed) }) == corrected)
        for figure in comparison.questions {
            #expect(Rounding.snap(figure.totalDelta) == Rounding.snap(points[figure.code]!), "\(figure.code)")
            #expect(figure.pairs == 9)
            #expect(figure.lowered + figure.raised <= figure.changed)
        }
        let counts = comparison.questions.map(\.changed)
        #expect(counts == counts.sorted(by: >))
        let total = try #require(comparison.total)
        #expect(Rounding.snap(total.totalDelta) == Rounding.snap(totalDelta))
        #expect(total.changed == totalChanged)
        #expect(comparison.areas.map(\.code) == ["AREA.MP", "AREA.TL", "AREA.SDM", "AREA.AK", "AREA.PW", "AREA.PL"])
        #expect(comparison.components.map(\.code) == ["A", "B"])
        // Reviewers mostly lower: the generator lowers 15% of answers and raises 3%.
        #expect(total.totalDelta < 0)
    }

    @Test func unpairedAndDuplicateFilesAreListed() throws {
        let (mine, theirs) = try directories()
        let comparison = ReviewComparer(library: BatchFixtures.library, jobs: 1).run(selfPaths: [mine.path], reviewPaths: [theirs.path])
        let listed = comparison.unpaired.map { "\($0.side.rawValue) \(URL(fileURLWithPath: $0.path).lastPathComponent)" }
        #expect(listed == ["self unit-000.yaml", "review unit-020.yaml", "review zz-ulang.yaml"])
        #expect(comparison.unpaired[0].reason == .noPartner)
        #expect(comparison.unpaired[2].reason == .duplicate(of: theirs.appendingPathComponent("unit-004.yaml").path))
    }

    @Test(arguments: [("batch-compare.id.md", BatchFormat.md, Language.id), ("batch-compare.en.md", .md, .en),
                      ("batch-compare.csv", .csv, .id), ("batch-compare.json", .json, .id)])
    func theComparisonMatchesItsGoldenFile(name: String, format: BatchFormat, language: Language) throws {
        let (mine, theirs) = try directories()
        let comparison = ReviewComparer(library: BatchFixtures.library, jobs: 2).run(selfPaths: [mine.path], reviewPaths: [theirs.path])
        assertSnapshot(BatchFixtures.relative(comparison.text(format, language: language), to: mine.deletingLastPathComponent()), named: name)
    }

    @Test func brokenFilesAreReportedAndCounted() throws {
        let (mine, theirs) = try directories()
        try Data(BatchFixtures.brokenYAML.utf8).write(to: mine.appendingPathComponent("rusak.yaml"))
        // Unit 5's review names an option that does not exist: the pair cannot be compared.
        let review5 = theirs.appendingPathComponent("unit-005.yaml")
        let text = try String(contentsOf: review5, encoding: .utf8)
        try text.replacingOccurrences(of: "answers:\n", with: "answers:\n  A.I.1.i.zz: Mungkin\n").write(to: review5, atomically: true, encoding: .utf8)
        var reported: [String] = []
        let comparison = ReviewComparer(library: BatchFixtures.library, jobs: 2, language: .en).run(selfPaths: [mine.path], reviewPaths: [theirs.path]) { event in
            if case .failed(_, let diagnostics) = event { reported.append(diagnostics) }
        }
        #expect(comparison.failed == 2)
        #expect(comparison.pairs == 8)
        #expect(reported.count == 2)
        #expect(reported[0].contains("rusak.yaml:2:"))
        #expect(reported[1].contains("unit-005.yaml:") && reported[1].contains("error:"))
    }
}
