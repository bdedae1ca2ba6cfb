import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The shipped LKE 2021 definition against the regulation's own numbers (docs/sources.md).
@Suite struct LKEDefinitionTests {
    let q = Fixtures.lke

    @Test func loadsWithoutAnyDiagnostic() {
        let outcome = QuestionnaireLoader().load(path: ProjectPaths.path("questionnaires/lke-zi-2021.yaml"))
        #expect(outcome.diagnostics.isEmpty)
        #expect(q.id == "lke-zi-2021")
        #expect(q.rounding == Rounding(decimals: 2, mode: .halfAwayFromZero))
    }

    @Test func countsQuestionsByAnswerType() {
        var kinds: [String: Int] = [:]
        for question in q.questions {
            switch question.kind {
            case .choice(let choice): kinds[choice.scale.id, default: 0] += 1
            case .number: kinds["number", default: 0] += 1
            case .computed: kinds["computed", default: 0] += 1
            }
        }
        #expect(q.questions.count == 113)
        #expect(kinds == ["ya-tidak": 17, "abc": 36, "abcd": 33, "abcde": 17, "computed": 8, "number": 2])
        let inputs = q.questions.reduce(0) { count, question in
            if case .computed(let spec) = question.kind { return count + spec.inputs.count }
            return count
        }
        #expect(inputs == 22)
        #expect(q.derivedIndex.keys.sorted() == ["A.II.5.iii.a.wajib", "A.II.5.iii.b.wajib"])
    }

    /// §4.4 counts 45 sub-indicators: 42 in the pengungkit and the 3 hasil items.
    @Test func countsSubIndicators() {
        let leaves = q.tree.allNodes.filter { !$0.questions.isEmpty }
        let pengungkit = leaves.filter { $0.code.hasPrefix("A.") }
        let hasilItems = leaves.filter { $0.code.hasPrefix("B.") }.flatMap(\.questions)
        #expect(pengungkit.count == 42)
        #expect(pengungkit.filter { $0.code.hasPrefix("A.I.") }.count == 25)
        #expect(pengungkit.filter { $0.code.hasPrefix("A.II.") }.count == 17)
        #expect(pengungkit.count + hasilItems.count == 45)
        #expect(leaves.filter { $0.code.hasPrefix("A.I.") }.reduce(0) { $0 + $1.questions.count } == 87)
        #expect(leaves.filter { $0.code.hasPrefix("A.II.") }.reduce(0) { $0 + $1.questions.count } == 23)
    }

    @Test func weightsFollowTabel3And4() {
        let weight = { (code: String) -> Number? in q.nodesByCode[code]?.weight }
        #expect(weight("NILAI") == 100)
        #expect(weight("A") == 60)
        #expect(weight("A.I") == 30)
        #expect(weight("A.II") == 30)
        #expect(weight("B") == 40)
        #expect(weight("B.I") == Number(text: "22.5"))
        #expect(weight("B.II") == Number(text: "17.5"))
        #expect(q.question("B.I.a")?.weight == Number(text: "17.5"))
        #expect(q.question("B.I.b")?.weight == 5)
        #expect(q.question("B.II.a")?.weight == Number(text: "17.5"))
        let areas: [(String, Number)] = [("MP", 8), ("TL", 7), ("SDM", 10), ("AK", 10), ("PW", 15), ("PL", 10)]
        for (offset, (name, total)) in areas.enumerated() {
            #expect(q.groupsByCode["AREA.\(name)"]?.weight == total)
            #expect(weight("A.I.\(offset + 1)") == total / 2, "each half is 50 %")
            #expect(weight("A.II.\(offset + 1)") == total / 2, "each half is 50 %")
        }
    }

    /// Every sub-indicator weight printed in Lampiran III (docs/sources.md).
    @Test func subIndicatorWeightsFollowLampiranIII() {
        let expected: [String: String] = [
            "A.I.1.i": "0.5", "A.I.1.ii": "1", "A.I.1.iii": "1", "A.I.1.iv": "1.5",
            "A.I.2.i": "1", "A.I.2.ii": "2", "A.I.2.iii": "0.5",
            "A.I.3.i": "0.25", "A.I.3.ii": "0.5", "A.I.3.iii": "1.25", "A.I.3.iv": "2", "A.I.3.v": "0.75", "A.I.3.vi": "0.25",
            "A.I.4.i": "2.5", "A.I.4.ii": "2.5",
            "A.I.5.i": "1.5", "A.I.5.ii": "1.5", "A.I.5.iii": "1.5", "A.I.5.iv": "1.5", "A.I.5.v": "1.5",
            "A.I.6.i": "1", "A.I.6.ii": "1", "A.I.6.iii": "1", "A.I.6.iv": "1", "A.I.6.v": "1",
            "A.II.1.i": "2", "A.II.1.ii": "1", "A.II.1.iii": "1",
            "A.II.2.i": "0.5", "A.II.2.ii": "1", "A.II.2.iii": "2",
            "A.II.3.i": "1.5", "A.II.3.ii": "1.5", "A.II.3.iii": "2",
            "A.II.4.i": "2", "A.II.4.ii": "1.5", "A.II.4.iii": "1.5",
            "A.II.5.i": "2.5", "A.II.5.ii": "3", "A.II.5.iii": "2",
            "A.II.6.i": "2.5", "A.II.6.ii": "2.5",
        ]
        let questions: [String: Int] = [
            "A.I.1.i": 2, "A.I.1.ii": 3, "A.I.1.iii": 3, "A.I.1.iv": 4, "A.I.2.i": 3, "A.I.2.ii": 4, "A.I.2.iii": 2,
            "A.I.3.i": 3, "A.I.3.ii": 3, "A.I.3.iii": 6, "A.I.3.iv": 4, "A.I.3.v": 1, "A.I.3.vi": 1, "A.I.4.i": 3, "A.I.4.ii": 8,
            "A.I.5.i": 2, "A.I.5.ii": 4, "A.I.5.iii": 4, "A.I.5.iv": 3, "A.I.5.v": 5,
            "A.I.6.i": 4, "A.I.6.ii": 6, "A.I.6.iii": 3, "A.I.6.iv": 3, "A.I.6.v": 3,
            "A.II.1.i": 2, "A.II.1.ii": 1, "A.II.1.iii": 1, "A.II.2.i": 1, "A.II.2.ii": 2, "A.II.2.iii": 3,
            "A.II.3.i": 1, "A.II.3.ii": 1, "A.II.3.iii": 1, "A.II.4.i": 1, "A.II.4.ii": 1, "A.II.4.iii": 1,
            "A.II.5.i": 1, "A.II.5.ii": 1, "A.II.5.iii": 2, "A.II.6.i": 2, "A.II.6.ii": 1,
        ]
        for (code, weight) in expected {
            #expect(q.nodesByCode[code]?.weight == Number(text: weight), "\(code)")
            #expect(q.nodesByCode[code]?.questions.count == questions[code], "\(code)")
        }
        #expect(q.nodesByCode["A.II.5.iii"]?.aggregate == .weighted)
        #expect(q.question("A.II.5.iii.a")?.weight == 1)
        #expect(q.question("A.II.5.iii.b")?.weight == 1)
    }

    @Test func scalesHoldTheWorksheetValues() {
        let values = { (id: String) -> [String] in
            q.scales.first { $0.id == id }!.options.map { "\($0.code)=\(NumberFormat.plain($0.value))" }
        }
        #expect(values("ya-tidak") == ["Ya=1", "Tidak=0"])
        #expect(values("abc") == ["A=1", "B=0.5", "C=0"])
        #expect(values("abcd") == ["A=1", "B=0.67", "C=0.33", "D=0"])
        #expect(values("abcde") == ["A=1", "B=0.75", "C=0.5", "D=0.25", "E=0"])
    }

    /// docs/sources.md, D6 and the printed order of A.I.6.v.
    @Test func decisionsOnThePrintedAnomalies() throws {
        guard case .choice(let bib) = try #require(q.question("B.I.b")).kind else { Issue.record("B.I.b is not a choice"); return }
        #expect(bib.criteria["E"] == "Kinerja utama tidak berorientasi hasil")
        guard case .choice(let c) = try #require(q.question("A.I.1.iv.c")).kind else { Issue.record("A.I.1.iv.c"); return }
        #expect(c.scale.id == "abc")
        guard case .choice(let g) = try #require(q.question("A.I.4.ii.g")).kind else { Issue.record("A.I.4.ii.g"); return }
        #expect(g.condition == "Ya, jika unit kerja telah membangun sistem informasi kinerja")
        #expect(q.nodesByCode["A.I.6.v"]?.questions.map(\.code) == ["A.I.6.v.a", "A.I.6.v.c", "A.I.6.v.b"])
    }

    @Test func predicatesFollowTabel6() throws {
        func rules(_ id: String) -> [String: String] {
            var out: [String: String] = [:]
            for rule in q.predicate(id)!.rules {
                switch rule.kind {
                case .minScore(let code, let min): out[rule.id] = "\(code)>=\(min)"
                case .minPercent(let code, let min): out[rule.id] = "\(code)>=\(min)%"
                case .eachChildMinPercent(let code, let min): out[rule.id] = "each \(code)>=\(min)%"
                case .requiresPredicate(let p): out[rule.id] = "holds \(p)"
                }
            }
            return out
        }
        #expect(rules("wbk") == ["total": "NILAI>=75", "pengungkit": "A>=40", "area": "each AREA>=60%", "birokrasi-bersih": "B.I>=18.25",
                                 "ipak": "B.I.a>=15.75", "kinerja": "B.I.b>=2.5", "pelayanan-prima": "B.II>=14"])
        #expect(rules("wbbm") == ["total": "NILAI>=85", "pengungkit": "A>=48", "area": "each AREA>=75%", "birokrasi-bersih": "B.I>=19.5",
                                  "ipak": "B.I.a>=15.75", "kinerja": "B.I.b>=3.75", "pelayanan-prima": "B.II>=15.75", "prior": "holds wbk"])
        #expect(q.predicate("wbbm")?.stricterThan == "wbk")
        #expect(q.predicate("wbk")!.prerequisites.count >= 8)
    }

    @Test func everyChoiceQuestionHasCriterionText() {
        for question in q.questions {
            guard case .choice(let choice) = question.kind else { continue }
            #expect(!question.text.isEmpty)
            if choice.condition == nil {
                #expect(Set(choice.criteria.keys) == Set(choice.scale.options.map(\.code)), "\(question.code)")
            } else {
                #expect(choice.scale.id == "ya-tidak", "\(question.code)")
            }
        }
    }
}
