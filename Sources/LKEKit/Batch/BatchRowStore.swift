import Foundation

/// Batch rows packed into blocks of bytes, so that a table of 100,000 units takes about 10 MB: no per-row
/// objects, numbers as variable-length integers, texts as UTF-8, and the texts that repeat (directories,
/// instansi, period, layer, questionnaire) stored once and referred to by number. Blocks have a fixed size, so
/// the store never copies itself to grow.
struct BatchRowStore: Sendable {
    private static let blockSize = 1 << 20
    private var blocks: [[UInt8]] = []
    /// For each row: block index << 32 | offset in the block.
    private var starts: [UInt64] = []
    private var texts: [String] = []
    private var textIndex: [String: Int] = [:]
    private var storedBytes = 0

    init() {}

    /// The number of rows.
    var count: Int { starts.count }

    /// The size of the packed rows and of the shared texts, in bytes.
    var byteCount: Int { storedBytes + texts.reduce(0) { $0 + $1.utf8.count } }

    /// Adds a row at the end.
    mutating func append(_ row: BatchRow) {
        var w = Writer()
        w.byte(row.status == .scored ? 0 : 1)
        w.signed(row.total)
        w.text(row.unit)
        let slash = row.path.lastIndex(of: "/")
        let directory = slash.map { String(row.path[...$0]) } ?? ""
        let name = slash.map { String(row.path[row.path.index(after: $0)...]) } ?? row.path
        w.unsigned(intern(directory))
        w.text(name)
        w.unsigned(intern(row.questionnaireID))
        w.unsigned(row.instansi.map { intern($0) + 1 } ?? 0)
        w.unsigned(row.period.map { intern($0) + 1 } ?? 0)
        w.unsigned(row.layer.map { intern($0) + 1 } ?? 0)
        w.unsigned(row.decimals)
        w.unsigned(row.answered)
        w.unsigned(row.questions)
        w.unsigned(row.warnings)
        w.unsigned(row.errors)
        w.unsigned(row.components.count)
        row.components.forEach { w.signed($0) }
        w.unsigned(min(row.areaScores.count, row.areaPercents.count))
        for (score, percent) in zip(row.areaScores, row.areaPercents) {
            w.signed(score)
            w.signed(percent)
        }
        w.unsigned(row.verdicts.count)
        for (index, verdict) in row.verdicts.enumerated() {
            // Bit 0: the score rules are met; bit 1: ready to propose (rules and prerequisites).
            let ready = index < row.ready.count && row.ready[index]
            w.byte((verdict ? 1 : 0) | (ready ? 2 : 0))
            let blocked = index < row.blocked.count ? row.blocked[index] : []
            w.unsigned(blocked.count)
            blocked.forEach { w.unsigned($0) }
        }
        w.unsigned(row.evidence.count)
        row.evidence.forEach { w.signed($0) }
        if blocks.isEmpty || blocks[blocks.count - 1].count + w.bytes.count > Self.blockSize {
            var block: [UInt8] = []
            block.reserveCapacity(max(Self.blockSize, w.bytes.count))
            blocks.append(block)
        }
        let last = blocks.count - 1
        starts.append(UInt64(last) << 32 | UInt64(blocks[last].count))
        blocks[last].append(contentsOf: w.bytes)
        storedBytes += w.bytes.count
    }

    private mutating func intern(_ text: String) -> Int {
        if let index = textIndex[text] { return index }
        texts.append(text)
        textIndex[text] = texts.count - 1
        return texts.count - 1
    }

    /// The row at `index` (in the order rows were added).
    func row(at index: Int) -> BatchRow {
        var r = reader(index)
        let status: BatchRow.Status = r.byte() == 0 ? .scored : .failed
        let total = r.signed()
        let unit = r.text()
        let path = texts[r.unsigned()] + r.text()
        let questionnaireID = texts[r.unsigned()]
        func optional(_ reference: Int) -> String? { reference == 0 ? nil : texts[reference - 1] }
        let instansi = optional(r.unsigned()), period = optional(r.unsigned()), layer = optional(r.unsigned())
        let decimals = r.unsigned()
        let answered = r.unsigned(), questions = r.unsigned(), warnings = r.unsigned(), errors = r.unsigned()
        let components = (0..<r.unsigned()).map { _ in r.signed() }
        var areaScores: [Int64] = [], areaPercents: [Int64] = []
        for _ in 0..<r.unsigned() {
            areaScores.append(r.signed())
            areaPercents.append(r.signed())
        }
        var verdicts: [Bool] = [], ready: [Bool] = [], blocked: [[Int]] = []
        for _ in 0..<r.unsigned() {
            let flags = r.byte()
            verdicts.append(flags & 1 != 0)
            ready.append(flags & 2 != 0)
            blocked.append((0..<r.unsigned()).map { _ in r.unsigned() })
        }
        let evidence = (0..<r.unsigned()).map { _ in r.signed() }
        var row = BatchRow(path: path, status: status, questionnaireID: questionnaireID, unit: unit, instansi: instansi, period: period,
                        layer: layer, decimals: decimals, total: total, components: components, areaScores: areaScores,
                        areaPercents: areaPercents, verdicts: verdicts, ready: ready, blocked: blocked, answered: answered, questions: questions,
                        warnings: warnings, errors: errors)
        row.evidence = evidence
        return row
    }

    /// Row indices in table order: scored rows by total (highest first), then unit, then path; failed rows after
    /// them, by path. Texts compare by their UTF-8 bytes, so the order is the same on every machine.
    func tableOrder() -> [Int] {
        /// What the order needs of a row, read once: total and unit inline; the path only when asked.
        struct Key {
            var failed: Bool
            var total: Int64
            var unit: ArraySlice<UInt8>
        }
        let keys = (0..<count).map { index -> Key in
            var r = reader(index)
            let failed = r.byte() != 0
            let total = r.signed()
            return Key(failed: failed, total: total, unit: r.bytes(r.unsigned()))
        }
        var paths: [Int: [UInt8]] = [:]
        func path(_ index: Int) -> [UInt8] {
            if let known = paths[index] { return known }
            let bytes = Array(row(at: index).path.utf8)
            paths[index] = bytes
            return bytes
        }
        return (0..<count).sorted { lhs, rhs in
            let a = keys[lhs], b = keys[rhs]
            if a.failed != b.failed { return !a.failed }
            if !a.failed {
                if a.total != b.total { return a.total > b.total }
                if a.unit != b.unit { return a.unit.lexicographicallyPrecedes(b.unit) }
            }
            let pa = path(lhs), pb = path(rhs)
            if pa != pb { return pa.lexicographicallyPrecedes(pb) }
            return lhs < rhs
        }
    }

    private func reader(_ index: Int) -> Reader {
        let start = starts[index]
        return Reader(bytes: blocks[Int(start >> 32)], offset: Int(start & 0xFFFF_FFFF))
    }

    // MARK: - Encoding

    /// Unsigned LEB128 varints; signed values zigzag-encoded first.
    private struct Writer {
        var bytes: [UInt8] = []

        mutating func byte(_ value: UInt8) { bytes.append(value) }

        mutating func unsigned(_ value: Int) { varint(UInt64(max(0, value))) }

        mutating func signed(_ value: Int64) {
            varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
        }

        mutating func varint(_ value: UInt64) {
            var v = value
            while v >= 0x80 {
                bytes.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }

        mutating func text(_ text: String) {
            unsigned(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset: Int

        mutating func byte() -> UInt8 {
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func varint() -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = bytes[offset]
                offset += 1
                value |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return value }
                shift += 7
            }
        }

        mutating func unsigned() -> Int { Int(truncatingIfNeeded: varint()) }

        mutating func signed() -> Int64 {
            let z = varint()
            return Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1)
        }

        mutating func bytes(_ count: Int) -> ArraySlice<UInt8> {
            defer { offset += count }
            return bytes[offset..<offset + count]
        }

        mutating func text() -> String {
            String(decoding: bytes(unsigned()), as: UTF8.self)
        }
    }
}
