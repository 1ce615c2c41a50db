import Foundation
import Synchronization
import Testing
import AWSTestSupport
@testable import AWSClients

/// Read and connect timeouts against servers that never answer or never accept, directly and
/// through a client that retries them as botocore does (ReadTimeout and ConnectTimeout are
/// retryable).
@Suite struct TransportTimeoutTests {
    /// Timeouts of about a second; the upper bound on how long a failure may take is generous.
    static let timeouts = HTTPTimeouts(connect: 1, read: 1)
    static let promptly: Duration = .seconds(15)

    @Test(arguments: TransportUnderTest.kinds)
    func silentServerIsAReadTimeout(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let subject = TransportUnderTest(kind)
        let path = "/read-timeout/" + TransportUnderTest.token("silent")
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await subject.get(servers.silentURL + path, timeouts: Self.timeouts)
        }
        #expect(clock.now - start < Self.promptly)
        #expect(error?.code == .readTimeout, "\(kind): \(String(describing: error))")
        #expect(error?.description.hasPrefix("Read timeout on endpoint URL") == true)
        // The request did reach the server: this was a read, not a connect, timeout.
        #expect(try await TransportTestServers.shared.silentRequestLines().contains("GET \(path) HTTP/1.1"))
    }

    @Test(arguments: TransportUnderTest.kinds)
    func fullAcceptQueueIsAConnectTimeout(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let subject = TransportUnderTest(kind)
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await subject.get(servers.backlogURL + "/connect-timeout", timeouts: Self.timeouts)
        }
        #expect(clock.now - start < Self.promptly)
        // URLSession reports it as a read timeout (see TransportUnderTest.connectTimeoutCode).
        #expect(error?.code == subject.connectTimeoutCode, "\(kind): \(String(describing: error))")
    }

    @Test(arguments: TransportUnderTest.kinds)
    func clientRetriesReadTimeouts(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let bucket = TransportUnderTest.token("read-timeout")
        let counting = CountingTransport(TransportUnderTest(kind).transport)
        let s3 = try Self.client(transport: counting, endpoint: servers.silentURL)
        let error = await #expect(throws: HTTPTransportError.self) { _ = try await s3.getObject(Bucket: bucket, Key: "k") }
        #expect(error?.code == .readTimeout, "\(kind): \(String(describing: error))")
        #expect(counting.sent == 2)
        let lines = try await TransportTestServers.shared.silentRequestLines()
        #expect(lines.filter { $0.hasPrefix("GET /\(bucket)/k") }.count == 2)
    }

    @Test(arguments: TransportUnderTest.kinds)
    func clientRetriesConnectTimeouts(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let subject = TransportUnderTest(kind)
        let counting = CountingTransport(subject.transport)
        let s3 = try Self.client(transport: counting, endpoint: servers.backlogURL)
        let error = await #expect(throws: HTTPTransportError.self) { _ = try await s3.getObject(Bucket: "b", Key: "k") }
        #expect(error?.code == subject.connectTimeoutCode, "\(kind): \(String(describing: error))")
        #expect(counting.sent == 2)
    }

    /// An S3 client with 1 s timeouts and two attempts in standard mode, sending with `transport`.
    static func client(transport: any HTTPTransport, endpoint: String) throws -> Client {
        let config = Config(connectTimeout: 1, readTimeout: 1, retries: RetryConfig(mode: .standard, totalMaxAttempts: 2))
        return try TestClients.session(transport: transport).client("s3", endpointURL: endpoint, config: config)
    }

    /// Forwards to a real transport, counting the requests sent.
    final class CountingTransport: HTTPTransport {
        private let inner: any HTTPTransport
        private let count = Mutex(0)

        init(_ inner: any HTTPTransport) {
            self.inner = inner
        }

        var sent: Int { count.withLock { $0 } }

        func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
            count.withLock { $0 += 1 }
            return try await inner.send(request, timeouts: timeouts)
        }
    }
}
