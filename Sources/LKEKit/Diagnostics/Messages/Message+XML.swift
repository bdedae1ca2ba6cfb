extension Message {
    /// Why an XML part of a workbook cannot be read (`XMLPullReader`). These reach the user inside
    /// `Message.Workbook.malformedPart`, after the line and column.
    enum XML {
        /// The document is larger than the reader accepts.
        static func documentTooLarge(_ limit: Int) -> Localized {
            Localized(id: "dokumen lebih besar dari \(limit) bita", en: "document is larger than \(limit) bytes")
        }

        /// The document is not UTF-8 (a byte order mark of UTF-16 or UTF-32).
        static let notUTF8 = Localized(id: "hanya dokumen UTF-8 yang didukung", en: "only UTF-8 documents are supported")

        /// Text other than white space lies outside the root element.
        static let textOutsideRoot = Localized(id: "teks di luar elemen akar", en: "text outside the root element")

        /// A CDATA section is not closed.
        static let unterminatedCDATA = Localized(id: "bagian CDATA tidak ditutup", en: "unterminated CDATA section")

        /// A CDATA section lies outside the root element.
        static let cdataOutsideRoot = Localized(id: "CDATA di luar elemen akar", en: "CDATA outside the root element")

        /// The document has a document type declaration.
        static let doctype = Localized(id: "deklarasi tipe dokumen tidak didukung", en: "document type declarations are not supported")

        /// A comment is not closed.
        static let unterminatedComment = Localized(id: "komentar tidak ditutup", en: "unterminated comment")

        /// A processing instruction is not closed.
        static let unterminatedProcessingInstruction = Localized(id: "instruksi pemrosesan tidak ditutup", en: "unterminated processing instruction")

        /// The document ends inside an element.
        static func notClosed(_ name: String) -> Localized {
            Localized(id: "elemen <\(name)> tidak ditutup", en: "element <\(name)> is not closed")
        }

        /// The document has no element.
        static let noRoot = Localized(id: "tidak ada elemen akar", en: "no root element")

        /// The document ends inside a start tag.
        static func unterminatedTag(_ name: String) -> Localized {
            Localized(id: "tag <\(name)> tidak diakhiri", en: "unterminated tag <\(name)>")
        }

        /// A '/' in a start tag is not followed by '>'.
        static let expectedCloseAfterSlash = Localized(id: "diharapkan '>' setelah '/'", en: "expected '>' after '/'")

        /// An attribute name is not followed by '='.
        static func expectedEquals(after attribute: String) -> Localized {
            Localized(id: "diharapkan '=' setelah atribut '\(attribute)'", en: "expected '=' after attribute '\(attribute)'")
        }

        /// An attribute value is not quoted.
        static func unquotedAttribute(_ attribute: String) -> Localized {
            Localized(id: "atribut '\(attribute)' memerlukan nilai bertanda kutip", en: "attribute '\(attribute)' needs a quoted value")
        }

        /// The document ends inside an attribute value.
        static func unterminatedAttribute(_ attribute: String) -> Localized {
            Localized(id: "nilai atribut '\(attribute)' tidak diakhiri", en: "unterminated value of attribute '\(attribute)'")
        }

        /// An element has the same attribute twice.
        static func repeatedAttribute(_ attribute: String) -> Localized {
            Localized(id: "atribut '\(attribute)' diulang", en: "attribute '\(attribute)' is repeated")
        }

        /// An element has more attributes than the reader accepts.
        static func tooManyAttributes(_ name: String) -> Localized {
            Localized(id: "terlalu banyak atribut pada <\(name)>", en: "too many attributes on <\(name)>")
        }

        /// A second element follows the root element.
        static let moreThanOneRoot = Localized(id: "lebih dari satu elemen akar", en: "more than one root element")

        /// Elements are nested deeper than the reader accepts.
        static func tooDeep(_ limit: Int) -> Localized {
            Localized(id: "elemen bersarang lebih dalam dari \(limit)", en: "elements nested deeper than \(limit)")
        }

        /// A namespace prefix is used without its declaration.
        static func undeclaredPrefix(_ prefix: String) -> Localized {
            Localized(id: "awalan namespace '\(prefix)' tidak dideklarasikan", en: "namespace prefix '\(prefix)' is not declared")
        }

        /// An end tag's name is not followed by '>'.
        static func expectedEndOfEndTag(_ name: String) -> Localized {
            Localized(id: "diharapkan '>' untuk mengakhiri </\(name)>", en: "expected '>' to end </\(name)>")
        }

        /// An end tag closes no open element.
        static func endTagWithoutStart(_ name: String) -> Localized {
            Localized(id: "tag akhir </\(name)> tanpa tag awal", en: "end tag </\(name)> without a start tag")
        }

        /// An end tag closes another element than the one open.
        static func endTagMismatch(_ name: String, open: String) -> Localized {
            Localized(id: "tag akhir </\(name)> tidak cocok dengan <\(open)>", en: "end tag </\(name)> does not match <\(open)>")
        }

        /// A name is expected and none is there.
        static let expectedName = Localized(id: "diharapkan sebuah nama", en: "expected a name")

        /// A name is longer than the reader accepts.
        static func nameTooLong(_ limit: Int) -> Localized {
            Localized(id: "nama lebih panjang dari \(limit) bita", en: "name longer than \(limit) bytes")
        }

        /// A name starts with a character names cannot start with.
        static func badNameStart(_ character: Character) -> Localized {
            Localized(id: "nama tidak dapat diawali '\(character)'", en: "a name cannot start with '\(character)'")
        }

        /// An attribute value holds '<'.
        static let lessThanInAttribute = Localized(id: "'<' di dalam nilai atribut", en: "'<' in an attribute value")

        /// A text or attribute value is longer than the reader accepts.
        static func textTooLong(_ limit: Int) -> Localized {
            Localized(id: "teks lebih panjang dari \(limit) bita", en: "text longer than \(limit) bytes")
        }

        /// An '&' is not followed by a reference ending in ';'.
        static let ampersandWithoutReference = Localized(id: "'&' tanpa rujukan", en: "'&' without a reference")

        /// A reference names no predefined entity and no character.
        static func unknownReference(_ name: String) -> Localized {
            Localized(id: "rujukan '&\(name);' tidak dikenal", en: "unknown reference '&\(name);'")
        }
    }
}
