import Foundation
import Testing
@testable import AWSClients

/// S3 end to end against moto: buckets, objects, multipart uploads and error shapes.
@Suite struct S3IntegrationTests {
    @Test func bucketsAreCreatedListedAndDeleted() async throws {
        let s3 = try await Moto.client("s3")
        let bucket = Moto.uniqueName("buckets")
        let created = try await s3.createBucket(Bucket: bucket)
        #expect(created["Location"]?.string == "/\(bucket)")
        #expect(created["ResponseMetadata"]?["HTTPStatusCode"]?.int == 200)

        let listed = try await s3.listBuckets()
        let names = listed["Buckets"]?.array?.compactMap { $0["Name"]?.string } ?? []
        #expect(names.contains(bucket))
        #expect(listed["Buckets"]?[0]?["CreationDate"]?.date != nil)

        let deleted = try await s3.deleteBucket(Bucket: bucket)
        #expect(deleted["ResponseMetadata"]?["HTTPStatusCode"]?.int == 204)
        let after = try await s3.listBuckets()
        let remaining = after["Buckets"]?.array?.compactMap { $0["Name"]?.string } ?? []
        #expect(!remaining.contains(bucket))
    }

    /// Calls made from a task that prefers the client's transport executor (libcurl's loop
    /// thread; none on URLSession) behave exactly as others: objects written and read back, an
    /// error status raised as `ClientError`, a listing parsed.
    @Test func callsOnTheTransportExecutorBehaveTheSame() async throws {
        let s3 = try await Moto.client("s3")
        let bucket = Moto.uniqueName("pinned")
        let keys = try await withTaskExecutorPreference(s3.taskExecutor) {
            _ = try await s3.createBucket(Bucket: bucket)
            for index in 0..<20 {
                _ = try await s3.putObject(Bucket: .string(bucket), Key: .string("k\(index)"), Body: .blob(Data("v\(index)".utf8)))
            }
            let got = try await s3.getObject(Bucket: bucket, Key: "k7")
            #expect(got["Body"]?.data == Data("v7".utf8))
            await #expect(throws: ClientError.self) { _ = try await s3.getObject(Bucket: bucket, Key: "missing") }
            let listed = try await s3.listObjectsV2(Bucket: bucket)
            return listed["Contents"]?.array?.compactMap { $0["Key"]?.string } ?? []
        }
        #expect(Set(keys) == Set((0..<20).map { "k\($0)" }))
    }

    @Test func objectsRoundTripWithMetadataContentTypeAndRanges() async throws {
        let s3 = try await Moto.client("s3")
        let bucket = Moto.uniqueName("objects")
        _ = try await s3.createBucket(Bucket: bucket)
        let body = Data("hello, object world".utf8)
        let put = try await s3.putObject(Bucket: .string(bucket), Key: "greeting.txt", Body: .blob(body),
                                         ContentType: "text/plain", Metadata: ["owner": "alice", "purpose": "test"])
        let etag = try #require(put["ETag"]?.string)
        #expect(etag == "\"\(MD5.hash(data: body).hexString)\"")

        let got = try await s3.getObject(Bucket: bucket, Key: "greeting.txt")
        #expect(got["Body"]?.data == body)
        #expect(got["ContentType"]?.string == "text/plain")
        #expect(got["ContentLength"]?.int == body.count)
        #expect(got["Metadata"] == ["owner": "alice", "purpose": "test"])
        #expect(got["ETag"]?.string == etag)
        #expect(got["LastModified"]?.date != nil)

        let head = try await s3.headObject(Bucket: bucket, Key: "greeting.txt")
        #expect(head["ContentLength"]?.int == body.count)
        #expect(head["Metadata"]?["owner"]?.string == "alice")

        let range = try await s3.getObject(Bucket: bucket, Key: "greeting.txt", Range: "bytes=0-4")
        #expect(range["Body"]?.data == Data("hello".utf8))
        #expect(range["ContentRange"]?.string == "bytes 0-4/\(body.count)")
        #expect(range["ResponseMetadata"]?["HTTPStatusCode"]?.int == 206)

        let copied = try await s3.copyObject(Bucket: .string(bucket), Key: "copy.txt", CopySource: .string("\(bucket)/greeting.txt"))
        #expect(copied["CopyObjectResult"]?["ETag"]?.string == etag)
        let copy = try await s3.getObject(Bucket: bucket, Key: "copy.txt")
        #expect(copy["Body"]?.data == body)
        #expect(copy["Metadata"]?["purpose"]?.string == "test")

        let listed = try await s3.listObjectsV2(Bucket: bucket)
        #expect(listed["KeyCount"]?.int == 2)
        #expect(listed["Contents"]?.array?.compactMap { $0["Key"]?.string } == ["copy.txt", "greeting.txt"])

        _ = try await s3.deleteObject(Bucket: bucket, Key: "greeting.txt")
        _ = try await s3.deleteObject(Bucket: bucket, Key: "copy.txt")
        let empty = try await s3.listObjectsV2(Bucket: bucket)
        #expect(empty["KeyCount"]?.int == 0)
        _ = try await s3.deleteBucket(Bucket: bucket)
    }

    @Test func keysWithSpacesUnicodeAndSlashesRoundTrip() async throws {
        let s3 = try await Moto.client("s3")
        let bucket = Moto.uniqueName("keys")
        _ = try await s3.createBucket(Bucket: bucket)
        let keys = ["folder/sub folder/file name.txt", "ünïcødé/日本語 キー.txt", "a+b=c&d?e#f.txt", "trailing/slash/", "~tilde*star'quote"]
        for (index, key) in keys.enumerated() {
            _ = try await s3.putObject(Bucket: .string(bucket), Key: .string(key), Body: .blob(Data("body \(index)".utf8)))
        }
        for (index, key) in keys.enumerated() {
            let got = try await s3.getObject(Bucket: .string(bucket), Key: .string(key))
            #expect(got["Body"]?.data == Data("body \(index)".utf8), "key \(key)")
        }
        let listed = try await s3.listObjectsV2(Bucket: bucket)
        let listedKeys = Set(listed["Contents"]?.array?.compactMap { $0["Key"]?.string } ?? [])
        #expect(listedKeys == Set(keys))
        let prefixed = try await s3.listObjectsV2(Bucket: bucket, Prefix: "folder/", Delimiter: "/")
        #expect(prefixed["CommonPrefixes"]?[0]?["Prefix"]?.string == "folder/sub folder/")
    }

    @Test func multipartUploadCompletesAndAborts() async throws {
        let s3 = try await Moto.client("s3")
        let bucket = Moto.uniqueName("multipart")
        _ = try await s3.createBucket(Bucket: bucket)
        let created = try await s3.createMultipartUpload(Bucket: bucket, Key: "big.bin", ContentType: "application/octet-stream")
        let uploadID = try #require(created["UploadId"]?.string)
        let partSize = 5 * 1024 * 1024
        let first = Data(repeating: 0x61, count: partSize)
        let second = Data(repeating: 0x62, count: partSize)
        var parts: [Document] = []
        for (number, data) in [(1, first), (2, second)] {
            let uploaded = try await s3.uploadPart(Bucket: .string(bucket), Key: "big.bin", UploadId: .string(uploadID),
                                                   PartNumber: .int(number), Body: .blob(data))
            let etag = try #require(uploaded["ETag"]?.string)
            #expect(etag == "\"\(MD5.hash(data: data).hexString)\"")
            parts.append(["PartNumber": .int(number), "ETag": .string(etag)])
        }
        let listed = try await s3.listParts(Bucket: .string(bucket), Key: "big.bin", UploadId: .string(uploadID))
        #expect(listed["Parts"]?.array?.compactMap { $0["PartNumber"]?.int } == [1, 2])
        #expect(listed["Parts"]?[1]?["Size"]?.int == partSize)

        let completed = try await s3.completeMultipartUpload(Bucket: .string(bucket), Key: "big.bin", UploadId: .string(uploadID),
                                                             MultipartUpload: ["Parts": .list(parts)])
        #expect(completed["ETag"]?.string?.hasSuffix("-2\"") == true)
        let got = try await s3.getObject(Bucket: bucket, Key: "big.bin")
        #expect(got["ContentLength"]?.int == 2 * partSize)
        #expect(got["Body"]?.data == first + second)

        let other = try await s3.createMultipartUpload(Bucket: bucket, Key: "abandoned.bin")
        let otherID = try #require(other["UploadId"]?.string)
        _ = try await s3.uploadPart(Bucket: .string(bucket), Key: "abandoned.bin", UploadId: .string(otherID), PartNumber: 1,
                                    Body: .blob(Data("tiny".utf8)))
        let aborted = try await s3.abortMultipartUpload(Bucket: .string(bucket), Key: "abandoned.bin", UploadId: .string(otherID))
        #expect(aborted["ResponseMetadata"]?["HTTPStatusCode"]?.int == 204)
        let uploads = try await s3.listMultipartUploads(Bucket: bucket)
        #expect(uploads["Uploads"] == nil)
    }

    @Test func errorsCarryBoto3Codes() async throws {
        let s3 = try await Moto.client("s3")
        let missingBucket = Moto.uniqueName("missing")
        let noBucket = try #require(try await Moto.clientError { _ = try await s3.listObjectsV2(Bucket: .string(missingBucket)) })
        #expect(noBucket.code == "NoSuchBucket")
        #expect(noBucket.statusCode == 404)
        #expect(noBucket.operation == "ListObjectsV2")
        #expect(noBucket.response["Error"]?["BucketName"]?.string == missingBucket)
        #expect(noBucket.description.hasPrefix("An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: "))

        let bucket = Moto.uniqueName("errors")
        _ = try await s3.createBucket(Bucket: bucket)
        let noKey = try #require(try await Moto.clientError { _ = try await s3.getObject(Bucket: .string(bucket), Key: "nope") })
        #expect(noKey.code == "NoSuchKey")
        #expect(noKey.message == "The specified key does not exist.")
        #expect(noKey.response["Error"]?["Key"]?.string == "nope")
        #expect(noKey.response["ResponseMetadata"]?["HTTPStatusCode"]?.int == 404)

        let head = try #require(try await Moto.clientError { _ = try await s3.headObject(Bucket: .string(bucket), Key: "nope") })
        #expect(head.code == "404")
        #expect(head.message == "Not Found")
        #expect(head.description == "An error occurred (404) when calling the HeadObject operation: Not Found")

        // us-east-1 answers 200 to its owner re-creating a bucket; other regions refuse.
        let west = try await Moto.client("s3", region: "us-west-2")
        let regional = Moto.uniqueName("regional")
        let location: Document = ["LocationConstraint": "us-west-2"]
        _ = try await west.createBucket(Bucket: .string(regional), CreateBucketConfiguration: location)
        let again = try #require(try await Moto.clientError {
            _ = try await west.createBucket(Bucket: .string(regional), CreateBucketConfiguration: location)
        })
        #expect(again.code == "BucketAlreadyOwnedByYou")
        #expect(again.statusCode == 409)
        #expect(again.response["Error"]?["BucketName"]?.string == regional)
    }
}
