import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// S3 uploads with the checksum in an aws-chunked trailer, against moto (which decodes aws-chunked
/// bodies signed `STREAMING-UNSIGNED-PAYLOAD-TRAILER` and keeps the trailer's checksum):
/// - the transport `AWS_SWIFT_HTTP_TRANSPORT` names sends such bodies to moto over plain HTTP,
///   signed by hand (the client itself uses the trailer over HTTPS only, as botocore);
/// - the client over HTTPS (a second moto with the transport tests' certificate) sends PutObject,
///   and `uploadFile` in one part and in parts read from the file, as aws-chunked. libcurl only:
///   URLSession on Linux cannot trust the test CA.
@Suite struct S3TrailerChecksumIntegrationTests {
    static let credentials = Credentials(accessKeyID: "testing", secretAccessKey: "testing")

    /// 2 MiB and a bit (three chunks), different at every position.
    static let payload = Data((0..<((2 << 20) + 999)).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ 5) })

    static func crc32(_ data: Data) -> String { ChecksumAlgorithm.crc32.digest(of: data).base64String }

    /// Sends `body` aws-chunked with a CRC32 trailer to `url`, signed as botocore signs it.
    static func sendChunked(_ body: HTTPBody, to url: String, transport: any HTTPTransport) async throws -> HTTPResponse {
        let framed = try #require(FlexibleRequestChecksum.awsChunkedBody(body, trailer: "x-amz-checksum-crc32"))
        var headers = HTTPHeaders()
        FlexibleRequestChecksum.declareTrailer(.crc32, payloadLength: body.contentLength, in: &headers)
        headers["x-amz-sdk-checksum-algorithm"] = "CRC32"
        var request = HTTPRequest(method: "PUT", url: try #require(URL(string: url)), headers: headers, body: framed)
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "s3",
                                 options: SigV4Options(s3: true, payloadSigning: .streamingUnsignedTrailer))
        try signer.sign(&request, date: Date())
        return try await transport.send(request, timeouts: HTTPTimeouts(connect: 10, read: 60))
    }

    @Test func motoAcceptsTheTransportsAWSChunkedBodies() async throws {
        let s3 = try await Moto.client("s3")
        let bucket = Moto.uniqueName("chunked")
        _ = try await s3.createBucket(Bucket: bucket)
        let endpoint = try await MotoServer.shared.endpointURL()
        let transport = HTTPTransports.make(HTTPTransportOptions(kind: TestClients.motoTransportKind))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chunked-moto-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("payload.bin")
        try Self.payload.write(to: file)

        let put = try await Self.sendChunked(.file(file), to: "\(endpoint)/\(bucket)/whole.bin", transport: transport)
        #expect(put.statusCode == 200, "\(String(decoding: put.body, as: UTF8.self))")
        let fetched = try await s3.getObject(Bucket: bucket, Key: "whole.bin")
        #expect(fetched["Body"]?.data == Self.payload)
        let head = try await s3.headObject(Bucket: bucket, Key: "whole.bin", ChecksumMode: "ENABLED")
        #expect(head["ChecksumCRC32"]?.string == Self.crc32(Self.payload))

        // A multipart upload whose first part is a 5 MiB segment of a file, the second in memory.
        let big = Data(repeating: 0x61, count: 5 << 20) + Self.payload
        let bigFile = folder.appendingPathComponent("big.bin")
        try big.write(to: bigFile)
        let created = try await s3.createMultipartUpload(Bucket: bucket, Key: "parts.bin", ChecksumAlgorithm: "CRC32")
        let uploadID = try #require(created["UploadId"]?.string)
        var parts: [Document] = []
        let bodies: [HTTPBody] = [.fileSegment(bigFile, offset: 0, length: 5 << 20), .data(Self.payload)]
        for (index, body) in bodies.enumerated() {
            let url = "\(endpoint)/\(bucket)/parts.bin?partNumber=\(index + 1)&uploadId=\(uploadID)"
            let response = try await Self.sendChunked(body, to: url, transport: transport)
            #expect(response.statusCode == 200, "part \(index + 1): \(String(decoding: response.body, as: UTF8.self))")
            let etag = try #require(response.headers["ETag"])
            var part: [String: Document] = ["ETag": .string(etag), "PartNumber": .int(index + 1)]
            if let checksum = response.headers["x-amz-checksum-crc32"] { part["ChecksumCRC32"] = .string(checksum) }
            parts.append(.map(part))
        }
        _ = try await s3.call("CompleteMultipartUpload", ["Bucket": .string(bucket), "Key": "parts.bin", "UploadId": .string(uploadID),
                                                          "MultipartUpload": ["Parts": .list(parts)]])
        let assembled = try await s3.getObject(Bucket: bucket, Key: "parts.bin")
        #expect(assembled["Body"]?.data == big)
        await transport.shutdown()
    }

    @Test(.enabled(if: TestClients.motoTransportKind != .urlSession, "URLSession on Linux cannot trust the test CA"))
    func theClientSendsStreamingUploadsAWSChunkedOverHTTPS() async throws {
        let endpoint = try await MotoServer.tls.endpointURL()
        let ca = try await TransportTestServers.shared.endpoints().ca
        let transport = CustomizationIntegrationTests.RecordingTransport(
            inner: HTTPTransports.make(HTTPTransportOptions(kind: .curl, verify: .caBundle(ca))))
        let session = try Session(region: "us-east-1", credentials: Self.credentials, environment: TestClients.environment,
                                  transport: transport)
        let s3 = try session.client("s3", endpointURL: endpoint)
        let bucket = Moto.uniqueName("trailer")
        _ = try await s3.createBucket(Bucket: bucket)

        _ = try await s3.putObject(Bucket: bucket, Key: "put.bin", Body: Self.payload)
        let head = try await s3.headObject(Bucket: bucket, Key: "put.bin", ChecksumMode: "ENABLED")
        #expect(head["ContentLength"]?.int == Self.payload.count)
        #expect(head["ChecksumCRC32"]?.string == Self.crc32(Self.payload))
        #expect(try await s3.getObject(Bucket: bucket, Key: "put.bin")["Body"]?.data == Self.payload)
        _ = try await s3.putObject(Bucket: bucket, Key: "sha256.bin", Body: Data("hello".utf8), ChecksumAlgorithm: "SHA256")
        let sha = try await s3.headObject(Bucket: bucket, Key: "sha256.bin", ChecksumMode: "ENABLED")
        #expect(sha["ChecksumSHA256"]?.string == SHA256.hash(data: Data("hello".utf8)).base64String)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trailer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source.bin")
        let large = Data(repeating: 0x62, count: 5 << 20) + Self.payload + Self.payload
        try large.write(to: source)
        let parts = TransferConfig(multipartThreshold: 5 << 20, multipartChunksize: 5 << 20)
        try await s3.uploadFile(Filename: source.path, Bucket: bucket, Key: "parts.bin", Config: parts)
        try await s3.uploadFile(Filename: source.path, Bucket: bucket, Key: "single.bin", Config: TransferConfig(multipartThreshold: 64 << 20))
        for key in ["parts.bin", "single.bin"] {
            let target = folder.appendingPathComponent(key)
            try await s3.downloadFile(Bucket: bucket, Key: key, Filename: target.path)
            #expect(try Data(contentsOf: target) == large, "\(key)")
        }
        #expect(try await s3.headObject(Bucket: bucket, Key: "parts.bin")["ETag"]?.string?.hasSuffix("-2\"") == true)
        // Every upload went aws-chunked: PutObject (2, and 1 for uploadFile in one part) and UploadPart (2).
        let uploads = transport.exchanges.map(\.request).filter { $0.method == "PUT" && $0.url.path.hasSuffix(".bin") }
        #expect(uploads.count == 5)
        for request in uploads {
            guard case .awsChunked(let chunked) = request.body else {
                Issue.record("\(request.url) was not sent aws-chunked: \(request.body)")
                continue
            }
            #expect(request.headers["X-Amz-Content-SHA256"] == "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
            #expect(request.headers["X-Amz-Trailer"] == chunked.trailerName)
            #expect(request.headers["Content-Length"] == nil)
        }
        let partBodies = uploads.filter { $0.url.query?.contains("partNumber") == true }.map(\.body)
        #expect(partBodies.count == 2)
        #expect(partBodies.allSatisfy { if case .awsChunked(let chunked) = $0, case .fileSegment = chunked.payload { true } else { false } })
        let single = uploads.first { $0.url.path.hasSuffix("single.bin") }?.body
        #expect({ if case .awsChunked(let chunked) = single, case .file = chunked.payload { true } else { false } }())
    }
}
