import Foundation
import Synchronization
import Testing
@testable import AWSResources

/// The transfers on `S3.Bucket`, `S3.Object` and `S3.ObjectSummary`, typed and dynamic, against moto.
@Suite struct S3TransferIntegrationTests {
    @Test func bucketAndObjectHandlesUploadAndDownloadFiles() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let s3 = try session.resource(S3.self, endpointURL: endpoint)
        let name = "transfers-" + UUID().uuidString.lowercased().prefix(12)
        let bucket = try await s3.createBucket(Bucket: String(name))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("res-transfer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("a.txt")
        let content = Data((0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try content.write(to: source)

        try await bucket.uploadFile(Filename: source.path, Key: "from-bucket.txt", ExtraArgs: ["ContentType": "text/plain"])
        let object = bucket.object("from-object.txt")
        try await object.uploadFile(Filename: source.path)
        #expect(try await bucket.object("from-bucket.txt").contentType == "text/plain")
        #expect(try await object.contentLength == content.count)

        let viaBucket = folder.appendingPathComponent("b.txt")
        let viaObject = folder.appendingPathComponent("c.txt")
        try await bucket.downloadFile(Key: "from-object.txt", Filename: viaBucket.path)
        try await bucket.object("from-bucket.txt").downloadFile(Filename: viaObject.path)
        #expect(try Data(contentsOf: viaBucket) == content)
        #expect(try Data(contentsOf: viaObject) == content)
    }

    @Test func handlesStreamAndCopy() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let s3 = try session.resource(S3.self, endpointURL: endpoint)
        let bucket = try await s3.createBucket(Bucket: "handles-" + UUID().uuidString.lowercased().prefix(12))
        let content = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 13) })
        let stream = AsyncStream<Data> { $0.yield(content.prefix(30_000)); $0.yield(content.dropFirst(30_000)); $0.finish() }
        let progress = TransferProgressStream()
        try await bucket.uploadFileobj(Fileobj: stream, Key: "s.bin", Callback: progress.callback)
        var last: TransferProgress?
        for await step in progress { last = step }
        #expect(last?.transferredBytes == 70_000)

        try await bucket.copy(CopySource: ["Bucket": .string(bucket.name), "Key": "s.bin"], Key: "copy1.bin")
        try await bucket.object("copy2.bin").copy(CopySource: .string("\(bucket.name)/copy1.bin"))
        let received = Mutex(Data())
        try await bucket.object("copy2.bin").downloadFileobj(Fileobj: { chunk in received.withLock { $0.append(chunk) } })
        #expect(received.withLock { $0 } == content)
        let viaBucket = Mutex(Data())
        try await bucket.downloadFileobj(Key: "copy1.bin", Fileobj: { chunk in viaBucket.withLock { $0.append(chunk) } })
        #expect(viaBucket.withLock { $0 } == content)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for try await summary in bucket.objects.filter(Prefix: "copy2") {
            try await summary.downloadFile(Filename: folder.appendingPathComponent("from-summary").path)
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("from-summary")) == content)
    }

    @Test func dynamicResourcesTransferToo() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let s3 = try session.resource("s3", endpointURL: endpoint)
        let name = "dynamic-" + UUID().uuidString.lowercased().prefix(12)
        _ = try await s3.meta.client.createBucket(Bucket: String(name))
        let bucket = try s3.bucket[String(name)]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("a.bin")
        try Data("dynamic".utf8).write(to: source)

        _ = try await bucket.uploadFile(Filename: source.path, Key: "a.bin", ExtraArgs: ["ContentType": "text/plain"],
                                        Config: ["multipart_threshold": 5 << 20, "maxConcurrency": 2])
        _ = try await bucket.object["b.bin"].copy(CopySource: ["Bucket": .string(String(name)), "Key": "a.bin"])
        _ = try await bucket.object["b.bin"].download_file(Filename: folder.appendingPathComponent("b.bin").path)
        #expect(try Data(contentsOf: folder.appendingPathComponent("b.bin")) == Data("dynamic".utf8))
        let error = await #expect(throws: ResourceError.self) {
            _ = try await bucket.uploadFile(Filename: source.path, Key: "a.bin", Config: ["multipart_treshold": 1])
        }
        #expect(error?.suggestions == ["multipartThreshold"])
    }
}
