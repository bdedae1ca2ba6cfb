import Foundation

/// How survey data is matched to a definition: column headers and answer labels are compared without regard
/// to case, accents, spacing or punctuation.
enum SurveyText {
    /// The matching key of `text`: lowercase letters and digits, every other run of characters one space,
    /// no leading or trailing space ("Sangat  Sesuai." and "sangat sesuai" give "sangat sesuai").
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) {
                    if pendingSpace, !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append(scalar)
                } else if v >= 0x41 && v <= 0x5A {
                    if pendingSpace, !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append(Unicode.Scalar(v + 0x20)!)
                } else {
                    pendingSpace = true
                }
                continue
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(contentsOf: folded.unicodeScalars)
            } else if scalar.properties.isWhitespace || scalar.properties.generalCategory.isPunctuationOrSeparator {
                pendingSpace = true
            } else {
                // Symbols such as stars stay: "★★★" is an answer.
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The trimmed text, or `nil` when it is blank.
    static func trimmed(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuationOrSeparator: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format:
            return true
        default:
            return false
        }
    }
}
