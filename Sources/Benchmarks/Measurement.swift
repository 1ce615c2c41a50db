import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU (user + system) and wall time of this process, in seconds.
struct Clock {
    static func cpu() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    static func wall() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

/// Per-operation figures over several rounds: median (min–max) of CPU and wall microseconds.
struct RoundFigures {
    let name: String
    let operationsPerRound: Int
    var cpuMicros: [Double] = []
    var wallMicros: [Double] = []

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    func summary(_ values: [Double]) -> String {
        String(format: "%.1f (%.1f–%.1f)", Self.median(values), values.min() ?? 0, values.max() ?? 0)
    }

    /// A Markdown table row: name, operations per round, rounds, CPU µs/op, wall µs/op.
    var row: String {
        "| \(name) | \(operationsPerRound) | \(cpuMicros.count) | \(summary(cpuMicros)) | \(summary(wallMicros)) |"
    }

    /// One JSON line, as the boto3 side's results are written.
    var jsonLine: String {
        "{\"bench\": \"\(name)\", \"ops_per_round\": \(operationsPerRound), \"cpu_us_per_op_median\": \(String(format: "%.2f", Self.median(cpuMicros))), \"wall_us_per_op_median\": \(String(format: "%.2f", Self.median(wallMicros))), \"cpu_us_per_op\": \(cpuMicros.map { String(format: "%.2f", $0) }), \"wall_us_per_op\": \(wallMicros.map { String(format: "%.2f", $0) })}"
    }
}

/// Runs `body` `operations` times per round for `rounds` rounds after `warmup` untimed runs.
func measure(_ name: String, operations: Int, rounds: Int, warmup: Int = 1, _ body: () async throws -> Void) async rethrows -> RoundFigures {
    for _ in 0..<warmup { try await body() }
    var figures = RoundFigures(name: name, operationsPerRound: operations)
    for _ in 0..<rounds {
        let cpu0 = Clock.cpu(), wall0 = Clock.wall()
        for _ in 0..<operations { try await body() }
        let cpu1 = Clock.cpu(), wall1 = Clock.wall()
        figures.cpuMicros.append((cpu1 - cpu0) * 1e6 / Double(operations))
        figures.wallMicros.append((wall1 - wall0) * 1e6 / Double(operations))
    }
    return figures
}

/// Prints a table header and rows.
func printTable(_ title: String, _ rows: [RoundFigures]) {
    print("\n### \(title)\n")
    print("| benchmark | ops/round | rounds | CPU µs/op | wall µs/op |")
    print("|---|---|---|---|---|")
    for row in rows { print(row.row) }
}

/// Median, min, max and count of a series, written like boto3_bench.py's `stats()`.
struct SeriesStats {
    let values: [Double]

    var median: Double { RoundFigures.median(values) }

    /// `median (min–max)` with `decimals` digits.
    func summary(decimals: Int = 1) -> String {
        let format = "%.\(decimals)f"
        return String(format: format, median) + " (" + String(format: format, values.min() ?? 0) + "–"
            + String(format: format, values.max() ?? 0) + ")"
    }

    /// `{"median": ..., "min": ..., "max": ..., "n": ...}`.
    var json: String {
        "{\"median\": \(Self.number(median)), \"min\": \(Self.number(values.min() ?? 0)), "
            + "\"max\": \(Self.number(values.max() ?? 0)), \"n\": \(values.count)}"
    }

    static func number(_ value: Double) -> String { String(format: "%.4f", value) }
}

extension RoundFigures {
    /// This row as boto3_bench.py writes one stub-calls result.
    var boto3StyleJSON: String {
        "\"\(name)\": {\"calls_per_round\": \(operationsPerRound), \"rounds\": \(cpuMicros.count), "
            + "\"cpu_us_per_call\": \(SeriesStats(values: cpuMicros).json), \"wall_us_per_call\": \(SeriesStats(values: wallMicros).json)}"
    }
}

/// The fields boto3_bench.py's `emit` puts first, for the Swift side: what ran where.
func benchHeaderJSON(_ bench: String) -> String {
    #if DEBUG
    let build = "debug"
    #else
    let build = "release"
    #endif
    return "\"bench\": \"\(bench)\", \"sdk\": \"swift\", \"build\": \"\(build)\", "
        + "\"nproc\": \(ProcessInfo.processInfo.activeProcessorCount), \"unix_time\": \(Int(Date().timeIntervalSince1970))"
}
