import AWSClients
import AWSResources
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// boto3_bench.py's `coldstart` for Swift: fresh processes of this very executable, interleaved.
///
/// - `clients`: from process start to `session.client("s3")` and `session.client("sqs")` (fake env
///   credentials, region us-east-1, no network); compare with boto3's `client` mode.
/// - `resources`: from process start to `session.resource(S3.self)` and `session.resource(SQS.self)`
///   (same environment); compare with boto3's `resources` mode.
/// - `bare`: a process of this executable that returns at once (the cost of starting it at all).
///
/// The child reports the time from the parent's spawn (CLOCK_MONOTONIC is system-wide) and from
/// `main` to the clients, and its own CPU from process start; the parent adds spawn→exit wall,
/// CPU and peak RSS from `wait4`.
enum ColdStartBenchmark {
    static let modes = ["resources", "clients", "bare"]
    static let childCommand = "coldstart-child"

    /// One child's figures, in milliseconds and MiB.
    struct Run {
        var spawnToObjectsWall: Double
        var mainToObjectsWall: Double
        var startToObjectsCPU: Double
        var processWall: Double
        var processCPU: Double
        var peakRSSMiB: Double
    }

    static let columns: [(key: String, title: String, value: @Sendable (Run) -> Double)] = [
        ("spawn_to_objects_wall_ms", "spawn→objects wall ms", { $0.spawnToObjectsWall }),
        ("main_to_objects_wall_ms", "main→objects wall ms", { $0.mainToObjectsWall }),
        ("start_to_objects_cpu_ms", "start→objects CPU ms", { $0.startToObjectsCPU }),
        ("process_wall_ms", "process wall ms", { $0.processWall }),
        ("process_cpu_ms", "process CPU ms", { $0.processCPU }),
        ("peak_rss_mib", "peak RSS MiB", { $0.peakRSSMiB }),
    ]

    /// Runs one warm-up per mode, then `runs` interleaved rounds; returns the runs per mode.
    static func run(runs: Int) throws -> [String: [Run]] {
        let executable = ChildProcess.currentExecutable()
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment.merge(CannedResponses.offlineEnvironment) { $1 }
        var results: [String: [Run]] = [:]
        for mode in modes { _ = try spawn(executable, mode: mode, environment: environment) }
        for _ in 0..<runs {
            for mode in modes { results[mode, default: []].append(try spawn(executable, mode: mode, environment: environment)) }
        }
        return results
    }

    private static func spawn(_ executable: String, mode: String, environment: [String: String]) throws -> Run {
        let start = Clock.wall()
        let outcome = try ChildProcess.run([executable, childCommand, mode, String(start)], environment: environment)
        let end = Clock.wall()
        let fields = outcome.output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard fields.count == 3 else {
            throw ChildProcess.Failure(description: "the \(mode) child printed \(outcome.output.debugDescription), expected 3 numbers")
        }
        return Run(spawnToObjectsWall: fields[0] * 1e3, mainToObjectsWall: fields[1] * 1e3, startToObjectsCPU: fields[2] * 1e3,
                   processWall: (end - start) * 1e3, processCPU: outcome.cpuSeconds * 1e3,
                   peakRSSMiB: Double(outcome.peakRSSKiB) / 1024)
    }

    /// The child: make the clients or the service resources (nothing in `bare` mode) and print
    /// spawn→objects wall, main→objects wall and CPU since process start, in seconds.
    static func child(mode: String, spawnedAt: Double, mainAt: Double) throws {
        var keep: [any Sendable] = []
        switch mode {
        case "clients":
            let session = try Session(region: "us-east-1")
            keep.append(try session.client("s3"))
            keep.append(try session.client("sqs"))
        case "resources":
            let session = try Session(region: "us-east-1")
            keep.append(try session.resource(S3.self))
            keep.append(try session.resource(SQS.self))
        default:
            break
        }
        let now = Clock.wall()
        let cpu = Clock.cpu()
        withExtendedLifetime(keep) {
            print(now - spawnedAt, now - mainAt, cpu)
        }
    }

    static func printTable(_ results: [String: [Run]]) {
        print("\n### coldstart (Swift, \(results.values.first?.count ?? 0) fresh processes per row)\n")
        print("| mode | " + columns.map(\.title).joined(separator: " | ") + " |")
        print("|---|" + String(repeating: "---|", count: columns.count))
        for mode in modes {
            let runs = results[mode] ?? []
            print("| \(mode) | " + columns.map { SeriesStats(values: runs.map($0.value)).summary() }.joined(separator: " | ") + " |")
        }
    }

    static func jsonLine(_ results: [String: [Run]], runs: Int) -> String {
        let modesJSON = modes.map { mode in
            let rows = results[mode] ?? []
            let fields = columns.map { "\"\($0.key)\": \(SeriesStats(values: rows.map($0.value)).json)" }
            return "\"\(mode)\": {" + fields.joined(separator: ", ") + "}"
        }
        return "{" + benchHeaderJSON("coldstart") + ", \"runs\": \(runs), \"results\": {" + modesJSON.joined(separator: ", ") + "}}"
    }
}
