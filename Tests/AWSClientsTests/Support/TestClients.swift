import Foundation
import Synchronization
import AWSTestSupport
import AWSTesting
@testable import AWSClients

/// Sessions and clients for unit tests: fixed credentials, no shared config files, no environment.
enum TestClients {
    /// The transport kind `AWS_SWIFT_HTTP_TRANSPORT` names in the test process (`.automatic` when unset),
    /// for integration tests that build their transport themselves.
    static var motoTransportKind: HTTPTransportKind {
        TransportEnvironment.forwarded.values.first.flatMap { HTTPTransportKind(name: $0) } ?? .automatic
    }

    static let environment = ["AWS_CONFIG_FILE": "/nonexistent/aws-config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws-credentials"]
    static let credentials = Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")

    static func session(transport: any HTTPTransport, region: String = "us-east-1", environment extra: [String: String] = [:]) throws -> Session {
        try Session(region: region, credentials: credentials, environment: environment.merging(extra) { $1 }, transport: transport)
    }

    /// A client of `service` on a stub transport, with an endpoint URL so no real host is named.
    static func client(_ service: String, transport: StubTransport, endpointURL: String? = "http://127.0.0.1:1",
                       config: Config? = nil) throws -> Client {
        try session(transport: transport).client(service, endpointURL: endpointURL, config: config)
    }

    /// A session talking to the test moto server, with the HTTP transport `AWS_SWIFT_HTTP_TRANSPORT`
    /// names (scripts/test runs the integration suites once per transport).
    static func motoSession(region: String = "us-east-1") async throws -> (Session, String) {
        let endpoint = try await MotoServer.shared.endpointURL()
        let session = try Session(region: region, credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"),
                                  environment: TransportEnvironment.adding(to: environment))
        return (session, endpoint)
    }
}
