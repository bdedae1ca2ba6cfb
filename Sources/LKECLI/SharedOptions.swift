import LKEKit

/// The options several commands take, declared once so that their names, values and help agree everywhere
/// (`--format`, `-o`, `--excel`, `--target`, the evidence folder).
extension CommandOption {
    /// `--format` (with `-f` where the command declares it) choosing among `choices`; `inferred` says the
    /// default follows the extension of the `-o` file, as it does where `-o` names a report.
    static func reportFormat(short: String? = nil, _ choices: [String], inferred: Bool = true) -> CommandOption {
        CommandOption("--format", short: short, .choice(choices), help: inferred
            ? Localized(id: "format laporan (bawaan: md, atau ekstensi berkas -o)", en: "report format (default: md, or the extension of the -o file)")
            : Localized(id: "format laporan (bawaan: md)", en: "report format (default: md)"))
    }

    /// `-o FILE`: one report written atomically instead of to stdout.
    static let reportFile = CommandOption("--output", short: "-o", .path(CommandOption.file),
                                          help: Localized(id: "tulis ke BERKAS (secara atomik), bukan ke stdout", en: "write to FILE (atomically) instead of stdout"))

    /// `-o PATH`: a report file, or a folder for one report per answer file, written atomically.
    static let reportPath = CommandOption("--output", short: "-o", .path(CommandOption.pathOrFolder),
                                          help: Localized(id: "tulis laporan ke JALUR (secara atomik), bukan ke stdout", en: "write the report to PATH (atomically) instead of stdout"))

    /// `--excel`: the CSV dialect for Excel in an Indonesian locale.
    static let excel = CommandOption.flag("--excel", help: Localized(id: "CSV untuk Excel berlokal Indonesia: BOM UTF-8, pemisah ';', koma desimal",
                                                                     en: "CSV for Excel in an Indonesian locale: UTF-8 BOM, ';' separator, decimal comma"))

    /// `--target ID`: the predicate aimed at, defaulting to WBK.
    static let target = CommandOption("--target", .text(Localized(id: "ID", en: "ID")),
                                      help: Localized(id: "predikat yang dituju, sebagaimana didefinisikan kuesioner (bawaan: wbk)", en: "the predicate aimed at, as the questionnaire defines it (default: wbk)"))

    /// The evidence folder of one answer file (`lke evidence --dir`, `lke score --evidence-dir`).
    static func evidenceFolder(_ name: String) -> CommandOption {
        CommandOption(name, .directory(CommandOption.folder),
                      help: Localized(id: "folder bukti dukung (bawaan: 'bukti' di samping berkas jawaban)", en: "the evidence folder (default: 'bukti' beside the answer file)"))
    }
}
