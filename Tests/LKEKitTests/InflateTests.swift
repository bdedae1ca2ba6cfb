import Foundation
@testable import LKEKit
import LKETestSupport
import Testing

/// Raw DEFLATE streams made by the standard zlib (scripts/make-inflate-fixtures.py) and hand-made corrupt ones.
@Suite("Inflate")
struct InflateTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var blockType: Int
        var size: Int
        var sha256: String
        var description: String { name }
    }

    static let directory = ProjectPaths.path("Tests/LKEKitTests/Fixtures/inflate")

    static let cases: [Case] = {
        let manifest = (try? String(contentsOfFile: directory + "/MANIFEST", encoding: .utf8)) ?? ""
        return manifest.split(separator: "\n").map { line in
            let f = line.split(separator: " ").map(String.init)
            return Case(name: f[0], blockType: Int(f[1])!, size: Int(f[2])!, sha256: f[3])
        }
    }()

    static func stream(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name + ".deflate")))
    }

    @Test func manifestCoversEveryBlockType() throws {
        #expect(Self.cases.count >= 10)
        #expect(Set(Self.cases.map(\.blockType)) == [0, 1, 2])
    }

    @Test(arguments: cases) func inflatesZlibOutput(_ fixture: Case) throws {
        let output = try Inflate.decompress(try Self.stream(fixture.name), limit: 16 << 20)
        #expect(output.count == fixture.size)
        #expect(SHA256.hex(of: output) == fixture.sha256)
    }

    @Test func limitStopsAZipBomb() throws {
        let bomb = try Self.stream("zeros-bomb")
        #expect(bomb.count < 10_000)
        #expect(throws: Inflate.Failure.tooLarge(limit: 1 << 20)) { try Inflate.decompress(bomb, limit: 1 << 20) }
        // Exactly at the limit is accepted; one byte less is not.
        #expect(try Inflate.decompress(bomb, limit: 8 << 20).count == 8 << 20)
        #expect(throws: Inflate.Failure.tooLarge(limit: (8 << 20) - 1)) { try Inflate.decompress(bomb, limit: (8 << 20) - 1) }
        let stored = try Self.stream("text-stored")
        #expect(throws: Inflate.Failure.tooLarge(limit: 1000)) { try Inflate.decompress(stored, limit: 1000) }
    }

    @Test func emptyInputIsTruncated() throws {
        #expect(throws: Inflate.Failure.truncated) { try Inflate.decompress([], limit: 100) }
    }

    @Test func everyPrefixOfAStreamFails() throws {
        for name in ["short-fixed", "runs-rle", "empty-stored"] {
            let full = try Self.stream(name)
            for length in 0..<full.count {
                #expect(throws: Inflate.Failure.self, "\(name) cut at \(length)") { try Inflate.decompress(Array(full[..<length]), limit: 1 << 20) }
            }
        }
        let dynamic = try Self.stream("text-dynamic")
        for length in stride(from: 0, to: dynamic.count, by: 997) {
            #expect(throws: Inflate.Failure.self) { try Inflate.decompress(Array(dynamic[..<length]), limit: 1 << 20) }
        }
    }

    @Test func reservedBlockType() throws {
        // BFINAL = 1, BTYPE = 11.
        #expect(throws: Inflate.Failure.badBlockType) { try Inflate.decompress([0x07, 0x00], limit: 100) }
    }

    @Test func storedLengthMustMatchComplement() throws {
        #expect(throws: Inflate.Failure.storedLengthMismatch) { try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00, 1, 2, 3, 4, 5], limit: 100) }
        #expect(throws: Inflate.Failure.truncated) { try Inflate.decompress([0x01, 0x05, 0x00, 0xFA, 0xFF, 1, 2], limit: 100) }
        #expect(try Inflate.decompress([0x01, 0x03, 0x00, 0xFC, 0xFF, 7, 8, 9], limit: 100) == [7, 8, 9])
    }

    @Test func distanceBeforeTheStart() throws {
        var bits = BitWriter()
        bits.header(final: true, type: 1)
        bits.fixedLiteral(0x41)
        bits.fixedLength(257)      // length 3
        bits.huffman(1, length: 5) // distance 2, one byte written so far
        bits.fixedLength(256)
        #expect(throws: Inflate.Failure.distanceTooFar) { try Inflate.decompress(bits.bytes, limit: 100) }
        // The same stream with distance 1 is a run: "AAAA".
        var ok = BitWriter()
        ok.header(final: true, type: 1)
        ok.fixedLiteral(0x41)
        ok.fixedLength(257)
        ok.huffman(0, length: 5)
        ok.fixedLength(256)
        #expect(try Inflate.decompress(ok.bytes, limit: 100) == Array("AAAA".utf8))
    }

    @Test func invalidFixedSymbols() throws {
        var length = BitWriter()
        length.header(final: true, type: 1)
        length.huffman(0b1100_0110, length: 8) // literal/length symbol 286
        #expect(throws: Inflate.Failure.badSymbol) { try Inflate.decompress(length.bytes + [0, 0], limit: 100) }
        var distance = BitWriter()
        distance.header(final: true, type: 1)
        distance.fixedLiteral(0x41)
        distance.fixedLength(257)
        distance.huffman(30, length: 5) // distance symbol 30
        #expect(throws: Inflate.Failure.badSymbol) { try Inflate.decompress(distance.bytes + [0, 0], limit: 100) }
    }

    @Test func overSubscribedCodeLengthCode() throws {
        var bits = BitWriter()
        bits.header(final: true, type: 2)
        bits.write(0, 5); bits.write(0, 5); bits.write(15, 4) // 257 literals, 1 distance, 19 code length codes
        for _ in 0..<19 { bits.write(1, 3) }                  // nineteen codes of length 1
        #expect(throws: Inflate.Failure.badCodeLengths("code length")) { try Inflate.decompress(bits.bytes + [0, 0, 0, 0], limit: 100) }
    }

    @Test func dynamicHeaderErrors() throws {
        // HLIT = 30 gives 287 literal/length codes, more than 286.
        var many = BitWriter()
        many.header(final: true, type: 2)
        many.write(30, 5); many.write(0, 5); many.write(0, 4)
        #expect(throws: Inflate.Failure.self) { try Inflate.decompress(many.bytes + [0, 0, 0, 0, 0, 0], limit: 100) }
        // A code length code where only symbols 16 and 18 exist (length 1 each); the first symbol repeats
        // a length that does not exist yet.
        var repeatFirst = BitWriter()
        repeatFirst.header(final: true, type: 2)
        repeatFirst.write(0, 5); repeatFirst.write(0, 5); repeatFirst.write(0, 4) // 4 code length codes: 16, 17, 18, 0
        repeatFirst.write(1, 3); repeatFirst.write(0, 3); repeatFirst.write(1, 3); repeatFirst.write(0, 3)
        repeatFirst.huffman(0, length: 1) // symbol 16
        repeatFirst.write(0, 2)
        #expect(throws: Inflate.Failure.badCodeLengths("repeat without a previous length in")) {
            try Inflate.decompress(repeatFirst.bytes + [0, 0, 0], limit: 100)
        }
        // Every length zero (symbol 18 repeated): no end-of-block code.
        var noEnd = BitWriter()
        noEnd.header(final: true, type: 2)
        noEnd.write(0, 5); noEnd.write(0, 5); noEnd.write(0, 4)
        noEnd.write(1, 3); noEnd.write(0, 3); noEnd.write(1, 3); noEnd.write(0, 3)
        noEnd.huffman(1, length: 1); noEnd.write(127, 7) // 138 zeros
        noEnd.huffman(1, length: 1); noEnd.write(109, 7) // 120 zeros: 258 lengths in all
        #expect(throws: Inflate.Failure.badCodeLengths("literal/length (no end-of-block code)")) {
            try Inflate.decompress(noEnd.bytes + [0, 0, 0], limit: 100)
        }
    }

    @Test func mutatedStreamsNeverTrapOrHang() throws {
        var generator = SplitMix(seed: 13)
        let sources = try ["text-dynamic", "short-fixed", "runs-rle", "text-fixed"].map(Self.stream)
        for round in 0..<600 {
            var bytes = sources[round % sources.count]
            if bytes.count > 4000 { bytes = Array(bytes[..<4000]) }
            for _ in 0..<(1 + Int(generator.next() % 6)) {
                let index = Int(generator.next() % UInt64(bytes.count))
                bytes[index] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
            }
            _ = try? Inflate.decompress(bytes, limit: 1 << 20)
        }
        for _ in 0..<400 {
            let bytes = (0..<Int(generator.next() % 300)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = try? Inflate.decompress(bytes, limit: 1 << 16)
        }
    }
}

/// Writes DEFLATE bits, least significant first, for hand-made streams.
struct BitWriter {
    var bytes: [UInt8] = []
    var count = 0

    mutating func write(_ value: Int, _ width: Int) {
        for bit in 0..<width {
            if count % 8 == 0 { bytes.append(0) }
            if value & (1 << bit) != 0 { bytes[bytes.count - 1] |= UInt8(1 << (count % 8)) }
            count += 1
        }
    }

    /// A Huffman code: most significant bit first.
    mutating func huffman(_ code: Int, length: Int) {
        for bit in stride(from: length - 1, through: 0, by: -1) { write((code >> bit) & 1, 1) }
    }

    mutating func header(final: Bool, type: Int) {
        write(final ? 1 : 0, 1)
        write(type, 2)
    }

    mutating func fixedLiteral(_ byte: Int) {
        if byte < 144 { huffman(0x30 + byte, length: 8) } else { huffman(0x190 + byte - 144, length: 9) }
    }

    mutating func fixedLength(_ symbol: Int) {
        if symbol < 280 { huffman(symbol - 256, length: 7) } else { huffman(0xC0 + symbol - 280, length: 8) }
    }
}

/// A small deterministic generator for mutation tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
