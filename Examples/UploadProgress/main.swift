import AWSResources
import Foundation

// Uploads a file to S3 in parts with a progress bar.
//
//   swift run example-upload-progress FILE BUCKET KEY
//   swift run example-upload-progress --demo     # makes a 20 MiB file and a bucket, uploads, checks, cleans up
//
// `client.uploadFile(...)` (boto3's upload_file) uploads a file in one call but reports no
// progress, so this program drives the same multipart calls itself and draws a bar as each part
// completes: CreateMultipartUpload, UploadPart (4 at a time), CompleteMultipartUpload, and
// AbortMultipartUpload if anything fails.

let partSize = 5 << 20                       // S3's minimum part size (except the last part)
let session = try Session()
let s3 = try session.client("s3")

func drawBar(sent: Int, total: Int) {
    let width = 40
    let filled = total == 0 ? width : sent * width / total
    let percent = total == 0 ? 100 : sent * 100 / total
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    print("[\(bar)] \(percent)%  \(sent) / \(total) bytes")
}

func upload(file: String, bucket: String, key: String) async throws {
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
    defer { try? handle.close() }
    let total = Int(try handle.seekToEnd())
    let partCount = max(1, (total + partSize - 1) / partSize)
    let created = try await s3.createMultipartUpload(Bucket: .string(bucket), Key: .string(key))
    guard let uploadID = created["UploadId"]?.string else { throw CocoaError(.fileReadUnknown) }
    print("uploading \(file) (\(total) bytes) to s3://\(bucket)/\(key) in \(partCount) part(s)")
    drawBar(sent: 0, total: total)
    do {
        var parts: [Int: String] = [:]
        var sent = 0
        try await withThrowingTaskGroup(of: (Int, String, Int).self) { group in
            var next = 1
            func addPart(_ number: Int) throws {
                try handle.seek(toOffset: UInt64((number - 1) * partSize))
                let body = try handle.read(upToCount: partSize) ?? Data()
                group.addTask {
                    let out = try await s3.uploadPart(Bucket: .string(bucket), Key: .string(key), PartNumber: .int(number),
                                                      UploadId: .string(uploadID), Body: .blob(body))
                    return (number, out["ETag"]?.string ?? "", body.count)
                }
            }
            while next <= min(4, partCount) { try addPart(next); next += 1 }
            while let (number, eTag, size) = try await group.next() {
                parts[number] = eTag
                sent += size
                drawBar(sent: sent, total: total)
                if next <= partCount { try addPart(next); next += 1 }
            }
        }
        let completed: [Document] = parts.keys.sorted().map { ["PartNumber": .int($0), "ETag": .string(parts[$0] ?? "")] }
        _ = try await s3.completeMultipartUpload(Bucket: .string(bucket), Key: .string(key), UploadId: .string(uploadID),
                                                 MultipartUpload: ["Parts": .list(completed)])
    } catch {
        _ = try? await s3.abortMultipartUpload(Bucket: .string(bucket), Key: .string(key), UploadId: .string(uploadID))
        throw error
    }
    let head = try await s3.headObject(Bucket: .string(bucket), Key: .string(key))
    print("done: s3://\(bucket)/\(key) is \(head["ContentLength"]?.int ?? -1) bytes, ETag \(head["ETag"]?.string ?? "?")")
    guard head["ContentLength"]?.int == total else {
        print("the uploaded object's size differs from the file's")
        exit(1)
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["--demo"] {
    let bucket = "example-upload-\(UInt32.random(in: 0...UInt32.max))"
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(bucket).bin")
    try Data((0..<(20 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    _ = try await s3.createBucket(Bucket: .string(bucket))
    try await upload(file: file.path, bucket: bucket, key: "big.bin")
    _ = try await s3.deleteObject(Bucket: .string(bucket), Key: "big.bin")
    _ = try await s3.deleteBucket(Bucket: .string(bucket))
} else if arguments.count == 3 {
    try await upload(file: arguments[0], bucket: arguments[1], key: arguments[2])
} else {
    print("usage: example-upload-progress FILE BUCKET KEY | --demo")
    exit(2)
}
