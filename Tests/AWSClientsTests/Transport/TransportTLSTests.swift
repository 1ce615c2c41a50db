import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// TLS verification against local HTTPS servers whose certificates come from a test CA.
@Suite struct TransportTLSTests {
    @Test(arguments: TransportUnderTest.kinds)
    func untrustedCertificateIsRejected(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let subject = TransportUnderTest(kind)
        let url = servers.httpsURL + "/echo"
        let error = await #expect(throws: HTTPTransportError.self) { _ = try await subject.get(url) }
        #expect(error?.code == .tlsFailure, "\(kind): \(String(describing: error))")
        #expect(error?.description.hasPrefix("SSL validation failed for \(url)") == true, "\(kind): \(String(describing: error))")
    }

    @Test(arguments: TransportUnderTest.kinds)
    func caBundleTrustsTheTestCA(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let subject = TransportUnderTest(kind, verify: .caBundle(servers.ca))
        if subject.honoursVerifyOption {
            let response = try await subject.get(servers.httpsURL + "/echo?ca-bundle")
            #expect(response.statusCode == 200)
            #expect(try EchoedRequest(response).path == "/echo?ca-bundle")
        } else {
            // URLSession on Linux ignores the bundle and still rejects the test CA.
            let error = await #expect(throws: HTTPTransportError.self) { _ = try await subject.get(servers.httpsURL + "/echo") }
            #expect(error?.code == .tlsFailure, "\(kind): \(String(describing: error))")
        }
    }

    @Test(arguments: TransportUnderTest.kinds)
    func certificateForAnotherHostIsRejected(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        // The chain is trusted (same test CA) but the certificate names wrong.example only. (For
        // URLSession, which ignores the CA bundle, the untrusted chain alone already fails it.)
        let subject = TransportUnderTest(kind, verify: .caBundle(servers.ca))
        let error = await #expect(throws: HTTPTransportError.self) { _ = try await subject.get(servers.wrongHostURL + "/echo") }
        #expect(error?.code == .tlsFailure, "\(kind): \(String(describing: error))")
    }

    @Test(arguments: TransportUnderTest.kinds)
    func disabledVerificationAcceptsAnyCertificate(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let subject = TransportUnderTest(kind, verify: .disabled)
        if subject.honoursVerifyOption {
            let response = try await subject.get(servers.wrongHostURL + "/echo?unverified")
            #expect(response.statusCode == 200)
            #expect(try EchoedRequest(response).path == "/echo?unverified")
        } else {
            // URLSession on Linux cannot turn verification off: the certificate is still rejected.
            let error = await #expect(throws: HTTPTransportError.self) { _ = try await subject.get(servers.wrongHostURL + "/echo") }
            #expect(error?.code == .tlsFailure, "\(kind): \(String(describing: error))")
        }
    }

    @Test(arguments: TransportUnderTest.kinds)
    func clientCallVerifiesWithTheConfiguredCABundle(kind: HTTPTransportKind) async throws {
        let servers = try await TransportTestServers.shared.endpoints()
        let config = Config(retries: RetryConfig(totalMaxAttempts: 1), verify: .caBundle(servers.ca), httpTransport: kind)
        let session = try Session(region: "us-east-1", credentials: TestClients.credentials, environment: TestClients.environment)
        let s3 = try session.client("s3", endpointURL: servers.httpsURL, config: config)
        if TransportUnderTest(kind, verify: .caBundle(servers.ca)).honoursVerifyOption {
            let listing = try await s3.listBuckets()
            #expect(listing["Buckets"]?[0]?["Name"]?.string == "transport-test-bucket")
        } else {
            // URLSession on Linux ignores the bundle: the SDK call fails verification.
            let error = await #expect(throws: HTTPTransportError.self) { _ = try await s3.listBuckets() }
            #expect(error?.code == .tlsFailure, "\(kind): \(String(describing: error))")
        }
    }
}
