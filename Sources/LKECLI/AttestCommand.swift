import Foundation
import LKEKit

/// `lke attest FILE --name ... --nip ... --jabatan ...`: signs the answers with an SPTJM block.
enum AttestCommand: Command {
    static let name = "attest"
    static let summary = Localized(id: "menandatangani jawaban dengan SPTJM (ringkasan SHA-256)", en: "sign the answers with an SPTJM (SHA-256 digest)")
    static let usageForms = [UsageForm("FILE")]
    static let help = Localized(
        id: """
        Menambahkan bagian 'attestation' (Surat Pernyataan Tanggung Jawab Mutlak) ke BERKAS: penanda tangan,
        tanggal, SHA-256 bentuk kanonik jawaban (jawaban, isian hitungan, prasyarat, daftar bukti dukung; bukan
        komentar, catatan atau tata letak) dan ringkasan per kode. 'lke check' dan 'lke score' memeriksanya:
        bila jawaban berubah setelah ditandatangani, peringatan menyebut kode yang berubah. Baris lain berkas
        (komentar termasuk) tidak diubah; tanda tangan yang sudah ada diganti.

        """,
        en: """
        Adds an 'attestation' section (the SPTJM, statement of absolute responsibility) to FILE: the signer, the
        date, the SHA-256 of the answers' canonical form (answers, counts, prerequisites, evidence lists; not
        comments, notes or layout) and a digest per code. 'lke check' and 'lke score' verify it: when the answers
        changed after signing, a warning names the codes that changed. Every other line of the file (comments
        included) is left as it is; an existing signature is replaced.

        """)
    static let footer = Localized(
        id: """
        Status keluar: 0 berhasil, 1 bila berkas tidak sah atau tidak dapat ditulis, 64 bila perintah salah.

        Contoh:
          lke attest jawaban.yaml --name "Dra. Contoh" --nip 197001012000032001 --jabatan "Kepala Kantor" --date 2026-05-20

        """,
        en: """
        Exit status: 0 on success, 1 when the file is invalid or cannot be written, 64 on usage errors.

        Examples:
          lke attest answers.yaml --name "Dra. Contoh" --nip 197001012000032001 --jabatan "Kepala Kantor" --date 2026-05-20

        """)
    static let options: [CommandOption] = [
        CommandOption("--name", .text(Localized(id: "NAMA", en: "NAME")), help: Localized(id: "nama penanda tangan (pimpinan unit); bawaan: 'head: name' berkas jawaban", en: "the signer (head of the unit); default: the answer file's 'head: name'")),
        CommandOption("--nip", .text(Localized(id: "NIP", en: "NIP")), help: Localized(id: "NIP penanda tangan; bawaan: 'head: nip'", en: "the signer's NIP; default: 'head: nip'")),
        CommandOption("--jabatan", .text(Localized(id: "JABATAN", en: "POSITION")), help: Localized(id: "jabatan penanda tangan; bawaan: 'head: position'", en: "the signer's position; default: 'head: position'")),
        CommandOption("--date", .text(Localized(id: "YYYY-MM-DD", en: "YYYY-MM-DD")), help: Localized(id: "tanggal penandatanganan (bawaan: tanggal sistem)", en: "the signing date (default: the system date)")).with(details: Localized(
            id: "tanggal tanda tangan TTTT-BB-HH (bawaan: tanggal sistem)",
            en: "the signing date YYYY-MM-DD (default: the system date)")),
    ]

    static func run(_ arguments: Arguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.count == 1 else {
            throw Arguments.UsageError(Message.Usage.nameExactlyOneAnswerFile)
        }
        let path = arguments.positionals[0]
        var values: [String: String] = [:]
        for option in ["--name", "--nip", "--jabatan"] {
            guard let given = arguments.value(option) else { continue }
            let value = given.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { throw Arguments.UsageError(Message.Usage.empty(option)) }
            values[option] = value
        }
        let date = arguments.value("--date") ?? PlanDate.today()
        guard PlanDate.isValid(date) else {
            throw Arguments.UsageError(Message.Usage.notADate("--date", value: date))
        }
        let loading = AnswerFileLoading(context: context)
        guard let source = try? SourceFile(contentsOfFile: path), let text = String(data: source.data, encoding: .utf8) else {
            context.report([.error(at: nil, Message.File.cannotRead(path))], sources: [])
            return .failure
        }
        let outcome = AnswerSheetLoader(library: loading.library).load(source)
        // The old signature's warning is expected here: the file is being signed again.
        let problems = outcome.diagnostics.filter { !($0.severity == .warning && $0.location == outcome.sheet?.attestation?.location) }
        context.report(problems, sources: [source])
        guard let answers = outcome.answers else {
            context.warn(Message.Command.attestNeedsValidFile)
            return .failure
        }
        // The signer defaults to the file's `head:` block.
        let head = answers.sheet.head
        for (option, value) in [("--name", head?.name), ("--nip", head?.nip), ("--jabatan", head?.position)] where values[option] == nil {
            guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                let key = ["--name": "name", "--nip": "nip", "--jabatan": "position"][option]!
                throw Arguments.UsageError(Message.Usage.signerMissing(option, headKey: key))
            }
            values[option] = value
        }
        let previous = answers.sheet.attestation
        let attestation = AnswerDigest(answers).attestation(name: values["--name"]!, nip: values["--nip"]!, jabatan: values["--jabatan"]!, date: date)
        do {
            try AtomicFile.write(AttestationBlockEditor.apply(attestation, to: text), to: path)
        } catch {
            let reason = (error as? AtomicFile.WriteError)?.reason ?? "\(error)"
            context.report([.error(at: nil, Message.Command.cannotWrite(path, reason: reason))], sources: [])
            return .failure
        }
        context.say(Message.Command.attested(path, attestation, date: date, replacing: previous))
        return .success
    }
}
