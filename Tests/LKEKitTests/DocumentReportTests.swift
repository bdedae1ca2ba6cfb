import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// The HTML and DOCX reports: golden files, escaping of hostile input, charts drawn from the definition,
/// the `head:` signature block, and the Markdown reader behind the batch, diff, survey and gap pages.
@Suite struct DocumentReportTests {
    static let examples = ["kantor-contoh", "draf-belum-lengkap"]

    // MARK: - Golden files

    @Test(arguments: examples) func htmlMatchesItsGoldenFile(example: String) throws {
        let card = try ReportFixtures.example(example)
        assertSnapshot(HTMLReport(options: .init(language: .id)).report(card), named: "report-\(example).id.html")
    }

    @Test func englishHTMLMatchesItsGoldenFile() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        assertSnapshot(HTMLReport(options: .init(language: .en)).report(card), named: "report-kantor-contoh.en.html")
    }

    /// Every XML part of the DOCX package, one golden file each.
    @Test func docxPartsMatchTheirGoldenFiles() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        let document = try #require(documentOf(card, language: .id))
        for part in document.docxParts {
            let name = "report-kantor-contoh.docx." + part.name.replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
            assertSnapshot(part.text, named: name)
        }
    }

    /// The DOCX through the ZIP writer: a ZIP archive whose every XML part parses, with the same bytes
    /// on every run.
    @Test func docxIsAWellFormedZipAndDeterministic() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        let first = DOCXReport(options: .init(language: .id)).render(card).data
        let second = DOCXReport(options: .init(language: .id)).render(try ReportFixtures.example("kantor-contoh")).data
        #expect(first == second)
        #expect(first.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        let document = try #require(documentOf(card, language: .id))
        for part in document.docxParts {
            #expect(XMLCheck.problem(part.text) == nil, "\(part.name): \(XMLCheck.problem(part.text) ?? "")")
            #expect(first.range(of: Data(part.name.utf8)) != nil, "\(part.name) is in the archive")
        }
    }

    /// The Markdown report is the same document's third rendering: the model gives it unchanged.
    @Test(arguments: examples) func markdownIsRenderedFromTheSameModel(example: String) throws {
        let card = try ReportFixtures.example(example)
        let markdown = MarkdownReport(options: .init(language: .id)).report(card)
        let html = HTMLReport(options: .init(language: .id)).report(card)
        // Every heading of the Markdown is a heading of the HTML.
        for line in markdown.split(separator: "\n") where line.hasPrefix("## ") {
            #expect(html.contains("<h2>" + line.dropFirst(3) + "</h2>"), "\(line)")
        }
    }

    // MARK: - Numbers and language

    @Test func numbersFollowTheLanguage() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        let id = HTMLReport(options: .init(language: .id)).report(card)
        let en = HTMLReport(options: .init(language: .en)).report(card)
        #expect(id.contains("78,92 dari 100,00"))
        #expect(id.contains("<html lang=\"id\">"))
        #expect(en.contains("78.92 of 100.00"))
        #expect(en.contains("<html lang=\"en\">"))
        #expect(id.contains("Halaman \" counter(page) \" dari \" counter(pages)"))
    }

    // MARK: - Self-contained and print-ready

    @Test func htmlIsSelfContainedAndPrintReady() throws {
        let html = HTMLReport(options: .init(language: .id)).report(try ReportFixtures.example("kantor-contoh"))
        let lower = html.lowercased()
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<link"))
        #expect(!lower.contains("src="))
        #expect(!lower.contains("@import"))
        #expect(!lower.contains("url(http"))
        #expect(lower.contains("@page { size: a4"))
        #expect(lower.contains("thead { display: table-header-group; }"))
        #expect(lower.contains("break-inside: avoid"))
        #expect(lower.contains("<section class=\"wide\">"))
        // Four charts, each with a title, a description and a table as its text equivalent.
        #expect(html.components(separatedBy: "role=\"img\"").count - 1 == 3)
        #expect(html.components(separatedBy: "<desc id=").count - 1 == 3)
        #expect(html.components(separatedBy: "<table class=\"sr\">").count - 1 == 3)
    }

    // MARK: - Charts come from the definition

    /// The WBK and WBBM lines of the area chart are the predicates' `min_percent`; a definition with other
    /// thresholds draws other lines.
    @Test func areaLinesComeFromTheDefinition() throws {
        let card = try ReportFixtures.example("kantor-contoh")
        let html = HTMLReport(options: .init(language: .id)).report(card)
        #expect(html.contains("Menuju WBK 60,00%"))
        #expect(html.contains("Menuju WBBM 75,00%"))

        let definition = try String(contentsOfFile: ProjectPaths.path("questionnaires/lke-zi-2021.yaml"), encoding: .utf8)
        let changed = definition.replacingOccurrences(of: "min_percent: 60", with: "min_percent: 55")
            .replacingOccurrences(of: "min_percent: 75", with: "min_percent: 70")
        #expect(changed != definition)
        let directory = ProjectPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("lke-zi-2021.yaml").path
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        let library = QuestionnaireLibrary(paths: [path])
        let text = try String(contentsOfFile: ProjectPaths.path("examples/kantor-contoh.yaml"), encoding: .utf8)
        let outcome = AnswerSheetLoader(library: library).load(SourceFile(path: "k.yaml", text: text))
        let other = HTMLReport(options: .init(language: .id)).report(Scorer.score(try #require(outcome.answers)))
        #expect(other.contains("Menuju WBK 55,00%"))
        #expect(other.contains("Menuju WBBM 70,00%"))
        #expect(!other.contains("Menuju WBK 60,00%"))
    }

    // MARK: - Escaping

    static let hostile = """
        questionnaire: lke-zi-2021
        unit: "<script>alert('unit')</script> & Co \\"quoted\\""
        instansi: "<img src=x onerror=alert(1)>"
        period: "2026' onmouseover='alert(2)"
        head:
          name: "<b>Kepala</b> \\"Dr.\\" & co"
          nip: "1970<br>"
          position: "Kepala <i>Kantor</i>"
          place: "Jakarta\\" onload=\\"x"
        answers:
          A.I.1.i.a:
            value: Ya
            note: "</td></tr><script>alert(3)</script>"
            evidence:
              - "javascript:alert(4)"
              - "JaVaScRiPt:alert(5)"
              - "https://example.go.id/a?x=1&y=\\"><script>alert(6)</script>"
              - "https://example.go.id/bukti aman.pdf"
              - "https://example.go.id/bukti-aman.pdf"
              - "data:text/html,<script>alert(7)</script>"
        """

    @Test func hostileInputIsEscapedInHTML() throws {
        let card = try ReportFixtures.card(Self.hostile)
        for language in Language.allCases {
            let html = HTMLReport(options: .init(language: language)).report(card)
            let lower = html.lowercased()
            #expect(!lower.contains("<script"))
            #expect(!lower.contains("<img"))
            #expect(!lower.contains("<b>kepala"))
            #expect(!lower.contains("<br>"))
            #expect(!lower.contains("<i>kantor"))
            #expect(!lower.contains("</td></tr><"))
            #expect(!lower.contains("' onmouseover='"))
            #expect(!lower.contains("\" onload=\""))
            #expect(html.contains("&lt;script&gt;alert(&#39;unit&#39;)&lt;/script&gt; &amp; Co &quot;quoted&quot;"))
            #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
            // Only the one clean http(s) address becomes a link.
            let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
            #expect(hrefs == ["https://example.go.id/bukti-aman.pdf"])
            #expect(html.contains("javascript:alert(4)"))
        }
    }

    @Test func hostileInputIsEscapedInDOCX() throws {
        let card = try ReportFixtures.card(Self.hostile)
        let document = try #require(documentOf(card, language: .id))
        for part in document.docxParts {
            #expect(XMLCheck.problem(part.text) == nil, "\(part.name): \(XMLCheck.problem(part.text) ?? "")")
        }
        let body = try #require(document.docxParts.first { $0.name == "word/document.xml" }).text
        #expect(body.contains("&lt;script&gt;alert(&#39;unit&#39;)&lt;/script&gt;"))
        #expect(!body.contains("<script"))
        #expect(body.contains("&lt;b&gt;Kepala&lt;/b&gt; &quot;Dr.&quot; &amp; co"))
        let relationships = try #require(document.docxParts.first { $0.name == "word/_rels/document.xml.rels" }).text
        let targets = relationships.components(separatedBy: "TargetMode=\"External\"").count - 1
        #expect(targets == 1)
        #expect(relationships.contains("Target=\"https://example.go.id/bukti-aman.pdf\" TargetMode=\"External\""))
        #expect(!relationships.lowercased().contains("javascript"))
    }

    /// The batch, diff, survey and gap pages read their Markdown back: whatever it holds is text, escaped.
    @Test func markdownReadBackIsEscapedInHTMLAndXML() {
        let document = ReportDocument(markdown: """
            # <script>alert(1)</script>

            | <img src=x onerror=alert(2)> | b |
            |---|---|
            | [x](javascript:alert(3)) | "a" onclick="b" |

            - <a href="javascript:alert(4)">x</a>
            """, language: .id)
        let html = document.html.lowercased()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<a "))
        #expect(!html.contains("href=\""))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        for part in document.docxParts {
            #expect(XMLCheck.problem(part.text) == nil, "\(part.name)")
        }
    }

    // MARK: - Signature block

    @Test func signatureIsFilledFromTheHeadBlock() throws {
        let text = """
            questionnaire: lke-zi-2021
            unit: Kantor Uji
            head:
              name: Dra. Siti Contoh, M.Si.
              nip: "19700101 200003 2 001"
              position: Kepala Kantor Uji
              place: Bandung
              date: 4 Desember 2026
            answers: {}
            """
        let card = try ReportFixtures.card(text)
        let html = HTMLReport(options: .init(language: .id)).report(card)
        #expect(html.contains("<p>Bandung, 4 Desember 2026</p>\n<p>Kepala Kantor Uji</p>"))
        #expect(html.contains("<p class=\"name\">Dra. Siti Contoh, M.Si.</p>\n<p>NIP 19700101 200003 2 001</p>"))
        let body = try #require(documentOf(card, language: .id)?.docxParts.first { $0.name == "word/document.xml" }).text
        #expect(body.contains("Dra. Siti Contoh, M.Si."))
        #expect(body.contains("NIP 19700101 200003 2 001"))
        // Without a head block: dotted lines to fill by hand, the position from the unit.
        let bare = HTMLReport(options: .init(language: .en)).report(try ReportFixtures.card("questionnaire: lke-zi-2021\nunit: Kantor Uji\nanswers: {}\n"))
        #expect(bare.contains("<p>Head of Kantor Uji</p>"))
        #expect(bare.contains("NIP ……………………………"))
        // The Markdown report has no signature block: it is not a document to sign.
        #expect(!MarkdownReport(options: .init(language: .id)).report(card).contains("Siti"))
    }

    // MARK: - Markdown reader

    @Test func markdownReaderReadsTheSubsetTheWritersEmit() {
        let document = ReportDocument(markdown: """
            # Judul \\*bukan tebal\\*

            Baris satu
            baris dua **tebal** dan `kode`.

            - butir
              - anak

            | A | B |
            |---|---:|
            | x \\| y | **1** |

            ---
            """, language: .id)
        #expect(document.title == "Judul *bukan tebal*")
        #expect(document.blocks == [
            .heading(level: 1, [.text("Judul *bukan tebal*")]),
            .paragraph([.text("Baris satu baris dua "), .strong([.text("tebal")]), .text(" dan "), .code("kode"), .text(".")]),
            .list([[.text("butir")], [.plain("↳ "), .text("anak")]]),
            .table(.init(columns: [.init([.text("A")], .left, .text), .init([.text("B")], .right, .number)],
                         rows: [.init([[.text("x | y")], [.strong([.text("1")])]])])),
            .rule,
        ])
    }

    // MARK: - Helpers

    /// The score report's document.
    private func documentOf(_ card: ScoreCard, language: Language) -> ReportDocument? {
        ReportDocument.score(card, language: language)
    }
}

/// A small well-formedness check for the XML the DOCX writer produces (Foundation's XML parser needs
/// libxml2, which the package does not link): every start tag closed in order, attribute values quoted and
/// free of `<`, and every `&` the start of a character or entity reference.
enum XMLCheck {
    static func problem(_ xml: String) -> String? {
        var stack: [String] = []
        var rest = Substring(xml)
        if rest.hasPrefix("<?xml") {
            guard let end = rest.range(of: "?>") else { return "unterminated declaration" }
            rest = rest[end.upperBound...]
        }
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            if let problem = checkText(rest[..<open]) { return problem }
            if rest[open] == "&" {
                guard let semicolon = rest[open...].firstIndex(of: ";") else { return "bare &" }
                let name = rest[rest.index(after: open)..<semicolon]
                let known = ["amp", "lt", "gt", "quot", "apos"].contains(name)
                let numeric = name.hasPrefix("#") && name.dropFirst().allSatisfy(\.isNumber) && name.count > 1
                guard known || numeric else { return "bad reference &\(name);" }
                rest = rest[rest.index(after: semicolon)...]
                continue
            }
            guard let close = tagEnd(rest[open...]) else { return "unterminated tag" }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("/") {
                guard stack.popLast() == String(tag.dropFirst()) else { return "mismatched </\(tag.dropFirst())>" }
            } else {
                let name = String(tag.prefix { $0 != " " && $0 != "/" })
                if let problem = checkAttributes(tag.dropFirst(name.count)) { return problem + " in <\(name)>" }
                if !tag.hasSuffix("/") { stack.append(name) }
            }
        }
        return stack.isEmpty ? nil : "unclosed <\(stack.last!)>"
    }

    /// The `>` ending the tag that starts at `text`'s first character, skipping quoted attribute values.
    private static func tagEnd(_ text: Substring) -> Substring.Index? {
        var quote: Character?
        for index in text.indices.dropFirst() {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return index
            }
        }
        return nil
    }

    private static func checkText(_ text: Substring) -> String? {
        text.contains(">") && text.contains("<") ? "markup in text" : nil
    }

    private static func checkAttributes(_ text: Substring) -> String? {
        var rest = text.drop { $0 == " " }
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        while !rest.isEmpty {
            guard let equals = rest.firstIndex(of: "=") else { return "attribute without value" }
            let after = rest.index(after: equals)
            guard after < rest.endIndex, rest[after] == "\"" else { return "unquoted attribute" }
            guard let end = rest[rest.index(after: after)...].firstIndex(of: "\"") else { return "unterminated attribute" }
            let value = rest[rest.index(after: after)..<end]
            if value.contains("<") { return "< in attribute" }
            rest = rest[rest.index(after: end)...].drop { $0 == " " }
        }
        return nil
    }
}
