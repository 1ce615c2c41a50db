import Foundation
import Synchronization
import Testing
@testable import AWSClients

/// Uploads, downloads, streams and copies against moto, in parts of S3's smallest size (5 MiB),
/// with the progress of each checked to the byte.
@Suite struct S3TransferMotoTests {
    static let parts = TransferConfig(multipartThreshold: 5 << 20, multipartChunksize: 5 << 20)

    @Test func multipartUploadDownloadAndCopyReportExactProgress() async throws {
        let moto = try await TransferMotoFixture("progress")
        defer { moto.cleanUp() }
        let size = (21 << 20) + 17
        let content = TransferMotoFixture.content(size)
        let source = try moto.file("source.bin", content)

        let up = StepLog(), down = StepLog(), copied = StepLog()
        try await moto.s3.uploadFile(Filename: source.path, Bucket: moto.bucket, Key: "big.bin", Callback: { up.append($0) }, Config: Self.parts)
        up.expectExact(total: Int64(size))
        #expect(moto.requests("UploadPart").count == 5)
        #expect(moto.requests("UploadPart").allSatisfy { $0.headers["x-amz-checksum-crc32"] != nil || $0.headers["x-amz-trailer"] != nil },
                "every part carries a CRC32")
        #expect(try await moto.s3.headObject(Bucket: moto.bucket, Key: "big.bin")["ETag"]?.string?.hasSuffix("-5\"") == true)

        let target = moto.folder.appendingPathComponent("target.bin")
        try await moto.s3.downloadFile(Bucket: moto.bucket, Key: "big.bin", Filename: target.path, Callback: { down.append($0) }, Config: Self.parts)
        down.expectExact(total: Int64(size))
        #expect(try Data(contentsOf: target) == content)
        #expect(try FileManager.default.contentsOfDirectory(atPath: moto.folder.path).sorted() == ["source.bin", "target.bin"],
                "no temporary file is left")

        try await moto.s3.copy(CopySource: ["Bucket": .string(moto.bucket), "Key": "big.bin"], Bucket: moto.bucket, Key: "copy.bin",
                               Callback: { copied.append($0) }, Config: Self.parts)
        copied.expectExact(total: Int64(size))
        #expect(moto.requests("UploadPartCopy").count == 5)
        #expect(try await moto.object("copy.bin") == content)
    }

    @Test func smallTransfersAreSingleRequests() async throws {
        let moto = try await TransferMotoFixture("single")
        defer { moto.cleanUp() }
        let content = TransferMotoFixture.content(1000)
        let steps = StepLog()
        try await moto.s3.uploadFile(Filename: try moto.file("a.txt", content).path, Bucket: moto.bucket, Key: "a.txt",
                                     ExtraArgs: ["ContentType": "text/plain", "Metadata": ["k": "v"]], Callback: { steps.append($0) })
        try await moto.s3.copy(CopySource: .string("\(moto.bucket)/a.txt"), Bucket: moto.bucket, Key: "b.txt")
        #expect(moto.requests("CreateMultipartUpload").isEmpty)
        steps.expectExact(total: 1000)
        let head = try await moto.s3.headObject(Bucket: moto.bucket, Key: "b.txt")
        #expect(head["ContentType"]?.string == "text/plain")
        #expect(head["Metadata"]?["k"]?.string == "v")
        let empty = try moto.file("empty", Data())
        let emptySteps = StepLog()
        try await moto.s3.uploadFile(Filename: empty.path, Bucket: moto.bucket, Key: "empty", Callback: { emptySteps.append($0) })
        try await moto.s3.downloadFile(Bucket: moto.bucket, Key: "empty", Filename: moto.folder.appendingPathComponent("empty2").path)
        #expect(emptySteps.all.map(\.totalBytes) == [0], "an empty transfer reports its end once")
        #expect(try Data(contentsOf: moto.folder.appendingPathComponent("empty2")).isEmpty)
    }

    @Test func streamsUpAndDownInParts() async throws {
        let moto = try await TransferMotoFixture("streams")
        defer { moto.cleanUp() }
        let size = (12 << 20) + 3
        let content = TransferMotoFixture.content(size, seed: 9)
        let chunks = AsyncThrowingStream<Data, any Error> { continuation in
            var offset = 0
            while offset < size {
                let end = min(offset + 700_001, size)
                continuation.yield(content.subdata(in: offset..<end))
                offset = end
            }
            continuation.finish()
        }
        let up = StepLog(), down = StepLog()
        try await moto.s3.uploadFileobj(Fileobj: chunks, Bucket: moto.bucket, Key: "stream.bin", Callback: { up.append($0) }, Config: Self.parts)
        up.expectExact(total: Int64(size))
        #expect(moto.requests("UploadPart").count == 3)

        let received = ByteSink()
        try await moto.s3.downloadFileobj(Bucket: moto.bucket, Key: "stream.bin", Fileobj: { received.append($0) }, Callback: { down.append($0) },
                                          Config: TransferConfig(multipartThreshold: 5 << 20, multipartChunksize: 5 << 20, ioChunksize: 64 << 10))
        down.expectExact(total: Int64(size))
        #expect(received.data == content)
        #expect(received.largestChunk <= 64 << 10)

        let small = AsyncStream<Data> { $0.yield(Data("hello".utf8)); $0.finish() }
        try await moto.s3.uploadFileobj(Fileobj: small, Bucket: moto.bucket, Key: "small.txt")
        #expect(try await moto.object("small.txt") == Data("hello".utf8))
        #expect(moto.requests("CreateMultipartUpload").count == 1, "the small stream went as one PutObject")
    }

    @Test func aFailingStreamAbortsItsUpload() async throws {
        let moto = try await TransferMotoFixture("badstream")
        defer { moto.cleanUp() }
        struct Broken: Error {}
        let chunks = AsyncThrowingStream<Data, any Error> { continuation in
            continuation.yield(TransferMotoFixture.content(6 << 20))
            continuation.finish(throwing: Broken())
        }
        let error = await #expect(throws: S3TransferError.self) {
            try await moto.s3.uploadFileobj(Fileobj: chunks, Bucket: moto.bucket, Key: "broken.bin", Config: Self.parts)
        }
        #expect(error?.code == .streamFailed)
        #expect(moto.requests("AbortMultipartUpload").count == 1)
        #expect(try await moto.openUploads().isEmpty)
    }
}

/// Bytes collected from a download sink.
final class ByteSink: Sendable {
    private let state = Mutex((data: Data(), largest: 0))
    func append(_ chunk: Data) { state.withLock { $0.data.append(chunk); $0.largest = max($0.largest, chunk.count) } }
    var data: Data { state.withLock { $0.data } }
    var largestChunk: Int { state.withLock { $0.largest } }
}
