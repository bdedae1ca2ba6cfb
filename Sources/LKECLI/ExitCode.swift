/// Exit statuses, as compilers and `sysexits.h` use them.
enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// Invalid input files or unmet conditions (diagnostics were printed).
    case failure = 1
    /// The command line was wrong (EX_USAGE).
    case usage = 64
    /// An internal failure (EX_SOFTWARE).
    case software = 70
}
