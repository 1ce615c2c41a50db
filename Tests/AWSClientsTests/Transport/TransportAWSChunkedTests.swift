import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// An aws-chunked body on the wire, for each transport: a local server reads the request as its
/// framing says and keeps the bytes; they must be exactly the framed body (itself checked
/// against botocore in `AWSChunkedBodyTests`), whether the payload is small and in memory (sent
/// with the head), large in memory, a file or a file segment, with or without
/// `Expect: 100-continue`. libcurl sends it with its length as `Content-Length`; URLSession on
/// Linux, which cannot give a body stream a length, with chunked transfer coding (as botocore).
@Suite struct TransportAWSChunkedTests {
    enum Payload: String, CaseIterable, CustomTestStringConvertible {
        case smallData, largeData, file, fileSegment
        var testDescription: String { rawValue }
    }

    /// 2 MiB and a bit: three chunks (1 MiB, 1 MiB, the rest).
    static let large = Data((0..<((2 << 20) + 4321)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })

    static func body(_ payload: Payload, folder: URL) throws -> HTTPBody {
        switch payload {
        case .smallData: return .data(Data("hello, aws-chunked".utf8))
        case .largeData: return .data(large)
        case .file:
            let file = folder.appendingPathComponent("payload.bin")
            try large.write(to: file)
            return .file(file)
        case .fileSegment:
            let file = folder.appendingPathComponent("padded.bin")
            try (Data(repeating: 1, count: 1000) + large + Data(repeating: 2, count: 1000)).write(to: file)
            return .fileSegment(file, offset: 1000, length: Int64(large.count))
        }
    }

    @Test(arguments: TransportUnderTest.kinds, Payload.allCases)
    func theFramedBytesGoOutWithTheirLength(kind: HTTPTransportKind, payload: Payload) async throws {
        try await send(kind: kind, payload: payload, expect: false)
    }

    @Test(arguments: TransportUnderTest.kinds)
    func theFramedBytesFollowAContinue(kind: HTTPTransportKind) async throws {
        try await send(kind: kind, payload: .file, expect: true)
    }

    private func send(kind: HTTPTransportKind, payload: Payload, expect: Bool) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chunked-wire-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try Self.body(payload, folder: folder)
        guard case .awsChunked(let chunked) = try #require(FlexibleRequestChecksum.awsChunkedBody(plain, trailer: "x-amz-checksum-crc32"))
        else { throw ChunkedTestError("not aws-chunked") }
        let expected = try chunked.encodedData()

        let servers = try await TransportTestServers.shared.endpoints()
        let id = TransportUnderTest.token("chunked")
        let url = try #require(URL(string: servers.httpURL + "/capture?id=\(id)"))
        var headers = HTTPHeaders()
        headers.add(name: "Content-Encoding", value: "aws-chunked")
        headers.add(name: "X-Amz-Trailer", value: "x-amz-checksum-crc32")
        headers.add(name: "X-Amz-Decoded-Content-Length", value: String(chunked.decodedLength ?? -1))
        if expect { headers.add(name: "Expect", value: "100-continue") }
        let subject = TransportUnderTest(kind)
        let response = try await subject.transport.send(HTTPRequest(method: "PUT", url: url, headers: headers, body: .awsChunked(chunked)),
                                                        timeouts: HTTPTimeouts(connect: 10, read: 30))
        #expect(response.statusCode == 200)

        let seen = try await TransportTestServers.shared.capture(id)
        var received = seen.bodyData
        if subject.isURLSession {
            // FoundationNetworking gives a body stream no length: chunked transfer coding, as botocore
            // frames it, and no Content-Length beside it.
            #expect(seen.framing == "chunked", "\(kind), \(payload): \(seen.headers)")
            #expect(seen.header("Content-Length") == nil, "\(kind), \(payload): \(seen.headers)")
            received = try Self.dechunk(received)
        } else {
            #expect(seen.framing == "content-length", "\(kind), \(payload): \(seen.headers)")
            #expect(seen.header("Content-Length") == String(expected.count), "\(kind), \(payload)")
            #expect(seen.header("Transfer-Encoding") == nil, "\(kind), \(payload)")
        }
        #expect(seen.header("Content-Encoding") == "aws-chunked")
        #expect(seen.header("X-Amz-Trailer") == "x-amz-checksum-crc32")
        #expect(seen.header("Expect") == (expect ? "100-continue" : nil), "\(kind), \(payload)")
        #expect(received.count == expected.count, "\(kind), \(payload)")
        #expect(received == expected, "\(kind), \(payload): the bytes on the wire are not the framed body")
        let crc = ChecksumAlgorithm.crc32.digest(of: payload == .smallData ? Data("hello, aws-chunked".utf8) : Self.large)
        #expect(received.suffix(36) == Data("0\r\nx-amz-checksum-crc32:\(crc.base64String)\r\n\r\n".utf8), "\(kind), \(payload)")
    }

    /// The content of a body sent with chunked transfer coding (RFC 9112 7.1), read strictly:
    /// any malformed framing throws.
    static func dechunk(_ raw: Data) throws -> Data {
        var content = Data()
        var offset = raw.startIndex
        while true {
            guard let lineEnd = raw[offset...].firstRange(of: Data("\r\n".utf8)) else { throw ChunkedTestError("no chunk size line") }
            let sizeText = String(decoding: raw[offset..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText, radix: 16) else { throw ChunkedTestError("bad chunk size \(sizeText)") }
            offset = lineEnd.upperBound
            if size == 0 {
                guard raw[offset...] == Data("\r\n".utf8) else { throw ChunkedTestError("bad last chunk") }
                return content
            }
            guard raw.distance(from: offset, to: raw.endIndex) >= size + 2,
                  raw[(offset + size)..<(offset + size + 2)] == Data("\r\n".utf8) else { throw ChunkedTestError("bad chunk") }
            content.append(raw[offset..<(offset + size)])
            offset += size + 2
        }
    }
}
