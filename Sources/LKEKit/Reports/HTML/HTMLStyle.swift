/// The style sheet of the HTML reports: A4 pages with margins and page numbers, tables whose header repeats
/// on every printed page and whose rows are never split, a page break before each section, a landscape
/// page for the worksheet, and greyscale-safe charts.
enum HTMLStyle {
    static func css(language: Language) -> String {
        let page = language == .en ? "Page" : "Halaman"
        let of = language == .en ? "of" : "dari"
        return """
        @page { size: A4; margin: 16mm 14mm 18mm 14mm;
          @bottom-center { content: "\(page) " counter(page) " \(of) " counter(pages); font: 8pt sans-serif; color: #333; } }
        @page wide { size: A4 landscape; margin: 12mm 12mm 16mm 12mm; }
        * { box-sizing: border-box; }
        html { font: 10pt/1.4 "Liberation Sans", Arial, Helvetica, sans-serif; color: #111; background: #fff; }
        body { margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
        h1 { font-size: 17pt; margin: 0 0 4mm; }
        h2 { font-size: 13.5pt; margin: 6mm 0 3mm; border-bottom: 1.5pt solid #111; padding-bottom: 1mm; break-after: avoid; }
        h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
        p, ul { margin: 0 0 3mm; }
        ul { padding-left: 6mm; }
        li { margin-bottom: 1mm; }
        code { font: 8.5pt "Liberation Mono", "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
        a { color: #0b3d91; }
        section + section { break-before: page; }
        section.wide { page: wide; max-width: none; }
        table { border-collapse: collapse; width: 100%; margin: 0 0 4mm; font-size: 8.5pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 0.5pt solid #777; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
        th { background: #e4e4e4; font-weight: bold; }
        td.r, th.r { text-align: right; white-space: nowrap; }
        td.c, th.c { text-align: center; }
        td.code { white-space: nowrap; }
        td.short { min-width: 18mm; }
        td.text { overflow-wrap: break-word; hyphens: none; }
        td.text a { overflow-wrap: anywhere; }
        tr.em td { font-weight: bold; background: #f2f2f2; }
        figure.chart { margin: 3mm 0 5mm; break-inside: avoid; }
        figure.chart svg { width: 100%; height: auto; display: block; }
        figure.chart figcaption { font-weight: bold; font-size: 9.5pt; margin-bottom: 1mm; }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .signature { break-inside: avoid; margin: 12mm 0 0 auto; width: 80mm; }
        .signature p { margin: 0 0 1mm; }
        .signature .room { height: 22mm; }
        .signature .name { font-weight: bold; text-decoration: underline; }
        hr { border: 0; border-top: 1pt solid #111; margin: 6mm 0; }
        @media print { body { max-width: none; padding: 0; } }
        """
    }
}
