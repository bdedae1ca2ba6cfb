extension Message {
    /// The action plan file (`lke plan`) as it is read back.
    enum Plan {
        /// The action plan file holds nothing at all.
        static let emptyFile = Localized(id: "berkas rencana aksi kosong", en: "the action plan file is empty")

        /// Names the action plan in the messages about its top-level keys.
        static let actionPlan = Localized(id: "rencana aksi", en: "the action plan")

        /// Names one action of 'actions' in the messages about its fields.
        static let action = Localized(id: "tindakan", en: "an action")

        /// The plan's 'format' is not the one action plans are written in.
        static func unknownFormat(_ marker: String, expected: String) -> Localized {
            Localized(id: "format '\(marker)' tidak dikenal; rencana aksi memakai '\(expected)'", en: "unknown format '\(marker)'; action plans use '\(expected)'")
        }

        /// An action's 'due' is not a date written YYYY-MM-DD.
        static func badDueDate(_ due: String) -> Localized {
            Localized(id: "tanggal '\(due)' tidak sah; tulis TTTT-BB-HH, misalnya 2026-05-31", en: "date '\(due)' is not valid; write YYYY-MM-DD, for example 2026-05-31")
        }

        /// Two actions have the same id.
        static func actionTwice(_ id: String) -> Localized {
            Localized(id: "tindakan '\(id)' ditulis dua kali", en: "action '\(id)' is written twice")
        }
    }
}
