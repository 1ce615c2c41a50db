import Foundation
import Testing
@testable import AWSResources

/// S3 bucket sub-resources (policy, CORS, tagging, website, ACL, lifecycle) through the
/// generated handles: put, then load and read, then delete where the model has it; against moto.
@Suite(.serialized) struct S3BucketSubresourceIntegrationTests {
    typealias Helpers = ResourceIntegration

    @Test func policyPutLoadDelete() async throws {
        let s3 = try await Helpers.s3()
        let bucket = try await Helpers.newBucket(s3, "policy")
        let policy = bucket.policy()
        #expect(policy.bucketName == bucket.name)
        #expect(policy.bucket() == bucket)
        #expect(await Helpers.errorCode { try await policy.load() } == "NoSuchBucketPolicy")
        let text = """
        {"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Principal":"*",\
        "Action":"s3:GetObject","Resource":"arn:aws:s3:::\(bucket.name)/*"}]}
        """
        _ = try await policy.put(Policy: text)
        try await policy.load()
        let loaded = try #require(try await policy.policy)
        let statement = try JSONValue.parse(Data(loaded.utf8)).document["Statement"]?[0]
        #expect(statement?["Sid"]?.string == "Read")
        #expect(try await s3.bucketPolicy(bucket.name).policy == loaded)
        _ = try await policy.delete()
        #expect(await Helpers.errorCode { try await policy.reload() } == "NoSuchBucketPolicy")
        try await Helpers.deleteBucket(bucket)
    }

    @Test func corsAndTaggingPutLoadDelete() async throws {
        let s3 = try await Helpers.s3()
        let bucket = try await Helpers.newBucket(s3, "cors")
        let cors = bucket.cors()
        _ = try await cors.put(CORSConfiguration: [
            "CORSRules": [["AllowedMethods": ["GET", "PUT"], "AllowedOrigins": ["https://example.com"], "MaxAgeSeconds": 300]],
        ])
        let rule = try #require(try await cors.corsRules?[0])
        #expect(rule["AllowedMethods"] == ["GET", "PUT"])
        #expect(rule["AllowedOrigins"] == ["https://example.com"])
        #expect(rule["MaxAgeSeconds"]?.int == 300)
        _ = try await cors.delete()
        #expect(await Helpers.errorCode { try await cors.reload() } == "NoSuchCORSConfiguration")

        let tagging = bucket.tagging()
        _ = try await tagging.put(Tagging: ["TagSet": [["Key": "team", "Value": "storage"], ["Key": "env", "Value": "test"]]])
        let tags = try #require(try await tagging.tagSet?.array)
        let pairs = tags.compactMap { tag in tag["Key"]?.string.flatMap { key in tag["Value"]?.string.map { "\(key)=\($0)" } } }
        #expect(pairs.sorted() == ["env=test", "team=storage"])
        #expect(tagging.bucket() == bucket)
        _ = try await tagging.delete()
        #expect(await Helpers.errorCode { try await tagging.reload() } == "NoSuchTagSet")
        try await Helpers.deleteBucket(bucket)
    }

    @Test func websitePutLoadDelete() async throws {
        let s3 = try await Helpers.s3()
        let bucket = try await Helpers.newBucket(s3, "website")
        let website = bucket.website()
        _ = try await website.put(WebsiteConfiguration: [
            "IndexDocument": ["Suffix": "index.html"],
            "ErrorDocument": ["Key": "error.html"],
        ])
        #expect(try await website.indexDocument?["Suffix"]?.string == "index.html")
        #expect(try await website.errorDocument?["Key"]?.string == "error.html")
        #expect(try await website.redirectAllRequestsTo == nil)
        _ = try await website.delete()
        #expect(await Helpers.errorCode { try await website.reload() } == "NoSuchWebsiteConfiguration")
        try await Helpers.deleteBucket(bucket)
    }

    @Test func bucketAndObjectAclPutAndLoad() async throws {
        let s3 = try await Helpers.s3()
        let bucket = try await Helpers.newBucket(s3, "acl")
        let acl = bucket.acl()
        let owner = try #require(try await acl.owner)
        #expect(owner["ID"]?.string?.isEmpty == false)
        let privateGrants = try #require(try await acl.grants?.array)
        #expect(privateGrants.map { $0["Permission"]?.string } == ["FULL_CONTROL"])

        _ = try await acl.put(ACL: "public-read")
        try await acl.reload()
        let grants = try #require(try await acl.grants?.array)
        #expect(grants.contains { $0["Permission"]?.string == "READ" && $0["Grantee"]?["URI"]?.string?.hasSuffix("/AllUsers") == true })
        #expect(acl.bucket() == bucket)

        let object = try await bucket.putObject(Key: "acl.txt", Body: Data("a".utf8))
        let objectAcl = object.acl()
        #expect(try await objectAcl.owner?["ID"]?.string?.isEmpty == false)
        _ = try await objectAcl.put(ACL: "public-read")
        try await objectAcl.reload()
        #expect(try await objectAcl.grants?.array?.contains { $0["Permission"]?.string == "READ" } == true)
        #expect(objectAcl.object() == object)
        try await Helpers.deleteBucket(bucket)
    }

    @Test func lifecycleConfigurationPutLoadDelete() async throws {
        let s3 = try await Helpers.s3()
        let bucket = try await Helpers.newBucket(s3, "lifecycle")
        let lifecycle = bucket.lifecycleConfiguration()
        _ = try await lifecycle.put(LifecycleConfiguration: [
            "Rules": [["ID": "expire-tmp", "Status": "Enabled", "Filter": ["Prefix": "tmp/"], "Expiration": ["Days": 7]]],
        ])
        let rule = try #require(try await lifecycle.rules?[0])
        #expect(rule["ID"]?.string == "expire-tmp")
        #expect(rule["Expiration"]?["Days"]?.int == 7)
        _ = try await lifecycle.delete()
        #expect(await Helpers.errorCode { try await lifecycle.reload() } == "NoSuchLifecycleConfiguration")
        try await Helpers.deleteBucket(bucket)
    }
}
