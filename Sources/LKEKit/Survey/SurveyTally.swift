/// The answers of a group of respondents, counted: for each item, how many respondents gave each value.
///
/// Counting is exact and cheap; every mean is computed from the counts.
struct SurveyTally: Sendable, Hashable {
    /// The lowest value of the scale (the value of `counts[item][0]`).
    let minimum: Int
    /// The number of respondents (rows) counted, whatever they answered.
    private(set) var respondents: Int = 0
    /// `counts[item][value - minimum]`: respondents who gave that value to the item.
    private(set) var counts: [[Int]]

    /// An empty tally for `items` items on a scale from `minimum` to `maximum`.
    init(items: Int, minimum: Int, maximum: Int) {
        self.minimum = minimum
        counts = Array(repeating: Array(repeating: 0, count: maximum - minimum + 1), count: items)
    }

    /// A tally made of counts (`counts[item][value - minimum]`), for tests and aggregated data.
    init(minimum: Int, counts: [[Int]], respondents: Int) {
        self.minimum = minimum
        self.counts = counts
        self.respondents = respondents
    }

    /// Adds one respondent; `answers[item]` is the value given, or `nil` when the item was not answered.
    mutating func add(_ answers: [Int?]) {
        respondents += 1
        for (item, answer) in answers.enumerated() {
            if let answer { counts[item][answer - minimum] += 1 }
        }
    }

    /// Adds one respondent from packed answers: `answers[item]` is the value, or `Int.min` when the item
    /// was not answered.
    mutating func add(packed answers: [Int]) {
        respondents += 1
        for item in 0..<answers.count where answers[item] != Int.min {
            counts[item][answers[item] - minimum] += 1
        }
    }

    /// How many respondents answered `item`.
    func answered(_ item: Int) -> Int { counts[item].reduce(0, +) }

    /// The sum of the values given to `item`.
    func total(_ item: Int) -> Int {
        var sum = 0
        for (offset, count) in counts[item].enumerated() { sum += (minimum + offset) * count }
        return sum
    }
}
