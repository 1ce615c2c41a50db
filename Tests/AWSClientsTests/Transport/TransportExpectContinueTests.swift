import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// `Expect: 100-continue` as botocore handles it for S3 uploads: the body goes out after the
/// server's `100 Continue`, and not at all when the server answers with a final status first.
@Suite struct TransportExpectContinueTests {
    static let body = Data(repeating: 0x5A, count: 2 << 20)

    static func upload(_ subject: TransportUnderTest, id: String, reject: Bool) async throws -> HTTPResponse {
        let servers = try await TransportTestServers.shared.endpoints()
        let url = try #require(URL(string: servers.httpURL + "/upload?id=\(id)" + (reject ? "&reject=1" : "")))
        var headers = HTTPHeaders()
        headers.add(name: "Content-Length", value: String(body.count))
        headers.add(name: "Expect", value: "100-continue")
        return try await subject.transport.send(HTTPRequest(method: "PUT", url: url, headers: headers, body: .data(body)),
                                                timeouts: HTTPTimeouts(connect: 10, read: 30))
    }

    @Test(arguments: TransportUnderTest.kinds)
    func theBodyFollowsTheServersContinue(kind: HTTPTransportKind) async throws {
        let id = TransportUnderTest.token("continue")
        let response = try await Self.upload(TransportUnderTest(kind), id: id, reject: false)
        #expect(response.statusCode == 200)
        let seen = try await TransportTestServers.shared.upload(id)
        #expect(seen.expect == "100-continue")
        #expect(seen.continued == true)
        #expect(seen.received == Self.body.count)
    }

    @Test(arguments: TransportUnderTest.kinds)
    func anEarlyRefusalKeepsTheBody(kind: HTTPTransportKind) async throws {
        let id = TransportUnderTest.token("refused")
        let response = try await Self.upload(TransportUnderTest(kind), id: id, reject: true)
        #expect(response.statusCode == 403)
        #expect(String(decoding: response.body, as: UTF8.self).contains("AccessDenied"))
        let seen = try await TransportTestServers.shared.upload(id)
        #expect(seen.status == 403)
        #expect(seen.continued == false)
        // Nothing of the 2 MiB body reached the server in the half second after its refusal.
        #expect(seen.received == 0, "\(kind): the server received \(seen.received ?? -1) body bytes after refusing")
    }
}
