import Foundation

/// Writes realistic, fictitious answer files for a questionnaire, for tests, demonstrations and benchmarks.
///
/// Every file is a pure function of the seed and the unit's index, so a batch can be generated in any order
/// (or in parallel) and always comes out byte for byte the same. Units differ in maturity: most answer in the
/// upper half of each scale, a few are weak, some leave a draft with unanswered questions. About half the
/// answers carry a note and evidence; survey indices sometimes use a decimal comma; computed questions are
/// answered through their count inputs, chosen so that the cross-item checks of severity `error` hold.
struct AnswerFileGenerator: Sendable {
    let questionnaire: Questionnaire
    let seed: UInt64

    init(questionnaire: Questionnaire, seed: UInt64) {
        self.questionnaire = questionnaire
        self.seed = seed
    }

    /// The name and parent institution of unit number `index` (0-based); names are unique within a batch.
    func unit(_ index: Int) -> (name: String, instansi: String) {
        var random = Random(seed: seed, index: index, stream: 1)
        let office = Self.offices[random.below(Self.offices.count)]
        let city = Self.cities[random.below(Self.cities.count)]
        let instansi = office.instansi
        return ("\(office.name) \(city) \(index + 1)", instansi)
    }

    /// The answer file of unit number `index` (0-based).
    ///
    /// - Parameters:
    ///   - layer: `self` for the unit's own assessment; `tpi` or `tpn` give the same unit's file after review,
    ///     where the reviewer lowered (and now and then raised) some answers.
    ///   - period: the assessment period written in the file.
    func text(forUnit index: Int, layer: String = "self", period: String = "2026") -> String {
        var random = Random(seed: seed, index: index, stream: 2)
        var review = Random(seed: seed, index: index, stream: 3)
        let isReview = layer != "self"
        let (name, instansi) = unit(index)
        // Maturity in [0, 1]: self-assessments lean high; about one unit in ten is weak.
        let weak = random.unit() < 0.1
        let maturity = weak ? 0.15 + 0.35 * random.unit() : 0.55 + 0.45 * (random.unit() + random.unit()) / 2
        let draft = random.unit() < 0.08
        let gapShare = draft ? 0.05 + 0.25 * random.unit() : 0
        let holdsPredicate = random.unit() < 0.2 ? questionnaire.predicates.first?.id : nil
        let slug = BatchText.slug(name)

        var out = "# Berkas jawaban fiktif untuk uji dan tolok ukur (AnswerFileGenerator, benih \(seed)).\n"
        out += "questionnaire: \(questionnaire.id)\n"
        out += "unit: \(Self.scalar(name))\n"
        out += "instansi: \(Self.scalar(instansi))\n"
        out += "period: \"\(period)\"\n"
        out += "layer: \(layer)\n"
        out += "assessor: \(Self.scalar(isReview ? "Tim Penilai \(layer.uppercased()) \(instansi)" : "Tim Kerja ZI \(name)"))\n"
        if let holdsPredicate { out += "predicate: \(holdsPredicate)\n" }
        let prerequisites = questionnaire.predicates.flatMap(\.prerequisites).map(\.id)
        var seenPrerequisites = Set<String>()
        let orderedPrerequisites = prerequisites.filter { seenPrerequisites.insert($0).inserted }
        if !orderedPrerequisites.isEmpty {
            out += "eligibility:\n"
            for id in orderedPrerequisites {
                out += "  \(id): \(random.unit() < 0.9 ? "ya" : "tidak")\n"
            }
        }
        out += "answers:\n"
        for question in questionnaire.questions {
            if random.unit() < gapShare { continue }
            let goodness = min(1, max(0, maturity + 0.25 * (random.unit() - 0.5) * 2))
            var correction = 0
            if isReview {
                let r = review.unit()
                correction = r < 0.15 ? -1 : (r > 0.97 ? 1 : 0)
            }
            let withNote = random.unit() < 0.55
            let evidenceCount = random.unit() < 0.5 ? 1 + random.below(3) : 0
            var body: [String] = []
            var inputLines: [String] = []
            switch question.kind {
            case .choice(let choice):
                let count = choice.scale.options.count
                var rank = Int(((1 - goodness) * Double(count - 1)).rounded())
                rank = min(count - 1, max(0, rank - correction))
                let code = choice.scale.options[rank].code
                body.append(code)
            case .number(let spec):
                let low = spec.min.double
                let high = spec.max.double
                var share = 0.7 + 0.3 * goodness + 0.08 * (random.unit() - 0.5)
                share += Double(correction) * 0.05
                let value = min(high, max(low, low + (high - low) * min(1, share)))
                let text = Self.decimalText(value, decimals: spec.decimals)
                body.append(random.unit() < 0.15 && spec.decimals > 0 ? "\"\(text.replacingOccurrences(of: ".", with: ","))\"" : text)
            case .computed(let spec):
                let target = min(1, max(0, goodness + Double(correction) * 0.2))
                for (code, value) in counts(for: spec, target: target, random: &random) {
                    inputLines.append("  \(code): \(value)")
                }
            }
            var lines: [String] = []
            let note = withNote ? Self.note(for: question, unit: name, random: &random) : nil
            let evidence = (0..<evidenceCount).map { Self.evidence(for: question, item: $0, unitSlug: slug, random: &random) }
            if note == nil, evidence.isEmpty {
                if let value = body.first { lines.append("  \(question.code): \(value)") }
            } else {
                lines.append("  \(question.code):")
                if let value = body.first { lines.append("    value: \(value)") }
                if let note { lines.append("    note: \(Self.scalar(note))") }
                if !evidence.isEmpty {
                    lines.append("    evidence:")
                    for item in evidence { lines.append("      - \(item)") }
                }
            }
            for line in lines + inputLines { out += line + "\n" }
        }
        return out
    }

    // MARK: - Counts

    /// Count inputs of a computed question whose value is close to `target` and whose own error checks hold.
    private func counts(for spec: Question.Computed, target: Double, random: inout Random) -> [(String, Int)] {
        let codes = spec.inputs.map(\.code)
        let own = Set(codes + spec.derived.map(\.code))
        let checks = questionnaire.checks.filter { $0.severity == .error && Set($0.references).isSubset(of: own) }
        var best: [(String, Int)] = []
        var bestDistance = Double.infinity
        let base = random.unit() < 0.03 ? 0 : 1 + random.below(random.unit() < 0.7 ? 12 : 60)
        for _ in 0..<16 {
            var values: [String: Number] = [:]
            var candidate: [(String, Int)] = []
            for (offset, input) in spec.inputs.enumerated() {
                let upper = Int(input.max.double)
                let lower = Int(input.min.double)
                let raw = offset == 0 ? base : Int((Double(base) * random.unit() * 1.1).rounded())
                let value = min(upper, max(lower, raw))
                values[input.code] = Number(value)
                candidate.append((input.code, value))
            }
            let lookup = { (code: String) -> Number? in Self.reference(code, values: values, spec: spec) }
            let holds = checks.allSatisfy { check in
                guard let left = try? check.left.evaluate(lookup), let right = try? check.right.evaluate(lookup) else { return true }
                return check.comparison.holds(left, right)
            }
            guard holds else { continue }
            var value: Number?
            do { value = try spec.formula.evaluate(lookup) } catch { value = nil }
            if let v = value, let clamp = spec.clamp { value = Swift.min(Swift.max(v, clamp.lowerBound), clamp.upperBound) }
            let distance = value.map { abs($0.double - target) } ?? 0.75
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        if best.isEmpty { best = codes.map { ($0, 0) } }
        return best
    }

    private static func reference(_ code: String, values: [String: Number], spec: Question.Computed) -> Number? {
        if let value = values[code] { return value }
        guard let row = spec.derived.first(where: { $0.code == code }) else { return nil }
        return (try? row.formula.evaluate { reference($0, values: values, spec: spec) }) ?? nil
    }

    // MARK: - Texts

    private static func note(for question: Question, unit: String, random: inout Random) -> String {
        let n = 2 + random.below(20)
        let month = months[random.below(months.count)]
        let templates = [
            "Telah dilaksanakan sesuai rencana kerja; dokumentasi lengkap tersedia pada folder bukti dukung.",
            "Dilaksanakan \(n) kali sepanjang tahun, terakhir pada bulan \(month); laporan ditandatangani pimpinan unit.",
            "Sebagian besar sudah berjalan, \(n) kegiatan masih dijadwalkan pada triwulan berikutnya.",
            "Ditetapkan dengan SK Kepala \(unit) Nomor KEP-\(n)/\(1 + random.below(12))/2026.",
            "Monitoring dilakukan setiap bulan; hasil evaluasi dibahas dalam rapat pimpinan bulan \(month).",
            "Perlu penguatan: baru \(n) dari \(n + 1 + random.below(10)) pegawai yang terlibat.",
            "Lihat laporan: \"Evaluasi Pelaksanaan \(month)\" (halaman \(n)).",
            "Inovasi tahun ini: layanan daring #\(n) dengan umpan balik langsung dari pengguna.",
        ]
        return templates[random.below(templates.count)]
    }

    private static func evidence(for question: Question, item: Int, unitSlug: String, random: inout Random) -> String {
        let names = question.evidence.isEmpty ? ["dokumen pendukung"] : question.evidence
        let name = BatchText.slug(names[(item + random.below(names.count)) % names.count])
        let file = String(name.prefix(48)) + (random.unit() < 0.8 ? ".pdf" : ".xlsx")
        if random.unit() < 0.5 {
            return "bukti/\(question.code)/\(file)"
        }
        return "https://drive.example.go.id/\(unitSlug)/2026/\(question.code)/\(file)"
    }

    /// A YAML scalar: plain when that reads back the same, double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        let risky = text.contains(": ") || text.contains(" #") || text.contains("\"") || text.contains("'")
            || text.hasSuffix(":") || text.first.map { "-?:,[]{}#&*!|>%@`\"' ".contains($0) } ?? true
        guard risky else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func decimalText(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        guard decimals > 0 else { return "\(scaled)" }
        var fraction = "\(scaled % Int(scale))"
        fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        return "\(scaled / Int(scale)).\(fraction)"
    }

    private static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                                 "September", "Oktober", "November", "Desember"]
    private static let cities = ["Banda Aceh", "Medan", "Padang", "Pekanbaru", "Jambi", "Palembang", "Bengkulu",
                                 "Bandar Lampung", "Pangkalpinang", "Tanjungpinang", "Jakarta Pusat", "Bandung",
                                 "Semarang", "Yogyakarta", "Surabaya", "Serang", "Denpasar", "Mataram", "Kupang",
                                 "Pontianak", "Palangka Raya", "Banjarmasin", "Samarinda", "Tarakan", "Manado",
                                 "Palu", "Makassar", "Kendari", "Gorontalo", "Mamuju", "Ambon", "Ternate",
                                 "Jayapura", "Manokwari", "Malang", "Bogor", "Cirebon", "Solo", "Balikpapan", "Sorong"]
    private static let offices: [(name: String, instansi: String)] = [
        ("Kantor Pelayanan Pajak Pratama", "Kementerian Keuangan"),
        ("Kantor Pelayanan Perbendaharaan Negara", "Kementerian Keuangan"),
        ("Kantor Imigrasi Kelas I", "Kementerian Imigrasi dan Pemasyarakatan"),
        ("Lembaga Pemasyarakatan Kelas IIA", "Kementerian Imigrasi dan Pemasyarakatan"),
        ("Kantor Pertanahan Kota", "Kementerian Agraria dan Tata Ruang/BPN"),
        ("Pengadilan Negeri", "Mahkamah Agung"),
        ("Pengadilan Agama", "Mahkamah Agung"),
        ("Kantor Kementerian Agama Kota", "Kementerian Agama"),
        ("Badan Pusat Statistik Kota", "Badan Pusat Statistik"),
        ("Balai Besar POM", "Badan Pengawas Obat dan Makanan"),
        ("Kejaksaan Negeri", "Kejaksaan Republik Indonesia"),
        ("Dinas Penanaman Modal dan PTSP Kota", "Pemerintah Daerah"),
        ("Dinas Kependudukan dan Pencatatan Sipil Kota", "Pemerintah Daerah"),
        ("RSUD Kota", "Pemerintah Daerah"),
    ]

    // MARK: - Random numbers

    /// SplitMix64, keyed by seed, unit and stream so that every unit's numbers are independent of the others.
    struct Random {
        private var state: UInt64

        init(seed: UInt64, index: Int, stream: UInt64) {
            state = seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: index) &* 0xBF58_476D_1CE4_E5B9 ^ stream &* 0x94D0_49BB_1331_11EB
            _ = next()
        }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A number in [0, 1).
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

        /// A number in 0..<n.
        mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    }
}
