/// The keys of a mapping being read, to find a key written twice.
///
/// Keys compare as `String`s do, so canonically equivalent spellings are the same key (as they would be in a
/// `Dictionary`). A small mapping (most are) is scanned. Past that, keys are found by an FNV-1a hash of their
/// UTF-8 bytes rather than by `Hasher`, which costs several times more: answer files have mappings of a hundred
/// keys and more, and are read by the thousand. Equal ASCII keys have equal bytes, so their hashes find them; a
/// key outside ASCII can equal one with other bytes (the Kelvin sign `"\u{212A}"` equals `"K"`), so such keys
/// are compared with every key instead.
///
/// The keys themselves are those of the mapping's entries, which the caller keeps: `insert` is given them.
struct MappingKeys {
    /// The hash of each entry's key; empty while the mapping is small enough to scan.
    private var hashes: [UInt64] = []
    /// The entries whose keys are outside ASCII (once there are hashes).
    private var nonASCII: [Int] = []
    /// Open addressing over the hashes: entry positions plus one, 0 for an empty slot; its size is a power of two.
    private var table: [Int32] = []

    /// The number of keys that a plain scan handles.
    private static let scanLimit = 16

    /// Finds the entry of `entries` whose key equals `key`, and returns its position; when there is none, notes
    /// `key` as the key of the entry the caller appends next and returns `nil`. `entries` are the entries of
    /// every earlier key noted, in order.
    mutating func insert(_ key: String, among entries: [YAMLNode.Entry]) -> Int? {
        if entries.count < Self.scanLimit {
            return entries.firstIndex(ofKey: key)
        }
        if hashes.isEmpty {
            for entry in entries { note(entry.key, hash: Self.hash(entry.key)) }
        }
        let (hash, isASCII) = Self.hash(key)
        if isASCII {
            if let found = find(key, hash: hash, among: entries) { return found }
            for position in nonASCII where entries[position].key == key { return position }
        } else if let position = entries.firstIndex(ofKey: key) {
            return position
        }
        note(key, hash: (hash, isASCII))
        return nil
    }

    /// Adds a key, not equal to any other, with its hash.
    private mutating func note(_ key: String, hash: (value: UInt64, isASCII: Bool)) {
        if !hash.isASCII { nonASCII.append(hashes.count) }
        hashes.append(hash.value)
        if hashes.count * 2 > table.count { rebuild() } else { place(hashes.count - 1) }
    }

    /// The FNV-1a hash of the UTF-8 bytes of `key`, and whether they are all ASCII.
    private static func hash(_ key: String) -> (value: UInt64, isASCII: Bool) {
        func fnv<S: Sequence<UInt8>>(_ bytes: S) -> (UInt64, Bool) {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var bits: UInt8 = 0
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                bits |= byte
            }
            return (hash, bits < 0x80)
        }
        return key.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(key.utf8)
    }

    /// The position of the entry whose key equals `key`, among those whose keys have its hash.
    private func find(_ key: String, hash: UInt64, among entries: [YAMLNode.Entry]) -> Int? {
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while table[slot] != 0 {
            let position = Int(table[slot]) - 1
            if hashes[position] == hash, entries[position].key == key { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Puts the key at `position` in the table.
    private mutating func place(_ position: Int) {
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hashes[position]) & mask
        while table[slot] != 0 { slot = (slot + 1) & mask }
        table[slot] = Int32(position + 1)
    }

    /// Makes the table four times as large as the keys need and places every key again.
    private mutating func rebuild() {
        var size = 64
        while size < hashes.count * 4 { size *= 2 }
        table = [Int32](repeating: 0, count: size)
        for position in hashes.indices { place(position) }
    }
}
