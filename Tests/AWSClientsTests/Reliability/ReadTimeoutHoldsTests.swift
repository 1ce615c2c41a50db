import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// A read timeout shorter than the connect timeout holds on every transport: URLSession, which has
/// a single timeout, once waited for the larger of the two.
@Suite struct ReadTimeoutHoldsTests {
    @Test(arguments: TransportUnderTest.kinds)
    func shortReadTimeoutHoldsBesideTheDefaultConnectTimeout(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let subject = TransportUnderTest(kind)
        let path = "/read-timeout-holds/" + TransportUnderTest.token("silent")
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await subject.get(servers.silentURL + path, timeouts: HTTPTimeouts(connect: 60, read: 1))
        }
        // 1 s plus a generous allowance for a loaded machine; far below the 60 s connect timeout.
        #expect(clock.now - start < .seconds(20), "\(kind)")
        #expect(error?.code == .readTimeout, "\(kind): \(String(describing: error))")
    }

    @Test func clientConfigReadTimeoutHoldsOnURLSession() async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let transport = HTTPTransports.make(HTTPTransportOptions(kind: .urlSession))
        let s3 = try TestClients.session(transport: transport)
            .client("s3", endpointURL: servers.silentURL, config: Config(readTimeout: 1, retries: RetryConfig(totalMaxAttempts: 1)))
        let clock = ContinuousClock()
        let start = clock.now
        _ = await #expect(throws: HTTPTransportError.self) { _ = try await s3.getObject(Bucket: "b", Key: TransportUnderTest.token("k")) }
        #expect(clock.now - start < .seconds(20))
    }
}
