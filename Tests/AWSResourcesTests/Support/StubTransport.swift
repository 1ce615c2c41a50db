import Foundation
import Synchronization
import AWSTestSupport
@testable import AWSResources

/// An in-process transport for unit tests: records every request and answers from a handler.
final class StubTransport: HTTPTransport {
    private let handler: @Sendable (HTTPRequest) throws -> HTTPResponse
    private let recorded = Mutex<[HTTPRequest]>([])

    init(_ handler: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse) {
        self.handler = handler
    }

    /// A transport for a JSON-protocol service (SQS, DynamoDB): `handler` gets the operation name and
    /// the request body, and returns the response body.
    static func json(_ handler: @escaping @Sendable (_ operation: String, _ body: Document) throws -> Document) -> StubTransport {
        StubTransport { request in
            let target = request.headers["X-Amz-Target"] ?? ""
            let operation = String(target.split(separator: ".").last ?? "")
            let body = try request.body.inMemoryData.map { try JSONValue.parse($0).document } ?? .map([:])
            let response = try handler(operation, body)
            return HTTPResponse(statusCode: 200, headers: HTTPHeaders([("Content-Type", "application/x-amz-json-1.0")]),
                                body: Data(JSONWriter.string(response).utf8))
        }
    }

    /// Every request sent so far, in order.
    var requests: [HTTPRequest] { recorded.withLock { $0 } }

    /// The operations (JSON `X-Amz-Target` names) of the requests sent so far.
    var operations: [String] {
        requests.map { String(($0.headers["X-Amz-Target"] ?? "").split(separator: ".").last ?? "") }
    }

    /// The JSON bodies of the requests sent so far.
    var bodies: [Document] {
        requests.map { request in (try? request.body.inMemoryData.map { try JSONValue.parse($0).document }) ?? nil ?? .null }
    }

    func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        recorded.withLock { $0.append(request) }
        return try handler(request)
    }
}

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
