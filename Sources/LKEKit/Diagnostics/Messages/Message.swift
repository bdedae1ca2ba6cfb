/// Every text `lke` says to its user about a problem or an outcome, one factory per message, grouped by the
/// subsystem that says it (`Message.File`, `Message.YAML`, ...). A message is a `Localized` value: code that
/// reports builds it here, tests that check a report compare against the same factory, and a change of
/// wording is made in one place. Texts that are not messages (report headings, help prose) stay with the
/// writer or command that owns them.
///
/// Each subsystem's messages live in their own file, `Message+<Subsystem>.swift`, beside this one.
public enum Message {}
