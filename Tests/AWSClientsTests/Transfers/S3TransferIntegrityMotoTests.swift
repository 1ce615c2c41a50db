import Foundation
import Testing
@testable import AWSClients

/// Whole-object checksums against moto: uploads in parts declare S3's `FULL_OBJECT` CRC32
/// combined from the parts' CRC32s, and downloads in ranges check the bytes against it.
@Suite struct S3TransferIntegrityMotoTests {
    static let parts = TransferConfig(multipartThreshold: 5 << 20, multipartChunksize: 5 << 20)

    @Test func multipartUploadsCarryTheWholeObjectCRC32() async throws {
        let moto = try await TransferMotoFixture("fullcrc")
        defer { moto.cleanUp() }
        let content = TransferMotoFixture.content((11 << 20) + 7)
        try await moto.s3.uploadFile(Filename: try moto.file("f.bin", content).path, Bucket: moto.bucket, Key: "f.bin", Config: Self.parts)
        var crc = CRC32()
        content.withUnsafeBytes { crc.update(bufferPointer: $0) }
        let expected = crc.finalize().base64String
        let completion = try #require(moto.transport.requests.last { $0.method == "POST" && $0.hasQuery("uploadId") })
        #expect(completion.headers["x-amz-checksum-crc32"] == expected)
        #expect(completion.headers["x-amz-checksum-type"] == "FULL_OBJECT")
        let head = try await moto.s3.headObject(Bucket: moto.bucket, Key: "f.bin", ChecksumMode: "ENABLED")
        #expect(head["ChecksumCRC32"]?.string == expected)
        #expect(head["ChecksumType"]?.string == "FULL_OBJECT")

        let stream = AsyncStream<Data> { $0.yield(content); $0.finish() }
        try await moto.s3.uploadFileobj(Fileobj: stream, Bucket: moto.bucket, Key: "s.bin", Config: Self.parts)
        #expect(try await moto.s3.headObject(Bucket: moto.bucket, Key: "s.bin", ChecksumMode: "ENABLED")["ChecksumCRC32"]?.string == expected)

        try await moto.s3.uploadFile(Filename: try moto.file("g.bin", content).path, Bucket: moto.bucket, Key: "sha.bin",
                                     ExtraArgs: ["ChecksumAlgorithm": "SHA256"], Config: Self.parts)
        let chosen = try #require(moto.transport.requests.last { $0.method == "POST" && $0.hasQuery("uploads") })
        #expect(chosen.headers["x-amz-checksum-type"] == nil, "an algorithm the caller chose keeps boto3's composite checksum")
    }

    @Test func corruptedRangesFailTheDownload() async throws {
        let moto = try await TransferMotoFixture("corrupt")
        defer { moto.cleanUp() }
        let content = TransferMotoFixture.content((11 << 20) + 7)
        try await moto.s3.uploadFile(Filename: try moto.file("f.bin", content).path, Bucket: moto.bucket, Key: "f.bin", Config: Self.parts)
        moto.transport.inject { $0.rangeStart == 5 << 20 ? .corruptBody : nil }
        let target = moto.folder.appendingPathComponent("out.bin")
        let error = await #expect(throws: S3TransferError.self) {
            try await moto.s3.downloadFile(Bucket: moto.bucket, Key: "f.bin", Filename: target.path, Config: Self.parts)
        }
        #expect(error?.code == .checksumMismatch)
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: moto.folder.path) == ["f.bin"], "no partial file left")
        let sink = ByteSink()
        let streamed = await #expect(throws: S3TransferError.self) {
            try await moto.s3.downloadFileobj(Bucket: moto.bucket, Key: "f.bin", Fileobj: { sink.append($0) }, Config: Self.parts)
        }
        #expect(streamed?.code == .checksumMismatch)
        moto.transport.inject { _ in nil }
        try await moto.s3.downloadFile(Bucket: moto.bucket, Key: "f.bin", Filename: target.path, Config: Self.parts)
        #expect(try Data(contentsOf: target) == content)
    }
}
