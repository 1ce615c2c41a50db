import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import AWSClients

/// Presigned URLs and POSTs used by a plain HTTP client (URLSession, no SDK) against moto.
@Suite struct PresignIntegrationTests {
    /// An S3 client on moto and a fresh bucket.
    private func bucket() async throws -> (Client, String) {
        let (session, endpoint) = try await TestClients.motoSession()
        let s3 = try session.client("s3", endpointURL: endpoint)
        let name = "presign-\(UUID().uuidString.lowercased().prefix(13))"
        _ = try await s3.createBucket(Bucket: name)
        return (s3, name)
    }

    private func fetch(_ request: URLRequest) async throws -> (Data, Int) {
        let (data, response) = try await URLSession.shared.data(for: request)
        return (data, (response as? HTTPURLResponse)?.statusCode ?? -1)
    }

    @Test func presignedGetIsFetchedByAPlainHTTPClient() async throws {
        let (s3, bucket) = try await bucket()
        let body = Data("presigned hello".utf8)
        _ = try await s3.putObject(Bucket: bucket, Key: "dir/a file.txt", Body: body)
        let url = try s3.generatePresignedURL("getObject", params: ["Bucket": .string(bucket), "Key": "dir/a file.txt"], expiresIn: 300)
        #expect(url.query?.contains("X-Amz-Signature=") == true)
        let (data, status) = try await fetch(URLRequest(url: url))
        #expect(status == 200, "\(String(decoding: data, as: UTF8.self))")
        #expect(data == body)
    }

    @Test func presignedPutUploads() async throws {
        let (s3, bucket) = try await bucket()
        let url = try s3.generatePresignedURL("putObject", params: ["Bucket": .string(bucket), "Key": "uploaded.bin"],
                                              expiresIn: 300, httpMethod: "PUT")
        var request = URLRequest(url: url)
        request.httpMethod = "PUT"
        let body = Data((0..<1000).map { UInt8($0 % 251) })
        request.httpBody = body
        let (reply, status) = try await fetch(request)
        #expect(status == 200, "\(String(decoding: reply, as: UTF8.self))")
        let object = try await s3.getObject(Bucket: bucket, Key: "uploaded.bin")
        #expect(object["Body"]?.data == body)
    }

    @Test func presignedPostFormUploads() async throws {
        let (s3, bucket) = try await bucket()
        let post = try s3.generatePresignedPost(bucket: bucket, key: "uploads/${filename}", fields: ["Content-Type": "text/plain"],
                                                conditions: [["Content-Type": "text/plain"], ["content-length-range", 1, 1024]],
                                                expiresIn: 300)
        #expect(post.fields["key"] == "uploads/${filename}")
        #expect(post.fields["policy"] != nil && post.fields["x-amz-signature"] != nil)
        let boundary = "presign-\(UUID().uuidString)"
        var form = Data()
        for (name, value) in post.fields.sorted(by: { $0.key < $1.key }) {
            form.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        let file = Data("posted with a form".utf8)
        form.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\nContent-Type: text/plain\r\n\r\n".utf8))
        form.append(file)
        form.append(Data("\r\n--\(boundary)--\r\n".utf8))
        let url = try #require(URL(string: post.url))
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        request.httpBody = form
        let (reply, status) = try await fetch(request)
        #expect(status == 204, "\(String(decoding: reply, as: UTF8.self))")
        let object = try await s3.getObject(Bucket: bucket, Key: "uploads/note.txt")
        #expect(object["Body"]?.data == file)
    }
}
