import Foundation
import Testing
@testable import LKEKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `AtomicFile`: the temporaries a killed save leaves behind are removed by the next save of the same target.
@Suite struct AtomicFileTests {
    private func directory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lke-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// A process id no process holds: a forked child that has exited and been reaped.
    private func deadPID() -> Int32 {
        let child = fork()
        if child == 0 { _exit(0) }
        var status: Int32 = 0
        waitpid(child, &status, 0)
        return child
    }

    @Test func aSaveRemovesTheStaleTemporariesOfItsTarget() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/unit.yaml"
        try AtomicFile.write("lama\n", to: target)
        let dead = deadPID()
        // Left by killed saves of this target: a dead process, and a live one (this process) an hour and more ago.
        let orphan = dir + "/.unit.yaml.\(dead).12345.tmp"
        let old = dir + "/.unit.yaml.\(getpid()).777.tmp"
        // Not stale: a save running now in a live process, another target's temporary, a file that only looks alike.
        let running = dir + "/.unit.yaml.\(getpid()).888.tmp"
        let otherTarget = dir + "/.lain.yaml.\(dead).1.tmp"
        let lookalike = dir + "/.unit.yaml.catatan.tmp"
        for path in [orphan, old, running, otherTarget, lookalike] {
            #expect(FileManager.default.createFile(atPath: path, contents: Data("sisa".utf8)))
        }
        var times = [timeval(tv_sec: time(nil) - 2 * 3600, tv_usec: 0), timeval(tv_sec: time(nil) - 2 * 3600, tv_usec: 0)]
        #expect(utimes(old, &times) == 0)

        try AtomicFile.write("baru\n", to: target)

        #expect(try String(contentsOfFile: target, encoding: .utf8) == "baru\n")
        #expect(!FileManager.default.fileExists(atPath: orphan))
        #expect(!FileManager.default.fileExists(atPath: old))
        #expect(FileManager.default.fileExists(atPath: running))
        #expect(FileManager.default.fileExists(atPath: otherTarget))
        #expect(FileManager.default.fileExists(atPath: lookalike))
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(left == [".lain.yaml.\(dead).1.tmp", ".unit.yaml.\(getpid()).888.tmp", ".unit.yaml.catatan.tmp", "unit.yaml"])
    }

    @Test func aFailedSaveRemovesNothing() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let orphan = dir + "/.unit.yaml.\(deadPID()).5.tmp"
        #expect(FileManager.default.createFile(atPath: orphan, contents: Data()))
        let stream = try AtomicFile.Stream(path: dir + "/unit.yaml")
        stream.write("x")
        stream.discard()
        #expect(FileManager.default.fileExists(atPath: orphan))
    }
}
