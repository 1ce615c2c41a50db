import Foundation
import Synchronization
import Testing
@testable import AWSClients
import AWSTesting

/// S3's payload rule (botocore's `S3SigV4Auth.payload` and `_should_sha256_sign_payload`) on real
/// S3 calls: a streaming input over HTTPS with the SDK's checksum sends it in an aws-chunked
/// trailer, signed `STREAMING-UNSIGNED-PAYLOAD-TRAILER` whatever `payloadSigningEnabled` says;
/// otherwise `UNSIGNED-PAYLOAD` only over HTTPS, for a streaming input carrying `Content-MD5`,
/// unless `payloadSigningEnabled` says otherwise; every other body is hashed.
@Suite struct S3PayloadSigningTests {
    private func sent(_ operation: String, _ params: Document, endpoint: String = "https://s3.test", config: Config? = nil,
                      body: HTTPBody? = nil) async throws -> HTTPRequest {
        let stub = StubTransport { _ in Canned.s3OK }
        let client = try TestClients.client("s3", transport: stub, endpointURL: endpoint, config: config)
        _ = try await client.runtime.perform(operation: try client.runtime.operationModel(named: operation), params: params, body: body)
        return try #require(stub.requests.first)
    }

    private func sha256(_ text: String) -> String { SHA256.hash(data: Data(text.utf8)).hexString }

    @Test func streamingUploadsWithTheSDKsChecksumGoInATrailerOverHTTPS() async throws {
        let request = try await sent("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello".utf8))])
        #expect(request.headers["x-amz-checksum-crc32"] == nil)
        #expect(request.headers["X-Amz-Trailer"] == "x-amz-checksum-crc32")
        #expect(request.headers["X-Amz-Content-SHA256"] == "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
        #expect(request.headers["Authorization"]?.contains("x-amz-content-sha256") == true)
        guard case .awsChunked(let chunked) = request.body else {
            Issue.record("the body is not aws-chunked: \(request.body)")
            return
        }
        #expect(try chunked.encodedData() == Data("5\r\nhello\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\r\n\r\n".utf8))
    }

    @Test func withoutAChecksumTheStreamingBodyIsHashed() async throws {
        let request = try await sent("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello".utf8))],
                                     config: Config(requestChecksumCalculation: .whenRequired))
        #expect(request.headers["x-amz-checksum-crc32"] == nil)
        #expect(request.headers["X-Amz-Content-SHA256"] == sha256("hello"))
    }

    @Test func contentMD5CountsAsTheChecksum() async throws {
        let request = try await sent("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello".utf8)),
                                                   "ContentMD5": "XUFAKrxLKna5cZ2REBfFkg=="],
                                     config: Config(requestChecksumCalculation: .whenRequired))
        #expect(request.headers["X-Amz-Content-SHA256"] == "UNSIGNED-PAYLOAD")
    }

    @Test func aChecksumTheCallerSentDoesNotUnsignThePayload() async throws {
        // botocore resolves no checksum of its own then, and looks for Content-MD5 only.
        let request = try await sent("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello".utf8)), "ChecksumCRC32": "NhCmhg=="])
        #expect(request.headers["x-amz-checksum-crc32"] == "NhCmhg==")
        #expect(request.headers["X-Amz-Content-SHA256"] == sha256("hello"))
    }

    @Test func bodiesThatDoNotStreamAreHashedOverHTTPS() async throws {
        let complete = try await sent("CompleteMultipartUpload", ["Bucket": "b", "Key": "k", "UploadId": "u",
                                                                  "MultipartUpload": ["Parts": [["ETag": "e", "PartNumber": 1]]]])
        let body = String(decoding: complete.body.inMemoryData ?? Data(), as: UTF8.self)
        #expect(body.contains("<PartNumber>1</PartNumber>"))
        #expect(complete.headers["X-Amz-Content-SHA256"] == sha256(body))
        let tagging = try await sent("PutBucketTagging", ["Bucket": "b", "Tagging": ["TagSet": [["Key": "k", "Value": "v"]]]])
        #expect(tagging.headers["x-amz-checksum-crc32"] != nil)
        #expect(tagging.headers["X-Amz-Content-SHA256"] == sha256(String(decoding: tagging.body.inMemoryData ?? Data(), as: UTF8.self)))
    }

    @Test func plainHTTPAlwaysHashes() async throws {
        let request = try await sent("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello".utf8))], endpoint: "http://s3.test")
        #expect(request.headers["X-Amz-Content-SHA256"] == sha256("hello"))
    }

    @Test func payloadSigningEnabledDecidesWhenSet() async throws {
        let md5: Document = ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello".utf8)), "ContentMD5": "XUFAKrxLKna5cZ2REBfFkg=="]
        let signed = try await sent("PutObject", md5, config: Config(s3: S3Config(payloadSigningEnabled: true),
                                                                    requestChecksumCalculation: .whenRequired))
        #expect(signed.headers["X-Amz-Content-SHA256"] == sha256("hello"))
        let unsigned = try await sent("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello".utf8))], endpoint: "http://s3.test",
                                      config: Config(s3: S3Config(payloadSigningEnabled: false)))
        #expect(unsigned.headers["X-Amz-Content-SHA256"] == "UNSIGNED-PAYLOAD")
        // A trailer checksum comes first (botocore's `_is_streaming_checksum_payload`), as botocore 1.43 sends it.
        let trailer = try await sent("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello".utf8))],
                                     config: Config(s3: S3Config(payloadSigningEnabled: true)))
        #expect(trailer.headers["X-Amz-Content-SHA256"] == "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
    }

    /// Over HTTPS nothing reads the file before the transport does: the trailer's checksum is
    /// computed while the body is sent (a file changed in between is what the checksum covers).
    @Test func aStreamedFileIsReadOnlyAsItIsSent() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("s3-payload-\(UUID().uuidString)")
        try Data("file body".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let framed = Mutex<Data?>(nil)
        let stub = StubTransport { request in
            try Data("FILE BODY".utf8).write(to: file)
            if case .awsChunked(let chunked) = request.body { framed.withLock { $0 = try? chunked.encodedData() } }
            return Canned.s3OK
        }
        let client = try TestClients.client("s3", transport: stub, endpointURL: "https://s3.test")
        _ = try await client.runtime.perform(operation: try client.runtime.operationModel(named: "PutObject"),
                                             params: ["Bucket": "b", "Key": "k"], body: .file(file))
        let request = try #require(stub.requests.first)
        #expect(request.headers["X-Amz-Content-SHA256"] == "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
        #expect(request.headers["X-Amz-Decoded-Content-Length"] == "9")
        #expect(request.headers["Content-Length"] == nil)
        guard case .awsChunked(let chunked) = request.body, case .file(let sentFile) = chunked.payload else {
            Issue.record("the file body was replaced: \(request.body)")
            return
        }
        #expect(sentFile == file)
        let crc = ChecksumAlgorithm.crc32.digest(of: Data("FILE BODY".utf8)).base64String
        #expect(framed.withLock { $0 } == Data("9\r\nFILE BODY\r\n0\r\nx-amz-checksum-crc32:\(crc)\r\n\r\n".utf8))
        // Over plain HTTP botocore hashes it (a second read), and so does this SDK.
        let plain = try await sent("PutObject", ["Bucket": "b", "Key": "k"], endpoint: "http://s3.test", body: .file(file))
        #expect(plain.headers["X-Amz-Content-SHA256"] == sha256("FILE BODY"))
        #expect(plain.headers["x-amz-checksum-crc32"] == crc)
    }
}
