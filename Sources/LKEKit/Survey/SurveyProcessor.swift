import Foundation

/// Reads respondent data (CSV exported by form tools and spreadsheets) against a survey definition and
/// computes every result of a `lke survey` run.
///
/// Columns are matched to items by code, question text, title or alias, ignoring case, spacing and
/// punctuation, or by an explicit mapping. Other columns are respondent attributes. A bad cell is reported
/// at `file:line:col` and its row is left out (a warning), or, in strict mode, is an error.
public struct SurveyProcessor: Sendable {
    /// One data file: its path (for messages) and its bytes.
    public struct Input: Sendable {
        /// The file's path, for messages.
        public internal(set) var path: String
        /// The file's bytes.
        public internal(set) var data: Data

        /// The data file at `path` with the bytes `data`.
        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }
    }

    /// A column named explicitly for an item (`--map 'COLUMN=CODE'`).
    public struct Mapping: Sendable, Hashable {
        var column: String
        var code: String

        /// A mapping of the data column `column` to the item `code`.
        public init(column: String, code: String) {
            self.column = column
            self.code = code
        }
    }

    /// The choices of one run.
    public struct Options: Sendable {
        /// The weight profile id; `nil` for the definition's default.
        public var weights: String?
        /// The index rule id; `nil` for the definition's default.
        public var indexRule: String?
        /// A column (or profile attribute id or title) to break the results down by.
        public var by: String?
        /// Keep only rows dated from `from` to `to`, both included.
        public var from: SurveyDate?
        /// The last day of the rows kept (see `from`).
        public var to: SurveyDate?
        /// The population, for the Krejcie-Morgan sample size.
        public var population: Int?
        /// How data columns map to item codes, for files whose columns are not named by item code.
        public var mappings: [Mapping]
        /// Whether a bad cell is an error (the run fails) instead of a warning that leaves the row out.
        var strict: Bool
        /// The most bad-cell diagnostics reported per file; the rest are counted.
        var diagnosticLimit: Int

        /// Options for a run; every one is optional.
        public init(weights: String? = nil, indexRule: String? = nil, by: String? = nil, from: SurveyDate? = nil, to: SurveyDate? = nil,
                    population: Int? = nil, mappings: [Mapping] = [], strict: Bool = false, diagnosticLimit: Int = 100) {
            self.weights = weights
            self.indexRule = indexRule
            self.by = by
            self.from = from
            self.to = to
            self.population = population
            self.mappings = mappings
            self.strict = strict
            self.diagnosticLimit = diagnosticLimit
        }
    }

    /// The result of a run: the analysis when the data could be processed, and every diagnostic.
    public struct Outcome: Sendable {
        /// The analysis; `nil` when the data could not be processed.
        public internal(set) var analysis: SurveyAnalysis?
        /// Every problem found in the data.
        public internal(set) var diagnostics: [Diagnostic]
    }

    let definition: SurveyDefinition
    var options: Options

    /// A processor of data for `definition`, with `options`.
    public init(definition: SurveyDefinition, options: Options = Options()) {
        self.definition = definition
        self.options = options
    }

    /// Problems with the options themselves (an unknown weight profile, index rule or mapped code), which
    /// callers report as usage errors.
    public func optionProblems() -> [Localized] {
        var problems: [Localized] = []
        if let id = options.weights, definition.weightProfile(id) == nil {
            let ids = definition.weightProfiles.map(\.id)
            problems.append(Message.Survey.unknownWeightProfile(id, in: definition.id, suggestion: Suggestion.closest(to: id, in: ids), available: ids))
        }
        if let id = options.indexRule, definition.indexRule(id) == nil {
            let ids = definition.indexRules.map(\.id)
            problems.append(Message.Survey.unknownConversionRule(id, in: definition.id, suggestion: Suggestion.closest(to: id, in: ids), available: ids))
        }
        let codes = definition.items.map(\.code)
        for mapping in options.mappings where definition.item(mapping.code) == nil {
            problems.append(Message.Survey.unknownItem(mapping.code, in: definition.id, suggestion: Suggestion.closest(to: mapping.code, in: codes), items: codes))
        }
        if let from = options.from, let to = options.to, to < from {
            problems.append(Message.Survey.toBeforeFrom(from: from, to: to))
        }
        return problems
    }

    /// Processes the data files.
    public func run(_ inputs: [Input]) -> Outcome {
        var diagnostics: [Diagnostic] = []
        for problem in optionProblems() { diagnostics.append(.error(at: nil, problem)) }
        guard diagnostics.isEmpty,
              let weights = definition.weightProfile(options.weights ?? definition.defaultWeights),
              let rule = definition.indexRule(options.indexRule ?? definition.defaultIndexRule) else {
            return Outcome(analysis: nil, diagnostics: diagnostics)
        }
        var state = RunState(definition: definition, options: options)
        for input in inputs { state.read(input) }
        diagnostics += state.diagnostics
        for mapping in options.mappings where !state.usedMappings.contains(mapping) {
            diagnostics.append(.error(at: nil, Message.Survey.mappedColumnMissing(mapping.column)))
        }
        if let by = options.by, !state.byFound {
            diagnostics.append(.error(at: nil, Message.Survey.byColumnMissing(by)))
        }
        if diagnostics.hasErrors { return Outcome(analysis: nil, diagnostics: diagnostics) }
        if state.overall.respondents == 0 {
            diagnostics.append(.error(at: nil, Message.Survey.noRespondents))
            return Outcome(analysis: nil, diagnostics: diagnostics)
        }
        let analysis = state.analysis(weights: weights, rule: rule, files: inputs.map(\.path))
        return Outcome(analysis: analysis, diagnostics: diagnostics)
    }
}

/// The running state of one `SurveyProcessor.run`.
private struct RunState {
    let definition: SurveyDefinition
    let options: SurveyProcessor.Options
    var diagnostics: [Diagnostic] = []
    var usedMappings: Set<SurveyProcessor.Mapping> = []
    var byFound = false
    var rowsRead = 0
    var excluded = 0
    var outsidePeriod = 0
    var firstDate: SurveyDate?
    var lastDate: SurveyDate?
    var overall: SurveyTally
    var months: [String?: SurveyTally] = [:]
    var byGroups: [String?: SurveyTally] = [:]
    var profileCounts: [[String?: Int]]
    var matches: [SurveyAnalysis.ColumnMatch] = []
    var parsers: [SurveyAnswerParser]
    var profileGroupers: [SurveyAttributeGrouper]
    var byGrouper: SurveyAttributeGrouper?
    let itemKeys: [String: (Int, SurveyAnalysis.ColumnMatch.Kind)]

    init(definition: SurveyDefinition, options: SurveyProcessor.Options) {
        self.definition = definition
        self.options = options
        overall = SurveyTally(items: definition.items.count, minimum: definition.scale.min, maximum: definition.scale.max)
        profileCounts = Array(repeating: [:], count: definition.profile.count)
        parsers = definition.items.map { SurveyAnswerParser(item: $0, scale: definition.scale) }
        profileGroupers = definition.profile.map { SurveyAttributeGrouper($0) }
        var keys: [String: (Int, SurveyAnalysis.ColumnMatch.Kind)] = [:]
        for (offset, item) in definition.items.enumerated() {
            for alias in item.aliases { keys[SurveyText.key(alias)] = (offset, .alias) }
            keys[SurveyText.key(item.title)] = (offset, .title)
            keys[SurveyText.key(item.text)] = (offset, .text)
            keys[SurveyText.key(item.code)] = (offset, .code)
        }
        itemKeys = keys
    }

    var cellDiagnostics = 0
    var hiddenDiagnostics = 0

    private mutating func report(_ location: SourceLocation, _ message: Localized) {
        if cellDiagnostics >= options.diagnosticLimit {
            hiddenDiagnostics += 1
            return
        }
        cellDiagnostics += 1
        if options.strict {
            diagnostics.append(.error(at: location, message))
        } else {
            diagnostics.append(.warning(at: location, Message.Survey.rowExcluded(message)))
        }
    }

    // MARK: - Columns

    /// Which item a header names, and how.
    private func item(forHeader raw: String) -> (Int, SurveyAnalysis.ColumnMatch.Kind)? {
        let key = SurveyText.key(raw)
        if let found = itemKeys[key] { return found }
        // Google Forms grid columns: "Question [Row]".
        if raw.hasSuffix("]"), let open = raw.lastIndex(of: "[") {
            let inner = SurveyText.key(String(raw[raw.index(after: open)..<raw.index(before: raw.endIndex)]))
            if let found = itemKeys[inner] { return found }
        }
        var tokens = key.split(separator: " ")
        guard !tokens.isEmpty else { return nil }
        // "1. Bagaimana ...", "U1 Persyaratan": a leading number or code before a known name.
        let first = String(tokens.removeFirst())
        let rest = tokens.joined(separator: " ")
        if !rest.isEmpty, first.allSatisfy(\.isNumber) || itemKeys[first]?.1 == .code, let found = itemKeys[rest] { return found }
        // "U1 - ...": a code (with a letter) before anything else.
        if let found = itemKeys[first], found.1 == .code, first.contains(where: \.isLetter) { return found }
        // A long question text inside a longer header ("... pelayanannya? *wajib").
        for (offset, item) in definition.items.enumerated() {
            let text = SurveyText.key(item.text)
            if text.count >= 24, key.contains(text) { return (offset, .text) }
        }
        return nil
    }

    /// The item columns, date column, profile columns and `--by` column of one file's header.
    private mutating func matchColumns(_ headers: [String], locations: [SourceLocation], path: String)
        -> (items: [Int], date: Int?, profile: [(Int, Int)], by: Int?)? {
        let keys = headers.map(SurveyText.key)
        var itemColumn = Array(repeating: -1, count: definition.items.count)
        var mapped = Set<Int>()
        var claimed = Set<Int>()
        var failed = false
        var found: [SurveyAnalysis.ColumnMatch] = []
        var problems: [Diagnostic] = []
        let items = definition.items
        func claim(_ item: Int, _ column: Int, _ kind: SurveyAnalysis.ColumnMatch.Kind) {
            let code = items[item].code
            if itemColumn[item] >= 0, itemColumn[item] != column {
                problems.append(.error(at: locations[column], Message.Survey.twoColumnsMatch(headers[column], headers[itemColumn[item]], item: code),
                                       notes: [.init(location: locations[itemColumn[item]], message: Message.Survey.otherColumnHere)]))
                failed = true
                return
            }
            itemColumn[item] = column
            claimed.insert(column)
            found.append(.init(file: path, code: code, header: headers[column], kind: kind))
        }
        for mapping in options.mappings {
            let key = SurveyText.key(mapping.column)
            guard let column = keys.firstIndex(of: key), let item = items.firstIndex(where: { $0.code == mapping.code }) else { continue }
            usedMappings.insert(mapping)
            mapped.insert(item)
            claim(item, column, .map)
        }
        for column in keys.indices where !claimed.contains(column) {
            guard let (item, kind) = item(forHeader: headers[column]), !mapped.contains(item) else { continue }
            claim(item, column, kind)
        }
        diagnostics += problems
        let order = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.code, $0) })
        matches += found.sorted { order[$0.code]! < order[$1.code]! }
        let fileStart = SourceLocation(path: path, line: 1, column: 1)
        for (offset, item) in definition.items.enumerated() where itemColumn[offset] < 0 {
            diagnostics.append(.error(at: fileStart, Message.Survey.noColumnForItem(item.code, title: item.title)))
            failed = true
        }
        let dateKeys = Set(definition.dateColumns.map(SurveyText.key))
        let date = keys.indices.first { !claimed.contains($0) && dateKeys.contains(keys[$0]) }
        if let date { claimed.insert(date) }
        var profile: [(Int, Int)] = []
        for (offset, attribute) in definition.profile.enumerated() {
            let names = Set(attribute.columns.map(SurveyText.key))
            if let column = keys.indices.first(where: { !claimed.contains($0) && names.contains(keys[$0]) }) {
                profile.append((offset, column))
            }
        }
        var by: Int?
        if let name = options.by {
            let key = SurveyText.key(name)
            if let column = keys.firstIndex(of: key) {
                by = column
                byGrouper = SurveyAttributeGrouper(profile.first { $0.1 == column }.map { definition.profile[$0.0] })
            } else if let attribute = definition.profile.firstIndex(where: { SurveyText.key($0.id) == key || SurveyText.key($0.title) == key }),
                      let column = profile.first(where: { $0.0 == attribute })?.1 {
                by = column
                byGrouper = SurveyAttributeGrouper(definition.profile[attribute])
            } else if options.by != nil {
                diagnostics.append(.error(at: fileStart, Message.Survey.byColumnNotInFile(name, suggestion: Suggestion.closest(to: name, in: headers))))
                failed = true
            }
            if by != nil { byFound = true }
        }
        return failed ? nil : (itemColumn, date, profile, by)
    }

    // MARK: - Rows

    mutating func read(_ input: SurveyProcessor.Input) {
        let path = input.path
        if String(validating: input.data, as: UTF8.self) == nil {
            let at = SourceFile(path: path, data: input.data).encodingError
            diagnostics.append(.error(at: at, Message.Survey.notUTF8))
            return
        }
        var reader = SurveyCSVReader(data: input.data)
        var fields: [SurveyCSVReader.Field] = []
        var problem: SurveyCSVReader.Problem?
        guard reader.next(into: &fields, problem: &problem), !fields.allSatisfy({ reader.isBlank($0) }) else {
            diagnostics.append(.error(at: SourceLocation(path: path, line: 1, column: 1), Message.Survey.emptyData))
            return
        }
        let headers = fields.map { reader.text($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        let headerLocations = fields.map { reader.location($0, path: path) }
        if let problem {
            diagnostics.append(.error(at: SourceLocation(path: path, line: problem.line, column: reader.column(of: problem.offset, lineStart: problem.lineStart)),
                                      problem.message))
            return
        }
        guard let columns = matchColumns(headers, locations: headerLocations, path: path) else { return }
        if columns.date == nil, options.from != nil || options.to != nil {
            diagnostics.append(.error(at: SourceLocation(path: path, line: 1, column: 1), Message.Survey.noDateColumn(definition.dateColumns)))
            return
        }
        cellDiagnostics = 0
        hiddenDiagnostics = 0
        var answers = Array(repeating: Int.min, count: definition.items.count)
        let empty = emptyTally
        while reader.next(into: &fields, problem: &problem) {
            if problem == nil, fields.allSatisfy({ reader.isBlank($0) }) { continue }
            rowsRead += 1
            if let problem {
                report(SourceLocation(path: path, line: problem.line, column: reader.column(of: problem.offset, lineStart: problem.lineStart)), problem.message)
                excluded += 1
                continue
            }
            guard fields.count == headers.count else {
                report(reader.location(fields[0], path: path), Message.Survey.cellCount(fields.count, header: headers.count))
                excluded += 1
                continue
            }
            var bad = false
            var date: SurveyDate?
            if let column = columns.date, !reader.isBlank(fields[column]) {
                if let parsed = SurveyDate.parse(utf8: reader.bytes(fields[column])) {
                    date = parsed
                } else {
                    bad = true
                    let text = reader.text(fields[column])
                    report(reader.location(fields[column], path: path), Message.Survey.notADate(text.trimmingCharacters(in: .whitespaces)))
                }
            } else if columns.date != nil, options.from != nil || options.to != nil {
                bad = true
                report(reader.location(fields[columns.date!], path: path), Message.Survey.emptyDate)
            }
            var answeredAny = false
            for item in 0..<answers.count {
                let field = fields[columns.items[item]]
                if let digit = reader.digit(field), digit >= definition.scale.min, digit <= definition.scale.max {
                    answers[item] = digit
                    answeredAny = true
                    continue
                }
                if reader.isBlank(field) {
                    answers[item] = Int.min
                    continue
                }
                switch parsers[item].parse(reader.bytes(field), text: reader.text(field)) {
                case .value(let value):
                    answers[item] = value
                    answeredAny = true
                case .blank:
                    answers[item] = Int.min
                case .bad(let message):
                    bad = true
                    report(reader.location(field, path: path), message)
                }
            }
            if bad {
                excluded += 1
                continue
            }
            if !answeredAny {
                report(reader.location(fields[0], path: path), Message.Survey.rowAnswersNothing)
                excluded += 1
                continue
            }
            if let date {
                if let from = options.from, date < from { outsidePeriod += 1; continue }
                if let to = options.to, date > to { outsidePeriod += 1; continue }
                if firstDate.map({ date < $0 }) ?? true { firstDate = date }
                if lastDate.map({ date > $0 }) ?? true { lastDate = date }
            }
            overall.add(packed: answers)
            if columns.date != nil {
                months[date?.monthKey, default: empty].add(packed: answers)
            }
            if let column = columns.by {
                let key = byGrouper!.group(reader.bytes(fields[column]), text: reader.text(fields[column]))
                byGroups[key, default: empty].add(packed: answers)
            }
            var seen = Array(repeating: false, count: definition.profile.count)
            for (attribute, column) in columns.profile {
                let group = profileGroupers[attribute].group(reader.bytes(fields[column]), text: reader.text(fields[column]))
                profileCounts[attribute][group, default: 0] += 1
                seen[attribute] = true
            }
            for attribute in seen.indices where !seen[attribute] { profileCounts[attribute][nil, default: 0] += 1 }
        }
        if hiddenDiagnostics > 0 {
            let message = Message.Survey.moreProblems(hiddenDiagnostics, path: path)
            diagnostics.append(options.strict ? .error(at: nil, message) : .warning(at: nil, message))
        }
    }

    private var emptyTally: SurveyTally {
        SurveyTally(items: definition.items.count, minimum: definition.scale.min, maximum: definition.scale.max)
    }

    // MARK: - Results

    func analysis(weights: SurveyDefinition.WeightProfile, rule: SurveyDefinition.IndexRule, files: [String]) -> SurveyAnalysis {
        func result(_ tally: SurveyTally) -> SurveyResult {
            SurveyResult.compute(tally, definition: definition, weights: weights, rule: rule)
        }
        let monthGroups = months.keys.sorted { ($0 ?? "~") < ($1 ?? "~") }.map { SurveyAnalysis.Group(key: $0, result: result(months[$0]!)) }
        var breakdown: SurveyAnalysis.Breakdown?
        if let by = options.by, let grouper = byGrouper {
            let keys = ordered(Array(byGroups.keys), declared: grouper.declaredOrder)
            breakdown = .init(column: by, groups: keys.map { SurveyAnalysis.Group(key: $0, result: result(byGroups[$0]!)) })
        }
        var profile: [SurveyAnalysis.ProfileTable] = []
        for (offset, attribute) in definition.profile.enumerated() where profileCounts[offset].keys.contains(where: { $0 != nil }) {
            let declared = profileGroupers[offset].declaredOrder
            let keys = ordered(Array(profileCounts[offset].keys) + declared.map(Optional.some), declared: declared)
            var rows: [SurveyAnalysis.ProfileTable.Row] = []
            for key in keys where !rows.contains(where: { $0.label == key }) {
                rows.append(.init(label: key, count: profileCounts[offset][key] ?? 0))
            }
            profile.append(.init(id: attribute.id, title: attribute.title, rows: rows))
        }
        var period: ClosedRange<SurveyDate>?
        if let start = options.from ?? firstDate, let end = options.to ?? lastDate, start <= end { period = start...end }
        let required = options.population.map { (definition.sampleSize ?? .krejcieMorgan).required(population: $0) }
        return SurveyAnalysis(definition: definition, weights: weights, rule: rule, files: files, rowsRead: rowsRead, excludedRows: excluded,
                              outsidePeriod: outsidePeriod, period: period, periodGiven: (options.from != nil, options.to != nil),
                              population: options.population, requiredSample: required, overall: result(overall), months: monthGroups,
                              breakdown: breakdown, profile: profile, matches: matches)
    }

    /// Declared labels first in their order, then the others sorted, "not given" last.
    private func ordered(_ keys: [String?], declared: [String]) -> [String?] {
        let rank = Dictionary(declared.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return Array(Set(keys)).sorted { lhs, rhs in
            switch (lhs, rhs) {
            case (nil, _): return false
            case (_, nil): return true
            case let (l?, r?):
                switch (rank[l], rank[r]) {
                case let (a?, b?): return a < b
                case (_?, nil): return true
                case (nil, _?): return false
                default: return l < r
                }
            }
        }
    }
}
