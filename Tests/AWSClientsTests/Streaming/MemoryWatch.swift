import Foundation
import Synchronization
import Testing

/// The largest growth of this process's resident memory (`VmRSS` in /proc/self/status) over a
/// baseline taken just before each measured call, sampled every 20 ms while it runs.
final class MemoryWatch: Sendable {
    private let peak = Mutex<Int>(0)

    /// The largest increase seen so far, in bytes.
    var peakIncrease: Int { peak.withLock { $0 } }

    func measure(_ body: () async throws -> Void) async throws {
        let baseline = try #require(Self.residentBytes(), "cannot read VmRSS from /proc/self/status")
        let sampler = Task.detached { [self] in
            while !Task.isCancelled {
                if let now = Self.residentBytes() { record(now - baseline) }
                try? await Task.sleep(nanoseconds: 20_000_000)
            }
        }
        defer { sampler.cancel() }
        try await body()
        if let now = Self.residentBytes() { record(now - baseline) }
    }

    private func record(_ increase: Int) {
        peak.withLock { $0 = max($0, increase) }
    }

    /// `VmRSS` in bytes.
    static func residentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let digits = line.dropFirst(6).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
