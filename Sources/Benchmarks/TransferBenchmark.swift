import AWSClients
import Foundation

/// `aws-bench transfers`: the S3 transfer manager against a local S3 (moto), beside boto3's
/// figures from the same run (`scripts/bench-transfers`): a large file up and down, and a
/// folder of small files up, each at the default `TransferConfig` (10 at a time, 8 MiB parts).
enum TransferBenchmark {
    struct Row {
        let name: String
        let bytes: Int64
        let wall: Double
        let cpu: Double

        var gib: Double { Double(bytes) / Double(1 << 30) }
        var jsonLine: String {
            String(format: "{\"bench\": \"transfers\", \"side\": \"swift\", \"name\": \"%@\", \"bytes\": %lld, \"wall_s\": %.3f, \"cpu_s\": %.3f, "
                   + "\"wall_s_per_gib\": %.3f, \"cpu_s_per_gib\": %.3f}", name, bytes, wall, cpu, wall / gib, cpu / gib)
        }
    }

    /// Reads `--endpoint-url`, `--file` (the large file) and `--folder` (the small files).
    static func run(_ arguments: [String]) async throws -> [Row] {
        func value(_ name: String) throws -> String {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else {
                throw BenchmarkUsageError("aws-bench transfers needs \(name); see scripts/bench-transfers")
            }
            return arguments[index + 1]
        }
        let endpoint = try value("--endpoint-url"), file = try value("--file"), folder = try value("--folder")
        let bucket = (try? value("--bucket")) ?? "bench-transfers-swift"
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"))
        let s3 = try session.client("s3", endpointURL: endpoint)
        _ = try? await s3.createBucket(Bucket: bucket)
        let size = Int64((try FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0)
        let folderBytes = try FileManager.default.contentsOfDirectory(atPath: folder).reduce(Int64(0)) { total, name in
            total + ((try FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? NSNumber)?.int64Value ?? 0)
        }
        let target = file + ".swift-download"
        defer { try? FileManager.default.removeItem(atPath: target) }
        var rows: [Row] = []
        rows.append(try await measure("upload_file", bytes: size) {
            try await s3.uploadFile(Filename: file, Bucket: bucket, Key: "large.bin")
        })
        rows.append(try await measure("download_file", bytes: size) {
            try await s3.downloadFile(Bucket: bucket, Key: "large.bin", Filename: target)
        })
        rows.append(try await measure("upload_directory", bytes: folderBytes) {
            let result = try await s3.uploadDirectory(URL(fileURLWithPath: folder), bucket: bucket, prefix: "dir/")
            guard result.succeeded else { throw BenchmarkUsageError("uploadDirectory failed: \(result.failed.prefix(3))") }
        })
        _ = try? await s3.deleteObject(Bucket: bucket, Key: "large.bin")
        try await s3.close()
        return rows
    }

    private static func measure(_ name: String, bytes: Int64, _ body: () async throws -> Void) async throws -> Row {
        let wall = Clock.wall(), cpu = Clock.cpu()
        try await body()
        return Row(name: name, bytes: bytes, wall: Clock.wall() - wall, cpu: Clock.cpu() - cpu)
    }
}

/// A benchmark given the wrong arguments.
struct BenchmarkUsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
