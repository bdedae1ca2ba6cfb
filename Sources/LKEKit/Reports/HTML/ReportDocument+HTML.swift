/// Renders a `ReportDocument` as one self-contained HTML file: inline CSS and SVG, no script, no external
/// resource. Every text is escaped; only http(s) evidence becomes a link.
extension ReportDocument {
    /// The HTML document.
    public var html: String {
        var out = "<!DOCTYPE html>\n<html lang=\"" + (language == .en ? "en" : "id") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>" + HTMLText.escape(title) + "</title>\n<style>\n" + HTMLStyle.css(language: language) + "\n</style>\n</head>\n<body>\n"
        var charts = 0
        for section in sections {
            out += section.landscape ? "<section class=\"wide\">\n" : "<section>\n"
            for block in section.blocks { Self.write(block, to: &out, charts: &charts, language: language) }
            out += "</section>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    private static func write(_ block: Block, to out: inout String, charts: inout Int, language: Language) {
        switch block {
        case .heading(let level, let runs):
            out += "<h\(level)>" + html(runs) + "</h\(level)>\n"
        case .paragraph(let runs):
            out += "<p>" + html(runs) + "</p>\n"
        case .list(let items):
            out += "<ul>\n"
            for item in items { out += "<li>" + html(item) + "</li>\n" }
            out += "</ul>\n"
        case .table(let table):
            write(table, to: &out)
        case .chart(let chart):
            charts += 1
            out += SVGChart(chart: chart, id: "chart\(charts)").figure() + "\n"
        case .rule:
            out += "<hr>\n"
        case .signature(let signature):
            out += "<div class=\"signature\">\n<p>" + HTMLText.escape(signature.placeAndDate) + "</p>\n<p>" + HTMLText.escape(signature.position)
                + "</p>\n<div class=\"room\"></div>\n<p class=\"name\">" + HTMLText.escape(signature.name) + "</p>\n<p>"
                + HTMLText.escape(signature.nip) + "</p>\n</div>\n"
        }
    }

    private static func write(_ table: Table, to out: inout String) {
        func classes(_ column: Column) -> String {
            var names: [String] = []
            switch column.alignment {
            case .right: names.append("r")
            case .center: names.append("c")
            case .left: break
            }
            switch column.kind {
            case .code: names.append("code")
            case .short: names.append("short")
            case .text: names.append("text")
            case .number: break
            }
            return names.isEmpty ? "" : " class=\"" + names.joined(separator: " ") + "\""
        }
        out += table.isLong ? "<table class=\"long\">\n" : "<table>\n"
        // A table of label-value pairs has an empty header row in Markdown: HTML leaves it out.
        if table.columns.contains(where: { !$0.header.plainText.isEmpty }) {
            out += "<thead>\n<tr>"
            for column in table.columns {
                out += "<th scope=\"col\"" + (column.alignment == .right ? " class=\"r\"" : "") + ">" + html(column.header) + "</th>"
            }
            out += "</tr>\n</thead>\n"
        }
        out += "<tbody>\n"
        let cellClasses = table.columns.map(classes)
        for row in table.rows {
            out += row.emphasis ? "<tr class=\"em\">" : "<tr>"
            for (index, cell) in row.cells.enumerated() {
                out += "<td" + (index < cellClasses.count ? cellClasses[index] : "") + ">" + html(cell) + "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
    }

    /// Runs as HTML: everything escaped, evidence that is a web address as a link.
    static func html(_ runs: [Inline]) -> String {
        var out = ""
        for run in runs {
            switch run {
            case .text(let text), .plain(let text): out += HTMLText.escape(text)
            case .strong(let inner): out += "<strong>" + html(inner) + "</strong>"
            case .code(let text): out += "<code>" + HTMLText.escape(text) + "</code>"
            case .link(let text):
                if let url = HTMLText.webURL(text) {
                    out += "<a href=\"" + HTMLText.escape(url) + "\">" + HTMLText.escape(text) + "</a>"
                } else {
                    out += HTMLText.escape(text)
                }
            }
        }
        return out
    }
}
