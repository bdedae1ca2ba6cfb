import Dispatch
import Foundation

/// Runs a function over a stream of items on several threads and hands the results back in input order, on
/// the calling thread, one chunk at a time. Only one chunk of items and results is held at once, so memory
/// does not grow with the length of the stream.
enum ParallelChunks {
    /// Applies `work` to every item `next` yields, `jobs` at a time, and passes each result to `merge` in the
    /// order of the items; `chunkDone` runs after each chunk with the number of items done so far. `work` also
    /// gets its worker's slot in `0..<jobs`: no two calls with the same slot ever run at the same time, so a
    /// worker may keep per-slot scratch state.
    static func run<Item: Sendable, Output: Sendable>(
        jobs: Int, chunkSize: Int, next: () -> Item?, work: @escaping @Sendable (Item, Int) -> Output,
        merge: (Output) -> Void, chunkDone: (Int) -> Void = { _ in }
    ) {
        var done = 0
        var chunk: [Item] = []
        chunk.reserveCapacity(chunkSize)
        while true {
            chunk.removeAll(keepingCapacity: true)
            while chunk.count < chunkSize, let item = next() { chunk.append(item) }
            if chunk.isEmpty { break }
            let threads = min(max(1, jobs), chunk.count)
            if threads == 1 {
                for item in chunk { merge(work(item, 0)) }
            } else {
                let slots = Slots<Item, Output>(items: chunk)
                DispatchQueue.concurrentPerform(iterations: threads) { slot in
                    while let index = slots.claim() {
                        slots.store(work(slots.items[index], slot), at: index)
                    }
                }
                for output in slots.outputs() { merge(output) }
            }
            done += chunk.count
            chunkDone(done)
        }
    }
}

/// The items of one chunk and their results, shared by the worker threads. Each index is claimed by exactly one
/// thread; the lock orders the claims and the stores.
private final class Slots<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    let items: [Item]
    private var results: [Output?]
    private var nextIndex = 0
    private let lock = NSLock()

    init(items: [Item]) {
        self.items = items
        self.results = Array(repeating: nil, count: items.count)
    }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < items.count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func store(_ output: Output, at index: Int) {
        lock.lock()
        results[index] = output
        lock.unlock()
    }

    func outputs() -> [Output] {
        lock.lock()
        defer { lock.unlock() }
        return results.map { $0! }
    }
}
