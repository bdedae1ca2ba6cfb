/// The version of `lke`, printed by `--version` and stamped on reports.
public enum LKEVersion {
    /// The version number, `MAJOR.MINOR.PATCH`.
    public static let current = "0.1.0"
}
