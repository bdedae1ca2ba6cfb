/// The keys of a mapping being read, to find a key written twice.
///
/// Keys compare as `String`s do, so canonically equivalent spellings are the same key (as they would be in a
/// `Dictionary`). They are found by an FNV-1a hash of their UTF-8 bytes rather than by `Hasher`, which costs
/// several times more: answer files have mappings of a hundred keys and more, and are read by the thousand.
/// Equal ASCII keys have equal bytes, so their hashes find them; a key outside ASCII can equal one with other
/// bytes (the Kelvin sign `"\u{212A}"` equals `"K"`), so such keys are compared with every key instead.
struct MappingKeys {
    private struct Key {
        var text: String
        var hash: UInt64
    }

    /// The keys in the order they were added.
    private var keys: [Key] = []
    /// Positions in `keys` of the keys outside ASCII.
    private var nonASCII: [Int] = []
    /// Open addressing over the hashes: positions in `keys` plus one, 0 for an empty slot. Built only once there
    /// are more keys than a scan of `keys` handles quickly; its size is a power of two.
    private var table: [Int32] = []

    /// The number of keys that a plain scan handles.
    private static let scanLimit = 16

    /// Adds `key` unless an equal key is there already; returns the position of that earlier key (in the order
    /// of adding), or `nil` when `key` was added.
    mutating func insert(_ key: String) -> Int? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var bits: UInt8 = 0
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            bits |= byte
        }
        let isASCII = bits < 0x80
        if isASCII {
            if let found = find(key, hash: hash) { return found }
            for position in nonASCII where keys[position].text == key { return position }
        } else {
            if let position = keys.firstIndex(where: { $0.text == key }) { return position }
            nonASCII.append(keys.count)
        }
        keys.append(Key(text: key, hash: hash))
        if keys.count > Self.scanLimit {
            if keys.count * 2 > table.count { rebuild() } else { place(keys.count - 1) }
        }
        return nil
    }

    /// The position of the key equal to `key` among those with its hash.
    private func find(_ key: String, hash: UInt64) -> Int? {
        guard !table.isEmpty else {
            return keys.firstIndex { $0.hash == hash && $0.text == key }
        }
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while table[slot] != 0 {
            let position = Int(table[slot]) - 1
            if keys[position].hash == hash, keys[position].text == key { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Puts the key at `position` in the table.
    private mutating func place(_ position: Int) {
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: keys[position].hash) & mask
        while table[slot] != 0 { slot = (slot + 1) & mask }
        table[slot] = Int32(position + 1)
    }

    /// Makes the table four times as large as the keys need and places every key again.
    private mutating func rebuild() {
        var size = 64
        while size < keys.count * 4 { size *= 2 }
        table = [Int32](repeating: 0, count: size)
        for position in keys.indices { place(position) }
    }
}
