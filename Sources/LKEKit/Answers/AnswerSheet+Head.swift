/// The head of the unit, who signs the report: the optional `head:` block of an answer file.
///
/// ```yaml
/// head:
///   name: Dra. Siti Contoh, M.Si.
///   nip: "197001012000032001"
///   position: Kepala Kantor Pelayanan Contoh
///   place: Jakarta
///   date: 4 Desember 2026
/// ```
public struct AnswerSheetHead: Sendable, Equatable {
    /// The head's name.
    public internal(set) var name: String
    /// The civil servant's number (Nomor Induk Pegawai), as text: it has 18 digits and may be grouped.
    public internal(set) var nip: String?
    /// The position (jabatan).
    public internal(set) var position: String?
    /// Where the report is signed.
    var place: String?
    /// The date of signing, as written; without it the report leaves room to write it by hand.
    var date: String?

    init(name: String, nip: String? = nil, position: String? = nil, place: String? = nil, date: String? = nil) {
        self.name = name
        self.nip = nip
        self.position = position
        self.place = place
        self.date = date
    }

    static let keys = ["name", "nip", "position", "place", "date"]

    /// Reads the `head:` mapping: `name` is required, the other keys are optional text; problems go to
    /// `diagnostics` with their location.
    static func read(_ node: YAMLNode, _ diagnostics: DiagnosticLog) -> AnswerSheetHead? {
        let f = FieldReader(node, allowed: keys, what: Message.Answers.headBlock, diagnostics: diagnostics)
        guard f.isMapping else { return nil }
        let name = f.text("name", required: true)?.value
        let head = AnswerSheetHead(name: name ?? "", nip: f.text("nip")?.value, position: f.text("position")?.value,
                                   place: f.text("place")?.value, date: f.text("date")?.value)
        return name == nil ? nil : head
    }

    /// The block as the answer-file writer writes it, `head:` line included.
    func yaml() -> String {
        var out = "head:\n  name: " + AnswerSheetWriter.scalar(name) + "\n"
        for (key, value) in [("nip", nip), ("position", position), ("place", place), ("date", date)] {
            if let value { out += "  " + key + ": " + AnswerSheetWriter.scalar(value) + "\n" }
        }
        return out
    }
}
