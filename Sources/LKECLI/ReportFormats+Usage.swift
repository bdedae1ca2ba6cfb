import LKEKit

extension ReportFormats {
    /// The usage error for `-o` with an extension that no report format writes: it names the formats, and
    /// for `.pdf` it names the document formats that can become a PDF.
    static func unknownExtensionError(_ fileExtension: String) -> Arguments.UsageError {
        let known = all.map { "." + $0.fileExtension }.joined(separator: ", ")
        var id = "lke tidak menulis berkas .\(fileExtension); ekstensi -o yang dikenal: \(known) (atau pilih dengan --format)"
        var en = "lke does not write .\(fileExtension) files; the -o extensions it knows: \(known) (or choose with --format)"
        if fileExtension == "pdf" {
            if named("html") != nil {
                id += "; untuk PDF, tulis laporan HTML (-o laporan.html) lalu cetak ke PDF dari peramban"
                en += "; for a PDF, write the HTML report (-o report.html) and print it to PDF from a browser"
            }
            if named("docx") != nil {
                id += ", atau tulis DOCX (-o laporan.docx) lalu ubah ke PDF dengan pengolah kata"
                en += ", or write the DOCX (-o report.docx) and convert it to PDF in a word processor"
            }
        }
        return Arguments.UsageError(id: id, en: en)
    }
}
