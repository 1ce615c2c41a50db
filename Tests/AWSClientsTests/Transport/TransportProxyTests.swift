import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// Requests through a local forward proxy (`proxies:`), bypassing it (`no`), and HTTPS through
/// `CONNECT`. Serialized: the CONNECT test counts the proxy's tunnels, which carry no token.
@Suite(.serialized) struct TransportProxyTests {
    @Test(arguments: TransportUnderTest.kinds)
    func plainHTTPGoesThroughTheProxy(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let subject = TransportUnderTest(kind, proxies: ["http": servers.proxyURL])
        let path = "/echo?token=" + TransportUnderTest.token("proxied")
        guard subject.honoursProxyOption else {
            // URLSession on Linux cannot use a per-transport proxy: it refuses, saying what to do,
            // rather than send around the proxy.
            let error = await #expect(throws: HTTPTransportError.self) { _ = try await subject.get(servers.httpURL + path) }
            #expect(error?.code == .connectionFailed)
            #expect(error?.description.contains("AWS_SWIFT_HTTP_TRANSPORT=curl") == true, "\(String(describing: error))")
            #expect(try await TransportTestServers.shared.proxyRecords().filter { $0.target.hasSuffix(path) }.isEmpty)
            return
        }
        let response = try await subject.get(servers.httpURL + path)
        #expect(response.statusCode == 200)
        #expect(try EchoedRequest(response).path == path)
        let handled = try await TransportTestServers.shared.proxyRecords().filter { $0.target.hasSuffix(path) }
        #expect(handled == [.init(method: "GET", target: servers.httpURL + path)])
    }

    @Test(arguments: TransportUnderTest.kinds)
    func noProxyListBypassesTheProxy(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        // (URLSession never uses the proxy anyway; for it this only checks the request still works.)
        let subject = TransportUnderTest(kind, proxies: ["http": servers.proxyURL, "no": "localhost,127.0.0.1"])
        let path = "/echo?token=" + TransportUnderTest.token("bypassed")
        let response = try await subject.get(servers.httpURL + path)
        #expect(response.statusCode == 200)
        #expect(try EchoedRequest(response).path == path)
        #expect(try await TransportTestServers.shared.proxyRecords().filter { $0.target.hasSuffix(path) }.isEmpty)
    }

    @Test(arguments: TransportUnderTest.kinds)
    func httpsGoesThroughAConnectTunnel(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let subject = TransportUnderTest(kind, verify: .caBundle(servers.ca), proxies: ["https": servers.proxyURL])
        let tunnel = TransportTestServers.ProxyRecord(method: "CONNECT", target: "127.0.0.1:\(servers.https)")
        let before = try await TransportTestServers.shared.proxyRecords().filter { $0 == tunnel }.count
        if subject.honoursProxyOption {
            let response = try await subject.get(servers.httpsURL + "/echo?tunnelled")
            #expect(response.statusCode == 200)
            #expect(try EchoedRequest(response).path == "/echo?tunnelled")
            let after = try await TransportTestServers.shared.proxyRecords().filter { $0 == tunnel }.count
            #expect(after == before + 1)
        } else {
            // URLSession on Linux neither uses the proxy nor the CA bundle: it connects directly
            // and rejects the test CA.
            let error = await #expect(throws: HTTPTransportError.self) { _ = try await subject.get(servers.httpsURL + "/echo") }
            #expect(error?.code == .tlsFailure, "\(kind): \(String(describing: error))")
            #expect(try await TransportTestServers.shared.proxyRecords().filter { $0 == tunnel }.count == before)
        }
    }

    @Test(arguments: TransportUnderTest.kinds)
    func clientCallUsesTheConfiguredProxy(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let session = try Session(region: "us-east-1", credentials: TestClients.credentials, environment: TestClients.environment)
        let s3 = try session.client("s3", endpointURL: servers.httpURL,
                                    config: Config(proxies: ["http": servers.proxyURL], httpTransport: kind))
        let listing = servers.httpURL + "/"
        let isListing = { (record: TransportTestServers.ProxyRecord) in record.target == listing || record.target.hasPrefix(listing + "?") }
        let before = try await TransportTestServers.shared.proxyRecords().filter(isListing).count
        guard TransportUnderTest(kind, proxies: ["http": servers.proxyURL]).honoursProxyOption else {
            // URLSession on Linux cannot use Config.proxies: the call fails (after its retries) and says why.
            let error = await #expect(throws: HTTPTransportError.self) { _ = try await s3.listBuckets() }
            #expect(error?.description.contains("proxy") == true, "\(String(describing: error))")
            #expect(try await TransportTestServers.shared.proxyRecords().filter(isListing).count == before)
            return
        }
        let buckets = try await s3.listBuckets()
        #expect(buckets["Buckets"]?[0]?["Name"]?.string == "transport-test-bucket")
        let after = try await TransportTestServers.shared.proxyRecords().filter(isListing).count
        #expect(after == before + 1)
    }
}
