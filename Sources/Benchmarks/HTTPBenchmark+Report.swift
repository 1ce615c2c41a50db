import AWSClients
import Foundation

extension HTTPBenchmark {
    /// Reads `--endpoint-url URL [--transport curl|urlsession|auto|all] [--calls N --list-calls M
    /// --concurrency 1,8,32 --rounds R --warmup W --scenarios a,b --executor default|transport]`.
    static func parse(_ arguments: [String]) throws -> (endpointURL: String, kinds: [HTTPTransportKind], sizes: Sizes) {
        func value(_ name: String) -> String? {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
            return arguments[index + 1]
        }
        guard let endpointURL = value("--endpoint-url") else {
            throw Failure(description: "missing --endpoint-url http://127.0.0.1:PORT (start nginx with ../shared/bench/nginx.sh start PORT)")
        }
        let kinds: [HTTPTransportKind]
        switch value("--transport") ?? "all" {
        case "all": kinds = [.urlSession, .curl]
        case let name:
            guard let kind = HTTPTransportKind(name: name) else {
                throw Failure(description: "unknown --transport \(name): use one of \(HTTPTransportKind.names.joined(separator: ", ")) or all")
            }
            kinds = [kind]
        }
        var sizes = Sizes()
        if let only = value("--scenarios") {
            let names = only.split(separator: ",").map(String.init)
            guard names.allSatisfy(scenarios.contains) else {
                throw Failure(description: "--scenarios takes names from \(scenarios.joined(separator: ", ")) (got \(only))")
            }
            sizes.scenarios = names
        }
        sizes.calls = option("--calls", sizes.calls)
        sizes.listCalls = option("--list-calls", sizes.listCalls)
        sizes.rounds = option("--rounds", sizes.rounds)
        sizes.warmup = option("--warmup", sizes.warmup)
        switch value("--executor") ?? "default" {
        case "default": sizes.onTransportExecutor = false
        case "transport": sizes.onTransportExecutor = true
        case let other: throw Failure(description: "unknown --executor \(other): use default or transport")
        }
        if let list = value("--concurrency") {
            let levels = list.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !levels.isEmpty, levels.allSatisfy({ $0 > 0 }) else {
                throw Failure(description: "--concurrency takes positive integers separated by commas, e.g. 1,8,32 (got \(list))")
            }
            sizes.concurrency = levels
        }
        return (endpointURL, kinds, sizes)
    }

    /// The name of a transport kind as `--transport` and `AWS_SWIFT_HTTP_TRANSPORT` spell it.
    static func name(_ kind: HTTPTransportKind) -> String {
        switch kind {
        case .automatic: "auto"
        case .curl: "curl"
        case .urlSession: "urlsession"
        }
    }

    /// A Markdown table of every report: transport requested and used, scenario, tasks, calls/s, CPU µs/call.
    static func printTable(_ reports: [Report], endpointURL: String) {
        print("\n### SDK against nginx canned responses (\(endpointURL)), median (min–max) over rounds\n")
        print("| transport (requested → used) | operation | tasks | calls/round | rounds | calls/s | client CPU µs/call |")
        print("|---|---|---|---|---|---|---|")
        for report in reports {
            for row in report.rows {
                print("| \(name(report.requested)) → \(report.transportType) | \(row.scenario) | \(row.concurrency) | "
                      + "\(row.callsPerRound) | \(row.callsPerSecond.count) | "
                      + "\(SeriesStats(values: row.callsPerSecond).summary(decimals: 0)) | "
                      + "\(SeriesStats(values: row.cpuMicrosPerCall).summary(decimals: 1)) |")
            }
        }
    }

    /// One JSON line per report, shaped like boto3_bench.py's `canned` line (`results` keyed by
    /// `<scenario>_tasks_<N>` with `calls_per_s` and `client_cpu_us_per_call` stats).
    static func jsonLine(_ report: Report, endpointURL: String) -> String {
        let results = report.rows.map { row in
            "\"\(row.name)\": {\"calls_per_round\": \(row.callsPerRound), \"rounds\": \(row.callsPerSecond.count), "
                + "\"concurrency\": \(row.concurrency), \"calls_per_s\": \(SeriesStats(values: row.callsPerSecond).json), "
                + "\"client_cpu_us_per_call\": \(SeriesStats(values: row.cpuMicrosPerCall).json)}"
        }
        return "{" + benchHeaderJSON("http") + ", \"endpoint\": \"\(endpointURL)\", "
            + "\"transport_requested\": \"\(name(report.requested))\", \"transport\": \"\(report.transportType)\", "
            + "\"results\": {" + results.joined(separator: ", ") + "}, \"notes\": \"Swift SDK clients (one S3 and one SQS "
            + "client per level, shared by N tasks; pool max(10, N); retries off) against nginx serving canned responses on "
            + "loopback (keep-alive). calls_per_s is aggregate; client CPU is getrusage(RUSAGE_SELF) user+sys, all threads.\"}"
    }
}
