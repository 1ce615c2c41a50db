import Foundation
import AWSTestSupport
@testable import AWSClients

/// A differential check: the same calls made through boto3 (`Tests/Differential/boto3_calls.py`) and
/// through the Swift `Client` against one moto server, each run with its own name prefix, and the
/// results compared call by call (responses, pages, and `ClientError.response` for service errors).
///
/// Requires `python3` with boto3 (CI installs it): the check throws, naming what to install, when it is missing.
enum Boto3Replay {
    /// What both runs returned, normalized for comparison, and where they differ.
    struct Outcome {
        /// boto3's results, normalized (`<prefix>` for the run's prefix, volatile values by kind).
        let boto3: [Document]
        /// Swift's results in the same form.
        let swift: [Document]
        /// One line per difference, naming the call (`#3 GetRecords`) and the path.
        let differences: [String]
    }

    /// Runs `calls(prefix)` through boto3 and then through Swift, with a prefix of the same length for each run.
    static func compare(region: String = "us-east-1", _ calls: (String) -> [ReplayCall]) async throws -> Outcome {
        let (session, endpoint) = try await TestClients.motoSession(region: region)
        let tag = UUID().uuidString.lowercased().prefix(8)
        let (pythonPrefix, swiftPrefix) = ("dpy\(tag)", "dsw\(tag)")
        let pythonCalls = calls(pythonPrefix), swiftCalls = calls(swiftPrefix)
        let boto3 = try await boto3Results(pythonCalls, endpoint: endpoint, region: region)
        let swift = try await swiftResults(swiftCalls, session: session, endpoint: endpoint).map(ReplayEncoding.result)
        guard boto3.count == swift.count else {
            throw TestServerError("boto3_calls.py printed \(boto3.count) results for \(pythonCalls.count) calls")
        }
        var outcome = (boto3: [Document](), swift: [Document](), differences: [String]())
        for (index, call) in swiftCalls.enumerated() {
            let expected = ReplayComparison.normalized(boto3[index], call: call, prefix: pythonPrefix)
            let actual = ReplayComparison.normalized(swift[index], call: call, prefix: swiftPrefix)
            outcome.boto3.append(expected)
            outcome.swift.append(actual)
            outcome.differences += ReplayComparison.differences(expected: expected, actual: actual, path: "#\(index) \(call.operation)")
        }
        return Outcome(boto3: outcome.boto3, swift: outcome.swift, differences: outcome.differences)
    }

    /// The calls made through the Swift client: responses, lists of pages, or `["$error": error.response]`.
    static func swiftResults(_ calls: [ReplayCall], session: Session, endpoint: String) async throws -> [Document] {
        var clients: [String: Client] = [:]
        var results: [Document] = []
        for call in calls {
            let client = try clients[call.service] ?? session.client(call.service, endpointURL: endpoint)
            clients[call.service] = client
            let params = try resolve(call.params, results: results)
            do {
                if let pagination = call.pagination {
                    var withConfig = params
                    withConfig["PaginationConfig"] = pagination
                    var pages: [Document] = []
                    for try await page in client.paginator(call.operation).paginate(withConfig) { pages.append(page) }
                    results.append(.list(pages))
                } else {
                    results.append(try await client.call(call.operation, params))
                }
            } catch let error as ClientError {
                results.append(["$error": error.response])
            }
        }
        return results
    }

    /// The calls made through boto3 by the script, results as it prints them.
    static func boto3Results(_ calls: [ReplayCall], endpoint: String, region: String) async throws -> [Document] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Differential/boto3_calls.py")
        let spec: Document = ["endpoint": .string(endpoint), "region": .string(region), "calls": .list(calls.map { call in
            var entry: Document = ["service": .string(call.service), "operation": .string(call.operation),
                                   "params": ReplayEncoding.parameters(call.params)]
            if let pagination = call.pagination { entry["paginate"] = pagination }
            return entry
        })]
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("boto3-calls-\(UUID().uuidString).json")
        try Data(JSONWriter.string(spec).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let output: String
        do {
            output = try await ShortCommand.output(of: "python3", [script.path, file.path])
        } catch let error as TestServerError where "\(error)".contains("No module named") {
            throw TestServerError("the differential check needs python3 with boto3 (pip install boto3): \(error)")
        }
        guard let results = try JSONValue.parse(output).document["results"]?.array else {
            throw TestServerError("boto3_calls.py printed no results: \(output.prefix(2000))")
        }
        return results
    }

    /// `value` with every `ReplayCall.ref` replaced by what its expression finds in the earlier results.
    static func resolve(_ value: Document, results: [Document]) throws -> Document {
        switch value {
        case .map(let entries):
            if entries.count == 1, let ref = entries["$ref"]?.array, ref.count >= 2, let index = ref[0].int, let expression = ref[1].string {
                guard results.indices.contains(index) else { throw TestServerError("$ref to call #\(index), which has not run") }
                let found = try results[index].search(expression)
                if ref.count == 3, let prefix = ref[2].string, let text = found.string, text.hasPrefix(prefix) {
                    return .string(String(text.dropFirst(prefix.count)))
                }
                return found
            }
            return .map(try entries.mapValues { try resolve($0, results: results) })
        case .list(let items):
            return .list(try items.map { try resolve($0, results: results) })
        default:
            return value
        }
    }
}
