import LKEKit

extension ReportFormats {
    /// The usage error for `-o` with an extension that no report format writes: it names the formats, and
    /// for `.pdf` it names the document formats that can become a PDF.
    static func unknownExtensionError(_ fileExtension: String) -> Arguments.UsageError {
        Arguments.UsageError(Message.Usage.unknownExtension(fileExtension, known: all.map { $0.fileExtension }, here: false,
                                                            html: named("html") != nil, docx: named("docx") != nil))
    }
}
