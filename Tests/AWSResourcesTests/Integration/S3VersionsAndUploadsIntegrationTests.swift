import Foundation
import Testing
@testable import AWSResources

/// S3 object versions and multipart uploads through the generated handles, against a local moto server.
@Suite(.serialized) struct S3VersionsAndUploadsIntegrationTests {
    typealias Helpers = ResourceIntegration

    @Test func objectVersionsAfterEnablingVersioning() async throws {
        let s3 = try await Helpers.s3()
        let bucket = try await Helpers.newBucket(s3, "versions")
        let versioning = bucket.versioning()
        #expect(versioning.bucketName == bucket.name)
        #expect(try await versioning.status == nil)   // never enabled: GetBucketVersioning has no Status
        _ = try await versioning.enable()
        try await versioning.reload()
        #expect(try await versioning.status == "Enabled")
        #expect(versioning.bucket() == bucket)

        let object = bucket.object("doc.txt")
        _ = try await object.put(Body: Data("first".utf8))
        _ = try await object.put(Body: Data("second!".utf8))
        _ = try await bucket.putObject(Key: "other.txt", Body: Data("x".utf8))

        let versions = try await Helpers.collect(bucket.objectVersions.all())
        #expect(versions.count == 3)
        let docVersions = try await Helpers.collect(bucket.objectVersions.filter(Prefix: "doc"))
        #expect(docVersions.count == 2)
        #expect(docVersions.allSatisfy { $0.objectKey == "doc.txt" && $0.bucketName == bucket.name })
        #expect(Set(docVersions.map(\.id)).count == 2)
        var latest: [Bool] = []
        var sizes: [Int] = []
        for version in docVersions {
            let isLatest = try await version.isLatest
            #expect(isLatest != nil)
            latest.append(isLatest == true)
            sizes.append(try #require(try await version.size))
            #expect(try await version.versionId == version.id)
            #expect(try await version.key == "doc.txt")
            #expect(version.object() == object)
        }
        #expect(latest.filter { $0 }.count == 1)
        #expect(sizes.sorted() == [5, 7])

        // The newest version is the one the object reads; an older one reads its own body.
        let newest = try #require(zip(docVersions, latest).first { $0.1 }?.0)
        let oldest = try #require(zip(docVersions, latest).first { !$0.1 }?.0)
        #expect(try await object.versionId == newest.id)
        #expect(try await oldest.get()["Body"]?.data == Data("first".utf8))
        #expect(try await oldest.head()["ContentLength"]?.int == 5)
        #expect(try await s3.objectVersion(bucket.name, "doc.txt", oldest.id).get()["Body"]?.data == Data("first".utf8))
        #expect(try await object.version(newest.id).get()["Body"]?.data == Data("second!".utf8))
        #expect(try await Helpers.collect(bucket.objectVersions.limit(1)).count == 1)

        // Deleting one version leaves the other.
        _ = try await newest.delete()
        #expect(try await object.get()["Body"]?.data == Data("first".utf8))
        #expect(try await Helpers.collect(bucket.objectVersions.filter(Prefix: "doc")).map(\.id) == [oldest.id])

        _ = try await versioning.suspend()
        try await versioning.reload()
        #expect(try await versioning.status == "Suspended")
        let responses = try await bucket.objectVersions.all().delete()
        #expect(responses.count == 1)
        #expect(try await Helpers.collect(bucket.objectVersions.all()).isEmpty)
        _ = try await bucket.delete()
    }

    @Test func multipartUploadInitiatePartsCompleteAndAbort() async throws {
        let s3 = try await Helpers.s3()
        let bucket = try await Helpers.newBucket(s3, "multipart")
        let object = bucket.object("big.bin")
        let upload = try await object.initiateMultipartUpload(ContentType: "application/octet-stream")
        #expect(upload.bucketName == bucket.name)
        #expect(upload.objectKey == "big.bin")
        #expect(!upload.id.isEmpty)
        #expect(upload.object() == object)

        let abandoned = try await bucket.object("abandoned.bin").initiateMultipartUpload()
        let listed = try await Helpers.collect(bucket.multipartUploads.all())
        #expect(Set(listed) == [upload, abandoned])
        let listedUpload = try #require(listed.first { $0 == upload })
        #expect(try await listedUpload.key == "big.bin")
        #expect(try await listedUpload.uploadId == upload.id)
        #expect(try await listedUpload.initiated != nil)
        let filtered = try await Helpers.collect(bucket.multipartUploads.filter(Prefix: "aband"))
        #expect(filtered == [abandoned])

        // Every part but the last must be at least 5 MiB.
        let first = Data(repeating: 0x41, count: 5 * 1024 * 1024)
        let last = Data("tail".utf8)
        let part1 = upload.part(1)
        #expect(part1.partNumber == 1)
        #expect(part1.multipartUploadId == upload.id)
        #expect(part1.multipartUpload() == upload)
        let uploaded1 = try await part1.upload(Body: first)
        let uploaded2 = try await upload.part(2).upload(Body: last)
        let eTag1 = try #require(uploaded1["ETag"]?.string)
        let eTag2 = try #require(uploaded2["ETag"]?.string)

        let parts = try await Helpers.collect(upload.parts.all())
        #expect(parts.map(\.partNumber) == [1, 2])
        #expect(try await parts[0].eTag == eTag1)
        #expect(try await parts[1].size == last.count)
        #expect(try await parts[0].lastModified != nil)

        let completed = try await upload.complete(MultipartUpload: [
            "Parts": [["ETag": .string(eTag1), "PartNumber": 1], ["ETag": .string(eTag2), "PartNumber": 2]],
        ])
        #expect(completed == object)
        #expect(try await object.contentLength == first.count + last.count)
        let body = try #require(try await object.get(Range: "bytes=\(first.count - 2)-")["Body"]?.data)
        #expect(body == Data("AAtail".utf8))

        _ = try await abandoned.abort()
        #expect(try await Helpers.collect(bucket.multipartUploads.all()).isEmpty)
        #expect(await Helpers.errorCode { _ = try await abandoned.abort() } == "NoSuchUpload")
        try await Helpers.deleteBucket(bucket)
    }
}
