import Foundation
import Synchronization
import Testing
@testable import AWSClients
import AWSTesting

/// Transfers whose size no test server can hold, answered by a stub transport: what is simulated
/// is S3 (sizes, ids, ETags); what is checked is every request the transfer makes.
@Suite struct S3TransferPlanTests {
    /// A copy of a 5 GiB + 1 byte object: HeadObject answers that size, so no byte exists anywhere;
    /// the copy must become 641 `UploadPartCopy` requests of 8 MiB whose ranges tile the object.
    @Test func aFiveGiBCopyIsPlannedAsContiguousPartCopies() async throws {
        let size: Int64 = (5 << 30) + 1
        let transport = StubTransport { request in
            if request.method == "HEAD" {
                return HTTPResponse(statusCode: 200, headers: ["Content-Length": String(size), "ETag": "\"abc\""])
            }
            if request.method == "POST", request.url.query?.contains("uploads") == true, !(request.url.query?.contains("uploadId") ?? false) {
                return HTTPResponse(statusCode: 200, body: Data("<InitiateMultipartUploadResult><UploadId>U1</UploadId></InitiateMultipartUploadResult>".utf8))
            }
            if request.method == "PUT" {
                return HTTPResponse(statusCode: 200, body: Data("<CopyPartResult><ETag>\"p\"</ETag></CopyPartResult>".utf8))
            }
            return HTTPResponse(statusCode: 200, body: Data("<CompleteMultipartUploadResult><ETag>\"x-641\"</ETag></CompleteMultipartUploadResult>".utf8))
        }
        let s3 = try TestClients.client("s3", transport: transport)
        let steps = StepLog()
        try await s3.copy(CopySource: ["Bucket": "src", "Key": "huge.bin", "VersionId": "v1"], Bucket: "dst", Key: "huge-copy.bin",
                          Callback: { steps.append($0) })
        let copies = transport.requests.filter { $0.method == "PUT" }
        #expect(copies.count == 641)
        var next: Int64 = 0
        for request in copies.sorted(by: { Int($0.query("partNumber") ?? "") ?? 0 < Int($1.query("partNumber") ?? "") ?? 0 }) {
            #expect(request.headers["x-amz-copy-source"] == "src/huge.bin?versionId=v1")
            let range = try #require(request.headers["x-amz-copy-source-range"])
            let bounds = range.dropFirst("bytes=".count).split(separator: "-").compactMap { Int64($0) }
            #expect(bounds.first == next, "\(range)")
            next = (bounds.last ?? 0) + 1
        }
        #expect(next == size, "the ranges end at the last byte")
        let completion = try #require(transport.requests.last)
        #expect(completion.query("uploadId") == "U1")
        let body = String(decoding: completion.body.inMemoryData ?? Data(), as: UTF8.self)
        #expect(body.components(separatedBy: "<Part>").count - 1 == 641)
        steps.expectExact(total: size)
    }
}
