import AWSClients
import Foundation

// aws-bench: the Swift side of the benchmarks in ../shared/bench (run in release mode:
// `swift build -c release --product aws-bench`, or everything side by side with boto3:
// `scripts/bench`). Prints Markdown tables and JSON lines.

let mainStartedAt = Clock.wall()
let arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first ?? "help"

/// The integer after `--name`, or `fallback`.
func option(_ name: String, _ fallback: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let value = Int(arguments[index + 1]),
          value > 0 else { return fallback }
    return value
}

let usage = """
    usage: aws-bench models [--rounds N]
           aws-bench clients [--rounds N] [--all | --services s3,sqs,ec2]
           aws-bench stub-calls [--calls 2000 --list-calls 20 --iterations 1 --rounds 5 --warmup 50 --only NAME]
                                [--interceptors N] [--log-null]
           aws-bench coldstart [--runs 15]
           aws-bench dynamodb [--items 10000 --page-items 1000 --queries 10 --rounds 5]
           aws-bench signing [--operations 2000 --rounds 5]
           aws-bench sso [--rounds 20] [--botocore]
           aws-bench http --endpoint-url http://127.0.0.1:PORT [--transport curl|urlsession|auto|all]
                          [--calls 10000 --list-calls 200 --concurrency 1,8,32 --rounds 5 --warmup 20]
                          [--executor default|transport]
           aws-bench transfers --endpoint-url http://127.0.0.1:PORT --file BIG --folder SMALL_FILES [--bucket NAME]
           aws-bench eventstream --write FILE [--megabytes 64 --payload 1024]
           aws-bench eventstream --file FILE [--rounds 5]
           aws-bench soak --endpoint-url http://127.0.0.1:PORT [--transport curl|urlsession|auto]
                          [--calls 10000 --warm-calls 1000 --concurrency 64 --cancelled 1000]
    """

switch command {
case "models":
    let rows = try await ModelBenchmarks.run(rounds: option("--rounds", 5))
    printTable("model loading and serialization", rows)
    for row in rows { print(row.jsonLine) }
case "clients":
    var services: [String]? = arguments.firstIndex(of: "--services").flatMap { index in
        index + 1 < arguments.count ? arguments[index + 1].split(separator: ",").map(String.init) : nil
    }
    if arguments.contains("--all") { services = ClientCreationBenchmarks.allServices }
    let rows = try await ClientCreationBenchmarks.run(services: services, rounds: option("--rounds", 5))
    let clientRows = rows.filter { $0.name.hasPrefix("client_cold_") }
    printTable("client creation, cold (fresh model loader each time)",
               rows.filter { !$0.name.hasPrefix("client_cold_") } + clientRows.sorted { RoundFigures.median($0.cpuMicros) > RoundFigures.median($1.cpuMicros) }.prefix(12))
    if let s3 = clientRows.first(where: { $0.name == "client_cold_s3" }) {
        let base = RoundFigures.median(s3.cpuMicros)
        let slowest = clientRows.max { RoundFigures.median($0.cpuMicros) < RoundFigures.median($1.cpuMicros) }!
        print("\nslowest: \(slowest.name) \(String(format: "%.2f", RoundFigures.median(slowest.cpuMicros) / base))× S3's CPU")
    }
    for row in rows { print(row.jsonLine) }
case "stub-calls":
    var sizes = StubCallBenchmarks.Sizes()
    sizes.calls = option("--calls", sizes.calls)
    sizes.listCalls = option("--list-calls", sizes.listCalls)
    sizes.rounds = option("--rounds", sizes.rounds)
    sizes.warmup = option("--warmup", sizes.warmup)
    sizes.iterations = option("--iterations", sizes.iterations)
    sizes.only = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    sizes.interceptors = arguments.contains("--interceptors") ? option("--interceptors", 0) : 0
    sizes.nullLogging = arguments.contains("--log-null")
    let rows = try await StubCallBenchmarks.run(sizes)
    printTable("stub-calls (Swift, no network, canned HTTPResponse)", rows)
    print("{" + benchHeaderJSON("stub-calls") + ", \"results\": {" + rows.map(\.boto3StyleJSON).joined(separator: ", ") + "}}")
case "dynamodb":
    var sizes = DynamoDBBenchmarks.Sizes()
    sizes.items = option("--items", sizes.items)
    sizes.pageItems = option("--page-items", sizes.pageItems)
    sizes.queries = option("--queries", sizes.queries)
    sizes.rounds = option("--rounds", sizes.rounds)
    let rows = try await DynamoDBBenchmarks.run(sizes)
    printTable("DynamoDB resource layer (canned transport), per item", rows)
    for row in rows { print(row.jsonLine) }
case "signing":
    let rows = try await SigningBenchmarks.run(operations: option("--operations", 2000), rounds: option("--rounds", 5))
    printTable("request signing (CPU per signature)", rows)
    for row in rows { print(row.jsonLine) }
case "coldstart":
    let runs = option("--runs", 15)
    let results = try ColdStartBenchmark.run(runs: runs)
    ColdStartBenchmark.printTable(results)
    print(ColdStartBenchmark.jsonLine(results, runs: runs))
case "http":
    do {
        let (endpointURL, kinds, sizes) = try HTTPBenchmark.parse(arguments)
        let reports = try await HTTPBenchmark.run(endpointURL: endpointURL, kinds: kinds, sizes: sizes)
        HTTPBenchmark.printTable(reports, endpointURL: endpointURL)
        for report in reports { print(HTTPBenchmark.jsonLine(report, endpointURL: endpointURL)) }
    } catch {
        FileHandle.standardError.write(Data("aws-bench http failed: \(error)\n".utf8))
        exit(1)
    }
case "sso":
    let rounds = option("--rounds", 20)
    let (rows, server) = try await SSOBenchmark.run(rounds: rounds)
    let botocore = arguments.contains("--botocore") ? try SSOBenchmark.botocore(rounds: rounds, server: server) : [:]
    server.stop()
    SSOBenchmark.printTable(rows, botocore: botocore)
case "transfers":
    do {
        for row in try await TransferBenchmark.run(arguments) { print(row.jsonLine) }
    } catch {
        FileHandle.standardError.write(Data("aws-bench transfers failed: \(error)\n".utf8))
        exit(1)
    }
case "eventstream":
    let value = { (name: String) in arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil } }
    if let path = value("--write") {
        let events = try EventStreamBenchmark.write(path: path, megabytes: option("--megabytes", 64), payload: option("--payload", 1024))
        print("wrote \(events) events to \(path)")
    } else if let path = value("--file") {
        let results = try EventStreamBenchmark.run(path: path, rounds: option("--rounds", 5))
        EventStreamBenchmark.printTable(results)
        for result in results { print(result.jsonLine) }
    } else {
        print(usage)
    }
case "soak":
    var sizes = SoakBenchmark.Sizes()
    sizes.calls = option("--calls", sizes.calls)
    sizes.warmCalls = min(option("--warm-calls", sizes.warmCalls), sizes.calls)
    sizes.concurrency = option("--concurrency", sizes.concurrency)
    sizes.cancelled = option("--cancelled", sizes.cancelled)
    let value = { (name: String) in arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil } }
    guard let endpointURL = value("--endpoint-url") else {
        print(usage)
        exit(2)
    }
    let kindName = value("--transport") ?? "auto"
    guard let kind = HTTPTransportKind(name: kindName) else {
        FileHandle.standardError.write(Data("aws-bench soak: unknown transport \(kindName) (curl, urlsession or auto)\n".utf8))
        exit(2)
    }
    do {
        let report = try await SoakBenchmark.run(endpointURL: endpointURL, kind: kind, sizes: sizes)
        SoakBenchmark.printReport(report)
        print(SoakBenchmark.jsonLine(report))
    } catch {
        FileHandle.standardError.write(Data("aws-bench soak failed: \(error)\n".utf8))
        exit(1)
    }
case ColdStartBenchmark.childCommand where arguments.count == 3:
    try ColdStartBenchmark.child(mode: arguments[1], spawnedAt: Double(arguments[2]) ?? mainStartedAt, mainAt: mainStartedAt)
default:
    print(usage)
}
