/// "Did you mean" suggestions chosen by edit distance.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely misspelling.
    public static func closest<C: Collection>(to word: String, in candidates: C) -> String? where C.Element == String {
        let lowered = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) {
                best = (candidate, distance)
            }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(1, min(3, (max(word.count, candidate.count) + 2) / 3))
        return distance <= limit ? candidate : nil
    }

    /// The Levenshtein distance between two strings, counted in characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// `; did you mean 'x'?` / `; maksud Anda 'x'?`, or nothing.
    static func suffix(_ suggestion: String?) -> Localized {
        guard let suggestion else { return Localized("") }
        return Message.Diagnostics.didYouMean(suggestion)
    }
}
