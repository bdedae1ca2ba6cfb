import Foundation

/// Parses formula text. Errors carry the 0-based scalar offset in the text, which the loader turns into a
/// source location.
struct FormulaParser {
    struct Failure: Error, Sendable {
        var offset: Int
        var message: Localized
    }

    private let s: [Unicode.Scalar]
    private var p = 0
    private var depth = 0
    private var operations = 0

    /// The most operators and function calls one formula may hold; keeps evaluation shallow and fast.
    static let maximumOperations = 1000

    /// Parses `text`.
    static func parse(_ text: String) -> Result<Formula, Failure> {
        var parser = FormulaParser(s: Array(text.unicodeScalars))
        do {
            let e = try parser.expression()
            parser.skipSpaces()
            if parser.p < parser.s.count {
                throw Failure(offset: parser.p, message: Message.Formula.unexpectedText(parser.rest))
            }
            return .success(Formula(expression: e, text: text))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(offset: 0, message: Localized("\(error)")))
        }
    }

    private init(s: [Unicode.Scalar]) { self.s = s }

    private var rest: String { ScalarText.string(s[p...].prefix(12)) }

    /// Counts one operator or call; fails past `maximumOperations`.
    private mutating func count() throws {
        operations += 1
        if operations > Self.maximumOperations {
            throw Failure(offset: p, message: Message.Formula.tooLong)
        }
    }

    private mutating func skipSpaces() {
        while p < s.count, s[p] == " " || s[p] == "\t" { p += 1 }
    }

    private mutating func expression() throws -> Formula.Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth < 100 else {
            throw Failure(offset: p, message: Message.Formula.nestedTooDeeply)
        }
        var left = try term()
        while true {
            skipSpaces()
            guard p < s.count, s[p] == "+" || s[p] == "-" else { return left }
            let op = Character(s[p])
            try count()
            p += 1
            left = .binary(op, left, try term())
        }
    }

    private mutating func term() throws -> Formula.Expression {
        var left = try factor()
        while true {
            skipSpaces()
            guard p < s.count, s[p] == "*" || s[p] == "/" else { return left }
            let op = Character(s[p])
            try count()
            p += 1
            left = .binary(op, left, try factor())
        }
    }

    private mutating func factor() throws -> Formula.Expression {
        skipSpaces()
        guard p < s.count else {
            throw Failure(offset: p, message: Message.Formula.endsEarly)
        }
        let c = s[p]
        if c == "-" {
            try count()
            p += 1
            depth += 1
            defer { depth -= 1 }
            guard depth < 100 else {
                throw Failure(offset: p, message: Message.Formula.nestedTooDeeply)
            }
            return .negate(try factor())
        }
        if c == "(" {
            let open = p
            p += 1
            let inner = try expression()
            skipSpaces()
            guard p < s.count, s[p] == ")" else {
                throw Failure(offset: open, message: Message.Formula.unclosedParenthesis)
            }
            p += 1
            return inner
        }
        if ("0"..."9").contains(c) {
            let start = p
            while p < s.count, ("0"..."9").contains(s[p]) || s[p] == "." { p += 1 }
            let text = ScalarText.string(s[start..<p])
            guard let value = Number(text: text) else {
                throw Failure(offset: start, message: Message.Formula.invalidNumber(text))
            }
            return .number(value)
        }
        if Self.isCodeStart(c) {
            let start = p
            while p < s.count, Self.isCodeStart(s[p]) || ("0"..."9").contains(s[p]) || s[p] == "." {
                p += 1
            }
            var name = ScalarText.string(s[start..<p])
            while name.hasSuffix(".") { name.removeLast(); p -= 1 }
            skipSpaces()
            if p < s.count, s[p] == "(" {
                guard name == "min" || name == "max" else {
                    throw Failure(offset: start, message: Message.Formula.unknownFunction(name))
                }
                try count()
                p += 1
                var args: [Formula.Expression] = []
                skipSpaces()
                if p < s.count, s[p] == ")" {
                    throw Failure(offset: p, message: Message.Formula.functionNeedsArgument(name))
                }
                while true {
                    args.append(try expression())
                    skipSpaces()
                    if p < s.count, s[p] == "," { p += 1; continue }
                    if p < s.count, s[p] == ")" { p += 1; break }
                    throw Failure(offset: p, message: Message.Formula.expectedCommaOrParenthesis)
                }
                return .call(name, args)
            }
            return .reference(name)
        }
        throw Failure(offset: p, message: Message.Formula.unexpectedCharacter(Character(c)))
    }

    static func isCodeStart(_ c: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(c) || ("a"..."z").contains(c) || c == "_"
    }

    /// Whether `text` is a plain decimal: digits, optionally one dot and more digits, optionally a leading minus.
    static func isDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
    }
}
