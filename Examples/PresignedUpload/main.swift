import AWSResources
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// Lets a client without AWS credentials upload and download: a presigned PUT URL, a presigned
// POST form, and a presigned GET URL, each used with plain HTTP (URLSession), not the SDK.
//
//   swift run example-presigned-upload BUCKET
//   swift run example-presigned-upload --demo     # creates a bucket first and removes it after

let session = try Session()
let s3 = try session.client("s3")
_ = try await session.credentials()          // presigning is synchronous: resolve credentials once first

func send(_ request: URLRequest) async throws -> (Int, Data) {
    let (data, response) = try await URLSession.shared.data(for: request)
    return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
}

func run(bucket: String) async throws {
    // 1. A presigned PUT: whoever holds the URL may upload this one key for 10 minutes.
    let putURL = try s3.generatePresignedURL("putObject",
                                             params: ["Bucket": .string(bucket), "Key": "put.txt", "ContentType": "text/plain"],
                                             expiresIn: 600)
    var put = URLRequest(url: putURL)
    put.httpMethod = "PUT"
    put.setValue("text/plain", forHTTPHeaderField: "Content-Type")
    put.httpBody = Data("uploaded with a presigned PUT".utf8)
    let (putStatus, _) = try await send(put)
    print("PUT to the presigned URL → HTTP \(putStatus)")

    // 2. A presigned POST: an HTML form's URL and fields, with conditions on what may be uploaded.
    let post = try s3.generatePresignedPost(bucket: bucket, key: "forms/${filename}",
                                            conditions: [["starts-with", "$key", "forms/"], ["content-length-range", 1, 1_048_576]],
                                            expiresIn: 600)
    let boundary = "Boundary-\(UUID().uuidString)"
    var form = Data()
    for (name, value) in post.fields.sorted(by: { $0.key < $1.key }) {
        form.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
    }
    form.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"post.txt\"\r\nContent-Type: text/plain\r\n\r\n".utf8))
    form.append(Data("uploaded with a presigned POST\r\n--\(boundary)--\r\n".utf8))
    var request = URLRequest(url: URL(string: post.url)!)
    request.httpMethod = "POST"
    request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
    request.httpBody = form
    let (postStatus, _) = try await send(request)
    print("POST of the presigned form (\(post.fields.count) fields) → HTTP \(postStatus)")

    // 3. A presigned GET reads each back.
    for key in ["put.txt", "forms/post.txt"] {
        let getURL = try s3.generatePresignedURL("getObject", params: ["Bucket": .string(bucket), "Key": .string(key)], expiresIn: 60)
        let (status, body) = try await send(URLRequest(url: getURL))
        print("GET \(key) from a presigned URL → HTTP \(status): \(String(decoding: body, as: UTF8.self))")
        guard status == 200, !body.isEmpty else { print("download failed"); exit(1) }
    }
    guard (200..<300).contains(putStatus), (200..<300).contains(postStatus) else { print("upload failed"); exit(1) }
}

if CommandLine.arguments.contains("--demo") {
    let bucket = "example-presigned-\(UInt32.random(in: 0...UInt32.max))"
    _ = try await s3.createBucket(Bucket: .string(bucket))
    try await run(bucket: bucket)
    try await session.resource(S3.self).bucket(bucket).objects.all().delete()
    _ = try await s3.deleteBucket(Bucket: .string(bucket))
    print("removed bucket \(bucket)")
} else if let bucket = CommandLine.arguments.dropFirst().first {
    try await run(bucket: bucket)
} else {
    print("usage: example-presigned-upload BUCKET | --demo")
    exit(2)
}
