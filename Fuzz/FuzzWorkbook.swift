#if LKE_WORKBOOK_IMPORT
import Foundation

/// The workbook importer on any bytes, as `lke import BOOK.xlsx` calls it, against the bundled definitions.
///
/// Invariants: an import names only codes of its questionnaire; the answer file the importer's sheet is written
/// as (what `lke import` saves) is YAML the reader accepts without a single diagnostic; every diagnostic names
/// the book.
enum FuzzWorkbook {
    static let importer = WorkbookImporter(library: QuestionnaireLibrary())

    static func run(_ data: Data) {
        let result: WorkbookImport
        do { result = try importer.read(data: data, path: "fuzz.xlsx") } catch { return }
        for diagnostic in result.diagnostics {
            FuzzCheck.require(diagnostic.book == "fuzz.xlsx", "a diagnostic names the book '\(diagnostic.book)'")
        }
        let codes = Set(result.questionnaire.answerCodes)
        for entry in result.sheet.entries {
            FuzzCheck.require(codes.contains(entry.code), "the import answers '\(entry.code)', which \(result.questionnaire.id) does not have")
        }
        let text = AnswerSheetWriter.text(of: result.sheet, questionnaire: result.questionnaire)
        let (_, diagnostics) = YAMLParser.parse(SourceFile(path: "imported.yaml", text: text))
        FuzzCheck.require(diagnostics.isEmpty, "the imported answer file does not read back:\n\(text)\n\(diagnostics.map(\.message.en))")
    }
}
#endif
