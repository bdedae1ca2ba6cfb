/// The 64-bit FNV-1a hash of a byte sequence: the one hash the engine uses to find texts by their bytes (YAML
/// mapping keys, survey cells). Not for security: equal hashes are always confirmed by comparing the bytes.
struct FNV1a {
    /// The hash of the bytes combined so far.
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325
    /// The bits of every byte combined, so that `isASCII` costs no second pass.
    private var bits: UInt8 = 0

    /// Whether every byte combined so far is ASCII.
    var isASCII: Bool { bits < 0x80 }

    /// Combines one more byte.
    @inline(__always)
    mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        bits |= byte
    }

    /// The hash of `bytes`.
    init<S: Sequence<UInt8>>(_ bytes: S) {
        for byte in bytes { combine(byte) }
    }

    /// The hash of the UTF-8 bytes of `text`, read in place when the string is stored contiguously.
    init(_ text: String) {
        self = text.utf8.withContiguousStorageIfAvailable { Self($0) } ?? Self(text.utf8)
    }
}
