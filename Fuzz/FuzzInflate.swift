#if LKE_WORKBOOK_IMPORT
import Foundation

/// Inflate (RFC 1951) on any bytes, as the ZIP reader calls it for a deflated entry.
///
/// Invariants: the output never exceeds the limit (a stream that would give more fails with `.tooLarge` of that
/// limit); a hostile size hint (a ZIP entry's declared size) changes nothing but the buffer's first capacity and
/// never allocates beyond the limit; decoding is deterministic; a stream that decodes under a limit decodes to the
/// same bytes under a larger one.
enum FuzzInflate {
    static func run(_ data: Data) {
        guard let first = data.first else { return }
        // The first byte picks the limit, so that the fuzzer explores both sides of it.
        let limit = (Int(first) + 1) * 257
        let input = [UInt8](data.dropFirst())
        let hinted: Result<[UInt8], Inflate.Failure>
        do { hinted = .success(try Inflate.decompress(input, limit: limit, expectedSize: Int.max / 2)) } catch { hinted = .failure(error) }
        let plain: Result<[UInt8], Inflate.Failure>
        do { plain = .success(try Inflate.decompress(input, limit: limit)) } catch { plain = .failure(error) }
        switch (plain, hinted) {
        case (.success(let output), .success(let again)):
            FuzzCheck.require(output.count <= limit, "\(output.count) bytes out under a limit of \(limit)")
            FuzzCheck.require(output == again, "a size hint changed the output")
            do {
                let wider = try Inflate.decompress(input, limit: limit * 4)
                FuzzCheck.require(wider == output, "a larger limit changed the output")
            } catch {
                FuzzCheck.fail("a stream that decodes under \(limit) fails under \(limit * 4): \(error)")
            }
        case (.failure(let failure), .failure(let again)):
            FuzzCheck.require(failure == again, "a size hint changed the failure: \(failure) / \(again)")
            if case .tooLarge(let reported) = failure { FuzzCheck.require(reported == limit, "tooLarge(\(reported)) under a limit of \(limit)") }
        default:
            FuzzCheck.fail("a size hint changed whether the stream decodes")
        }
    }
}
#endif
