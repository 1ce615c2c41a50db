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
