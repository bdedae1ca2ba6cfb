extension Message {
    /// The YAML reader's messages: text that is not the strict YAML subset of docs/format.md, said at the line and
    /// column where it goes wrong.
    enum YAML {
        // MARK: - The file and its documents

        /// The file's bytes are not UTF-8.
        static let notUTF8 = Localized(
            id: "berkas bukan teks UTF-8 yang sah; simpan ulang sebagai UTF-8",
            en: "file is not valid UTF-8 text; save it again as UTF-8")

        /// A second `---` starts another document in the file.
        static let onlyOneDocument = Localized(
            id: "hanya satu dokumen per berkas; hapus '---' dan yang sesudahnya atau pisahkan ke berkas lain",
            en: "only one document per file is supported; remove '---' and what follows, or split the file")

        /// Something follows the `---` on its own line.
        static let contentOnDocumentStart = Localized(
            id: "isi pada baris penanda dokumen '---' tidak didukung; pindahkan ke baris berikutnya",
            en: "content on the '---' document start line is not supported; move it to the next line")

        /// A `...` document end marker.
        static let documentEndMarker = Localized(
            id: "penanda akhir dokumen '...' tidak didukung; hapus baris ini",
            en: "the document end marker '...' is not supported; remove this line")

        /// A `%` directive line.
        static let directive = Localized(
            id: "direktif YAML ('%') tidak didukung; hapus baris ini",
            en: "YAML directives ('%') are not supported; remove this line")

        /// Content at the top level after the document's root has ended.
        static let unexpectedContentAtIndentation = Localized(
            id: "isi tak terduga pada tingkat indentasi ini; periksa indentasi",
            en: "unexpected content at this indentation; check the indentation")

        // MARK: - Characters

        /// The line separator `value` (U+2028 or U+2029) written in the file.
        static func lineSeparator(_ value: UInt32) -> Localized {
            let hex = String(value, radix: 16, uppercase: true)
            return Localized(id: "pemisah baris U+\(hex) tidak diizinkan; ganti dengan baris baru biasa",
                             en: "the line separator U+\(hex) is not allowed; use an ordinary line break")
        }

        /// The control character (or non-character) `value` written in the file.
        static func controlCharacter(_ value: UInt32) -> Localized {
            let code = scalarCode(value)
            return Localized(id: "karakter kendali \(code) tidak diizinkan; hapus karakter ini",
                             en: "control character \(code) is not allowed; remove it")
        }

        /// A tab used to indent a line (of a block or of block text).
        static let tabIndentation = Localized(
            id: "tab tidak boleh dipakai untuk indentasi; gunakan spasi",
            en: "tabs are not allowed for indentation; use spaces")

        /// A tab after the indentation, outside the places where the subset allows one.
        static let tabOutsideText = Localized(
            id: "tab hanya boleh ada di dalam teks bertanda kutip, blok teks ('|' atau '>') dan komentar; gunakan spasi",
            en: "tabs are allowed only inside quoted text, block text ('|' or '>') and comments; use spaces")

        // MARK: - Blocks

        /// A mapping or list nested deeper than `YAMLParser.maximumDepth`.
        static let nestingTooDeep = Localized(
            id: "struktur bersarang lebih dari \(YAMLParser.maximumDepth) tingkat tidak didukung",
            en: "nesting deeper than \(YAMLParser.maximumDepth) levels is not supported")

        /// A `? ` complex key, in block style or as a value.
        static let complexKey = Localized(
            id: "kunci kompleks ('? ') tidak didukung; tulis 'kunci: nilai'",
            en: "complex keys ('? ') are not supported; write 'key: value'")

        /// A line of a mapping indented deeper than the keys before it.
        static let unexpectedIndentationInMapping = Localized(
            id: "indentasi tak terduga; sejajarkan dengan kunci di atasnya",
            en: "unexpected indentation; align it with the keys above")

        /// A line of a list indented deeper than the `-` before it.
        static let unexpectedIndentationInList = Localized(
            id: "indentasi tak terduga; sejajarkan dengan '-' di atasnya",
            en: "unexpected indentation; align it with the '-' above")

        /// A `- ` item among the entries of a mapping.
        static let listItemInMapping = Localized(
            id: "butir daftar ('- ') di tempat yang seharusnya berisi 'kunci: nilai'",
            en: "a list item ('- ') where a 'key: value' entry was expected")

        /// A line of a mapping that has no `key: `.
        static let expectedKeyValue = Localized(id: "diharapkan 'kunci: nilai'", en: "expected 'key: value'")

        /// A key with no text before its `:`.
        static let emptyKey = Localized(id: "kunci kosong", en: "empty key")

        /// A plain key starting with `character`, which YAML reserves (`@`, `` ` ``, `%`, `|`, `>`, `,`, `]`, `}`).
        static func keyStartsWith(_ character: Unicode.Scalar) -> Localized {
            Localized(id: "kunci tidak boleh diawali '\(character)'; beri tanda kutip", en: "a key cannot start with '\(character)'; quote it")
        }

        /// The key `name` written a second time in one mapping (block or flow).
        static func duplicateKey(_ name: String) -> Localized {
            Localized(id: "kunci ganda '\(name)'; hapus salah satu", en: "duplicate key '\(name)'; remove one of them")
        }

        /// The note at the first of two `name`s: a duplicate key, or a check id of a definition written twice.
        static func firstWrittenHere(_ name: String) -> Localized {
            Localized(id: "'\(name)' pertama kali ditulis di sini", en: "'\(name)' first written here")
        }

        // MARK: - Values

        /// A value or a key starting with an anchor `&`.
        static let anchor = Localized(id: "jangkar ('&') tidak didukung; tulis nilainya langsung", en: "anchors ('&') are not supported; write the value out")

        /// A value or a key starting with an alias `*`.
        static let alias = Localized(id: "alias ('*') tidak didukung; tulis nilainya langsung", en: "aliases ('*') are not supported; write the value out")

        /// A value or a key starting with a tag `!`.
        static let tag = Localized(id: "tag ('!') tidak didukung; hapus tag", en: "tags ('!') are not supported; remove the tag")

        /// A plain value starting with `character`, which YAML reserves (`@`, `` ` ``, `%`, `]`, `}`, `,`).
        static func valueStartsWith(_ character: Unicode.Scalar) -> Localized {
            Localized(id: "nilai tidak boleh diawali '\(character)'; beri tanda kutip", en: "a value cannot start with '\(character)'; quote it")
        }

        /// A `- ` list written on its key's line.
        static let listOnKeyLine = Localized(
            id: "daftar tidak boleh dimulai di baris yang sama dengan kuncinya; pindahkan '- ' ke baris berikutnya",
            en: "a list cannot start on the same line as its key; move '- ' to the next line")

        /// A `: ` inside a plain (unquoted) value.
        static let colonInPlainText = Localized(
            id: "': ' di dalam teks tanpa tanda kutip; beri tanda kutip pada seluruh teks",
            en: "': ' inside unquoted text; put the whole text in quotes")

        // MARK: - Quoted text and escapes

        /// Quoted text opened with `quote` and never closed.
        static func unterminatedQuote(_ quote: Unicode.Scalar) -> Localized {
            Localized(id: "tanda kutip tidak ditutup; tambahkan \(quote) penutup", en: "unterminated quoted text; add the closing \(quote)")
        }

        /// Text after the closing quote on its line.
        static let textAfterQuoted = Localized(id: "teks tak terduga setelah teks bertanda kutip", en: "unexpected text after the quoted text")

        /// The escape `written` gives the control character (or non-character) `value`.
        static func escapeGivesControlCharacter(_ written: String, value: UInt32) -> Localized {
            let code = scalarCode(value)
            return Localized(id: "escape '\(written)' menghasilkan karakter kendali \(code), yang tidak diizinkan; hapus escape ini",
                             en: "the escape '\(written)' gives the control character \(code), which is not allowed; remove it")
        }

        /// A backslash followed by `letter`, which names no escape.
        static func unknownEscape(_ letter: Unicode.Scalar) -> Localized {
            Localized(id: "escape '\\\(letter)' tidak dikenal", en: "unknown escape '\\\(letter)'")
        }

        /// The escape `\letter` has fewer than its `digits` hexadecimal digits before the line ends.
        static func escapeNeedsDigits(_ letter: Unicode.Scalar, digits: Int) -> Localized {
            Localized(id: "escape '\\\(letter)' memerlukan \(digits) digit heksadesimal", en: "escape '\\\(letter)' needs \(digits) hexadecimal digits")
        }

        /// The escape `\letter` followed by `hex`, which are not hexadecimal digits of a character.
        static func invalidEscape(_ letter: Unicode.Scalar, hex: String) -> Localized {
            Localized(id: "escape '\\\(letter)\(hex)' bukan karakter yang sah", en: "escape '\\\(letter)\(hex)' is not a valid character")
        }

        // MARK: - Block scalars

        /// A blank line at the start of block text has more spaces than the first line of text.
        static let blockScalarWideBlankLine = Localized(
            id: "baris kosong di awal blok teks memiliki spasi lebih banyak dari baris teks pertamanya; hapus spasinya",
            en: "a blank line at the start of the block text has more spaces than its first line of text; remove the spaces")

        /// A block scalar's indentation indicator `0`.
        static let blockIndentationIndicatorZero = Localized(
            id: "indikator indentasi blok teks harus 1 sampai 9, bukan 0",
            en: "a block scalar's indentation indicator must be 1 to 9, not 0")

        /// An indentation indicator on a block scalar at the file's top level, which has no parent to count from.
        static let blockIndentationIndicatorAtTopLevel = Localized(
            id: "indikator indentasi tidak didukung pada blok teks di tingkat teratas berkas; hapus angkanya",
            en: "an indentation indicator is not supported on a block scalar at the top level of the file; remove the digit")

        /// Text (a comment included) after `|` or `>` and its indicators.
        static let textAfterBlockScalarIndicator = Localized(
            id: "teks tak terduga setelah penanda blok teks", en: "unexpected text after the block scalar indicator")

        // MARK: - Flow collections

        /// A `key: value` pair inside `[...]`.
        static let keyValueInFlowList = Localized(
            id: "pasangan 'kunci: nilai' di dalam '[...]' tidak didukung", en: "a 'key: value' pair inside '[...]' is not supported")

        /// A flow collection opened with `open` and not closed with `close` on its line.
        static func unclosedFlow(_ open: Unicode.Scalar, close: Unicode.Scalar) -> Localized {
            Localized(id: "'\(open)' harus ditutup di baris yang sama dengan '\(close)'", en: "'\(open)' must be closed on the same line with '\(close)'")
        }

        /// A flow collection inside another.
        static let nestedFlow = Localized(
            id: "koleksi flow bersarang tidak didukung; gunakan bentuk blok", en: "nested flow collections are not supported; use block style")

        /// A key in `{...}` not followed by `:`.
        static func expectedColonAfterKey(_ key: String) -> Localized {
            Localized(id: "diharapkan ':' setelah kunci '\(key)'", en: "expected ':' after the key '\(key)'")
        }

        /// Something other than `,` or the closing bracket `close` after an entry of a flow collection.
        static func expectedCommaOrClose(_ close: Unicode.Scalar) -> Localized {
            Localized(id: "diharapkan ',' atau '\(close)'", en: "expected ',' or '\(close)'")
        }

        /// A flow collection used as a key (in block style, or inside a flow mapping).
        static let flowCollectionAsKey = Localized(
            id: "kunci kompleks tidak didukung; gunakan teks biasa sebagai kunci", en: "complex keys are not supported; use plain text as the key")

        /// Text after the closing bracket `close` of a flow collection.
        static func textAfterFlow(_ close: Unicode.Scalar) -> Localized {
            Localized(id: "teks tak terduga setelah '\(close)'", en: "unexpected text after '\(close)'")
        }

        /// A lone `-` as an item of a flow collection.
        static let loneDashInFlow = Localized(
            id: "'-' sendirian di dalam '[...]' atau '{...}' bukan teks dalam YAML; beri tanda kutip: \"-\"",
            en: "a lone '-' inside '[...]' or '{...}' is not text in YAML; quote it: \"-\"")

        /// An anchor `&` starting an item of a flow collection.
        static let anchorInFlow = Localized(id: "jangkar ('&') tidak didukung", en: "anchors ('&') are not supported")

        /// An alias `*` starting an item of a flow collection.
        static let aliasInFlow = Localized(id: "alias ('*') tidak didukung", en: "aliases ('*') are not supported")

        /// A tag `!` starting an item of a flow collection.
        static let tagInFlow = Localized(id: "tag ('!') tidak didukung", en: "tags ('!') are not supported")

        /// A `?` inside a flow collection, unquoted.
        static let questionMarkInFlow = Localized(
            id: "'?' di dalam '[...]' atau '{...}' harus diberi tanda kutip", en: "a '?' inside '[...]' or '{...}' must be quoted")

        /// `U+001B`: a scalar value as written in messages, at least four hexadecimal digits.
        private static func scalarCode(_ value: UInt32) -> String {
            let hex = String(value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }
}
