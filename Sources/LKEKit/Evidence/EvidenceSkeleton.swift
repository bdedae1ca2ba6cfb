import Foundation

/// `lke evidence init`: the evidence folder with one folder per question code, each holding a guide
/// (BACA-SAYA.txt) that says what the question asks, the criteria of its options and the definition's guidance.
/// Creates only what is missing: nothing that exists is overwritten or deleted.
public struct EvidenceSkeleton: Sendable {
    /// What a run did.
    public struct Outcome: Sendable, Hashable {
        /// Folders and guide files created, as paths under the folder given.
        public internal(set) var created: [String] = []
        /// Those that existed and were left as they are.
        public internal(set) var kept: [String] = []
        /// Paths that could not be made, with the reason.
        public internal(set) var failed: [(path: String, reason: String)] = []

        /// Outcomes are the same when they created, kept and failed on the same paths.
        public static func == (l: Outcome, r: Outcome) -> Bool {
            l.created == r.created && l.kept == r.kept && l.failed.map(\.path) == r.failed.map(\.path)
        }
        /// Outcomes hash by what they created and kept.
        public func hash(into hasher: inout Hasher) { hasher.combine(created); hasher.combine(kept) }
    }

    let questionnaire: Questionnaire
    let language: Language

    /// The folder skeleton of `questionnaire`, with read-me texts in `language`.
    public init(questionnaire: Questionnaire, language: Language = .id) {
        self.questionnaire = questionnaire
        self.language = language
    }

    /// Creates `folder` and a folder with a guide per question. `written` is how an answer file beside which the
    /// folder lies names it (`bukti`), for the example in the guide.
    public func create(in folder: String, written: String) -> Outcome {
        var outcome = Outcome()
        let manager = FileManager.default
        func makeFolder(_ path: String) -> Bool {
            switch EvidenceDisk.kind(of: path) {
            case .folder: outcome.kept.append(path); return true
            case .file: outcome.failed.append((path, language == .en ? "a file with this name exists" : "sudah ada berkas dengan nama ini")); return false
            case .none:
                do {
                    try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
                    outcome.created.append(path)
                    return true
                } catch {
                    outcome.failed.append((path, "\(error.localizedDescription)"))
                    return false
                }
            }
        }
        guard makeFolder(folder) else { return outcome }
        for question in questionnaire.questions {
            let path = folder + "/" + question.code
            guard makeFolder(path) else { continue }
            let guide = path + "/" + EvidenceRules.guideFile
            if EvidenceDisk.kind(of: guide) != .none { outcome.kept.append(guide); continue }
            do {
                try AtomicFile.write(text(for: question, written: written), to: guide)
                outcome.created.append(guide)
            } catch {
                outcome.failed.append((guide, (error as? AtomicFile.WriteError)?.reason ?? "\(error)"))
            }
        }
        return outcome
    }

    private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }

    /// The guide of one question.
    func text(for question: Question, written: String) -> String {
        var out = question.code + "\n" + question.text + "\n"
        let path = (questionnaire.ancestors[question.code] ?? []).dropFirst().compactMap { questionnaire.nodesByCode[$0]?.title }
        if !path.isEmpty { out += t("Bagian: ", "Part: ") + path.joined(separator: " > ") + "\n" }
        out += "\n"
        switch question.kind {
        case .choice(let choice):
            out += t("Kriteria jawaban:\n", "Answer criteria:\n")
            for (offset, option) in choice.scale.options.enumerated() {
                let criterion = choice.criteria[option.code] ?? (offset == 0 ? choice.condition : nil)
                out += "  " + option.code + (criterion.map { ": " + $0 } ?? "") + "\n"
            }
        case .number(let spec):
            out += t("Jawaban: angka \(spec.min) sampai \(spec.max)\n", "Answer: a number from \(spec.min) to \(spec.max)\n")
        case .computed(let spec):
            out += t("Jawaban: persentase yang dihitung dari isian berikut:\n", "Answer: a percentage computed from these inputs:\n")
            for input in spec.inputs { out += "  " + input.code + ": " + input.label + "\n" }
        }
        if let explanation = question.explanation { out += "\n" + t("Penjelasan: ", "Explanation: ") + explanation + "\n" }
        if let guidance = question.guidance { out += "\n" + t("Petunjuk: ", "Guidance: ") + guidance.trimmingCharacters(in: .newlines) + "\n" }
        if !question.evidence.isEmpty {
            out += "\n" + t("Bukti dukung yang lazim:\n", "Typical evidence:\n") + question.evidence.map { "  - " + $0 + "\n" }.joined()
        }
        out += "\n" + t("""
            Simpan di folder ini bukti final dalam PDF (bukan .doc/.docx/.xls/.xlsx/.odt/.ods: berkas itu masih draf),
            lalu cantumkan setiap berkas pada jawaban \(question.code) di berkas jawaban, misalnya:

            """, """
            Keep the final evidence in this folder as PDF (not .doc/.docx/.xls/.xlsx/.odt/.ods: those are drafts),
            and list each file under the answer \(question.code) in the answer file, for example:

            """)
        out += "  \(question.code):\n    evidence:\n      - \(written)/\(question.code)/" + t("nama-berkas.pdf", "file-name.pdf") + "\n\n"
        out += t("'lke evidence BERKAS --write' mencantumkan berkas di folder ini yang belum tercantum.\n",
                 "'lke evidence FILE --write' lists the files in this folder that are not listed yet.\n")
        return out
    }
}
