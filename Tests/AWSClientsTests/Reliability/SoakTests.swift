import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// A lighter version of `scripts/soak` (aws-bench soak): many calls through one client against a
/// local canned keep-alive server, then in-flight calls cancelled; memory stays flat and every
/// descriptor (sockets, the transport's own) is released once the client is closed. It measures
/// the whole process, so scripts/test runs it alone.
///
/// It holds the libcurl transport (Linux's default) to this. URLSession on Linux is measured by
/// scripts/soak but not held to it: FoundationNetworking closes its connections asynchronously
/// after `invalidateAndCancel` (sockets are still open when `close()` returns), and under this
/// load one request in a few thousand stalls until the read timeout.
@Suite(.serialized) struct SoakTests {
    static let warmCalls = 500
    static let calls = 3_000
    static let concurrency = 32
    static let cancelled = 200
    /// The memory the run may add after the warm-up calls.
    static let rssAllowance = 8 << 20

    @Test func manyCallsKeepMemoryFlatAndLeakNoDescriptors() async throws {
        let server = try await SoakServer.shared.endpointURL()
        _ = try await SoakServer.shared.stats()  // the stats fetch's own descriptors exist from now on
        let before = ProcessResources.openDescriptors()
        let targetsBefore = ProcessResources.descriptorTargets()
        let s3 = try Self.client(endpoint: server)
        let body = Document.blob(Data(repeating: 0x61, count: 1024))
        try await Self.calls(Self.warmCalls, s3: s3, body: body)
        let rssWarm = ProcessResources.residentBytes()
        try await Self.calls(Self.calls - Self.warmCalls, s3: s3, body: body)
        let rssAfter = ProcessResources.residentBytes()
        #expect(rssAfter - rssWarm < Self.rssAllowance,
                "resident memory grew \(rssAfter - rssWarm) bytes over \(Self.calls - Self.warmCalls) calls")
        try await s3.close()
        let targetsAfter = ProcessResources.descriptorTargets()
        #expect(ProcessResources.openDescriptors() == before,
                "descriptors left open after close: \(targetsAfter.filter { targetsBefore[$0.key] != $0.value }.values.sorted())")
    }

    @Test func cancellingInFlightCallsFreesEverything() async throws {
        let server = try await SoakServer.shared.endpointURL()
        let slowBefore = try await SoakServer.shared.stats().slow
        let before = ProcessResources.openDescriptors()
        let s3 = try Self.client(endpoint: server)
        let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group -> [Bool] in
            for index in 0..<Self.cancelled {
                group.addTask {
                    do {
                        _ = try await s3.getObject(Bucket: "slow", Key: "k\(index)")
                        return false
                    } catch {
                        return true
                    }
                }
            }
            // Cancel once the server holds requests (polled, bounded), so calls are on the wire.
            for _ in 0..<300 {
                if try await SoakServer.shared.stats().slow - slowBefore >= 5 { break }
                try await Task.sleep(nanoseconds: 50_000_000)
            }
            group.cancelAll()
            var ended: [Bool] = []
            for try await outcome in group { ended.append(outcome) }
            return ended
        }
        #expect(outcomes.count == Self.cancelled)
        #expect(outcomes.allSatisfy { $0 }, "a cancelled call returned a response")
        try await s3.close()
        #expect(ProcessResources.openDescriptors() == before, "descriptors left open after cancelling and closing")
    }

    /// A client whose session owns its (libcurl) transport, so closing the client shuts it down.
    static func client(endpoint: String) throws -> Client {
        let session = try Session(region: "us-east-1", credentials: TestClients.credentials, environment: TestClients.environment)
        let config = Config(maxPoolConnections: concurrency, s3: S3Config(addressingStyle: .path), retries: RetryConfig(totalMaxAttempts: 1),
                            httpTransport: .curl)
        return try session.client("s3", endpointURL: endpoint, config: config)
    }

    static func calls(_ count: Int, s3: Client, body: Document) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<concurrency {
                let share = count / concurrency + (worker < count % concurrency ? 1 : 0)
                group.addTask {
                    for index in 0..<share {
                        let output = try await s3.putObject(Bucket: "soak", Key: "w\(worker)/k\(index)", Body: body)
                        #expect(output["ETag"] != nil)
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}

/// The resident memory and open descriptors of the test process, from /proc.
enum ProcessResources {
    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (line.split(separator: " ").compactMap { Int($0) }.first ?? 0) * 1024
        }
        return 0
    }

    /// What each open descriptor is (`socket:[...]`, a path, `anon_inode:[eventfd]`...), by number.
    static func descriptorTargets() -> [String: String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        var targets: [String: String] = [:]
        for name in names {
            targets[name] = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + name)) ?? "?"
        }
        return targets
    }

    static func openDescriptors() -> Int {
        max(0, ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.count ?? 1) - 1)
    }
}
