import Foundation

/// The survey CSV reader, as `lke survey FILE --instrument skm` calls it (bundled SKM definition, default
/// options).
///
/// Invariants: every diagnostic points inside the input; the reader's fields lie inside the bytes and in order;
/// when the data gives an analysis, every respondent counted was read from a row of the file (there are never
/// more respondents than lines).
enum FuzzSurveyCSV {
    static let definitions = SurveyLoader.bundled()
    static let skm = definitions.first { $0.instrument == "skm" } ?? definitions[0]

    static func run(_ data: Data) {
        if String(validating: data, as: UTF8.self) != nil {
            var reader = SurveyCSVReader(data: data)
            var fields: [SurveyCSVReader.Field] = []
            var problem: SurveyCSVReader.Problem?
            var records = 0
            var previous = -1
            while reader.next(into: &fields, problem: &problem) {
                records += 1
                FuzzCheck.require(records <= data.count + 1, "more records than bytes")
                for field in fields {
                    FuzzCheck.require(field.start <= field.end && field.end <= reader.bytes.count, "field \(field.start)..<\(field.end) outside \(reader.bytes.count) bytes")
                    FuzzCheck.require(field.cellStart > previous || field.cellStart == previous && field.start == field.end,
                                      "fields out of order at \(field.cellStart)")
                    previous = max(previous, field.cellStart)
                }
                if let problem { FuzzCheck.require(problem.offset <= reader.bytes.count, "a problem past the end") }
            }
        }
        let outcome = SurveyProcessor(definition: skm).run([.init(path: "fuzz.csv", data: data)])
        FuzzCheck.locationsInside(outcome.diagnostics, path: "fuzz.csv", data: data)
        if let analysis = outcome.analysis {
            // A record ends at a line feed, at the end of the data, or at a carriage return that closes a quoted
            // field without a line feed after it (a CR-only line end), so these bound the rows.
            let bytes = [UInt8](data)
            let loneCRs = bytes.indices.filter { bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A) }.count
            let lines = FuzzCheck.lineLengths(data).count + loneCRs
            FuzzCheck.require(analysis.overall.respondents <= lines, "\(analysis.overall.respondents) respondents from \(lines) lines")
            FuzzCheck.require(analysis.rowsRead <= lines, "\(analysis.rowsRead) rows from \(lines) lines")
            for item in analysis.overall.items {
                FuzzCheck.require(item.answered <= analysis.overall.respondents && item.distribution.reduce(0, +) == item.answered,
                                  "item \(item.code): \(item.answered) answers, distribution \(item.distribution)")
            }
        }
    }
}
