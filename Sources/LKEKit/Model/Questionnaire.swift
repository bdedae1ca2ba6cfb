import Foundation

/// A loaded questionnaire definition: the whole scoring model, as data.
public struct Questionnaire: Sendable {
    /// What the definition scores: the LKE worksheet, or a survey instrument.
    public enum Kind: String, Sendable { case lke, survey }

    /// The definition's id, which answer files name under `questionnaire:`.
    public let id: String
    /// Whether this is an LKE worksheet or a survey.
    public let kind: Kind
    /// The definition's title.
    public internal(set) var title: String
    /// The definition's own version.
    public let version: String
    var legalBasis: [String]
    /// The language the definition's texts are written in.
    public internal(set) var language: Language
    /// How scores are rounded for display and threshold checks.
    public let rounding: Rounding
    var scales: [Scale]
    /// The root of the weighted tree.
    public internal(set) var tree: Node { didSet { reindex() } }
    /// Sums across the tree (for example each area's halves); setting them rebuilds the indexes.
    public internal(set) var groups: [Group] { didSet { reindex() } }
    var checks: [Check] { didSet { planCache = ScoringPlan.Cache() } }
    /// The predicates (WBK, WBBM, ...) the score is checked against.
    public internal(set) var predicates: [Predicate] { didSet { planCache = ScoringPlan.Cache() } }
    /// The path the definition was read from.
    var path: String
    /// SHA-256 of the definition's bytes, lowercase hex.
    var digest: String

    /// Every question in worksheet order.
    public private(set) var questions: [Question] = []
    /// Nodes by code.
    public private(set) var nodesByCode: [String: Node] = [:]
    /// Questions by code.
    private(set) var questionIndex: [String: Int] = [:]
    /// For each count input code, the code of its question.
    private(set) var inputOwner: [String: String] = [:]
    /// For each question and node code, the codes of its ancestors from the root down (excluding itself).
    public private(set) var ancestors: [String: [String]] = [:]
    /// Derived rows by code.
    private(set) var derivedIndex: [String: Question.Derived] = [:]
    /// Groups by code (including nested groups).
    public private(set) var groupsByCode: [String: Group] = [:]
    /// The scoring plan, made on first use and shared by copies of this value (a change to the tree, groups,
    /// checks or predicates starts a new one).
    private var planCache = ScoringPlan.Cache()

    /// The questionnaire's tree flattened and its option points worked out, for the scorer and the validator.
    var plan: ScoringPlan { planCache.plan(for: self) }

    init(id: String, kind: Kind, title: String, version: String, legalBasis: [String], language: Language,
                rounding: Rounding, scales: [Scale], tree: Node, groups: [Group], checks: [Check],
                predicates: [Predicate], path: String, digest: String) {
        self.id = id
        self.kind = kind
        self.title = title
        self.version = version
        self.legalBasis = legalBasis
        self.language = language
        self.rounding = rounding
        self.scales = scales
        self.tree = tree
        self.groups = groups
        self.checks = checks
        self.predicates = predicates
        self.path = path
        self.digest = digest
        reindex()
    }

    /// Rebuilds the lookup tables from the tree and the groups (and starts a new scoring plan).
    private mutating func reindex() {
        questions = []
        nodesByCode = [:]
        questionIndex = [:]
        inputOwner = [:]
        ancestors = [:]
        derivedIndex = [:]
        groupsByCode = [:]
        planCache = ScoringPlan.Cache()
        index(tree, path: [])
        func addGroup(_ group: Group) {
            groupsByCode[group.code] = group
            group.children.forEach(addGroup)
        }
        groups.forEach(addGroup)
    }

    private mutating func index(_ node: Node, path: [String]) {
        nodesByCode[node.code] = node
        ancestors[node.code] = path
        for child in node.children { index(child, path: path + [node.code]) }
        for question in node.questions {
            questionIndex[question.code] = questions.count
            questions.append(question)
            ancestors[question.code] = path + [node.code]
            if case .computed(let spec) = question.kind {
                for input in spec.inputs { inputOwner[input.code] = question.code }
                for row in spec.derived { derivedIndex[row.code] = row }
            }
        }
    }

    /// The question with `code`.
    public func question(_ code: String) -> Question? {
        questionIndex[code].map { questions[$0] }
    }

    /// The predicate with `id`.
    func predicate(_ id: String) -> Predicate? {
        predicates.first { $0.id == id }
    }

    /// Every code an answer file may use: questions and count inputs.
    public var answerCodes: [String] {
        questions.flatMap { question -> [String] in
            if case .computed(let spec) = question.kind { return [question.code] + spec.inputs.map(\.code) }
            return [question.code]
        }
    }

    /// The title of a node, group or question.
    func title(of code: String) -> String? {
        if let node = nodesByCode[code] { return node.title }
        if let group = groupsByCode[code] { return group.title }
        return question(code)?.text
    }
}

/// How scores are rounded for display and threshold checks.
public struct Rounding: Sendable, Hashable {
    enum Mode: String, Sendable, CaseIterable { case halfAwayFromZero = "half-away-from-zero", halfEven = "half-even", down }
    /// The number of decimal places kept.
    public internal(set) var decimals: Int
    var mode: Mode

    init(decimals: Int, mode: Mode) {
        self.decimals = decimals
        self.mode = mode
    }

    /// `value` rounded as declared. The value is first brought to 20 decimal places, which removes the noise of
    /// a 38-digit division, so that a quotient that is exactly on a half rounds as the exact value would.
    public func apply(_ value: Number) -> Number {
        Rounding.snap(value).rounded(places: decimals, mode)
    }

    /// The decimal places values are brought to before rounding (see `snap`).
    static let snapPlaces = 20

    /// `value` at 20 decimal places: the exact result of the rational arithmetic behind it whenever its
    /// denominators are below 10^10 (a quotient such as 2/3 is carried to 38 digits, and the last of them
    /// is noise).
    static func snap(_ value: Number) -> Number {
        value.rounded(places: snapPlaces, .halfAwayFromZero)
    }
}
