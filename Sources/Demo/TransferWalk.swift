import AWSResources
import Foundation

/// S3 transfers with a progress bar: a 100 MiB file uploaded in parts and downloaded again.
enum TransferWalk {
    static func run(session: Session, endpoint: String) async throws {
        let s3 = try session.client("s3", endpointURL: endpoint)
        let bucket = "demo-transfers-\(UInt32.random(in: 0...UInt32.max))"
        _ = try await s3.createBucket(Bucket: bucket)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("demo-transfers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("video.bin")
        guard FileManager.default.createFile(atPath: source.path, contents: nil) else { return }
        let handle = try FileHandle(forWritingTo: source)
        let block = Data((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        for _ in 0..<100 { try handle.write(contentsOf: block) }
        try handle.close()

        print("• upload 100 MiB in 8 MiB parts, 10 at a time")
        try await s3.uploadFile(Filename: source.path, Bucket: bucket, Key: "video.bin", Callback: { ProgressBar.draw($0, "up  ") })
        ProgressBar.end()
        print("• download it again, as ranged GETs")
        let copy = folder.appendingPathComponent("copy.bin")
        try await s3.downloadFile(Bucket: bucket, Key: "video.bin", Filename: copy.path, Callback: { ProgressBar.draw($0, "down") })
        ProgressBar.end()
        _ = try await s3.deleteObject(Bucket: bucket, Key: "video.bin")
        _ = try await s3.deleteBucket(Bucket: bucket)
    }
}

/// A one-line text progress bar redrawn in place.
enum ProgressBar {
    static func draw(_ progress: TransferProgress, _ label: String) {
        let fraction = progress.fraction ?? 0
        let width = 40
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let line = String(format: "\r  %@ [%@] %5.1f%%  %d / %d MiB", label, bar, fraction * 100,
                          Int(progress.transferredBytes >> 20), Int((progress.totalBytes ?? 0) >> 20))
        fflush(nil)   // what print() buffered goes out first
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    static func end() { print("") }
}
