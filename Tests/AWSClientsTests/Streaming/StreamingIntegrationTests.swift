import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// Streamed responses and file transfers against moto, through the session's transport.
@Suite struct StreamingIntegrationTests {
    /// Bytes that differ from chunk to chunk, so misplaced parts would show.
    static func pattern(_ count: Int, seed: UInt8 = 7) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) ^ seed })
    }

    @Test func getObjectStreamsTheBodyInChunks() async throws {
        let s3 = try await Moto.client("s3")
        let bucket = Moto.uniqueName("stream")
        _ = try await s3.createBucket(Bucket: bucket)
        let body = Self.pattern(3 << 20)
        _ = try await s3.putObject(Bucket: bucket, Key: "big.bin", Body: body, ContentType: "application/x-test")

        let object = try await s3.getObject.streaming(Bucket: bucket, Key: "big.bin")
        #expect(object.payloadName == "Body")
        #expect(object.output["Body"] == nil)
        #expect(object.output["ContentLength"]?.int == body.count)
        #expect(object.output["ContentType"]?.string == "application/x-test")
        #expect(object.output["ResponseMetadata"]?["HTTPStatusCode"]?.int == 200)
        var received = Data()
        var chunks = 0
        for try await chunk in object.body {
            chunks += 1
            received.append(chunk)
        }
        #expect(chunks > 1, "a 3 MiB body should arrive in several chunks")
        #expect(received == body)

        // The same through `callStreaming`, written to a file.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let again = try await s3.callStreaming("GetObject", ["Bucket": .string(bucket), "Key": "big.bin"])
        #expect(try await again.body.write(to: file) == Int64(body.count))
        #expect(try Data(contentsOf: file) == body)
    }

    @Test func streamedChecksumMismatchFailsAtTheEnd() async throws {
        let source = HTTPResponseBody(data: Data("hello".utf8))
        let checked = StreamingChecksumBody.validating(source, algorithm: .crc32, expected: CRC32.hash(data: Data("hellO".utf8)).base64String)
        await #expect(throws: ResponseChecksumError.self) { _ = try await checked.collect() }
        let good = StreamingChecksumBody.validating(HTTPResponseBody(data: Data("hello".utf8)), algorithm: .crc32,
                                                    expected: CRC32.hash(data: Data("hello".utf8)).base64String)
        #expect(try await good.collect() == Data("hello".utf8))
    }

    @Test func callStreamingThrowsServiceErrors() async throws {
        let s3 = try await Moto.client("s3")
        let bucket = Moto.uniqueName("stream-errors")
        _ = try await s3.createBucket(Bucket: bucket)
        let error = try #require(await Moto.clientError { _ = try await s3.callStreaming("GetObject", ["Bucket": .string(bucket), "Key": "missing"]) })
        #expect(error.code == "NoSuchKey")
        #expect(error.statusCode == 404)
        #expect(error.operation == "GetObject")
        await #expect(throws: ParamValidationError.self) { _ = try await s3.callStreaming("ListBuckets") }
    }

    @Test func smallFilesUploadWithOnePutAndDownload() async throws {
        let s3 = try await Moto.client("s3")
        let bucket = Moto.uniqueName("small-files")
        _ = try await s3.createBucket(Bucket: bucket)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("small-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source.txt")
        let content = Self.pattern(100_000)
        try content.write(to: source)

        try await s3.uploadFile(Filename: source.path, Bucket: bucket, Key: "small.txt", ExtraArgs: ["ContentType": "text/plain"])
        let head = try await s3.headObject(Bucket: bucket, Key: "small.txt")
        #expect(head["ContentLength"]?.int == content.count)
        #expect(head["ContentType"]?.string == "text/plain")
        #expect(head["ETag"]?.string?.contains("-") == false, "below the threshold the upload is a single PutObject")

        let target = folder.appendingPathComponent("target.txt")
        try await s3.downloadFile(Bucket: bucket, Key: "small.txt", Filename: target.path)
        #expect(try Data(contentsOf: target) == content)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["source.txt", "target.txt"], "no temporary file is left behind")

        let missing = folder.appendingPathComponent("missing.txt")
        await #expect(throws: ClientError.self) { try await s3.downloadFile(Bucket: bucket, Key: "nope", Filename: missing.path) }
        #expect(!FileManager.default.fileExists(atPath: missing.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 2)
    }

    @Test func transfersRejectBadArgumentsAndOtherServices() async throws {
        let s3 = try TestClients.client("s3", transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        let error = await #expect(throws: S3TransferError.self) {
            try await s3.uploadFile(Filename: "/dev/null", Bucket: "b", Key: "k", ExtraArgs: ["Bogus": "x"])
        }
        #expect(error?.code == .invalidExtraArgument)
        #expect(error?.message.hasPrefix("Invalid extra_args key 'Bogus' for uploadFile, must be one of: ACL") == true)
        let sqs = try TestClients.client("sqs", transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        let other = await #expect(throws: S3TransferError.self) {
            try await sqs.downloadFile(Bucket: "b", Key: "k", Filename: "/tmp/never")
        }
        #expect(other?.code == .unsupportedService)
    }

    @Test func partSizesFollowS3Limits() {
        let config = TransferConfig()
        #expect(config.partSize(forFileOf: 200 << 20) == 8 << 20)
        #expect(config.partSize(forFileOf: 100_000 * (8 << 20)) == 128 << 20)
        #expect(TransferConfig(multipartChunksize: 1).partSize(forFileOf: 10 << 20) == 5 << 20)
    }
}
