import Foundation

/// Why a workbook cannot be read at all (as opposed to problems in its cells, which the importer reports).
public struct WorkbookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the workbook, in both languages.
    public internal(set) var message: Localized

    /// An error saying `message`.
    init(_ message: Localized) { self.message = message }

    /// The message in English, for contexts that print an error as text.
    public var description: String { message.en }

    static func part(_ part: String, _ error: XMLError) -> WorkbookError {
        WorkbookError(Message.Workbook.malformedPart(part, line: error.line, column: error.column, error.message))
    }
}

/// An Office Open XML workbook (`.xlsx`) read from its bytes: the sheets with their names and visibility,
/// the shared strings, and each sheet's cells, merged ranges and hyperlinks on demand.
struct XLSXWorkbook: Sendable {
    /// A sheet as the workbook lists it.
    struct SheetInfo: Sendable, Equatable {
        var name: String
        /// The part holding the sheet (`xl/worksheets/sheet1.xml`).
        var part: String
        var hidden: Bool
    }

    let sheets: [SheetInfo]
    let sharedStrings: [String]
    private let zip: ZipReader

    /// Opens the workbook `bytes`.
    init(_ bytes: [UInt8]) throws(WorkbookError) {
        let zip: ZipReader
        switch Result(catching: { () throws(ZipReader.Failure) in try ZipReader(bytes) }) {
        case .success(let reader): zip = reader
        case .failure(let failure):
            throw WorkbookError(Message.Workbook.notAWorkbook(failure.message))
        }
        self.zip = zip
        let rootRels = try Self.relationships(in: zip, of: "")
        let workbookPart = rootRels.values.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard let workbookXML = try Self.part(workbookPart, in: zip) else {
            throw WorkbookError(Message.Workbook.noWorkbookPart(workbookPart))
        }
        let rels = try Self.relationships(in: zip, of: workbookPart)
        var sheets: [SheetInfo] = []
        var reader = try Self.reader(workbookXML, workbookPart)
        while let event = try Self.step(&reader, workbookPart) {
            guard case .start(let element) = event, element.localName == "sheet" else { continue }
            guard let name = element.attribute("name"), let id = element.attribute(local: "id"), let target = rels[id] else { continue }
            let state = element.attribute("state") ?? "visible"
            sheets.append(SheetInfo(name: name, part: target.target, hidden: state != "visible"))
        }
        self.sheets = sheets
        let stringsPart = rels.values.first { $0.type.hasSuffix("/sharedStrings") }?.target ?? "xl/sharedStrings.xml"
        sharedStrings = try Self.part(stringsPart, in: zip).map { bytes throws(WorkbookError) in try Self.readSharedStrings(bytes, stringsPart) } ?? []
    }

    /// Opens the workbook `data`.
    init(data: Data) throws(WorkbookError) {
        try self.init([UInt8](data))
    }

    /// The sheet called `name` (compared without case and surrounding spaces).
    func sheet(named name: String) -> SheetInfo? {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return sheets.first { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
    }

    /// Reads the cells, merged ranges and hyperlinks of `info`.
    func read(_ info: SheetInfo) throws(WorkbookError) -> WorkbookSheet {
        guard let bytes = try Self.part(info.part, in: zip) else {
            throw WorkbookError(Message.Workbook.sheetPartMissing(info.name, part: info.part))
        }
        let rels = try Self.relationships(in: zip, of: info.part)
        return try WorkbookSheet.parse(bytes, name: info.name, part: info.part, sharedStrings: sharedStrings,
                                       links: rels.mapValues(\.target))
    }

    // MARK: - Parts

    struct Relationship {
        var type: String
        /// A part name for internal targets, the URL for external ones.
        var target: String
    }

    static func part(_ name: String, in zip: ZipReader) throws(WorkbookError) -> [UInt8]? {
        switch Result(catching: { () throws(ZipReader.Failure) in try zip.contents(named: name) }) {
        case .success(let bytes): return bytes
        case .failure(let failure):
            throw WorkbookError(Message.Workbook.partUnreadable(name, failure.message))
        }
    }

    static func reader(_ bytes: [UInt8], _ part: String) throws(WorkbookError) -> XMLPullReader {
        switch Result(catching: { () throws(XMLError) in try XMLPullReader(bytes) }) {
        case .success(let reader): return reader
        case .failure(let error): throw .part(part, error)
        }
    }

    static func step(_ reader: inout XMLPullReader, _ part: String) throws(WorkbookError) -> XMLPullReader.Event? {
        do throws(XMLError) {
            return try reader.next()
        } catch {
            throw .part(part, error)
        }
    }

    /// The relationships of `part` (of the package for ""), by id, internal targets resolved to part names.
    static func relationships(in zip: ZipReader, of part: String) throws(WorkbookError) -> [String: Relationship] {
        let directory = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPart = (directory.isEmpty ? "" : directory + "/") + "_rels/" + file + ".rels"
        guard let bytes = try Self.part(relsPart, in: zip) else { return [:] }
        var out: [String: Relationship] = [:]
        var reader = try Self.reader(bytes, relsPart)
        while let event = try Self.step(&reader, relsPart) {
            guard case .start(let element) = event, element.localName == "Relationship",
                  let id = element.attribute("Id"), let target = element.attribute("Target") else { continue }
            let external = element.attribute("TargetMode") == "External"
            out[id] = Relationship(type: element.attribute("Type") ?? "", target: external ? target : resolve(target, from: directory))
        }
        return out
    }

    /// A relationship target relative to `directory` as a part name (`../x` and `/x` handled).
    static func resolve(_ target: String, from directory: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : directory.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }

    /// How many shared strings a workbook may hold: as many as a sheet has rows (a worksheet has a few hundred);
    /// a table of millions of tiny items would otherwise cost far more memory than its bytes.
    static let maxSharedStrings = 1 << 20

    /// The strings of a shared string table: plain and rich text (runs joined), phonetic runs left out; more
    /// than `limit` is an error.
    static func readSharedStrings(_ bytes: [UInt8], _ part: String, limit: Int = maxSharedStrings) throws(WorkbookError) -> [String] {
        var reader = try Self.reader(bytes, part)
        var strings: [String] = []
        var current = ""
        var inItem = false, inText = false, phonetic = 0
        while let event = try Self.step(&reader, part) {
            switch event {
            case .start(let element):
                switch element.localName {
                case "si": inItem = true; current = ""
                case "rPh": phonetic += 1
                case "t": inText = inItem && phonetic == 0
                default: break
                }
            case .end(let name):
                switch XMLElement.split(name).local {
                case "si":
                    guard strings.count < limit else {
                        throw WorkbookError(Localized(id: "bagian '\(part)' memuat lebih dari \(limit) teks bersama",
                                                      en: "part '\(part)' holds more than \(limit) shared strings"))
                    }
                    strings.append(current); inItem = false
                case "rPh": phonetic -= 1
                case "t": inText = false
                default: break
                }
            case .text(let text):
                if inText { current += text }
            }
        }
        return strings
    }
}
