import Foundation
import Testing
@testable import AWSClients

/// `client.close()`, as boto3's: the session's clients with the same transport options share one
/// transport; the last one closed shuts it down; a closed client still works (it leases again).
struct ClientCloseTests {
    static let environment = ["AWS_CONFIG_FILE": "/nonexistent/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials"]

    @Test(arguments: [HTTPTransportKind.curl, .urlSession])
    func lastCloseShutsTheSharedTransportDown(kind: HTTPTransportKind) async throws {
        let server = try LocalHTTPServer { _ in
            .init(status: 200, headers: [("Content-Type", "application/x-amz-json-1.0")], body: #"{"QueueUrls":[]}"#)
        }
        defer { server.stop() }
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "AKID", secretAccessKey: "SECRET"),
                                  environment: Self.environment)
        let config = Config(httpTransport: kind)
        let first = try session.client("sqs", endpointURL: server.baseURL, config: config)
        let second = try session.client("sqs", endpointURL: server.baseURL, config: config)
        #expect(session.sharedTransportCount == 1)
        _ = try await first.listQueues()

        try await first.close()
        #expect(session.sharedTransportCount == 1, "the second client still holds the transport")
        _ = try await second.listQueues()
        try await second.close()
        try await second.close()  // closing twice is harmless
        #expect(session.sharedTransportCount == 0, "the last close shuts the transport down")

        // A closed client still works: it leases a transport again.
        _ = try await first.listQueues()
        #expect(session.sharedTransportCount == 1)
        try await first.close()
        #expect(session.sharedTransportCount == 0)
        #expect(server.requests.count == 3)
    }

    @Test(arguments: [HTTPTransportKind.curl, .urlSession])
    func aShutDownTransportFailsRequestsAtOnce(kind: HTTPTransportKind) async throws {
        let transport = HTTPTransports.make(HTTPTransportOptions(kind: kind))
        await transport.shutdown()
        let request = HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:9/")!, headers: [:], body: .empty)
        let error = await #expect(throws: HTTPTransportError.self) {
            try await transport.send(request, timeouts: HTTPTimeouts(connect: 5, read: 5))
        }
        #expect(error?.code == .cancelled)
    }
}
