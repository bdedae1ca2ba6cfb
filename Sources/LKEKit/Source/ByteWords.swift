import Foundation

/// Reads bytes eight at a time: the one word-at-a-time scanner of the engine. Source files and YAML values are
/// mostly long runs of ordinary bytes, which a 64-bit word passes over with a few arithmetic operations.
///
/// Every function reads a buffer of the caller; none keeps it.
enum ByteWords {
    /// `0x01` in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// `0x80` (the high bit) in every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` of `base`, the first in the lowest bits.
    @inline(__always)
    static func word(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// `byte` in every byte of a word.
    @inline(__always)
    static func spread(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

    /// The high bit of the first byte of `word` equal to zero is set, and no bit before it (bits after it may be
    /// set too): a subtraction borrows only from a zero byte, into the bytes after it. Zero when no byte is zero.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highBits }

    /// Calls `body` with the bytes of `data`, read in place.
    static func withBytes<R>(of data: Data, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try data.withUnsafeBytes { try body($0.bindMemory(to: UInt8.self)) }
    }

    /// Not zero exactly when some byte of `word` is below 0x20 or from 0x7F up: a subtraction borrows (and an
    /// addition carries) into the next byte only from a byte that is itself such a byte.
    @inline(__always)
    static func controlOrNonASCII(_ word: UInt64) -> UInt64 {
        ((word &- 0x2020_2020_2020_2020) | (word &+ ones) | word) & highBits
    }

    /// The high bit of each byte of `word` that is below 0x20 or from 0x7F up, and of no other byte: no sum carries
    /// into the next byte, as the high bits are masked off first.
    @inline(__always)
    static func eachControlOrNonASCII(_ word: UInt64) -> UInt64 {
        let seven = word & ~highBits
        return (~((seven &+ 0x6060_6060_6060_6060) | word) | (seven &+ ones) | word) & highBits
    }

    /// The high bit of each byte of `word` equal to `spread`'s byte, and of no other byte (see
    /// `eachControlOrNonASCII`).
    @inline(__always)
    static func each(_ spread: UInt64, in word: UInt64) -> UInt64 {
        let x = word ^ spread, low = ~highBits
        return ~(((x & low) &+ low) | x) & highBits
    }

    /// The offset of the first byte in `start..<end` of `bytes` that is `a` or `b`, or `end`.
    static func firstIndex(of a: UInt8, or b: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var p = start
        if let base = bytes.baseAddress.map(UnsafeRawPointer.init) {
            let spreadA = spread(a), spreadB = spread(b)
            while p + 8 <= end {
                let word = word(base, at: p)
                let found = zeroBytes(word ^ spreadA) | zeroBytes(word ^ spreadB)
                if found != 0 { return p + found.trailingZeroBitCount / 8 }
                p += 8
            }
        }
        while p < end, bytes[p] != a, bytes[p] != b { p += 1 }
        return p
    }

    /// Whether some line of `bytes` (after a byte order mark, if any) starts with `key`, then spaces, then a colon:
    /// a top-level YAML key, found without parsing.
    static func hasTopLevelKey(_ key: String, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let key = Array(key.utf8)
        guard let first = key.first else { return false }
        var lineStart = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { lineStart = 3 }
        while lineStart < bytes.count {
            if bytes.count - lineStart > key.count, bytes[lineStart] == first {
                var matches = true
                for k in 1..<key.count where bytes[lineStart + k] != key[k] { matches = false; break }
                if matches {
                    var p = lineStart + key.count
                    while p < bytes.count, bytes[p] == 0x20 { p += 1 }
                    if p < bytes.count, bytes[p] == UInt8(ascii: ":") { return true }
                }
            }
            let newline = firstIndex(of: 0x0A, or: 0x0A, in: bytes, from: lineStart, to: bytes.count)
            guard newline < bytes.count else { return false }
            lineStart = newline + 1
        }
        return false
    }
}
