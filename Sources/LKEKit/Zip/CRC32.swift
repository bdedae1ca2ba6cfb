/// CRC-32 as ZIP uses it (ISO 3309 / ITU-T V.42: polynomial 0xEDB88320 reflected, initial value and final
/// XOR 0xFFFFFFFF). `CRC32.checksum("123456789".utf8)` is 0xCBF43926.
struct CRC32: Sendable {
    /// The checksum of everything given to `update` so far.
    var value: UInt32 { state ^ 0xFFFF_FFFF }

    private var state: UInt32 = 0xFFFF_FFFF

    /// A checksum of no bytes (0).
    init() {}

    /// Adds `bytes` to the checksum.
    mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var crc = state
        let table = CRC32.table
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        state = crc
    }

    /// The checksum of `bytes`.
    static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// The remainder of every byte value, computed once.
    private static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var remainder = UInt32(index)
        for _ in 0..<8 {
            remainder = remainder & 1 == 1 ? 0xEDB8_8320 ^ (remainder >> 1) : remainder >> 1
        }
        return remainder
    }
}
