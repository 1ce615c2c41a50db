import Foundation

// aws-bench: the Swift side of the benchmarks in ../shared/bench (run in release mode:
// `swift run -c release aws-bench models`). Prints Markdown tables and JSON lines.

let arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first ?? "help"
let rounds = arguments.firstIndex(of: "--rounds").flatMap { Int(arguments[$0 + 1]) } ?? 5

switch command {
case "models":
    let rows = try await ModelBenchmarks.run(rounds: rounds)
    printTable("model loading and serialization", rows)
    for row in rows { print(row.jsonLine) }
default:
    print("usage: aws-bench models [--rounds N]")
}
