extension Message {
    /// Why a ZIP archive (an .xlsx workbook) or a DEFLATE stream in it cannot be read. These reach the user inside
    /// `Message.Workbook.notAWorkbook` and `partUnreadable`.
    enum Zip {
        // MARK: - The archive

        /// No end-of-central-directory record: the bytes are not a ZIP archive.
        static let notZip = Localized(id: "bukan arsip ZIP (tidak ada catatan akhir direktori pusat)",
                                      en: "not a ZIP archive (no end-of-central-directory record)")

        /// The archive is a ZIP64 archive.
        static let zip64 = Localized(id: "arsip ZIP64 tidak didukung", en: "ZIP64 archives are not supported")

        /// The archive is split over several disks.
        static let multiDisk = Localized(id: "arsip yang terbagi ke beberapa disk tidak didukung",
                                         en: "archives split over several disks are not supported")

        /// The archive's structure is damaged; `detail` says where.
        static func corrupt(_ detail: Localized) -> Localized {
            Localized(id: "arsip ZIP rusak: \(detail.id)", en: "corrupt ZIP archive: \(detail.en)")
        }

        /// Detail of `corrupt`: an entry has no local header.
        static func noLocalHeader(_ name: String) -> Localized {
            Localized(id: "tidak ada header lokal untuk '\(name)'", en: "no local header for '\(name)'")
        }

        /// Detail of `corrupt`: an entry's data runs past the end of the archive.
        static func entryPastEnd(_ name: String) -> Localized {
            Localized(id: "'\(name)' melewati akhir arsip", en: "'\(name)' runs past the end of the archive")
        }

        /// Detail of `corrupt`: the central directory lies outside the archive.
        static let directoryOutside = Localized(id: "direktori pusat berada di luar arsip", en: "the central directory lies outside the archive")

        /// Detail of `corrupt`: a central directory entry has no valid signature.
        static func badDirectoryEntry(at offset: Int) -> Localized {
            Localized(id: "entri direktori pusat rusak pada bita \(offset)", en: "bad central directory entry at byte \(offset)")
        }

        /// Detail of `corrupt`: a central directory entry is cut short.
        static func directoryEntryTruncated(at offset: Int) -> Localized {
            Localized(id: "entri direktori pusat pada bita \(offset) terpotong", en: "central directory entry at byte \(offset) is truncated")
        }

        /// An entry is encrypted.
        static func encrypted(_ name: String) -> Localized {
            Localized(id: "entri '\(name)' terenkripsi", en: "entry '\(name)' is encrypted")
        }

        /// An entry uses a compression method other than stored and deflated.
        static func unsupportedMethod(_ name: String, method: Int) -> Localized {
            Localized(id: "entri '\(name)' memakai metode kompresi \(method) (hanya stored dan deflated yang didukung)",
                      en: "entry '\(name)' uses compression method \(method) (only stored and deflated are supported)")
        }

        /// The archive has more entries than the reader accepts.
        static func tooManyEntries(_ limit: Int) -> Localized {
            Localized(id: "arsip memiliki lebih dari \(limit) entri", en: "the archive has more than \(limit) entries")
        }

        /// An entry (or the archive in total, up to that entry) is larger than the reader accepts.
        static func entryTooLarge(_ name: String) -> Localized {
            Localized(id: "entri '\(name)' lebih besar dari yang diizinkan", en: "entry '\(name)' is larger than allowed")
        }

        /// An entry's compressed data cannot be inflated.
        static func entryInflate(_ name: String, _ failure: Localized) -> Localized {
            Localized(id: "entri '\(name)': \(failure.id)", en: "entry '\(name)': \(failure.en)")
        }

        /// An entry's data is not as long as its header says.
        static func sizeMismatch(_ name: String) -> Localized {
            Localized(id: "entri '\(name)' tidak berukuran seperti yang dinyatakan", en: "entry '\(name)' does not have its declared size")
        }

        /// An entry's data fails its CRC-32.
        static func crcMismatch(_ name: String) -> Localized {
            Localized(id: "entri '\(name)' gagal dalam pemeriksaan CRC-32", en: "entry '\(name)' fails its CRC-32 check")
        }

        // MARK: - DEFLATE

        /// The DEFLATE stream ends before its final block.
        static let inflateTruncated = Localized(id: "aliran deflate terpotong", en: "deflate stream is truncated")

        /// A DEFLATE block header names the reserved block type 3.
        static let inflateBadBlockType = Localized(id: "blok deflate bertipe 3 yang dicadangkan", en: "deflate block has the reserved type 3")

        /// A stored block's length and its complement disagree.
        static let inflateStoredLengthMismatch = Localized(id: "panjang blok tersimpan tidak cocok dengan komplemennya",
                                                          en: "stored block length does not match its complement")

        /// The code lengths of a dynamic block are not a valid prefix code; `what` names the code or the fault
        /// as `Inflate` does (in English), and is said in Indonesian where it is known.
        static func inflateBadCodeLengths(_ what: String) -> Localized {
            let named: [String: String] = [
                "fixed": "tetap",
                "code length": "code length",
                "literal/length": "literal/length",
                "distance": "distance",
                "literal/length or distance count": "jumlah literal/length atau distance",
                "repeat without a previous length in": "pengulangan tanpa panjang sebelumnya pada",
                "overlong repeat in": "pengulangan terlalu panjang pada",
                "literal/length (no end-of-block code)": "literal/length (tanpa kode akhir blok)",
            ]
            return Localized(id: "panjang kode \(named[what] ?? what) tidak sah", en: "invalid \(what) code lengths")
        }

        /// A symbol that no valid DEFLATE stream holds.
        static let inflateBadSymbol = Localized(id: "kode Huffman tidak sah dalam aliran deflate", en: "invalid Huffman code in deflate stream")

        /// A DEFLATE distance reaches back before the start of the output.
        static let inflateDistanceTooFar = Localized(id: "jarak deflate menjangkau sebelum awal data",
                                                    en: "deflate distance reaches before the start of the data")

        /// The inflated data would exceed the limit.
        static func inflateTooLarge(limit: Int) -> Localized {
            Localized(id: "data hasil inflate melebihi \(limit) bita", en: "inflated data exceeds \(limit) bytes")
        }
    }
}
