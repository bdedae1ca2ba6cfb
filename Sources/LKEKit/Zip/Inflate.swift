/// A raw DEFLATE decoder (RFC 1951): stored, fixed Huffman and dynamic Huffman blocks.
///
/// Huffman codes are decoded through one lookup table per code, indexed by the next (bit-reversed) bits of the
/// input, as wide as the longest code in use (at most 15 bits). Every malformed stream ends in a `Failure`,
/// never a trap or an endless loop: each step consumes input or fails, and the output is bounded by `limit`.
enum Inflate {
    /// Why a stream cannot be decoded.
    enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The input ended before the final block did.
        case truncated
        /// A block header names the reserved block type 3.
        case badBlockType
        /// A stored block's length and its complement disagree.
        case storedLengthMismatch
        /// The lengths of a dynamic block's code are not a valid prefix code (`what` names the code).
        case badCodeLengths(String)
        /// A symbol that no valid stream contains (an unused code, length symbols 286-287, distances 30-31).
        case badSymbol
        /// A distance reaches back before the start of the output.
        case distanceTooFar
        /// The output would exceed the caller's limit.
        case tooLarge(limit: Int)

        /// What is wrong, in both languages.
        var message: Localized {
            switch self {
            case .truncated: return Message.Zip.inflateTruncated
            case .badBlockType: return Message.Zip.inflateBadBlockType
            case .storedLengthMismatch: return Message.Zip.inflateStoredLengthMismatch
            case .badCodeLengths(let what): return Message.Zip.inflateBadCodeLengths(what)
            case .badSymbol: return Message.Zip.inflateBadSymbol
            case .distanceTooFar: return Message.Zip.inflateDistanceTooFar
            case .tooLarge(let limit): return Message.Zip.inflateTooLarge(limit: limit)
            }
        }

        var description: String { message.en }
    }

    /// Decodes the raw DEFLATE stream `input` (no zlib or gzip wrapper). Bytes after the final block are ignored.
    /// - Parameters:
    ///   - limit: the largest output accepted; a stream that would give more fails with `.tooLarge`.
    ///   - expectedSize: a size hint for the output buffer (for example a ZIP entry's declared size).
    static func decompress(_ input: [UInt8], limit: Int, expectedSize: Int = 0) throws(Failure) -> [UInt8] {
        var decoder = Decoder(input: input, limit: limit)
        decoder.output.reserveCapacity(min(max(expectedSize, input.count * 3), limit, 1 << 26))
        try decoder.run()
        return decoder.output
    }

    // MARK: - Tables

    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
                                    131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
                                      2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order code length code lengths are sent in.
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The fixed literal/length and distance codes (RFC 1951 §3.2.6), built once.
    static let fixed: (literals: HuffmanTable, distances: HuffmanTable) = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        // Both fixed codes are complete, so building cannot fail.
        let literals = (try? HuffmanTable(lengths: lengths, name: "fixed")) ?? HuffmanTable.empty
        let distances = (try? HuffmanTable(lengths: [UInt8](repeating: 5, count: 30), name: "fixed", allowIncomplete: true)) ?? HuffmanTable.empty
        return (literals, distances)
    }()

    /// A canonical Huffman code as a lookup table: entry = symbol << 4 | code length (0: no such code).
    struct HuffmanTable: Sendable {
        var entries: [UInt16]
        var bits: Int

        static let empty = HuffmanTable(entries: [0], bits: 0)

        init(entries: [UInt16], bits: Int) {
            self.entries = entries
            self.bits = bits
        }

        /// Builds the table for code lengths by symbol (0 = unused).
        /// - Parameter allowIncomplete: accept a code that leaves some bit patterns unused (only for a
        ///   distance code with at most one symbol, as zlib does, or the fixed distance code).
        init(lengths: [UInt8], name: String, allowIncomplete: Bool = false) throws(Failure) {
            var counts = [Int](repeating: 0, count: 16)
            for length in lengths { counts[Int(length)] += 1 }
            counts[0] = 0
            var left = 1
            for length in 1...15 {
                left <<= 1
                left -= counts[length]
                if left < 0 { throw .badCodeLengths(name) }
            }
            let used = counts.reduce(0, +)
            if left > 0, !(allowIncomplete || used <= 1) { throw .badCodeLengths(name) }
            let maxBits = (1...15).last { counts[$0] > 0 } ?? 0
            var next = [Int](repeating: 0, count: 16)
            var code = 0
            for length in 1..<16 {
                code = (code + counts[length - 1]) << 1
                next[length] = code
            }
            var entries = [UInt16](repeating: 0, count: 1 << maxBits)
            for (symbol, length) in lengths.enumerated() where length > 0 {
                let len = Int(length)
                let code = next[len]
                next[len] += 1
                var reversed = 0
                for bit in 0..<len where code & (1 << bit) != 0 { reversed |= 1 << (len - 1 - bit) }
                let entry = UInt16(symbol << 4 | len)
                var index = reversed
                while index < entries.count {
                    entries[index] = entry
                    index += 1 << len
                }
            }
            self.entries = entries
            self.bits = maxBits
        }
    }

    // MARK: - Decoder

    struct Decoder {
        let input: [UInt8]
        let limit: Int
        var output: [UInt8] = []
        var position = 0
        var bitBuffer: UInt64 = 0
        var bitCount = 0

        init(input: [UInt8], limit: Int) {
            self.input = input
            self.limit = limit
        }

        /// Makes at least `count` (≤ 56) bits available, padding with zeros past the end of the input
        /// (bits taken from the padding are caught by `consume`).
        @inline(__always)
        mutating func fill(_ count: Int) {
            while bitCount < count {
                let byte: UInt64 = position < input.count ? UInt64(input[position]) : 0
                bitBuffer |= byte << UInt64(bitCount)
                position += 1
                bitCount += 8
            }
        }

        @inline(__always)
        mutating func consume(_ count: Int) throws(Failure) {
            bitBuffer >>= UInt64(count)
            bitCount -= count
            if position > input.count, (position - input.count) * 8 > bitCount { throw .truncated }
        }

        @inline(__always)
        mutating func bits(_ count: Int) throws(Failure) -> Int {
            if count == 0 { return 0 }
            fill(count)
            let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
            try consume(count)
            return value
        }

        @inline(__always)
        mutating func decode(_ table: HuffmanTable) throws(Failure) -> Int {
            fill(table.bits)
            let entry = table.entries[Int(bitBuffer & ((1 << UInt64(table.bits)) - 1))]
            let length = Int(entry & 15)
            if length == 0 { throw .badSymbol }
            try consume(length)
            return Int(entry >> 4)
        }

        mutating func run() throws(Failure) {
            var final = false
            while !final {
                final = try bits(1) == 1
                switch try bits(2) {
                case 0: try stored()
                case 1: try codes(Inflate.fixed.literals, Inflate.fixed.distances)
                case 2:
                    let (literals, distances) = try dynamicTables()
                    try codes(literals, distances)
                default: throw .badBlockType
                }
            }
        }

        mutating func stored() throws(Failure) {
            // Drop to the byte boundary, then hand back whole bytes still in the bit buffer.
            try consume(bitCount % 8)
            position -= bitCount / 8
            bitBuffer = 0
            bitCount = 0
            guard position + 4 <= input.count else { throw .truncated }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
            guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
            position += 4
            guard position + length <= input.count else { throw .truncated }
            guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
            output.append(contentsOf: input[position..<(position + length)])
            position += length
        }

        mutating func dynamicTables() throws(Failure) -> (HuffmanTable, HuffmanTable) {
            let literalCount = try bits(5) + 257
            let distanceCount = try bits(5) + 1
            let codeLengthCount = try bits(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else { throw .badCodeLengths("literal/length or distance count") }
            var codeLengthLengths = [UInt8](repeating: 0, count: 19)
            for i in 0..<codeLengthCount { codeLengthLengths[Inflate.codeLengthOrder[i]] = UInt8(try bits(3)) }
            let codeLengthTable = try HuffmanTable(lengths: codeLengthLengths, name: "code length")
            if codeLengthTable.bits == 0 { throw .badCodeLengths("code length") }
            var lengths = [UInt8]()
            lengths.reserveCapacity(literalCount + distanceCount)
            while lengths.count < literalCount + distanceCount {
                let symbol = try decode(codeLengthTable)
                switch symbol {
                case 0...15:
                    lengths.append(UInt8(symbol))
                case 16:
                    guard let previous = lengths.last else { throw .badCodeLengths("repeat without a previous length in") }
                    let repeats = 3 + (try bits(2))
                    guard lengths.count + repeats <= literalCount + distanceCount else { throw .badCodeLengths("overlong repeat in") }
                    lengths.append(contentsOf: repeatElement(previous, count: repeats))
                default:
                    let repeats = symbol == 17 ? 3 + (try bits(3)) : 11 + (try bits(7))
                    guard lengths.count + repeats <= literalCount + distanceCount else { throw .badCodeLengths("overlong repeat in") }
                    lengths.append(contentsOf: repeatElement(0, count: repeats))
                }
            }
            let literalLengths = Array(lengths[0..<literalCount])
            guard literalLengths[256] != 0 else { throw .badCodeLengths("literal/length (no end-of-block code)") }
            let literals = try HuffmanTable(lengths: literalLengths, name: "literal/length")
            let distances = try HuffmanTable(lengths: Array(lengths[literalCount...]), name: "distance")
            return (literals, distances)
        }

        mutating func codes(_ literals: HuffmanTable, _ distances: HuffmanTable) throws(Failure) {
            while true {
                let symbol = try decode(literals)
                if symbol < 256 {
                    guard output.count < limit else { throw .tooLarge(limit: limit) }
                    output.append(UInt8(symbol))
                    continue
                }
                if symbol == 256 { return }
                let lengthIndex = symbol - 257
                guard lengthIndex < 29 else { throw .badSymbol }
                let length = Inflate.lengthBase[lengthIndex] + (try bits(Inflate.lengthExtra[lengthIndex]))
                guard distances.bits > 0 else { throw .badSymbol }
                let distanceSymbol = try decode(distances)
                guard distanceSymbol < 30 else { throw .badSymbol }
                let distance = Inflate.distanceBase[distanceSymbol] + (try bits(Inflate.distanceExtra[distanceSymbol]))
                guard distance <= output.count else { throw .distanceTooFar }
                guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
                // Byte by byte: the source may overlap what is being written (a run), and appending a slice of
                // the array to itself would copy the whole buffer.
                var from = output.count - distance
                for _ in 0..<length {
                    output.append(output[from])
                    from += 1
                }
            }
        }
    }
}
