import Foundation
import LKEKit

/// The `--format` / `-o` rules of the commands that write a document for people (`lke gap`): the format
/// from `--format`, else from the `-o` extension (`.pdf` and unknown extensions are usage errors), else
/// Markdown; a binary format (DOCX) needs `-o`.
enum DocumentOutput {
    static func format(_ arguments: Arguments, output: String?, allowed: [String]) throws -> String {
        let format: String
        if let name = try arguments.value("--format", oneOf: allowed) {
            format = name
        } else if let output, let ext = ReportFormats.fileExtension(of: output), !output.hasSuffix("/") {
            let known = ["md": "md", "markdown": "md", "html": "html", "htm": "html", "docx": "docx"]
            guard let name = known[ext], allowed.contains(name) else { throw unknownExtension(ext, allowed: allowed) }
            format = name
        } else {
            format = "md"
        }
        if format == "docx", output == nil {
            throw Arguments.UsageError(Message.Usage.binaryNeedsOutput("docx", fileExtension: "docx"))
        }
        return format
    }

    /// The usage error for an `-o` extension the command does not write; for `.pdf`, it says how to get one.
    static func unknownExtension(_ ext: String, allowed: [String]) -> Arguments.UsageError {
        Arguments.UsageError(Message.Usage.unknownExtension(ext, known: allowed, here: true, html: true, docx: allowed.contains("docx")))
    }

    /// Throws the usage error for an `-o` file ending in `.pdf` (a command that writes HTML but no PDF).
    static func rejectPDF(_ output: String?, allowed: [String]) throws {
        if let output, ReportFormats.fileExtension(of: output) == "pdf" { throw unknownExtension("pdf", allowed: allowed) }
    }

    /// Writes `document` to `output` atomically (one line on stderr says so), or prints it; reports a
    /// failure on stderr.
    static func emit(_ document: ReportOutput, to output: String?, context: CommandContext) -> Bool {
        guard let output else {
            if case .text(let text) = document { context.console.write(text) }
            return true
        }
        do {
            try AtomicFile.write(document.data, to: output)
        } catch {
            let reason = (error as? AtomicFile.WriteError)?.reason ?? "\(error)"
            context.report([.error(at: nil, Message.Command.cannotWrite(output, reason: reason))],
                           sources: [])
            return false
        }
        context.warn(Message.Command.reportWritten(output))
        return true
    }
}
