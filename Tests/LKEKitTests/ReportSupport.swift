import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Loading helpers for the report tests.
enum ReportFixtures {
    /// The bundled library, loaded once.
    static let library = QuestionnaireLibrary()

    /// The score card of `examples/<name>.yaml`, loaded under its relative path so that reports (which
    /// print the path) do not depend on where the project lives.
    static func example(_ name: String) throws -> ScoreCard {
        let relative = "examples/\(name).yaml"
        let data = try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.path(relative)))
        let outcome = AnswerSheetLoader(library: library).load(SourceFile(path: relative, data: data))
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        return Scorer.score(try #require(outcome.answers))
    }

    /// The score card of answer-file text.
    static func card(_ text: String, path: String = "uji.yaml") throws -> ScoreCard {
        let outcome = AnswerSheetLoader(library: library).load(SourceFile(path: path, text: text))
        #expect(!outcome.diagnostics.hasErrors, "\(DiagnosticRenderer(language: .en, sources: [SourceFile(path: path, text: text)]).render(outcome.diagnostics))")
        return Scorer.score(try #require(outcome.answers))
    }

    /// Splits RFC 4180 text into records of fields (quotes undone), checking that every record ends in CRLF.
    static func parseCSV(_ text: String, separator: Character = ",", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var atFieldStart = true
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 2; continue }
                    quoted = false
                } else {
                    field.unicodeScalars.append(c)
                }
                i += 1
                continue
            }
            if c == "\"", atFieldStart { quoted = true; atFieldStart = false; i += 1; continue }
            if Character(c) == separator { record.append(field); field = ""; atFieldStart = true; i += 1; continue }
            if c == "\r" {
                #expect(i + 1 < scalars.count && scalars[i + 1] == "\n", "a bare CR ends a record", sourceLocation: sourceLocation)
                record.append(field); records.append(record); record = []; field = ""; atFieldStart = true
                i += 2
                continue
            }
            #expect(c != "\n", "a bare LF ends a record", sourceLocation: sourceLocation)
            field.unicodeScalars.append(c)
            atFieldStart = false
            i += 1
        }
        #expect(record.isEmpty && field.isEmpty, "the last record does not end in CRLF", sourceLocation: sourceLocation)
        return records
    }

    /// The cells of a Markdown table row, split on unescaped pipes.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line.dropFirst().dropLast() {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" { current.append(character); escaped = true; continue }
            if character == "|" { cells.append(current); current = ""; continue }
            current.append(character)
        }
        cells.append(current)
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
