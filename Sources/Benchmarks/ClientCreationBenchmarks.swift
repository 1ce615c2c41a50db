import AWSClients
import Foundation

/// What a first client costs: a fresh `ModelLoader` (nothing cached, so the model is read and
/// parsed), a session and `session.client(name)`, per service; and listing the services.
///
/// `aws-bench clients` measures S3, SQS and EC2; `--all` measures every bundled service and
/// prints the slowest. No network: fake credentials, region us-east-1.
enum ClientCreationBenchmarks {
    static func run(services requested: [String]?, rounds: Int) async throws -> [RoundFigures] {
        let environment = CannedResponses.offlineEnvironment
        var rows: [RoundFigures] = []
        rows.append(try await measure("available_services_cold", operations: 20, rounds: rounds) {
            let loader = ModelLoader(environment: [:])
            guard !loader.availableServices.isEmpty else { throw StubCallBenchmarks.Failure(description: "no services") }
        })
        rows.append(try await measure("endpoints_json_index", operations: 5, rounds: rounds) {
            _ = try EndpointsFile.shared(loader: ModelLoader(environment: [:])).partitions
        })
        // A first call, not just a client: the rule set is loaded and compiled, the request signed
        // (with endpoints.json's credential scope when the rule set names none), the answer parsed.
        rows.append(try await measure("first_call_lambda_list_functions", operations: 5, rounds: rounds) {
            let loader = ModelLoader(environment: [:])
            let session = try Session(region: "us-east-1", environment: environment, transport: EmptyJSONTransport(), loader: loader)
            _ = try await session.client("lambda").listFunctions()
        })
        let services = requested ?? ["s3", "sqs", "ec2"]
        for service in services {
            // Big models take milliseconds: fewer operations per round keep the run short.
            rows.append(try await measure("client_cold_\(service)", operations: 5, rounds: rounds) {
                let loader = ModelLoader(environment: [:])
                let session = try Session(region: "us-east-1", environment: environment, loader: loader)
                _ = try session.client(service)
            })
        }
        return rows
    }

    /// Every service the bundled loader lists.
    static var allServices: [String] { ModelLoader(environment: [:]).availableServices }
}

/// Answers every request with `200 {}` as JSON: enough for a JSON or REST-JSON operation whose
/// output has no required members.
private struct EmptyJSONTransport: HTTPTransport {
    func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/json", "x-amzn-RequestId": "bench"], body: Data("{}".utf8))
    }
}
