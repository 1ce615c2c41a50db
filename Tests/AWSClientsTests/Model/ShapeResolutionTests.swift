import Foundation
import Testing
@testable import AWSClients

/// Member traits merged into target shapes as botocore's ShapeResolver does, on the bundled models.
@Suite struct ShapeResolutionTests {
    let loader = ModelLoader(environment: [:])

    @Test func memberLocationTraitsMergeIntoTheTarget() throws {
        let s3 = try loader.serviceModel("s3")
        let input = try #require(try s3.operation("PutObject").input)
        #expect(input.name == "PutObjectRequest")
        let bucket = try #require(input.member("Bucket"))
        #expect(bucket.name == "BucketName")
        #expect(bucket.type == .string)
        #expect(bucket.location == .uri)
        #expect(bucket.locationName == "Bucket")
        #expect(bucket.contextParam == "Bucket")
        // The named shape itself carries none of the member's traits.
        let named = try #require(s3.shape(named: "BucketName"))
        #expect(named.location == nil && named.locationName == nil && named.contextParam == nil)
    }

    @Test func memberLocationNameOverridesTheTargets() throws {
        let s3 = try loader.serviceModel("s3")
        let input = try #require(s3.shape(named: "PutObjectRequest"))
        let md5 = try #require(input.member("ContentMD5"))
        #expect(md5.location == .header)
        #expect(md5.locationName == "Content-MD5")
        #expect(s3.shape(named: "ContentMD5")?.locationName == nil)
        // A member's trait wins over the same trait on the target (the target keeps its own).
        let sqs = try loader.serviceModel("sqs")
        let attributes = try #require(sqs.shape(named: "GetQueueAttributesRequest")?.member("AttributeNames"))
        #expect(attributes.type == .list)
        #expect(attributes.isFlattened)   // from the target shape AttributeNameList
    }

    @Test func requiredMembersAndPayloadComeFromTheStructure() throws {
        let s3 = try loader.serviceModel("s3")
        let input = try #require(try s3.operation("PutObject").input)
        #expect(input.requiredMembers == ["Bucket", "Key"])
        #expect(input.payload == "Body")
        #expect(try s3.operation("PutObject").streamingInput?.isStreaming == true)
        #expect(input.memberNames.first == "ACL")
        #expect(input.memberNames == input.members.map(\.name))
    }

    @Test func listAndMapMembersResolve() throws {
        let s3 = try loader.serviceModel("s3")
        let metadata = try #require(s3.shape(named: "PutObjectRequest")?.member("Metadata"))
        #expect(metadata.type == .map)
        #expect(metadata.location == .headers)
        #expect(metadata.locationName == "x-amz-meta-")
        #expect(metadata.mapKey?.name == "MetadataKey")
        #expect(metadata.mapValue?.type == .string)

        let contents = try #require(s3.shape(named: "ListObjectsV2Output")?.member("Contents"))
        #expect(contents.type == .list)
        #expect(contents.isFlattened)
        #expect(contents.listMember?.name == "Object")
        #expect(contents.listMember?.member("Key")?.type == .string)
        #expect(contents.listMember?.member("LastModified")?.type == .timestamp)

        let sqs = try loader.serviceModel("sqs")
        let map = try #require(sqs.shape(named: "QueueAttributeMap"))
        #expect(map.mapKey?.name == "QueueAttributeName")
        #expect(map.mapKey?.enumValues.contains("VisibilityTimeout") == true)
        #expect(map.mapValue?.name == "String")
        #expect(map.listMember == nil && map.members.isEmpty)
    }

    @Test func errorShapesAreFoundByCode() throws {
        let s3 = try loader.serviceModel("s3")
        let noSuchKey = try #require(s3.errorShape(forCode: "NoSuchKey"))
        #expect(noSuchKey.isException)
        #expect(noSuchKey.errorTrait?.httpStatusCode == 404)
        #expect(noSuchKey.errorCode == "NoSuchKey")
        #expect(s3.errorShape(forCode: "NoSuchThing") == nil)

        // IAM names its errors with a different wire code than the shape name.
        let iam = try loader.serviceModel("iam")
        let noSuchEntity = try #require(iam.errorShape(forCode: "NoSuchEntity"))
        #expect(noSuchEntity.name == "NoSuchEntityException")
        #expect(noSuchEntity.errorTrait?.senderFault == true)
        #expect(iam.errorShape(forCode: "NoSuchEntityException") == nil)
        #expect(try iam.operation("GetUser").errors.contains { $0.name == "NoSuchEntityException" })
    }

    @Test func recursiveShapesResolveLazily() throws {
        let dynamodb = try loader.serviceModel("dynamodb")
        let attributeValue = try #require(dynamodb.shape(named: "AttributeValue"))
        #expect(attributeValue.memberNames == ["S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"])
        // A reference without traits is the cached named shape: the cycle closes on one instance.
        #expect(attributeValue.member("M")?.mapValue === attributeValue)
        #expect(attributeValue.member("L")?.listMember === attributeValue)
        var shape: Shape? = attributeValue
        for depth in 0..<200 {
            shape = depth.isMultiple(of: 2) ? shape?.member("M")?.mapValue : shape?.member("L")?.listMember
        }
        #expect(shape === attributeValue)
    }

    @Test func unknownOperationSuggestsTheClosest() throws {
        let s3 = try loader.serviceModel("s3")
        let error = #expect(throws: ModelError.self) { try s3.operation("PutObjekt") }
        #expect(error?.code == .unknownOperation)
        #expect(error?.message.contains("PutObject") == true)
        #expect(try s3.operation("GetObject") === s3.operation("GetObject"))
    }
}
