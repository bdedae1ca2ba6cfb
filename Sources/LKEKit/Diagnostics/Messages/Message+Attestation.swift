extension Message {
    /// The SPTJM signature of an answer file.
    enum Attestation {
        /// The answers no longer match the digest signed with `lke attest`; `changed` lists the codes that changed
        /// as they are shown (empty when they cannot be told).
        static func answersChanged(signer: String, date: String?, changed: String) -> Localized {
            Localized(
                id: "jawaban berubah setelah SPTJM ditandatangani oleh \(signer) (\(date ?? "tanpa tanggal")); kode yang berubah\(changed.isEmpty ? " tidak dapat ditentukan" : ": " + changed); tanda tangani lagi dengan 'lke attest'",
                en: "the answers changed after the SPTJM was signed by \(signer) (\(date ?? "undated")); changed codes\(changed.isEmpty ? " cannot be told" : ": " + changed); sign again with 'lke attest'")
        }
    }
}
