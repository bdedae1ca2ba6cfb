/// A cache from cell bytes to what they mean, looked up without making a `String`: a column of survey data
/// holds few distinct texts, so each is read once.
struct SurveyByteCache<Value> {
    private var buckets: [UInt64: [(bytes: [UInt8], value: Value)]] = [:]
    /// The number of entries.
    private(set) var count = 0
    /// The most entries kept; beyond it, lookups miss and callers read the text each time.
    let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 { FNV1a(bytes).value }

    /// The value stored for `bytes`.
    func value(for bytes: ArraySlice<UInt8>) -> Value? {
        guard let bucket = buckets[Self.hash(bytes)] else { return nil }
        for entry in bucket where entry.bytes.elementsEqual(bytes) { return entry.value }
        return nil
    }

    /// Stores `value` for `bytes`, while there is room.
    mutating func insert(_ value: Value, for bytes: ArraySlice<UInt8>) {
        guard count < capacity else { return }
        buckets[Self.hash(bytes), default: []].append((Array(bytes), value))
        count += 1
    }
}
