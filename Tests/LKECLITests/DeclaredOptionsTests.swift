import Foundation
@testable import LKECLI
@testable import LKEKit
import LKETestSupport
import Testing

/// The options each command declares (issue 18, item 8): help, parsing, completions and the man page all come
/// from the declarations, through the built binary.
@Suite struct DeclaredOptionsTests {
    static let update = "UPDATE_MAN=1 swift test --filter DeclaredOptionsTests"

    /// What `tool arguments` printed and returned, or `nil` when `tool` is not installed (the shells are not
    /// installed for the tests: their checks run where they are).
    static func external(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String)? {
        guard let found = ["/usr/bin/", "/bin/", "/usr/local/bin/"].map({ $0 + tool }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: found)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        (process.standardOutput, process.standardError) = (output, errors)
        try process.run()
        // Small outputs: the pipes cannot fill before the tool ends.
        process.waitUntilExit()
        let printed = output.fileHandleForReading.readDataToEndOfFile(), complained = errors.fileHandleForReading.readDataToEndOfFile()
        return (process.terminationStatus, String(decoding: printed, as: UTF8.self), String(decoding: complained, as: UTF8.self))
    }

    @Test func everyDeclaredOptionAppearsInTheCommandsHelp() throws {
        for command in CLI.commands {
            for language in ["id", "en"] {
                let run = try BinaryRunner.run([command.name, "--help", "--lang", language])
                #expect(run.status == 0, "\(command.name)")
                for option in command.options + CLI.commonOptions {
                    #expect(run.stdout.contains(option.name), "lke \(command.name) --help --lang \(language) does not mention \(option.name)")
                    if let short = option.short { #expect(run.stdout.contains(short), "\(command.name): \(short)") }
                }
                let viaHelp = try BinaryRunner.run(["help", command.name, "--lang", language])
                #expect(viaHelp.stdout == run.stdout)
            }
        }
    }

    /// An option is described once: its `details`, when it has them, say more than its one-line help (an option
    /// whose details only reword the help has none, and the help shows the one line).
    @Test func detailsSayMoreThanTheOneLineHelp() {
        for command in CLI.commands {
            for option in command.options + CLI.commonOptions {
                guard let details = option.details else { continue }
                #expect(details.en != option.help.en, "lke \(command.name) \(option.name): details repeat the help")
                #expect(details.id != option.help.id, "lke \(command.name) \(option.name): details repeat the help")
            }
        }
    }

    /// The usage lines are generated from the declarations: every declared option shows in its command's usage,
    /// by the name the line uses (the short one when declared).
    @Test func everyDeclaredOptionAppearsInTheUsageLine() {
        for command in CLI.commands {
            #expect(command.usage.hasPrefix("lke \(command.name)"), "\(command.usage)")
            for option in command.options {
                let shown = option.short ?? option.name
                #expect(command.usage.split(whereSeparator: \.isWhitespace).contains { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) == shown },
                        "lke \(command.name): \(shown) is not in '\(command.usage)'")
            }
        }
    }

    /// A form shows only the choices it takes: `lke batch --compare` writes no workbook, so its line lists
    /// `--format` without `xlsx`, while the scoring form beside it keeps it.
    @Test func aUsageFormLeavesOutTheChoicesItDoesNotTake() {
        let lines = BatchCommand.usage.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines == [
            "lke batch PATH... [--format md|csv|json|xlsx|html] [--excel] [-o FILE] [-j N] [--target ID] [--evidence]",
            "lke batch --compare SELF_DIR REVIEW_DIR [--format md|csv|json|html] [-o FILE] [-j N]",
        ])
    }

    /// Usage errors from the declarations: each line, and the start of what it prints on stderr (exit 64).
    static let usageErrors: [([String], String)] = [
        (["score", "examples/kantor-contoh.yaml", "--formt", "json"],
         "error: opsi '--formt' tidak dikenal; maksud Anda '--format'?\nPenggunaan: lke score "),
        (["gap", "examples/kantor-contoh.yaml", "--taget", "wbbm", "--lang", "en"],
         "error: unknown option '--taget'; did you mean '--target'?\nUsage: lke gap "),
        (["evidence", "examples/kantor-contoh.yaml", "-f", "xml", "--lang", "en"], "error: '--format' must be one of: md, csv, json (not 'xml')\n"),
        (["init", "--layer"], "error: '--layer' memerlukan nilai\n"),
    ]

    @Test(arguments: usageErrors) func aWrongOptionIsAUsageErrorThatSaysTheFix(arguments: [String], message: String) throws {
        let run = try BinaryRunner.run(arguments)
        #expect((run.status, run.stdout) == (64, ""))
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
    }

    @Test func theLanguageAndHelpMayComeBeforeOrAfterTheCommand() throws {
        let file = "examples/kantor-contoh.yaml"
        let checks = try [["check", file, "--lang", "en"], ["check", "--lang=en", file], ["--lang", "en", "check", file]].map { try BinaryRunner.run($0) }
        #expect(checks.allSatisfy { $0.status == 0 && $0.stdout == checks[0].stdout })
        #expect(checks[0].stdout.contains(": answers of 'Kantor Pelayanan Contoh Kota Maju' to lke-zi-2021: "))
        let helps = try [["--help", "--lang", "en", "score"], ["score", "-h", "--lang", "en"], ["-h", "score", "--lang=en"]].map { try BinaryRunner.run($0) }
        #expect(helps.allSatisfy { $0.status == 0 && $0.stdout == helps[0].stdout })
        #expect(helps[0].stdout.hasPrefix("Usage: lke score "))
        #expect(helps[0].stdout.hasSuffix("\nCommon options: --lang id|en, -q/--questionnaire FILE, -h/--help\n"))
        #expect(try BinaryRunner.run(["-h"]).stdout.contains("\n  completions "))
    }

    @Test func bashCompletionIsAValidScriptNamingEveryCommandAndOption() throws {
        let run = try BinaryRunner.run(["completions", "bash"])
        #expect(run.status == 0)
        let file = ProjectPaths.temporaryDirectory().appendingPathComponent("lke.bash")
        try run.stdout.write(to: file, atomically: true, encoding: .utf8)
        let check = try #require(try Self.external("bash", ["-n", file.path]))
        #expect(check.status == 0, "\(check.errors)")
        for command in CLI.commands {
            #expect(run.stdout.contains("\n        \(command.name))\n"), "\(command.name)")
            for option in command.options { #expect(run.stdout.contains(option.name), "\(command.name) \(option.name)") }
        }
        #expect(run.stdout.contains("--format|-f) COMPREPLY=($(compgen -W \"md csv json xlsx html docx\" -- \"$cur\")); return ;;"))
        #expect(run.stdout.contains("--evidence-dir) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;"))
        #expect(run.stdout.hasSuffix("complete -o filenames -o bashdefault -F _lke lke\n"))
        // The script completes when sourced: `lke sc<TAB>` gives score, `lke score --for<TAB>` gives --format.
        let probe = ProjectPaths.temporaryDirectory().appendingPathComponent("probe.bash")
        try (run.stdout + """
        COMP_WORDS=(lke sc); COMP_CWORD=1; _lke; echo "${COMPREPLY[*]}"
        COMP_WORDS=(lke score --for); COMP_CWORD=2; _lke; echo "${COMPREPLY[*]}"
        COMP_WORDS=(lke --lang en init --layer t); COMP_CWORD=5; _lke; echo "${COMPREPLY[*]}"
        COMP_WORDS=(lke completions ''); COMP_CWORD=2; _lke; echo "${COMPREPLY[*]}"

        """).write(to: probe, atomically: true, encoding: .utf8)
        let completed = try #require(try Self.external("bash", [probe.path]))
        #expect(completed.output == "score\n--format\ntpi tpn\nbash zsh fish\n")
    }

    @Test func zshAndFishCompletionsAreGeneratedAndCheckedWhereTheShellExists() throws {
        let (zsh, fish) = (try BinaryRunner.run(["completions", "zsh", "--lang", "en"]), try BinaryRunner.run(["completions", "fish"]))
        #expect([zsh.status, fish.status] == [0, 0])
        #expect(zsh.stdout.hasPrefix("#compdef lke\n"))
        #expect(zsh.stdout.contains("'(-f --format)'{-f,--format}'[report format (default\\: md, or the extension of the -o file)]:format:(md csv json xlsx html docx)'"))
        #expect(zsh.stdout.contains("'*'{-q,--questionnaire}'["))
        #expect(fish.stdout.contains("complete -c lke -n \"__fish_seen_subcommand_from init\" -l layer -x -a 'self tpi tpn' -d "))
        #expect(fish.stdout.contains("complete -c lke -n \"__fish_seen_subcommand_from score\" -l output -s o -r -F -d "))
        let directory = ProjectPaths.temporaryDirectory()
        for (shell, text, arguments) in [("zsh", zsh.stdout, ["-n"]), ("fish", fish.stdout, ["--no-execute"])] {
            let file = directory.appendingPathComponent("lke." + shell)
            try text.write(to: file, atomically: true, encoding: .utf8)
            guard let check = try Self.external(shell, arguments + [file.path]) else { continue }
            #expect(check.status == 0, "\(shell): \(check.errors)")
        }
        let wrong = try BinaryRunner.run(["completions", "ksh"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.hasPrefix("error: shell harus salah satu dari: bash, zsh, fish (bukan 'ksh')\n"))
        let none = try BinaryRunner.run(["completions"])
        #expect(none.status == 64)
        #expect(none.stderr.hasPrefix("error: sebutkan satu shell: bash, zsh, fish\n"))
    }

    @Test func theCheckedInManPageIsCurrentAndRenders() throws {
        let run = try BinaryRunner.run(["help", "--man"])
        #expect(run.status == 0)
        let path = ProjectPaths.path("docs/lke.1")
        if ProcessInfo.processInfo.environment["UPDATE_MAN"] == "1" {
            try run.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let checkedIn = try String(contentsOfFile: path, encoding: .utf8)
        #expect(checkedIn == run.stdout, "docs/lke.1 is stale: regenerate it with \(Self.update)")
        for command in CLI.commands {
            #expect(run.stdout.contains(".SS \"lke \(command.name)\"\n"))
            for option in command.options { #expect(run.stdout.contains(ManPageText.escape(option.name))) }
        }
        let english = try BinaryRunner.run(["help", "--man", "--lang", "en"])
        #expect(english.stdout.contains(".SH COMMANDS\n"))
        // groff renders both without a warning (-ww: every warning; -z: no output).
        for (name, text) in [("lke.1", run.stdout), ("lke.en.1", english.stdout)] {
            let file = ProjectPaths.temporaryDirectory().appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            guard let rendered = try Self.external("groff", ["-man", "-ww", "-z", "-Tutf8", file.path]) else { continue }
            #expect(rendered.status == 0)
            #expect(rendered.errors == "", "\(name): \(rendered.errors)")
        }
    }
}

/// The troff escaping of option names, as the man page writes them.
enum ManPageText {
    static func escape(_ name: String) -> String { name.replacingOccurrences(of: "-", with: "\\-") }
}
