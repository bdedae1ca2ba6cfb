import Foundation
import LKECLI

// Broken pipes (`lke score ... | head`) end the process quietly instead of killing it with SIGPIPE.
signal(SIGPIPE, SIG_IGN)
exit(CLI.run(Array(CommandLine.arguments.dropFirst()), console: StandardConsole()))
