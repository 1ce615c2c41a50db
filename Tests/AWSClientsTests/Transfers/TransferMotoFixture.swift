import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// A bucket on the test moto server, a client whose transport injects faults, and a scratch
/// folder, for the transfer suites.
struct TransferMotoFixture {
    let s3: Client
    let transport: FaultInjectingTransport
    let bucket: String
    let folder: URL

    init(_ name: String) async throws {
        transport = FaultInjectingTransport()
        let endpoint = try await MotoServer.shared.endpointURL()
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"),
                                  environment: TestClients.environment, transport: transport)
        // Three attempts a request (standard mode), so injected faults cost little waiting.
        s3 = try session.client("s3", endpointURL: endpoint, config: Config(retries: RetryConfig(mode: .standard, totalMaxAttempts: 3)))
        bucket = Moto.uniqueName(name)
        _ = try await s3.createBucket(Bucket: bucket)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("transfers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Removes the scratch folder.
    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    /// `size` bytes, different at every offset of a 251-byte cycle and shifted by `seed`.
    static func content(_ size: Int, seed: UInt8 = 0) -> Data {
        Data((0..<size).map { UInt8(truncatingIfNeeded: $0 % 251) &+ seed })
    }

    /// Writes `content` to a file in the scratch folder.
    func file(_ name: String, _ content: Data) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try content.write(to: url)
        return url
    }

    /// The object's bytes, read with one plain `GetObject`.
    func object(_ key: String) async throws -> Data {
        try #require(try await s3.getObject(Bucket: bucket, Key: key)["Body"]?.data)
    }

    /// The multipart uploads still open in the bucket.
    func openUploads() async throws -> [Document] {
        try await s3.listMultipartUploads(Bucket: bucket)["Uploads"]?.array ?? []
    }

    /// The requests of `operation` the transport saw (by method and query), optionally for one part.
    func requests(_ operation: String, part: Int? = nil) -> [HTTPRequest] {
        transport.requests.filter { request in
            let matches: Bool
            switch operation {
            case "UploadPart": matches = request.method == "PUT" && request.hasQuery("uploadId") && request.headers["x-amz-copy-source"] == nil
            case "UploadPartCopy": matches = request.method == "PUT" && request.hasQuery("uploadId") && request.headers["x-amz-copy-source"] != nil
            case "GetObject": matches = request.method == "GET" && !request.hasQuery("list-type") && !request.hasQuery("uploads") && !request.hasQuery("uploadId")
            case "PutObject": matches = request.method == "PUT" && !request.hasQuery("uploadId") && request.headers["x-amz-copy-source"] == nil
            case "CreateMultipartUpload": matches = request.method == "POST" && request.hasQuery("uploads")
            case "AbortMultipartUpload": matches = request.method == "DELETE" && request.hasQuery("uploadId")
            default: matches = false
            }
            return matches && (part == nil || request.query("partNumber") == part.map(String.init))
        }
    }
}
