import Foundation
import LKECLI

let console = StandardConsole()
// Broken pipes (`lke score ... | head`) end the process quietly instead of killing it with SIGPIPE.
console.terminal.ignoreBrokenPipes()
exit(CLI.run(Array(CommandLine.arguments.dropFirst()), console: console))
