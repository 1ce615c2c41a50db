import Foundation
@testable import AWSClients

/// Names and clients for tests against the shared moto server.
enum Moto {
    /// A name no other test uses: `prefix-` and 12 lowercase hex digits (valid for buckets and queues).
    static func uniqueName(_ prefix: String) -> String {
        prefix + "-" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
    }

    /// A client of `service` talking to moto.
    static func client(_ service: String, region: String = "us-east-1", config: Config? = nil) async throws -> Client {
        let (session, endpoint) = try await TestClients.motoSession(region: region)
        return try session.client(service, endpointURL: endpoint, config: config)
    }

    /// Runs `body` and returns the `ClientError` it throws; `nil` when it succeeds (callers `#require` the error).
    static func clientError(_ body: () async throws -> Void) async throws -> ClientError? {
        do {
            try await body()
        } catch let error as ClientError {
            return error
        }
        return nil
    }
}
