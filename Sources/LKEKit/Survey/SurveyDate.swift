import Foundation

/// A calendar day (proleptic Gregorian), as survey data and `--from`/`--to` write it. No time zone: a survey
/// answer belongs to the day written in the data.
public struct SurveyDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    var year: Int
    var month: Int
    var day: Int

    /// A valid date, or `nil` (30 February is not a date).
    init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= SurveyDate.days(in: month, of: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// `YYYY-MM`, the key of the date's month.
    var monthKey: String { pad(year, 4) + "-" + pad(month, 2) }

    /// Dates order by day.
    public static func < (lhs: SurveyDate, rhs: SurveyDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The number of days of `month` in `year`.
    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The last day of the date's month.
    var endOfMonth: SurveyDate { SurveyDate(year: year, month: month, day: SurveyDate.days(in: month, of: year))! }

    /// "1 Juli 2026" / "1 July 2026".
    func text(_ language: Language) -> String {
        "\(day) \(SurveyDate.monthNames(language)[month - 1]) \(year)"
    }

    /// "Juli 2026" / "July 2026".
    func monthText(_ language: Language) -> String {
        "\(SurveyDate.monthNames(language)[month - 1]) \(year)"
    }

    static func monthNames(_ language: Language) -> [String] {
        language == .en
            ? ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            : ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    }

    /// Month names and abbreviations in both languages, by matching key.
    private static let monthWords: [String: Int] = {
        var words: [String: Int] = [:]
        for language in Language.allCases {
            for (offset, name) in monthNames(language).enumerated() {
                words[SurveyText.key(name)] = offset + 1
                words[SurveyText.key(String(name.prefix(3)))] = offset + 1
            }
        }
        words["agt"] = 8
        words["ags"] = 8
        words["okt"] = 10
        words["des"] = 12
        return words
    }()

    /// Reads the date at the start of `text`; a time after it is ignored. Accepted: `2026-07-01`,
    /// `2026/07/01`, `01/07/2026`, `1-7-2026`, `01.07.2026` (day first, as written in Indonesia), and
    /// `1 Juli 2026` / `1 Jul 2026` / `1 July 2026`.
    static func parse(_ text: String) -> SurveyDate? {
        parse(utf8: Array(text.utf8)[...])
    }

    /// `parse(_:)` on UTF-8 bytes, without making a string for the numeric forms.
    static func parse(utf8 bytes: ArraySlice<UInt8>) -> SurveyDate? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        let space = UInt8(ascii: " ")
        while i < end, bytes[i] == space { i += 1 }
        var numbers: [Int] = []
        var widths: [Int] = []
        var separator: UInt8?
        while numbers.count < 3 {
            var value = 0, width = 0
            while i < end, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9"), width < 5 {
                value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
                width += 1
                i += 1
            }
            guard width > 0, width <= 4 else { return nil }
            numbers.append(value)
            widths.append(width)
            if numbers.count == 3 { break }
            guard i < end else { return nil }
            let b = bytes[i]
            if numbers.count == 1, b == space { return words(bytes) }
            guard b == UInt8(ascii: "-") || b == UInt8(ascii: "/") || b == UInt8(ascii: "."), separator == nil || separator == b else { return nil }
            separator = b
            i += 1
        }
        if i < end {
            let b = bytes[i]
            guard b == space || b == UInt8(ascii: "T") || b == UInt8(ascii: ",") else { return nil }
        }
        if widths[0] == 4 { return SurveyDate(year: numbers[0], month: numbers[1], day: numbers[2]) }
        guard widths[2] == 4, widths[0] <= 2, widths[1] <= 2 else { return nil }
        return SurveyDate(year: numbers[2], month: numbers[1], day: numbers[0])
    }

    /// "1 Juli 2026", "01 Jul 2026 10:00".
    private static func words(_ bytes: ArraySlice<UInt8>) -> SurveyDate? {
        let words = String(decoding: bytes, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 3, let day = Int(words[0]), let year = Int(words[2]), year >= 1000, year <= 9999,
              let month = monthWords[SurveyText.key(String(words[1]))] else { return nil }
        return SurveyDate(year: year, month: month, day: day)
    }

    /// Reads a month `2026-07` as its first (or, with `end`, its last) day; otherwise as `parse`.
    public static func parse(_ text: String, monthAs end: Bool) -> SurveyDate? {
        let parts = text.split(separator: " ").joined().split(separator: "-")
        if parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let first = SurveyDate(year: y, month: m, day: 1) {
            return end ? first.endOfMonth : first
        }
        return parse(text)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
