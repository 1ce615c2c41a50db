import Foundation
import Testing
@testable import AWSClients

/// A 200 MB file uploaded in parts and downloaded again, with this process's resident memory
/// watched: it must stay far below the object's size. Serialized, with its own baseline.
/// `scripts/test` runs this suite on its own (once per transport): resident memory is the whole
/// process's, so suites running beside it would count too.
@Suite(.serialized) struct LargeTransferIntegrationTests {
    static let size = 200 << 20
    static let memoryBudget = 100 << 20

    @Test func twoHundredMegabytesRoundTripInBoundedMemory() async throws {
        let s3 = try await Moto.client("s3")
        let bucket = Moto.uniqueName("large")
        _ = try await s3.createBucket(Bucket: bucket)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source.bin")
        let target = folder.appendingPathComponent("target.bin")
        try Self.writeFile(source, size: Self.size)

        let uploadMemory = MemoryWatch()
        let downloadMemory = MemoryWatch()
        let started = Date()
        try await uploadMemory.measure {
            try await s3.uploadFile(Filename: source.path, Bucket: bucket, Key: "large.bin")
        }
        let uploaded = Date()
        let head = try await s3.headObject(Bucket: bucket, Key: "large.bin")
        #expect(head["ContentLength"]?.int == Self.size)
        #expect(head["ETag"]?.string?.hasSuffix("-25\"") == true, "200 MiB in 8 MiB parts: 25 parts")
        try await downloadMemory.measure {
            try await s3.downloadFile(Bucket: bucket, Key: "large.bin", Filename: target.path)
        }
        let finished = Date()
        print("200 MiB upload \(uploaded.timeIntervalSince(started)) s, download \(finished.timeIntervalSince(uploaded)) s, "
              + "peak RSS increase \(uploadMemory.peakIncrease >> 20) MiB up, \(downloadMemory.peakIncrease >> 20) MiB down")
        #expect(uploadMemory.peakIncrease < Self.memoryBudget, "peak RSS grew by \(uploadMemory.peakIncrease >> 20) MiB during the upload")
        #expect(downloadMemory.peakIncrease < Self.memoryBudget, "peak RSS grew by \(downloadMemory.peakIncrease >> 20) MiB during the download")
        #expect(try SHA256.hash(contentsOf: source) == SHA256.hash(contentsOf: target))
        _ = try await s3.deleteObject(Bucket: bucket, Key: "large.bin")
    }

    /// Writes `size` bytes, 1 MiB at a time, each MiB different.
    static func writeFile(_ url: URL, size: Int) throws {
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var block = StreamingIntegrationTests.pattern(1 << 20)
        for index in 0..<(size >> 20) {
            block.withUnsafeMutableBytes { bytes in
                bytes.storeBytes(of: UInt64(index).bigEndian, toByteOffset: 0, as: UInt64.self)
            }
            try handle.write(contentsOf: block)
        }
    }
}
