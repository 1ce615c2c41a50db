import Foundation
import Testing
@testable import AWSClients

/// A response shorter than its `Content-Length` is an error on every path (plain calls,
/// `.streaming`), on both transports: never a short body passed off as whole.
@Suite struct ShortBodyIntegrationTests {
    static let kinds: [HTTPTransportKind] = [.curl, .urlSession]

    static func server() throws -> EventStreamLoopbackServer {
        try EventStreamLoopbackServer { request, connection in
            if request.path.contains("list-type=2") {
                let xml = Data("<ListBucketResult><Name>b</Name><KeyCount>0</KeyCount></ListBucketResult>".utf8)
                connection.head(headers: [("Content-Type", "application/xml")], framing: .contentLength(xml.count + 40))
                connection.write(xml)
            } else {
                connection.head(headers: [("Content-Type", "application/octet-stream")], framing: .contentLength(100))
                connection.write(Data(repeating: 65, count: 50), pieces: [7, 13])
            }
        }
    }

    @Test(arguments: kinds)
    func plainCallWithAShortBodyThrows(kind: HTTPTransportKind) async throws {
        let server = try Self.server()
        defer { server.stop() }
        let s3 = try EventStreamTestSupport.client("s3", server: server, kind: kind)
        let error = await #expect(throws: (any Error).self) { _ = try await s3.listObjectsV2(Bucket: "b") }
        #expect(error is HTTPTransportError, "\(String(describing: error))")
        let get = await #expect(throws: (any Error).self) { _ = try await s3.getObject(Bucket: "b", Key: "k") }
        #expect(get is HTTPTransportError, "\(String(describing: get))")
    }

    @Test(arguments: kinds)
    func streamingBodyShorterThanItsLengthThrows(kind: HTTPTransportKind) async throws {
        let server = try Self.server()
        defer { server.stop() }
        let s3 = try EventStreamTestSupport.client("s3", server: server, kind: kind)
        let object = try await s3.getObject.streaming(Bucket: "b", Key: "k")
        var received = 0
        let error = await #expect(throws: (any Error).self) {
            for try await chunk in object.body { received += chunk.count }
        }
        #expect(error is HTTPTransportError, "\(String(describing: error))")
        #expect(received <= 50)
    }
}
