import Foundation

/// A workbook written by `lke` read back from its XML parts, with an evaluator for the formulas `lke` writes
/// (arithmetic, comparison, `&`, `IF`, `OR`, `AND`, `SUM`, `N`, `MIN`, `MAX`, `ROUND`, `TRUNC`, `MOD`, `ABS`, `TRIM`,
/// `VLOOKUP`, `NA`), with spreadsheet semantics: an empty cell is 0 in arithmetic and "" in comparisons,
/// `SUM` skips text, comparisons of text ignore case. Tests use it to recalculate a workbook without a
/// spreadsheet program, after changing answers in it as a team would.
final class XLSXWorkbookReader {
    enum Value: Equatable, CustomStringConvertible {
        case empty, number(Double), text(String), bool(Bool), error(String)

        var description: String {
            switch self {
            case .empty: return "(empty)"
            case .number(let n): return "\(n)"
            case .text(let t): return "\"\(t)\""
            case .bool(let b): return b ? "TRUE" : "FALSE"
            case .error(let e): return e
            }
        }
    }

    struct Cell {
        var formula: String?
        /// The value written: a constant, or the cached result of the formula.
        var written: Value
    }

    private(set) var sheetNames: [String] = []
    private var cells: [String: [String: Cell]] = [:]
    private var memo: [String: Value] = [:]
    private var evaluating: Set<String> = []

    init(parts: [(path: String, text: String)]) {
        let text = Dictionary(parts.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        let strings = Self.matches(#"<si><t(?: xml:space="preserve")?>(.*?)</t></si>"#, in: text["xl/sharedStrings.xml"] ?? "").map { Self.unescape($0[1]) }
        sheetNames = Self.matches(#"<sheet name="([^"]*)" sheetId="(\d+)""#, in: text["xl/workbook.xml"] ?? "").map { Self.unescape($0[1]) }
        for (index, name) in sheetNames.enumerated() {
            var sheet: [String: Cell] = [:]
            let xml = text["xl/worksheets/sheet\(index + 1).xml"] ?? ""
            for m in Self.matches(#"<c r="([A-Z]+[0-9]+)"(?: s="\d+")?(?: t="(\w+)")?(?:/>|>(.*?)</c>)"#, in: xml) {
                let type = m[2], body = m[3]
                let formula = Self.matches(#"<f>(.*?)</f>"#, in: body).first.map { Self.unescape($0[1]) }
                let v = Self.matches(#"<v>(.*?)</v>"#, in: body).first.map { Self.unescape($0[1]) }
                let value: Value
                switch type {
                case "s": value = v.flatMap(Int.init).map { .text(strings[$0]) } ?? .empty
                case "str": value = .text(v ?? "")
                case "b": value = .bool(v == "1")
                case "inlineStr": value = .text(Self.matches(#"<t>(.*?)</t>"#, in: body).first.map { Self.unescape($0[1]) } ?? "")
                default: value = v.flatMap(Double.init).map { .number($0) } ?? .empty
                }
                sheet[m[1]] = Cell(formula: formula, written: value)
            }
            cells[name] = sheet
        }
    }

    /// The cell as written (formula and cached value).
    func cell(_ sheet: String, _ reference: String) -> Cell? { cells[sheet]?[reference] }

    /// Every cell reference of a sheet that holds something.
    func references(_ sheet: String) -> [String] { Array((cells[sheet] ?? [:]).keys) }

    /// Replaces a cell by a constant (or empties it), as typing in a spreadsheet does.
    func set(_ sheet: String, _ reference: String, _ value: Value) {
        cells[sheet, default: [:]][reference] = Cell(formula: nil, written: value)
        memo = [:]
    }

    /// The value of a cell, recalculated from the formulas (cached values are not used).
    func value(_ sheet: String, _ reference: String) -> Value {
        let key = sheet + "!" + reference
        if let known = memo[key] { return known }
        guard let cell = cells[sheet]?[reference] else { return .empty }
        guard let formula = cell.formula else { return cell.written }
        guard !evaluating.contains(key) else { return .error("#CIRCULAR") }
        evaluating.insert(key)
        defer { evaluating.remove(key) }
        var parser = Parser(text: formula, sheet: sheet)
        let result: Value
        if let expression = parser.parse() { result = evaluate(expression) } else { result = .error("#PARSE(\(formula))") }
        memo[key] = result
        return result
    }

    // MARK: - Formulas

    indirect enum Expression {
        case number(Double), text(String), bool(Bool)
        case cell(sheet: String, String)
        case range(sheet: String, String, String)
        case unary(Character, Expression)
        case binary(String, Expression, Expression)
        case call(String, [Expression])
    }

    struct Parser {
        let s: [Character]
        let sheet: String
        var p = 0

        init(text: String, sheet: String) {
            s = Array(text)
            self.sheet = sheet
        }

        mutating func parse() -> Expression? {
            guard let e = comparison(), p == s.count else { return nil }
            return e
        }

        private mutating func comparison() -> Expression? {
            guard var left = concatenation() else { return nil }
            while true {
                var op = ""
                for candidate in ["<=", ">=", "<>", "=", "<", ">"] where matches(candidate) { op = candidate; break }
                guard !op.isEmpty else { return left }
                p += op.count
                guard let right = concatenation() else { return nil }
                left = .binary(op, left, right)
            }
        }

        private mutating func concatenation() -> Expression? {
            guard var left = additive() else { return nil }
            while p < s.count, s[p] == "&" {
                p += 1
                guard let right = additive() else { return nil }
                left = .binary("&", left, right)
            }
            return left
        }

        private mutating func additive() -> Expression? {
            guard var left = multiplicative() else { return nil }
            while p < s.count, s[p] == "+" || s[p] == "-" {
                let op = String(s[p]); p += 1
                guard let right = multiplicative() else { return nil }
                left = .binary(op, left, right)
            }
            return left
        }

        private mutating func multiplicative() -> Expression? {
            guard var left = power() else { return nil }
            while p < s.count, s[p] == "*" || s[p] == "/" {
                let op = String(s[p]); p += 1
                guard let right = power() else { return nil }
                left = .binary(op, left, right)
            }
            return left
        }

        private mutating func power() -> Expression? {
            guard var left = unary() else { return nil }
            while p < s.count, s[p] == "^" {
                p += 1
                guard let right = unary() else { return nil }
                left = .binary("^", left, right)
            }
            return left
        }

        private mutating func unary() -> Expression? {
            if p < s.count, s[p] == "-" { p += 1; return unary().map { .unary("-", $0) } }
            return primary()
        }

        private func matches(_ text: String) -> Bool {
            let t = Array(text)
            return p + t.count <= s.count && Array(s[p..<p + t.count]) == t
        }

        private mutating func primary() -> Expression? {
            guard p < s.count else { return nil }
            let c = s[p]
            if c == "(" {
                p += 1
                let e = comparison()
                guard p < s.count, s[p] == ")" else { return nil }
                p += 1
                return e
            }
            if c == "\"" {
                var text = ""
                p += 1
                while p < s.count {
                    if s[p] == "\"" {
                        if p + 1 < s.count, s[p + 1] == "\"" { text.append("\""); p += 2; continue }
                        p += 1
                        return .text(text)
                    }
                    text.append(s[p]); p += 1
                }
                return nil
            }
            if c.isNumber || c == "." {
                let start = p
                while p < s.count, s[p].isNumber || s[p] == "." { p += 1 }
                if p < s.count, s[p] == "E" || s[p] == "e" {
                    p += 1
                    if p < s.count, s[p] == "+" || s[p] == "-" { p += 1 }
                    while p < s.count, s[p].isNumber { p += 1 }
                }
                return Double(String(s[start..<p])).map { .number($0) }
            }
            // A sheet prefix, a cell or range, a function, TRUE/FALSE.
            var sheetName = sheet
            if c == "'" {
                var name = ""
                p += 1
                while p < s.count {
                    if s[p] == "'" {
                        if p + 1 < s.count, s[p + 1] == "'" { name.append("'"); p += 2; continue }
                        p += 1
                        break
                    }
                    name.append(s[p]); p += 1
                }
                guard p < s.count, s[p] == "!" else { return nil }
                p += 1
                sheetName = name
                return reference(in: sheetName)
            }
            let start = p
            while p < s.count, s[p].isLetter || s[p].isNumber || s[p] == "_" || s[p] == "$" || s[p] == "." { p += 1 }
            let word = String(s[start..<p])
            if p < s.count, s[p] == "!" {
                p += 1
                return reference(in: word)
            }
            if p < s.count, s[p] == "(" {
                p += 1
                var args: [Expression] = []
                if p < s.count, s[p] == ")" { p += 1; return .call(word.uppercased(), args) }
                while true {
                    guard let arg = comparison() else { return nil }
                    args.append(arg)
                    guard p < s.count else { return nil }
                    if s[p] == "," { p += 1; continue }
                    if s[p] == ")" { p += 1; return .call(word.uppercased(), args) }
                    return nil
                }
            }
            if word == "TRUE" { return .bool(true) }
            if word == "FALSE" { return .bool(false) }
            p = start
            return reference(in: sheetName)
        }

        private mutating func reference(in sheet: String) -> Expression? {
            guard let first = cellName() else { return nil }
            if p < s.count, s[p] == ":" {
                p += 1
                guard let second = cellName() else { return nil }
                return .range(sheet: sheet, first, second)
            }
            return .cell(sheet: sheet, first)
        }

        private mutating func cellName() -> String? {
            var name = ""
            if p < s.count, s[p] == "$" { p += 1 }
            while p < s.count, s[p].isUppercase, s[p].isASCII { name.append(s[p]); p += 1 }
            if p < s.count, s[p] == "$" { p += 1 }
            let letters = name.count
            while p < s.count, s[p].isNumber { name.append(s[p]); p += 1 }
            return letters > 0 && name.count > letters ? name : nil
        }
    }

    private func evaluate(_ e: Expression) -> Value {
        switch e {
        case .number(let n): return .number(n)
        case .text(let t): return .text(t)
        case .bool(let b): return .bool(b)
        case .cell(let sheet, let name): return value(sheet, name)
        case .range: return .error("#VALUE!")
        case .unary(_, let inner):
            return number(evaluate(inner)).map { .number(-$0) } ?? .error("#VALUE!")
        case .binary(let op, let l, let r):
            let a = evaluate(l), b = evaluate(r)
            if case .error = a { return a }
            if case .error = b { return b }
            switch op {
            case "&": return .text(text(a) + text(b))
            case "=", "<>", "<", ">", "<=", ">=":
                let order = compare(a, b)
                switch op {
                case "=": return .bool(order == 0)
                case "<>": return .bool(order != 0)
                case "<": return .bool(order < 0)
                case ">": return .bool(order > 0)
                case "<=": return .bool(order <= 0)
                default: return .bool(order >= 0)
                }
            default:
                guard let x = number(a), let y = number(b) else { return .error("#VALUE!") }
                switch op {
                case "+": return .number(x + y)
                case "-": return .number(x - y)
                case "*": return .number(x * y)
                case "^": return .number(pow(x, y))
                default: return y == 0 ? .error("#DIV/0!") : .number(x / y)
                }
            }
        case .call(let name, let args):
            return call(name, args)
        }
    }

    private func call(_ name: String, _ args: [Expression]) -> Value {
        switch name {
        case "IF":
            let condition = evaluate(args[0])
            if case .error = condition { return condition }
            let truth: Bool
            switch condition {
            case .bool(let b): truth = b
            case .number(let n): truth = n != 0
            case .empty: truth = false
            default: return .error("#VALUE!")
            }
            if truth { return evaluate(args[1]) }
            return args.count > 2 ? evaluate(args[2]) : .bool(false)
        case "OR", "AND":
            var results: [Bool] = []
            for arg in args {
                switch evaluate(arg) {
                case .bool(let b): results.append(b)
                case .number(let n): results.append(n != 0)
                case .error(let e): return .error(e)
                default: return .error("#VALUE!")
                }
            }
            return .bool(name == "OR" ? results.contains(true) : results.allSatisfy { $0 })
        case "SUM":
            var total = 0.0
            for arg in args {
                for v in values(arg) {
                    switch v {
                    case .number(let n): total += n
                    case .error: return v
                    default: break
                    }
                }
            }
            return .number(total)
        case "N":
            switch evaluate(args[0]) {
            case .number(let n): return .number(n)
            case .bool(let b): return .number(b ? 1 : 0)
            case .error(let e): return .error(e)
            default: return .number(0)
            }
        case "MIN", "MAX":
            var numbers: [Double] = []
            for arg in args {
                for v in values(arg) {
                    if case .number(let n) = v { numbers.append(n) }
                    if case .error = v { return v }
                }
            }
            guard !numbers.isEmpty else { return .number(0) }
            return .number(name == "MIN" ? numbers.min()! : numbers.max()!)
        case "ROUND", "TRUNC":
            guard let x = number(evaluate(args[0])), let d = args.count > 1 ? number(evaluate(args[1])) : 0 else { return .error("#VALUE!") }
            // As spreadsheets do: on the decimal the double prints as (15 significant digits), half away from zero.
            var decimal = Decimal(string: String(format: "%.15g", x)) ?? 0
            var rounded = Decimal()
            NSDecimalRound(&rounded, &decimal, Int(d), name == "ROUND" ? .plain : (x < 0 ? .up : .down))
            return .number(NSDecimalNumber(decimal: rounded).doubleValue)
        case "MOD":
            guard let x = number(evaluate(args[0])), let y = number(evaluate(args[1])), y != 0 else { return .error("#DIV/0!") }
            return .number(x - y * (x / y).rounded(.down))
        case "ABS":
            return number(evaluate(args[0])).map { .number(abs($0)) } ?? .error("#VALUE!")
        case "TRIM":
            let v = evaluate(args[0])
            if case .error = v { return v }
            return .text(text(v).split(separator: " ").joined(separator: " "))
        case "NA":
            return .error("#N/A")
        case "VLOOKUP":
            let key = evaluate(args[0])
            if case .error = key { return key }
            guard case .range(let sheet, let from, let to) = args[1], let column = number(evaluate(args[2])) else { return .error("#VALUE!") }
            let (c1, r1) = Self.split(from), (_, r2) = Self.split(to)
            for row in r1...r2 where compare(value(sheet, Self.name(c1, row)), key) == 0 {
                return value(sheet, Self.name(c1 + Int(column) - 1, row))
            }
            return .error("#N/A")
        default:
            return .error("#NAME?(\(name))")
        }
    }

    /// The values of an argument: every cell of a range, or the one value.
    private func values(_ e: Expression) -> [Value] {
        guard case .range(let sheet, let from, let to) = e else {
            let v = evaluate(e)
            if case .cell = e { return [v] }
            if case .text(let t) = v { return Double(t).map { [.number($0)] } ?? [.error("#VALUE!")] }
            return [v]
        }
        let (c1, r1) = Self.split(from), (c2, r2) = Self.split(to)
        return (r1...r2).flatMap { row in (c1...c2).map { value(sheet, Self.name($0, row)) } }
    }

    private func number(_ v: Value) -> Double? {
        switch v {
        case .number(let n): return n
        case .empty: return 0
        case .bool(let b): return b ? 1 : 0
        case .text(let t): return Double(t)
        case .error: return nil
        }
    }

    private func text(_ v: Value) -> String {
        switch v {
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : "\(n)"
        case .text(let t): return t
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .empty, .error: return ""
        }
    }

    /// Spreadsheet comparison: numbers before text before booleans; text ignoring case; empty as 0 or "".
    private func compare(_ a: Value, _ b: Value) -> Int {
        func rank(_ v: Value) -> Int {
            switch v { case .number: return 0; case .text: return 1; case .bool: return 2; default: return 3 }
        }
        var a = a, b = b
        if case .empty = a { if case .text = b { a = .text("") } else { a = .number(0) } }
        if case .empty = b { if case .text = a { b = .text("") } else { b = .number(0) } }
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.text(let x), .text(let y)):
            let l = x.lowercased(), r = y.lowercased()
            return l < r ? -1 : (l > r ? 1 : 0)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        default: return rank(a) < rank(b) ? -1 : 1
        }
    }

    static func split(_ name: String) -> (column: Int, row: Int) {
        let letters = name.prefix { $0.isLetter }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return (column, Int(name.dropFirst(letters.count)) ?? 0)
    }

    static func name(_ column: Int, _ row: Int) -> String {
        var n = column, letters = ""
        while n > 0 { letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters; n = (n - 1) / 26 }
        return letters + String(row)
    }

    private static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#10;", with: "\n")
            .replacingOccurrences(of: "&#9;", with: "\t").replacingOccurrences(of: "&#13;", with: "\r")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
