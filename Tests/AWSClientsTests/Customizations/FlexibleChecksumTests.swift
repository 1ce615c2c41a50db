import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// Request checksums and response checksum validation. Expected values are botocore 1.43's:
/// `botocore.httpchecksum.Crc32Checksum` / `Sha1Checksum` / `Sha256Checksum` `.b64digest()` in
/// python3, and the request headers botocore sent for the same calls (captured with a
/// `before-send` handler); CRC32C with a bitwise Castagnoli CRC in python3 (botocore needs awscrt for it).
@Suite struct FlexibleChecksumTests {
    static let ok = CustomizationTests.response()

    @Test func putObjectSendsCRC32ByDefault() async throws {
        let transport = StubTransport(responses: [Self.ok])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        _ = try await s3.call("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello world".utf8))])
        let headers = try #require(transport.requests.first).headers
        #expect(headers["x-amz-checksum-crc32"] == "DUoRhQ==")
        #expect(headers["x-amz-sdk-checksum-algorithm"] == "CRC32")
    }

    @Test(arguments: [("SHA256", "x-amz-checksum-sha256", "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="),
                      ("SHA1", "x-amz-checksum-sha1", "Kq5sNclPz7QV2+lfQIuc6R7oRu0="),
                      ("CRC32C", "x-amz-checksum-crc32c", "yZRlqg=="),
                      ("crc32", "x-amz-checksum-crc32", "DUoRhQ==")])
    func callerChosenAlgorithm(algorithm: String, header: String, value: String) async throws {
        let transport = StubTransport(responses: [Self.ok])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        _ = try await s3.call("UploadPart", ["Bucket": "b", "Key": "k", "UploadId": "u", "PartNumber": 1,
                                             "Body": .blob(Data("hello world".utf8)), "ChecksumAlgorithm": .string(algorithm)])
        let headers = try #require(transport.requests.first).headers
        #expect(headers[header] == value, "\(algorithm)")
        #expect(headers["x-amz-sdk-checksum-algorithm"] == algorithm, "\(algorithm)")
        #expect(headers.fields.filter { $0.name.lowercased().hasPrefix("x-amz-checksum-") }.count == 1, "\(algorithm)")
    }

    @Test func unsupportedAlgorithmIsRejectedBeforeSending() async throws {
        let transport = StubTransport(responses: [Self.ok])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        await #expect(throws: ParamValidationError.self) {
            _ = try await s3.call("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data()), "ChecksumAlgorithm": "CRC64NVME"])
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func emptyBodyStillGetsAChecksum() async throws {
        let transport = StubTransport(responses: [Self.ok])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        _ = try await s3.call("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data())])
        #expect(transport.requests.first?.headers["x-amz-checksum-crc32"] == "AAAAAA==")
    }

    @Test func whenRequiredSkipsOptionalChecksumsButNotRequiredOnes() async throws {
        var config = Config()
        config.requestChecksumCalculation = .whenRequired
        let transport = StubTransport(responses: [Self.ok])
        let s3 = try CustomizationTests.client("s3", transport: transport, config: config)
        _ = try await s3.call("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello world".utf8))])
        _ = try await s3.call("PutBucketPolicy", ["Bucket": "b", "Policy": "{\"a\":1}"])
        let requests = transport.requests
        #expect(requests[0].headers.fields.allSatisfy { !$0.name.lowercased().hasPrefix("x-amz-checksum-") })
        #expect(requests[0].headers["x-amz-sdk-checksum-algorithm"] == nil)
        // botocore: PutBucketPolicy requires a checksum, so CRC32 even with when_required (no Content-MD5 since 1.36).
        #expect(requests[1].headers["x-amz-checksum-crc32"] == "Vhusrw==")
        #expect(requests[1].headers["x-amz-sdk-checksum-algorithm"] == "CRC32")
        #expect(requests[1].headers["Content-MD5"] == nil)
    }

    @Test func callerChecksumHeaderWins() async throws {
        let transport = StubTransport(responses: [Self.ok])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        _ = try await s3.call("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data("hello world".utf8)),
                                            "ChecksumCRC32": "AAAAAA=="])
        let headers = try #require(transport.requests.first).headers
        #expect(headers.values(for: "x-amz-checksum-crc32") == ["AAAAAA=="])
        #expect(headers["x-amz-sdk-checksum-algorithm"] == nil)
    }

    @Test func operationsWithoutTheTraitGetNoChecksum() async throws {
        let transport = StubTransport(responses: [Self.ok])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        _ = try await s3.call("CreateMultipartUpload", ["Bucket": "b", "Key": "k"])
        #expect(transport.requests.first?.headers.fields.allSatisfy { !$0.name.lowercased().hasPrefix("x-amz-checksum-") } == true)
    }

    // MARK: - Responses

    @Test func getObjectAsksForAndChecksTheChecksum() async throws {
        let transport = StubTransport(responses: [CustomizationTests.response(headers: [("x-amz-checksum-crc32", "DUoRhQ==")],
                                                                              body: "hello world")])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let output = try await s3.call("GetObject", ["Bucket": "b", "Key": "k"])
        #expect(output["Body"]?.data == Data("hello world".utf8))
        #expect(transport.requests.first?.headers["x-amz-checksum-mode"] == "ENABLED")
    }

    @Test func getObjectWithAWrongCRC32Throws() async throws {
        let transport = StubTransport(responses: [CustomizationTests.response(headers: [("x-amz-checksum-crc32", "AAAAAA==")],
                                                                              body: "hello world")])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let error = await #expect(throws: ResponseChecksumError.self) {
            _ = try await s3.call("GetObject", ["Bucket": "b", "Key": "k"])
        }
        #expect(error?.checksum == "x-amz-checksum-crc32")
        #expect(error?.expected == "AAAAAA==")
        #expect(error?.actual == "DUoRhQ==")
        #expect(error?.isRetryable == false)
    }

    @Test func priorityOrderPicksCRC32CBeforeSHA256() async throws {
        // A wrong SHA-256 is ignored when a CRC32C (higher in botocore's priority list) is present and right.
        let transport = StubTransport(responses: [CustomizationTests.response(
            headers: [("x-amz-checksum-sha256", "AAAA"), ("x-amz-checksum-crc32c", "yZRlqg==")], body: "hello world")])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        _ = try await s3.call("GetObject", ["Bucket": "b", "Key": "k"])
    }

    @Test func compositeChecksumsAreSkipped() async throws {
        let transport = StubTransport(responses: [CustomizationTests.response(headers: [("x-amz-checksum-crc32", "AAAAAA==-3")],
                                                                              body: "hello world")])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        _ = try await s3.call("GetObject", ["Bucket": "b", "Key": "k"])
    }

    @Test func whenRequiredValidationDoesNotAskOrCheck() async throws {
        var config = Config()
        config.responseChecksumValidation = .whenRequired
        let transport = StubTransport(responses: [CustomizationTests.response(headers: [("x-amz-checksum-crc32", "AAAAAA==")],
                                                                              body: "hello world")])
        let s3 = try CustomizationTests.client("s3", transport: transport, config: config)
        _ = try await s3.call("GetObject", ["Bucket": "b", "Key": "k"])
        #expect(transport.requests.first?.headers["x-amz-checksum-mode"] == nil)
        // ...but an explicit ChecksumMode still validates.
        await #expect(throws: ResponseChecksumError.self) {
            _ = try await s3.call("GetObject", ["Bucket": "b", "Key": "k", "ChecksumMode": "ENABLED"])
        }
    }
}
