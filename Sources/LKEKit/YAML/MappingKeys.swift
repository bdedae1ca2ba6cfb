/// The keys of a mapping being read, to find a key written twice.
///
/// Keys compare as `String`s do, so canonically equivalent spellings are the same key (as they would be in a
/// `Dictionary`). A small mapping (most are) is scanned. Past that, keys are found by an FNV-1a hash of their
/// UTF-8 bytes rather than by `Hasher`, which costs several times more: answer files have mappings of a hundred
/// keys and more, and are read by the thousand. Equal ASCII keys have equal bytes, so their hashes find them; a
/// key outside ASCII can equal one with other bytes (the Kelvin sign `"\u{212A}"` equals `"K"`), so such keys
/// are compared with every key instead.
///
/// The keys themselves are those of the mapping's entries, which the caller keeps: `insert` is given them, and
/// reads them in place (the array's subscript would copy each entry, retaining all it holds).
struct MappingKeys {
    /// What finds the keys of a large mapping.
    private struct Index {
        /// The hash of each entry's key.
        var hashes: [UInt64] = []
        /// The entries whose keys are outside ASCII.
        var nonASCII: [Int] = []
        /// Open addressing over the hashes: entry positions plus one, 0 for an empty slot; a power of two long.
        var table: [Int32] = []
    }

    /// Built once the mapping has more keys than a scan handles quickly; a small mapping has none to destroy.
    private var index: Index?

    /// The number of keys that a plain scan handles.
    private static let scanLimit = 16

    /// Finds the entry of `entries` whose key equals `key`, and returns its position; when there is none, notes
    /// `key` as the key of the entry the caller appends next and returns `nil`. `entries` are the entries of
    /// every earlier key noted, in order.
    mutating func insert(_ key: String, among entries: [YAMLNode.Entry]) -> Int? {
        entries.withUnsafeBufferPointer { entries in
            if entries.count < Self.scanLimit {
                return entries.firstIndex { $0.key == key }
            }
            // Taken out while it changes, so that its arrays stay uniquely referenced (and are not copied).
            var index = self.index.take() ?? Self.index(of: entries)
            defer { self.index = index }
            let (hash, isASCII) = Self.hash(key)
            if isASCII {
                if let found = Self.find(key, hash: hash, in: index, among: entries) { return found }
                for position in index.nonASCII where entries[position].key == key { return position }
            } else if let position = entries.firstIndex(where: { $0.key == key }) {
                return position
            }
            Self.note(hash: hash, isASCII: isASCII, in: &index)
            return nil
        }
    }

    /// The index of the keys of `entries`.
    private static func index(of entries: UnsafeBufferPointer<YAMLNode.Entry>) -> Index {
        var index = Index()
        for position in entries.indices {
            let (hash, isASCII) = Self.hash(entries[position].key)
            note(hash: hash, isASCII: isASCII, in: &index)
        }
        return index
    }

    /// Adds the hash of a key, not equal to any other.
    private static func note(hash: UInt64, isASCII: Bool, in index: inout Index) {
        if !isASCII { index.nonASCII.append(index.hashes.count) }
        index.hashes.append(hash)
        if index.hashes.count * 2 > index.table.count {
            var size = 64
            while size < index.hashes.count * 4 { size *= 2 }
            index.table = [Int32](repeating: 0, count: size)
            for position in index.hashes.indices { place(position, in: &index) }
        } else {
            place(index.hashes.count - 1, in: &index)
        }
    }

    /// The FNV-1a hash of the UTF-8 bytes of `key`, and whether they are all ASCII.
    private static func hash(_ key: String) -> (value: UInt64, isASCII: Bool) {
        let hash = FNV1a(key)
        return (hash.value, hash.isASCII)
    }

    /// The position of the entry whose key equals `key`, among those whose keys have its hash.
    private static func find(_ key: String, hash: UInt64, in index: Index, among entries: UnsafeBufferPointer<YAMLNode.Entry>) -> Int? {
        let mask = index.table.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while index.table[slot] != 0 {
            let position = Int(index.table[slot]) - 1
            if index.hashes[position] == hash, entries[position].key == key { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Puts the key at `position` in the table, which has room for it.
    private static func place(_ position: Int, in index: inout Index) {
        let mask = index.table.count - 1
        var slot = Int(truncatingIfNeeded: index.hashes[position]) & mask
        while index.table[slot] != 0 { slot = (slot + 1) & mask }
        index.table[slot] = Int32(position + 1)
    }
}
