import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// A definition or answer file made from a valid base by text edits, and every diagnostic it must produce.
struct LoaderCase: CustomTestStringConvertible, Sendable {
    var name: String
    var edits: [(old: String, new: String)]
    var expected: [MalformedCase.Expected]
    var indonesian: String?

    init(_ name: String, _ old: String, _ new: String, _ expected: [(Int, Int, String)], id indonesian: String? = nil) {
        self.init(name, edits: [(old, new)], expected, id: indonesian)
    }

    init(_ name: String, edits: [(String, String)], _ expected: [(Int, Int, String)], id indonesian: String? = nil) {
        self.name = name
        self.edits = edits.map { (old: $0.0, new: $0.1) }
        self.expected = expected.map { MalformedCase.Expected(line: $0.0, column: $0.1, message: $0.2) }
        self.indonesian = indonesian
    }

    var testDescription: String { name }

    /// `base` with the edits applied; each edited text must occur exactly once.
    func apply(to base: String) throws -> String {
        var text = base
        for edit in edits {
            let count = text.components(separatedBy: edit.old).count - 1
            try #require(count == 1, "'\(edit.old)' occurs \(count) times in the base")
            text = text.replacingOccurrences(of: edit.old, with: edit.new)
        }
        return text
    }

    func verify(_ diagnostics: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let actual = diagnostics.map { MalformedCase.Expected(line: $0.location?.line ?? 0, column: $0.location?.column ?? 0, message: $0.message.en) }
        #expect(actual == expected, "\(name)", sourceLocation: sourceLocation)
        if let indonesian {
            #expect(diagnostics.first?.message.id == indonesian, "\(name)", sourceLocation: sourceLocation)
        }
    }
}

/// The loader's schema and semantic errors: each at the exact line and column, with its message.
@Suite struct LoaderDiagnosticsTests {
    /// A small valid definition; the cases below edit it. Line numbers in the cases refer to it.
    static let base = """
        format: lke/1
        kind: lke
        id: uji
        title: Uji
        version: "1"
        language: id
        rounding:
          decimals: 2
          mode: half-away-from-zero
        scales:
          - id: ya-tidak
            title: Ya/Tidak
            options:
              - {code: Ya, label: Ya, value: 1}
              - {code: Tidak, label: Tidak, value: 0}
        tree:
          code: NILAI
          title: Nilai
          weight: 10
          children:
            - code: A
              title: Bagian A
              weight: 4
              questions:
                - code: A.a
                  text: Tim telah dibentuk
                  type: choice
                  scale: ya-tidak
                  condition: Ya, jika ada SK
            - code: B
              title: Bagian B
              weight: 6
              aggregate: weighted
              questions:
                - code: B.a
                  text: Persentase pelaporan
                  type: computed
                  weight: 4
                  inputs:
                    - {code: B.a.1, label: Wajib lapor}
                    - {code: B.a.2, label: Sudah lapor}
                  derived:
                    - {code: B.a.wajib, label: Jumlah wajib, formula: B.a.1}
                  formula: B.a.2 / B.a.wajib
                  zero_denominator: unanswered
                  clamp: [0, 1]
                - code: B.b
                  text: Nilai survei
                  type: number
                  weight: 2
                  min: 0
                  max: 4
                  decimals: 2
                  value: x / 4
        groups:
          - code: G
            title: Grup
            children:
              - code: G.A
                title: Grup A
                weight: 4
                sum: [A]
              - code: G.B
                title: Grup B
                weight: 6
                sum: [B]
        checks:
          - id: lapor
            rule: B.a.2 <= B.a.wajib
            message: yang lapor melebihi yang wajib
        predicates:
          - id: baik
            title: Baik
            rules:
              - id: total
                title: Nilai total
                node: NILAI
                min_score: 6
              - id: area
                title: Per area
                each_child_of: G
                min_percent: 50
            prerequisites:
              - id: wtp
                text: Opini WTP
          - id: sangat-baik
            title: Sangat baik
            stricter_than: baik
            rules:
              - id: total
                title: Nilai total
                node: NILAI
                min_score: 8
              - id: area
                title: Per area
                each_child_of: G
                min_percent: 60
              - id: prior
                title: Sudah baik
                requires_predicate: baik

        """

    static let definitionCases: [LoaderCase] = [
        .init("unknown key with a suggestion", "      weight: 4\n      questions:", "      weight: 4\n      wieght: 4\n      questions:",
              [(24, 7, "unknown key 'wieght' in node; did you mean 'weight'?")], id: "kunci 'wieght' tidak dikenal pada simpul; maksud Anda 'weight'?"),
        .init("unknown key listing the known keys", "title: Uji\n", "title: Uji\nautor: Tim\n",
              [(5, 1, "unknown key 'autor' in the questionnaire definition; known keys: format, kind, id, title, version, legal_basis, language, rounding, scales, tree, groups, checks, predicates")]),
        .init("missing required key", "  code: NILAI\n  title: Nilai\n", "  code: NILAI\n",
              [(17, 3, "node is missing the required key 'title'")], id: "simpul tidak memiliki kunci wajib 'title'"),
        .init("missing rounding", "rounding:\n  decimals: 2\n  mode: half-away-from-zero\n", "",
              [(1, 1, "the questionnaire definition is missing the required key 'rounding'")]),
        .init("wrong format", "format: lke/1", "format: lke/2", [(1, 9, "format 'lke/2' is not supported; write 'format: lke/1'")]),
        .init("wrong kind", "kind: lke", "kind: lkee", [(2, 7, "'kind' is 'lkee'; it must be one of: lke, survey; did you mean 'lke'?")]),
        .init("id with capitals", "id: uji", "id: Uji_1", [(3, 5, "'id' may hold only lowercase letters, digits and '-'")]),
        .init("bad rounding mode", "mode: half-away-from-zero", "mode: half-up",
              [(9, 9, "'mode' is 'half-up'; it must be one of: half-away-from-zero, half-even, down")],
              id: "'mode' bernilai 'half-up', harus salah satu dari: half-away-from-zero, half-even, down"),
        .init("rounding decimals out of range", "decimals: 2\n  mode", "decimals: 11\n  mode", [(8, 13, "'decimals' must be a whole number from 0 to 10")]),
        .init("anchor on a required value", "title: Uji", "title: &t Uji", [(4, 8, "anchors ('&') are not supported; write the value out")]),
        .init("colon in unquoted question text", "text: Tim telah dibentuk", "text: Tim: telah dibentuk",
              [(26, 20, "': ' inside unquoted text; put the whole text in quotes")]),
        .init("bad escape in a weight", "weight: 10", "weight: \"1\\q\"", [(19, 13, "unknown escape '\\q'")]),
        .init("wrong scale name", "scale: ya-tidak", "scale: ya-tidal", [(28, 18, "scale 'ya-tidal' does not exist; did you mean 'ya-tidak'?")],
              id: "skala 'ya-tidal' tidak ada; maksud Anda 'ya-tidak'?"),
        .init("option value above 1", "label: Ya, value: 1}", "label: Ya, value: 1.5}",
              [(14, 38, "the value of option 'Ya' is 1.5; it must be between 0 and 1")]),
        .init("option value below 0", "label: Tidak, value: 0}", "label: Tidak, value: -0.5}",
              [(15, 44, "the value of option 'Tidak' is -0.5; it must be between 0 and 1")]),
        .init("decimal comma in a weight", "      weight: 4\n      questions:", "      weight: 4,5\n      questions:",
              [(23, 15, "'weight' must be a decimal number with a dot (for example 0.50), not '4,5'")]),
        .init("one option", "      - {code: Tidak, label: Tidak, value: 0}\n", "", [(14, 7, "scale 'ya-tidak' needs at least two options")]),
        .init("children's weights do not add up", "      weight: 4\n      questions:", "      weight: 5\n      questions:",
              [(19, 11, "the weight of 'NILAI' is 10, but its children's weights add up to 11"),
               (59, 15, "the weight of group 'G.A' is 4, but the nodes it sums weigh 5")]),
        .init("questions' weights do not add up", "weight: 2\n          min: 0", "weight: 3\n          min: 0",
              [(32, 15, "the weight of 'B' is 6, but its questions' weights add up to 7")],
              id: "bobot 'B' adalah 6, tetapi bobot pertanyaannya berjumlah 7"),
        .init("negative question weight", edits: [("weight: 2\n          min: 0", "weight: -2\n          min: 0"), ("type: computed\n          weight: 4", "type: computed\n          weight: 8")],
              [(50, 19, "'weight' must not be negative")]),
        .init("duplicate code", "- code: B.b", "- code: A.a", [(47, 17, "code 'A.a' is already used; codes must be unique")],
              id: "kode 'A.a' sudah dipakai; kode harus unik"),
        .init("malformed code", "- code: B.b", "- code: B b", [(47, 17, "code 'B b' is not valid: start with a letter, then letters, digits, '_' or '.'")]),
        .init("node with children and questions", "      title: Bagian A\n", "      title: Bagian A\n      children: []\n",
              [(26, 9, "node 'A' has both 'children' and 'questions'; keep one")]),
        .init("weight on a question of a mean node", "type: choice\n", "type: choice\n          weight: 1\n",
              [(28, 19, "'weight' on a question applies only under 'aggregate: weighted'")]),
        .init("empty question text", "text: Tim telah dibentuk", "text: ''", [(26, 17, "'text' is empty; write its text")],
              id: "'text' kosong; isi teksnya"),
        .init("choice option without a criterion", "          condition: Ya, jika ada SK", "          criteria:\n            Ya: Ada SK",
              [(30, 13, "option 'Tidak' of question 'A.a' has no criterion text")], id: "opsi 'Tidak' pada pertanyaan 'A.a' tidak memiliki teks kriteria"),
        .init("choice without criteria or condition", "          condition: Ya, jika ada SK\n", "",
              [(25, 11, "question 'A.a' has no criterion text: write 'criteria' for every option or one 'condition'")]),
        .init("criteria and condition", "          condition: Ya, jika ada SK", "          condition: Ya, jika ada SK\n          criteria: {Ya: Ada, Tidak: Tidak ada}",
              [(29, 22, "write 'criteria' or 'condition', not both")]),
        .init("unclosed parenthesis in a formula", "formula: B.a.2 / B.a.wajib", "formula: B.a.2 / (B.a.wajib",
              [(44, 28, "'(' is not closed; add ')'")], id: "'(' tidak ditutup; tambahkan ')'"),
        .init("operator where a value belongs", "formula: B.a.2 / B.a.wajib", "formula: B.a.2 // B.a.wajib",
              [(44, 27, "unexpected '/' in the formula; expected a number, a code or '('")]),
        .init("formula error inside quotes", "value: x / 4", "value: 'x * * 4'",
              [(54, 23, "unexpected '*' in the formula; expected a number, a code or '('")]),
        .init("formula ends too early", "value: x / 4", "value: x /", [(54, 21, "the formula ends too early; expected a number, a code or '('")]),
        .init("unknown function", "value: x / 4", "value: avg(x) / 4", [(54, 18, "unknown function 'avg'; available: min, max")]),
        .init("unknown formula reference", "formula: B.a.2 / B.a.wajib", "formula: B.a.2 / B.a.wajb",
              [(44, 28, "the formula refers to 'B.a.wajb', which is not known here; did you mean 'B.a.wajib'?")],
              id: "rumus merujuk 'B.a.wajb', yang tidak dikenal di sini; maksud Anda 'B.a.wajib'?"),
        .init("unknown reference that prefixes a known one", "formula: B.a.2 / B.a.wajib", "formula: B.a.2 / B.a",
              [(44, 28, "the formula refers to 'B.a', which is not known here; did you mean 'B.a.1'?")]),
        .init("derived row refers to itself", "formula: B.a.1}", "formula: B.a.wajib}",
              [(43, 63, "derived row 'B.a.wajib' refers to itself through its formula")]),
        .init("division without zero_denominator", "          zero_denominator: unanswered\n", "",
              [(44, 20, "the formula of 'B.a' divides but has no 'zero_denominator'; declare what a zero denominator gives (a number, unanswered, or {numerator_zero: .., otherwise: ..})")]),
        .init("zero_denominator mapping without otherwise", "zero_denominator: unanswered", "zero_denominator:\n            numerator_zero: 1",
              [(46, 13, "'zero_denominator' is missing the required key 'otherwise'")]),
        .init("clamp the wrong way round", "clamp: [0, 1]", "clamp: [1, 0]",
              [(46, 18, "'clamp' must be [low, high]: 1 is greater than 0")]),
        .init("number min above max", "          min: 0\n          max: 4", "          min: 5\n          max: 4", [(51, 16, "'min' is greater than 'max'")]),
        .init("number value outside 0 to 1", "value: x / 4", "value: x / 2",
              [(54, 18, "the 'value' formula gives 2 for x = 4; a value must be between 0 and 1")]),
        .init("number value divides by x", "value: x / 4", "value: 1 / x",
              [(54, 18, "the 'value' formula divides by 'x'; a zero denominator has no policy")]),
        .init("group sums an unknown node", "sum: [A]", "sum: [Z]",
              [(59, 15, "group 'G.A' sums 'Z', which is not a node; did you mean 'A'?")]),
        .init("group with sum and children", "    title: Grup\n", "    title: Grup\n    sum: [A]\n",
              [(56, 5, "group 'G' needs exactly one of 'sum' or 'children'")]),
        .init("check without a comparison", "rule: B.a.2 <= B.a.wajib", "rule: B.a.2 B.a.wajib",
              [(69, 11, "the rule must compare two formulas with <=, <, >=, >, == or !=")]),
        .init("check naming a node", "rule: B.a.2 <= B.a.wajib", "rule: B.a.2 <= A", [(69, 20, "the formula refers to 'A', which is not known here")]),
        .init("check with a quoted rule", "rule: B.a.2 <= B.a.wajib", "rule: 'B.a.2 <= B.a.wajx'",
              [(69, 21, "the formula refers to 'B.a.wajx', which is not known here; did you mean 'B.a.wajib'?")]),
        .init("check with a bad severity", "    message: yang lapor melebihi yang wajib\n", "    message: yang lapor melebihi yang wajib\n    severity: fatal\n",
              [(71, 15, "'severity' is 'fatal'; it must be one of: error, warning")]),
        .init("stricter predicate looser than the weaker", "min_score: 8", "min_score: 5",
              [(90, 13, "rule 'total' of 'sangat-baik' is looser than (or different from) the same rule of 'baik'")],
              id: "aturan 'total' pada 'sangat-baik' lebih longgar dari (atau berbeda dengan) aturan yang sama pada 'baik'"),
        .init("stricter predicate missing a rule", "      - id: area\n        title: Per area\n        each_child_of: G\n        min_percent: 60\n", "",
              [(86, 9, "predicate 'sangat-baik' is stricter than 'baik' but has no rule 'area'")]),
        .init("unknown predicate reference", "requires_predicate: baik", "requires_predicate: baek",
              [(100, 29, "predicate 'baek' does not exist; did you mean 'baik'?")], id: "predikat 'baek' tidak ada; maksud Anda 'baik'?"),
        .init("unknown stricter_than", "stricter_than: baik", "stricter_than: bai", [(88, 20, "predicate 'bai' does not exist; did you mean 'baik'?")]),
        .init("stricter_than cycle", "    title: Baik\n", "    title: Baik\n    stricter_than: sangat-baik\n",
              [(74, 20, "'stricter_than' forms a cycle: baik -> sangat-baik -> baik"),
               (76, 13, "rule 'total' of 'baik' is looser than (or different from) the same rule of 'sangat-baik'"),
               (80, 13, "rule 'area' of 'baik' is looser than (or different from) the same rule of 'sangat-baik'")]),
        .init("rule on an unknown node", "node: NILAI\n        min_score: 6", "node: NILAY\n        min_score: 6",
              [(77, 15, "node 'NILAY' does not exist; did you mean 'NILAI'?"),
               (90, 13, "rule 'total' of 'sangat-baik' is looser than (or different from) the same rule of 'baik'")]),
        .init("each_child_of a node without children", "each_child_of: G\n        min_percent: 60", "each_child_of: GG\n        min_percent: 60",
              [(94, 13, "rule 'area' of 'sangat-baik' is looser than (or different from) the same rule of 'baik'"),
               (96, 24, "'GG' is not a node or group with children; did you mean 'G'?")]),
        .init("rule with two measures", "        min_score: 6\n", "        min_score: 6\n        min_percent: 50\n",
              [(79, 22, "rule 'total' has both 'min_score' and 'min_percent'; keep one")]),
        .init("rule without a measure", "        min_score: 6\n", "", [(75, 9, "rule 'total' needs 'min_score' or 'min_percent'")]),
        .init("rule of no kind", "        requires_predicate: baik\n", "",
              [(98, 9, "rule 'prior' needs 'node' with 'min_score' or 'min_percent', 'each_child_of' with 'min_percent', or 'requires_predicate'")]),
    ]

    /// An answer file for the base definition; the answer cases below edit it.
    static let answers = """
        questionnaire: uji
        unit: Kantor Uji
        eligibility:
          wtp: ya
        answers:
          A.a: Ya
          B.a.1: 4
          B.a.2: 3
          B.b: "3,5"

        """

    static let answerCases: [LoaderCase] = [
        .init("unknown questionnaire", "questionnaire: uji", "questionnaire: ujj",
              [(1, 16, "questionnaire 'ujj' is not known; did you mean 'uji'?; available: uji (or give its file with --questionnaire)")]),
        .init("unknown code", "  A.a: Ya", "  A.b: Ya", [(6, 3, "code 'A.b' does not exist in 'uji'; did you mean 'A.a'?")],
              id: "kode 'A.b' tidak ada di 'uji'; maksud Anda 'A.a'?"),
        .init("not an option", "A.a: Ya", "A.a: Mungkin", [(6, 8, "'Mungkin' is not an option of 'A.a'; options: Ya, Tidak")],
              id: "'Mungkin' bukan pilihan untuk 'A.a'; pilihan: Ya, Tidak"),
        .init("number out of range", "B.b: \"3,5\"", "B.b: 5", [(9, 8, "'B.b' is 5, outside the range 0 to 4")]),
        .init("too many decimals", "B.b: \"3,5\"", "B.b: 3.125", [(9, 8, "'B.b' takes at most 2 decimals, not 3.125")]),
        .init("count with decimals", "B.a.1: 4", "B.a.1: 4.5", [(7, 10, "'B.a.1' must be a whole number, not 4.5")]),
        .init("count that is not a number", "B.a.1: 4", "B.a.1: empat", [(7, 10, "'B.a.1' needs a number, not 'empat'")]),
        .init("check that fails", "B.a.2: 3", "B.a.2: 5", [(8, 10, "yang lapor melebihi yang wajib (B.a.2 = 5, B.a.wajib = 4)")]),
        .init("value for a computed question", "  B.b:", "  B.a: 1\n  B.b:",
              [(9, 8, "'B.a' is computed from its inputs; answer B.a.1, B.a.2, not 'B.a' (this code may carry only a note and evidence)")]),
        .init("unknown prerequisite", "  wtp: ya", "  wtpp: ya", [(4, 3, "unknown prerequisite 'wtpp'; did you mean 'wtp'?")]),
        .init("bad eligibility value", "  wtp: ya", "  wtp: mungkin", [(4, 8, "prerequisite 'wtp' must be 'ya' or 'tidak'")]),
        .init("bad layer", "unit: Kantor Uji\n", "unit: Kantor Uji\nlayer: sendiri\n", [(3, 8, "'layer' is 'sendiri'; it must be one of: self, tpi, tpn")]),
        .init("unknown predicate held", "unit: Kantor Uji\n", "unit: Kantor Uji\npredicate: wbk\n",
              [(3, 12, "predicate 'wbk' does not exist in 'uji'; known: baik, sangat-baik")]),
        .init("unknown key in an answer", "  A.a: Ya", "  A.a:\n    value: Ya\n    catatan: x",
              [(8, 5, "unknown key 'catatan' in answer 'A.a'; known keys: value, note, evidence, review")]),
        .init("missing answers", "answers:\n", "jawaban:\n",
              [(1, 1, "the answer file is missing the required key 'answers'"), (5, 1, "unknown key 'jawaban' in the answer file; known keys: questionnaire, unit, instansi, period, layer, assessor, predicate, head, eligibility, team, answers, attestation")]),
        .init("duplicate answer", "  B.a.2: 3\n", "  B.a.2: 3\n  A.a: Tidak\n", [(9, 3, "duplicate key 'A.a'; remove one of them")]),
    ]

    static let library: QuestionnaireLibrary = {
        var library = QuestionnaireLibrary(includeBundled: false)
        if let questionnaire = QuestionnaireLoader().load(SourceFile(path: "uji.yaml", text: base)).questionnaire { library.add(questionnaire) }
        return library
    }()

    @Test func baseIsValid() {
        #expect(QuestionnaireLoader().load(SourceFile(path: "uji.yaml", text: Self.base)).diagnostics.isEmpty)
        #expect(Self.library.ids == ["uji"])
        let outcome = AnswerSheetLoader(library: Self.library).load(SourceFile(path: "jawaban.yaml", text: Self.answers))
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.answers != nil)
    }

    @Test(arguments: definitionCases)
    func reportsDefinitionProblems(_ malformed: LoaderCase) throws {
        let text = try malformed.apply(to: Self.base)
        let outcome = QuestionnaireLoader().load(SourceFile(path: "uji.yaml", text: text))
        #expect(outcome.diagnostics.allSatisfy { $0.location?.path == "uji.yaml" })
        malformed.verify(outcome.diagnostics)
        #expect(outcome.questionnaire == nil)
    }

    @Test(arguments: answerCases)
    func reportsAnswerProblems(_ malformed: LoaderCase) throws {
        let text = try malformed.apply(to: Self.answers)
        let outcome = AnswerSheetLoader(library: Self.library).load(SourceFile(path: "jawaban.yaml", text: text))
        #expect(outcome.diagnostics.allSatisfy { $0.location?.path == "jawaban.yaml" })
        malformed.verify(outcome.diagnostics)
        #expect(outcome.answers == nil)
    }

    /// A check on a computed question's value is shown at the question's first answered input.
    @Test func checkOnAComputedQuestionIsLocated() throws {
        let definition = try LoaderCase("", "  - id: lapor\n", "  - id: rendah\n    rule: B.a >= 0.5\n    message: persentase rendah\n  - id: lapor\n", [])
            .apply(to: Self.base)
        var library = QuestionnaireLibrary(includeBundled: false)
        library.add(try #require(QuestionnaireLoader().load(SourceFile(path: "uji.yaml", text: definition)).questionnaire))
        let text = try LoaderCase("", "B.a.2: 3", "B.a.2: 1", []).apply(to: Self.answers)
        let diagnostics = AnswerSheetLoader(library: library).load(SourceFile(path: "jawaban.yaml", text: text)).diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == LKEKit.SourceLocation(path: "jawaban.yaml", line: 7, column: 10))
        #expect(diagnostics.first?.message.en.hasPrefix("persentase rendah (B.a = 0.25") == true)
    }

    @Test func zeroDenominatorWithoutDivisionIsAWarning() throws {
        let text = try LoaderCase("", "formula: B.a.2 / B.a.wajib", "formula: B.a.2 - B.a.wajib", []).apply(to: Self.base)
        let outcome = QuestionnaireLoader().load(SourceFile(path: "uji.yaml", text: text))
        #expect(outcome.diagnostics.map(\.severity) == [.warning])
        #expect(outcome.diagnostics.first?.location == LKEKit.SourceLocation(path: "uji.yaml", line: 45, column: 29))
        #expect(outcome.diagnostics.first?.message == Message.Definition.zeroDenominatorUnused)
        #expect(outcome.questionnaire != nil)
    }

    @Test func formulaLengthIsBounded() throws {
        let long = "B.a.2" + String(repeating: " + B.a.2", count: FormulaParser.maximumOperations) + " / B.a.wajib"
        let text = try LoaderCase("", "formula: B.a.2 / B.a.wajib", "formula: " + long, []).apply(to: Self.base)
        let outcome = QuestionnaireLoader().load(SourceFile(path: "uji.yaml", text: text))
        let first = try #require(outcome.diagnostics.first)
        #expect(outcome.diagnostics.count == 1)
        #expect(first.message == Message.Formula.tooLong)
        // The 1001st operator: "formula: " is 9 columns after the indentation of 10, then 5 + 8 x 1000 + 1.
        #expect(first.location?.line == 44)
        #expect(first.location?.column == 20 + 5 + 8 * 1000 + 1)
    }

    @Test func deepTreeIsReported() throws {
        var node = "      questions:\n        - {code: Q, text: T, type: number, min: 0, max: 1, decimals: 0, value: x}\n"
        for level in (0..<25).reversed() {
            node = "code: N\(level)\ntitle: N\nweight: 1\nchildren:\n  - " + node.replacingOccurrences(of: "\n", with: "\n    ")
        }
        let text = "format: lke/1\nkind: lke\nid: dalam\ntitle: T\nversion: '1'\nlanguage: id\nrounding: {decimals: 2, mode: down}\nscales: []\ntree:\n  "
            + node.replacingOccurrences(of: "\n", with: "\n  ")
        let outcome = QuestionnaireLoader().load(SourceFile(path: "dalam.yaml", text: text))
        #expect(outcome.questionnaire == nil)
        #expect(outcome.diagnostics.contains { $0.message == Message.YAML.nestingTooDeep || $0.message == Message.Definition.treeTooDeep })
    }

    // MARK: - Rendered text

    @Test func renderedWeightError() throws {
        let text = try LoaderCase("", "      weight: 4\n      questions:", "      weight: 5\n      questions:", []).apply(to: Self.base)
        let source = SourceFile(path: "questionnaires/uji.yaml", text: text)
        let outcome = QuestionnaireLoader().load(source)
        let rendered = DiagnosticRenderer(language: .en, sources: [source]).render(Array(outcome.diagnostics.prefix(1)))
        #expect(rendered == """
            questionnaires/uji.yaml:19:11: error: the weight of 'NILAI' is 10, but its children's weights add up to 11
              weight: 10
                      ^
            questionnaires/uji.yaml:21:13: note: 'A': 5
                - code: A
                        ^
            questionnaires/uji.yaml:30:13: note: 'B': 6
                - code: B
                        ^

            """)
    }

    @Test func renderedFormulaErrorInIndonesian() throws {
        let text = try LoaderCase("", "formula: B.a.2 / B.a.wajib", "formula: B.a.2 / B.a.wajb", []).apply(to: Self.base)
        let source = SourceFile(path: "uji.yaml", text: text)
        let rendered = DiagnosticRenderer(language: .id, sources: [source]).render(QuestionnaireLoader().load(source).diagnostics)
        #expect(rendered == """
            uji.yaml:44:28: error: rumus merujuk 'B.a.wajb', yang tidak dikenal di sini; maksud Anda 'B.a.wajib'?
                      formula: B.a.2 / B.a.wajb
                                       ^

            """)
    }

    @Test func renderedDuplicateCodeAndStricterRule() throws {
        let text = try LoaderCase("", edits: [("- code: B.b", "- code: A.a"), ("min_score: 8", "min_score: 5")], []).apply(to: Self.base)
        let source = SourceFile(path: "uji.yaml", text: text)
        let rendered = DiagnosticRenderer(language: .en, sources: [source]).render(QuestionnaireLoader().load(source).diagnostics)
        #expect(rendered == """
            uji.yaml:47:17: error: code 'A.a' is already used; codes must be unique
                    - code: A.a
                            ^
            uji.yaml:25:17: note: 'A.a' first used here
                    - code: A.a
                            ^
            uji.yaml:90:13: error: rule 'total' of 'sangat-baik' is looser than (or different from) the same rule of 'baik'
                  - id: total
                        ^
            uji.yaml:75:13: note: the rule of 'baik' is here
                  - id: total
                        ^

            """)
    }

    @Test func renderedAnswerErrorWithCheckNote() throws {
        let text = try LoaderCase("", "B.a.2: 3", "B.a.2: 5", []).apply(to: Self.answers)
        let source = SourceFile(path: "jawaban.yaml", text: text)
        let definition = SourceFile(path: "uji.yaml", text: Self.base)
        let diagnostics = AnswerSheetLoader(library: Self.library).load(source).diagnostics
        let rendered = DiagnosticRenderer(language: .en, sources: [source, definition]).render(diagnostics)
        #expect(rendered == """
            jawaban.yaml:8:10: error: yang lapor melebihi yang wajib (B.a.2 = 5, B.a.wajib = 4)
              B.a.2: 5
                     ^
            uji.yaml:68:9: note: check 'lapor' is defined here
              - id: lapor
                    ^

            """)
    }
}
