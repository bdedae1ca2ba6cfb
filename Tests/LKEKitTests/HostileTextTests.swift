import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Hostile names in answer files go through every Markdown and CSV report with one escaper each: no raw HTML,
/// no link, no emphasis comes out of the Markdown, and the CSV field of the same text is the same everywhere.
@Suite struct HostileTextTests {
    static let unit = "<script>alert(1)</script> A*B _x_"
    static let instansi = "<img src=x onerror=alert(1)> [klik](javascript:alert(1))"
    static let period = "<javascript:alert(1)> `kode` | ~~coret~~ &amp;"

    static func answerFile(_ unit: String = unit) -> String {
        """
        questionnaire: lke-zi-2021
        unit: '\(unit.replacingOccurrences(of: "'", with: "''"))'
        instansi: '\(instansi)'
        period: '\(period)'
        answers:
          A.I.1.i.a: Ya
          A.II.1.i.a.1: 2
          A.II.1.i.a.2: 1

        """
    }

    /// Whether `markdown` holds live markup from the hostile names: a tag or autolink start (`<` then a letter),
    /// a link (`](`), emphasis (`*`, `_x_`), a code span or strikethrough, each not preceded by a backslash.
    static func liveMarkup(in markdown: String) -> [String] {
        var found: [String] = []
        let scalars = Array(markdown.unicodeScalars)
        for i in scalars.indices {
            let escaped = i > 0 && scalars[i - 1] == "\\"
            guard !escaped else { continue }
            let next = i + 1 < scalars.count ? scalars[i + 1] : " "
            switch scalars[i] {
            case "<" where next.properties.isAlphabetic: found.append("<\(next)")
            case "]" where next == "(": found.append("](")
            case "[": found.append("[")
            case "*": found.append("*")
            case "~" where next == "~": found.append("~~")
            case "&" where next.properties.isAlphabetic: found.append("&\(next)")
            default: break
            }
        }
        return found
    }

    @Test func everyMarkdownReportEscapesHostileNames() throws {
        let card = try ReportFixtures.card(Self.answerFile(), path: "jahat.yaml")
        let other = try ReportFixtures.card(Self.answerFile("Unit <b>lain</b>"), path: "lain.yaml")
        let score = MarkdownReport(options: ReportOptions(language: .id)).report(card)
        let layout = BatchLayout(questionnaire: card.questionnaire)
        var result = BatchResult(layout: layout)
        result.add(layout.row(of: card, path: "a/jahat.yaml"))
        result.add(layout.row(of: other, path: "b/<i>lain</i>.yaml"))
        let batch = BatchReport(result: result, language: .id).text(.md)
        let diff = AnswerDiff(old: other, new: card).text(.md, language: .id)
        let gap = GapPlanRenderer(language: .id).render(try #require(GapPlanner.plan(card, target: "wbk")), card: card)
        for (name, text) in [("score", score), ("batch", batch), ("diff", diff), ("gap", gap)] {
            // Only the names' own lines: the reports' own markup (bold, tables) is not from input.
            let lines = text.split(separator: "\n").filter { $0.contains("alert") || $0.contains("lain") }
            #expect(!lines.isEmpty, "\(name): the names do not appear")
            for line in lines {
                let own = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`jahat.yaml`", with: "").replacingOccurrences(of: "`lain.yaml`", with: "")
                #expect(Self.liveMarkup(in: own).isEmpty, "\(name): live markup \(Self.liveMarkup(in: own)) in: \(line)")
            }
        }
        // The same text is escaped the same way by score and batch.
        #expect(score.contains(MarkdownText.inline(Self.unit)))
        #expect(batch.contains(MarkdownText.cell(Self.unit)))
        #expect(MarkdownText.cell(Self.unit) == "\\<script>alert(1)\\</script> A\\*B \\_x\\_")
        #expect(BatchText.markdownCell(Self.period) == MarkdownText.cell(Self.period))
    }

    @Test func oneCSVFieldWriter() {
        let standard = CSVReport.Dialect.standard, excel = CSVReport.Dialect.excel
        // A number in the dialect's notation is no formula; anything else starting with - is.
        #expect(standard.field("-1.25") == "-1.25")
        #expect(standard.field("-1,25") == "\"'-1,25\"")
        #expect(excel.field("-1,25") == "-1,25")
        #expect(excel.field("-1.25") == "'-1.25")
        #expect(standard.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(standard.field("A*B") == "A*B")
        // Batch, diff and score write the same field for the same text.
        for text in ["-1.25", "-1,25", "A*B", "=1+2", "@x", "a,b", "q\"uote", "line\nbreak", Self.unit, Self.instansi] {
            #expect(BatchText.csv(text) == standard.field(text), "\(text)")
        }
    }
}
