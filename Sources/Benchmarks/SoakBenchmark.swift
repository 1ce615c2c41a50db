import AWSClients
import Foundation

/// `aws-bench soak`: many requests through one client against a local canned server
/// (Tests/Support/Servers/soak_server.py, started by scripts/soak), then many in-flight calls
/// cancelled. Prints the process's resident memory after the first calls and after all of
/// them, and its open file descriptors (sockets included) before, after and once the client is
/// closed: memory must stay flat and nothing may leak.
enum SoakBenchmark {
    struct Sizes {
        var calls = 10_000
        var warmCalls = 1_000
        var concurrency = 64
        var cancelled = 1_000
    }

    struct Report {
        var transport = ""
        var seconds = 0.0
        var calls = 0
        var rssAfterWarm = 0
        var rssAfterRun = 0
        var rssAfterCancel = 0
        var fdsBefore = 0
        var fdsAfterRun = 0
        var fdsAfterClose = 0
        var cancelledCalls = 0
        var cancelSeconds = 0.0
        var fdsAfterCancelClose = 0
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(endpointURL: String, kind: HTTPTransportKind, sizes: Sizes) async throws -> Report {
        guard let host = URL(string: endpointURL)?.host, ["127.0.0.1", "localhost"].contains(host) else {
            throw Failure(description: "refusing non-loopback endpoint \(endpointURL)")
        }
        var report = Report()
        report.fdsBefore = ProcessResources.openDescriptors()
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"),
                                  environment: CannedResponses.offlineEnvironment)
        let config = Config(readTimeout: 60, maxPoolConnections: sizes.concurrency, s3: S3Config(addressingStyle: .path),
                            retries: RetryConfig(totalMaxAttempts: 1), httpTransport: kind)
        let s3 = try session.client("s3", endpointURL: endpointURL, config: config)
        report.transport = String(describing: type(of: HTTPTransports.make(s3.meta.config.transportOptions)))
        let body = Document.blob(Data(repeating: 0x61, count: 1024))
        let start = Date()
        try await calls(sizes.warmCalls, concurrency: sizes.concurrency, s3: s3, body: body)
        report.rssAfterWarm = ProcessResources.residentBytes()
        try await calls(sizes.calls - sizes.warmCalls, concurrency: sizes.concurrency, s3: s3, body: body)
        report.seconds = Date().timeIntervalSince(start)
        report.calls = sizes.calls
        report.rssAfterRun = ProcessResources.residentBytes()
        report.fdsAfterRun = ProcessResources.openDescriptors()
        try await s3.close()
        report.fdsAfterClose = ProcessResources.openDescriptors()

        // Cancellation: calls that the server never answers, all cancelled at once.
        let slow = try session.client("s3", endpointURL: endpointURL, config: config)
        let cancelStart = Date()
        let outcomes = await withTaskGroup(of: Bool.self) { group -> [Bool] in
            for index in 0..<sizes.cancelled {
                group.addTask {
                    do {
                        _ = try await slow.getObject(Bucket: "slow", Key: "k\(index)")
                        return false
                    } catch {
                        return true
                    }
                }
            }
            try? await waitForSlowRequests(endpointURL: endpointURL, atLeast: min(sizes.concurrency, sizes.cancelled) / 2)
            group.cancelAll()
            var ended: [Bool] = []
            for await outcome in group { ended.append(outcome) }
            return ended
        }
        report.cancelSeconds = Date().timeIntervalSince(cancelStart)
        report.cancelledCalls = outcomes.filter { $0 }.count
        try await slow.close()
        report.rssAfterCancel = ProcessResources.residentBytes()
        report.fdsAfterCancelClose = ProcessResources.openDescriptors()
        return report
    }

    private static func calls(_ count: Int, concurrency: Int, s3: Client, body: Document) async throws {
        guard count > 0 else { return }
        let workers = min(concurrency, count)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<workers {
                let share = count / workers + (worker < count % workers ? 1 : 0)
                group.addTask {
                    for index in 0..<share {
                        let output = try await s3.putObject(Bucket: "soak", Key: "w\(worker)/k\(index)", Body: body)
                        guard output["ETag"] != nil else { throw Failure(description: "PutObject output has no ETag: \(output)") }
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// Polls the server's stats until `atLeast` slow requests arrived (bounded: 30 s).
    private static func waitForSlowRequests(endpointURL: String, atLeast: Int) async throws {
        struct Stats: Decodable { let slow: Int }
        let transport = HTTPTransports.make(HTTPTransportOptions(kind: .curl))
        defer { Task { await transport.shutdown() } }
        guard let url = URL(string: endpointURL + "/__stats") else { return }
        for _ in 0..<300 {
            let response = try await transport.send(HTTPRequest(method: "GET", url: url), timeouts: HTTPTimeouts(connect: 5, read: 5))
            if let stats = try? JSONDecoder().decode(Stats.self, from: response.body), stats.slow >= atLeast { return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
    }

    static func printReport(_ report: Report) {
        let mib = { (bytes: Int) in String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
        print("### soak: \(report.calls) S3 PutObject calls, one client (\(report.transport))")
        print("| figure | value |")
        print("|---|---|")
        print("| calls per second | \(String(format: "%.0f", Double(report.calls) / max(report.seconds, 1e-9))) |")
        print("| RSS after the first calls | \(mib(report.rssAfterWarm)) |")
        print("| RSS after all calls | \(mib(report.rssAfterRun)) (\(String(format: "%+.1f", Double(report.rssAfterRun - report.rssAfterWarm) / 1_048_576)) MiB) |")
        print("| open fds: before, after the run, after close | \(report.fdsBefore), \(report.fdsAfterRun), \(report.fdsAfterClose) |")
        print("| in-flight calls cancelled (ended with an error) | \(report.cancelledCalls), all ended in \(String(format: "%.2f", report.cancelSeconds)) s |")
        print("| after cancellation and close: RSS, open fds | \(mib(report.rssAfterCancel)), \(report.fdsAfterCancelClose) |")
    }

    static func jsonLine(_ report: Report) -> String {
        "{\"bench\": \"soak\", \"transport\": \"\(report.transport)\", \"calls\": \(report.calls), \"seconds\": \(report.seconds), "
            + "\"rss_after_warm\": \(report.rssAfterWarm), \"rss_after_run\": \(report.rssAfterRun), \"rss_after_cancel\": \(report.rssAfterCancel), "
            + "\"fds_before\": \(report.fdsBefore), \"fds_after_run\": \(report.fdsAfterRun), \"fds_after_close\": \(report.fdsAfterClose), "
            + "\"cancelled\": \(report.cancelledCalls), \"cancel_seconds\": \(report.cancelSeconds), \"fds_after_cancel_close\": \(report.fdsAfterCancelClose)}"
    }
}

/// The process's resident memory and open file descriptors, from /proc (Linux).
enum ProcessResources {
    /// Resident set size in bytes (`VmRSS` of /proc/self/status); 0 where there is no /proc.
    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kilobytes * 1024
        }
        return 0
    }

    /// Open file descriptors (entries of /proc/self/fd, the listing's own excluded).
    static func openDescriptors() -> Int {
        max(0, ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.count ?? 1) - 1)
    }
}
