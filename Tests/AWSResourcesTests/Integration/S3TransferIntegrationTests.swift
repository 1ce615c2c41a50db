import Foundation
import Testing
@testable import AWSResources

/// The file transfers on `S3.Bucket` and `S3.Object` against moto.
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
}
