import Foundation
import Testing
@testable import AWSClients

/// S3's payload rule (botocore's `S3SigV4Auth._should_sha256_sign_payload`) on real S3 calls:
/// `UNSIGNED-PAYLOAD` only over HTTPS, for a streaming input carrying the checksum the SDK added
/// (or `Content-MD5`), unless `payloadSigningEnabled` says otherwise; every other body is hashed.
@Suite struct S3PayloadSigningTests {
    private func sent(_ operation: String, _ params: Document, endpoint: String = "https://s3.test", config: Config? = nil,
                      body: HTTPBody? = nil) async throws -> HTTPRequest {
        let stub = StubTransport { _ in Canned.s3OK }
        let client = try TestClients.client("s3", transport: stub, endpointURL: endpoint, config: config)
        _ = try await client.runtime.perform(operation: try client.runtime.operationModel(named: operation), params: params, body: body)
        return try #require(stub.requests.first)
    }

    private func sha256(_ text: String) -> String { SHA256.hash(data: Data(text.utf8)).hexString }

    @Test func streamingUploadsWithTheSDKsChecksumGoUnsignedOverHTTPS() async throws {
        let request = try await sent("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello".utf8))])
        #expect(request.headers["x-amz-checksum-crc32"] != nil)
        #expect(request.headers["X-Amz-Content-SHA256"] == "UNSIGNED-PAYLOAD")
        #expect(request.headers["Authorization"]?.contains("x-amz-content-sha256") == true)
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
        let signed = try await sent("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello".utf8))],
                                    config: Config(s3: S3Config(payloadSigningEnabled: true)))
        #expect(signed.headers["X-Amz-Content-SHA256"] == sha256("hello"))
        let unsigned = try await sent("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello".utf8))], endpoint: "http://s3.test",
                                      config: Config(s3: S3Config(payloadSigningEnabled: false)))
        #expect(unsigned.headers["X-Amz-Content-SHA256"] == "UNSIGNED-PAYLOAD")
    }

    @Test func aStreamedFileIsSentUnreadForItsHash() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("s3-payload-\(UUID().uuidString)")
        try Data("file body".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let request = try await sent("PutObject", ["Bucket": "b", "Key": "k"], body: .file(file))
        #expect(request.headers["X-Amz-Content-SHA256"] == "UNSIGNED-PAYLOAD")
        #expect(request.headers["x-amz-checksum-crc32"] != nil)
        guard case .file(let sentFile) = request.body else {
            Issue.record("the file body was replaced: \(request.body)")
            return
        }
        #expect(sentFile == file)
        // Over plain HTTP botocore hashes it (a second read), and so does this SDK.
        let plain = try await sent("PutObject", ["Bucket": "b", "Key": "k"], endpoint: "http://s3.test", body: .file(file))
        #expect(plain.headers["X-Amz-Content-SHA256"] == sha256("file body"))
    }
}
