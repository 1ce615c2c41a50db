import Foundation
import Synchronization
import AWSTestSupport
import AWSTesting
@testable import AWSResources

/// Sessions and resources for unit tests: fixed credentials, no shared config files, no environment.
enum TestResources {
    static let environment = ["AWS_CONFIG_FILE": "/nonexistent/aws-config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws-credentials"]

    static func session(transport: any HTTPTransport) throws -> Session {
        try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "SECRET"),
                    environment: environment, transport: transport)
    }

    /// The service resource of `service` on a stub transport.
    static func resource(_ service: String, transport: StubTransport) throws -> Resource {
        try session(transport: transport).resource(service, endpointURL: "http://127.0.0.1:1")
    }

    /// A session talking to the test moto server, and its endpoint; its HTTP transport is the one
    /// `AWS_SWIFT_HTTP_TRANSPORT` names (scripts/test runs the integration suites once per transport).
    static func motoSession() async throws -> (Session, String) {
        let endpoint = try await MotoServer.shared.endpointURL()
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"),
                                  environment: TransportEnvironment.adding(to: environment))
        return (session, endpoint)
    }
}

/// A counter tests can share with `@Sendable` handlers.
final class Counter: Sendable {
    private let value = Mutex(0)
    func increment() -> Int { value.withLock { $0 += 1; return $0 } }
    var count: Int { value.withLock { $0 } }
}
