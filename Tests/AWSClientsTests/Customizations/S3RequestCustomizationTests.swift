import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// What S3 calls send after the request customizations. Expected header values are the ones
/// botocore 1.43 sent for the same calls in python3 (captured with a `before-send` handler).
@Suite struct S3RequestCustomizationTests {
    static let ok = CustomizationTests.response()

    private func send(_ operation: String, _ params: Document, region: String = "us-east-1") async throws -> HTTPRequest {
        let transport = StubTransport(responses: [Self.ok])
        let s3 = try CustomizationTests.client("s3", transport: transport, region: region)
        _ = try await s3.call(operation, params)
        return try #require(transport.requests.first)
    }

    @Test func copySourceMapIsEncoded() async throws {
        let request = try await send("CopyObject", ["Bucket": "b", "Key": "k",
                                                    "CopySource": ["Bucket": "src", "Key": "a b/ü+c?d", "VersionId": "v1"]])
        #expect(request.headers["x-amz-copy-source"] == "src/a%20b/%C3%BC%2Bc%3Fd?versionId=v1")
    }

    @Test func copySourceStringKeepsItsVersionID() async throws {
        let request = try await send("CopyObject", ["Bucket": "b", "Key": "k", "CopySource": "src/a b+c?versionId=xyz"])
        #expect(request.headers["x-amz-copy-source"] == "src/a%20b%2Bc?versionId=xyz")
    }

    @Test func copySourceAccessPointARN() async throws {
        let request = try await send("UploadPartCopy", [
            "Bucket": "b", "Key": "k", "UploadId": "u", "PartNumber": 1,
            "CopySource": ["Bucket": "arn:aws:s3:us-west-2:123456789012:accesspoint/myap", "Key": "a/b"],
            "CopySourceSSECustomerKey": .blob(Data(repeating: 0, count: 32)), "CopySourceSSECustomerAlgorithm": "AES256",
        ])
        #expect(request.headers["x-amz-copy-source"] == "arn%3Aaws%3As3%3Aus-west-2%3A123456789012%3Aaccesspoint/myap/object/a/b")
        #expect(request.headers["x-amz-copy-source-server-side-encryption-customer-key"] == "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        #expect(request.headers["x-amz-copy-source-server-side-encryption-customer-key-MD5"] == "cLyPS3KoaSFGi/joRB3OUQ==")
    }

    @Test func copySourceMapWithoutKeyIsAValidationError() async throws {
        let transport = StubTransport(responses: [Self.ok])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        await #expect(throws: ParamValidationError.self) {
            _ = try await s3.call("CopyObject", ["Bucket": "b", "Key": "k", "CopySource": ["Bucket": "src"]])
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func sseCustomerKeyIsEncodedWithItsMD5() async throws {
        let request = try await send("GetObject", ["Bucket": "b", "Key": "k", "SSECustomerAlgorithm": "AES256",
                                                   "SSECustomerKey": "0123456789abcdef0123456789abcdef"])
        #expect(request.headers["x-amz-server-side-encryption-customer-key"] == "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
        #expect(request.headers["x-amz-server-side-encryption-customer-key-MD5"] == "hRasmdxgYDKV3nvbahU1MA==")
    }

    @Test func sseCustomerKeyWithCallerMD5IsLeftAlone() async throws {
        let request = try await send("HeadObject", ["Bucket": "b", "Key": "k", "SSECustomerAlgorithm": "AES256",
                                                    "SSECustomerKey": "already-encoded", "SSECustomerKeyMD5": "given"])
        #expect(request.headers["x-amz-server-side-encryption-customer-key"] == "already-encoded")
        #expect(request.headers["x-amz-server-side-encryption-customer-key-MD5"] == "given")
    }

    @Test func createBucketOutsideUSEast1GetsALocationConstraint() async throws {
        let request = try await send("CreateBucket", ["Bucket": "b"], region: "eu-west-1")
        #expect(request.bodyText.contains("<LocationConstraint>eu-west-1</LocationConstraint>"))
        let east = try await send("CreateBucket", ["Bucket": "b"])
        #expect(east.bodyData.isEmpty)
        let own = try await send("CreateBucket", ["Bucket": "b", "CreateBucketConfiguration": ["LocationConstraint": "EU"]],
                                 region: "eu-west-1")
        #expect(own.bodyText.contains("<LocationConstraint>EU</LocationConstraint>"))
        #expect(!own.bodyText.contains("eu-west-1"))
    }

    @Test func listObjectsAsksForURLEncoding() async throws {
        let request = try await send("ListObjectsV2", ["Bucket": "b"])
        #expect(request.url.query?.contains("encoding-type=url") == true)
        let chosen = try await send("ListObjects", ["Bucket": "b", "EncodingType": "url"])
        #expect(chosen.url.query?.components(separatedBy: "encoding-type=url").count == 2)
    }

    @Test func deleteObjectsLineBreaksAreEscapedBeforeTheChecksum() async throws {
        let request = try await send("DeleteObjects", ["Bucket": "b", "Delete": ["Objects": [["Key": "a\nb"]]]])
        #expect(request.bodyText == "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Object><Key>a&#xA;b</Key></Object></Delete>")
        #expect(request.headers["x-amz-checksum-crc32"] == "AJexuQ==")
    }

    @Test func lifecycleCarriageReturnsAreEscaped() async throws {
        let request = try await send("PutBucketLifecycleConfiguration", [
            "Bucket": "b",
            "LifecycleConfiguration": ["Rules": [["ID": "a\r\nb", "Status": "Enabled", "Filter": ["Prefix": "x"],
                                                  "Expiration": ["Days": 1]]]],
        ])
        #expect(request.bodyText.contains("<ID>a&#xD;&#xA;b</ID>"))
        // botocore writes members in the caller's dict order; with the same order (the model's) it sent
        // exactly this body with x-amz-checksum-crc32 9l8vbA==.
        #expect(request.bodyText == "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Rule>"
                + "<Expiration><Days>1</Days></Expiration><ID>a&#xD;&#xA;b</ID><Filter><Prefix>x</Prefix></Filter>"
                + "<Status>Enabled</Status></Rule></LifecycleConfiguration>")
        #expect(request.headers["x-amz-checksum-crc32"] == "9l8vbA==")
    }

    @Test func invalidBucketNamesAreRejected() async throws {
        let transport = StubTransport(responses: [Self.ok])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        for bucket in ["a/b", "", "has space"] {
            await #expect(throws: ParamValidationError.self, "\(bucket)") {
                _ = try await s3.call("HeadBucket", ["Bucket": .string(bucket)])
            }
        }
        #expect(transport.requests.isEmpty)
        #expect(S3AccessPointARN.matches("arn:aws:s3:us-west-2:123456789012:accesspoint/myap"))
        #expect(S3AccessPointARN.matches("arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/ap"))
        #expect(!S3AccessPointARN.matches("arn:aws:s3:us-west-2:12345:accesspoint/myap"))
        #expect(!S3AccessPointARN.matches("arn:aws:iam::123456789012:role/x"))
    }

    @Test func nonASCIIMetadataIsRejected() async throws {
        let transport = StubTransport(responses: [Self.ok])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let error = await #expect(throws: ParamValidationError.self) {
            _ = try await s3.call("PutObject", ["Bucket": "b", "Key": "k", "Metadata": ["note": "héllo"]])
        }
        #expect(error?.description.contains("Non ascii characters found in S3 metadata for key \"note\"") == true)
        #expect(transport.requests.isEmpty)
    }

    @Test func expectContinueOnlyOnUploadsOfOneMebibyteOrMore() async throws {
        let large = try await send("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data(count: 1 << 20))])
        #expect(large.headers["Expect"] == "100-continue")
        let part = try await send("UploadPart", ["Bucket": "b", "Key": "k", "UploadId": "u", "PartNumber": 1,
                                                 "Body": .blob(Data(count: 1 << 20))])
        #expect(part.headers["Expect"] == "100-continue")
        let small = try await send("PutObject", ["Bucket": "b", "Key": "k", "Body": .blob(Data(count: (1 << 20) - 1))])
        #expect(small.headers["Expect"] == nil)
        let policy = try await send("PutBucketPolicy", ["Bucket": "b", "Policy": "{}"])
        #expect(policy.headers["Expect"] == nil)
    }
}
