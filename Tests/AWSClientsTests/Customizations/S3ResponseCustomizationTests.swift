import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// How S3 responses are read after the response customizations (botocore 1.43 behaviour).
@Suite struct S3ResponseCustomizationTests {
    static let errorBody = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message>\
        <RequestId>656c76696e6727732072657175657374</RequestId></Error>
        """
    static let completeBody = """
        <?xml version="1.0" encoding="UTF-8"?>
        <CompleteMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Location>http://b/k</Location>\
        <Bucket>b</Bucket><Key>k</Key><ETag>"abc-2"</ETag></CompleteMultipartUploadResult>
        """

    @Test func completeMultipartUploadWithAnErrorBodyIsAClientError() async throws {
        let transport = StubTransport(responses: [CustomizationTests.response(body: Self.errorBody)])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let error = await #expect(throws: ClientError.self) {
            _ = try await s3.call("CompleteMultipartUpload", ["Bucket": "b", "Key": "k", "UploadId": "u"])
        }
        #expect(error?.code == "InternalError")
        #expect(error?.statusCode == 500)
        #expect(error?.message == "We encountered an internal error. Please try again.")
        #expect(transport.requests.count > 1, "the 500 is retried as botocore retries it")
    }

    @Test func copyObjectErrorIsRetriedThenSucceeds() async throws {
        let copied = """
            <CopyObjectResult><LastModified>2024-01-02T03:04:05.000Z</LastModified><ETag>"e"</ETag></CopyObjectResult>
            """
        let transport = StubTransport(responses: [CustomizationTests.response(body: Self.errorBody),
                                                  CustomizationTests.response(body: copied)])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let output = try await s3.call("CopyObject", ["Bucket": "b", "Key": "k", "CopySource": "src/k"])
        #expect(output["CopyObjectResult"]?["ETag"]?.string == "\"e\"")
        #expect(transport.requests.count == 2)
        #expect(output["ResponseMetadata"]?["RetryAttempts"]?.int == 1)
    }

    @Test func truncatedBodyIsTreatedAsAnError() {
        let truncated = Data(Self.completeBody.utf8.prefix(120))
        #expect(S3EmbeddedErrorDetection.looksLikeError(truncated))
        #expect(!S3EmbeddedErrorDetection.looksLikeError(Data(Self.completeBody.utf8)))
        #expect(!S3EmbeddedErrorDetection.looksLikeError(Data("<Empty/>\n".utf8)))
        #expect(!S3EmbeddedErrorDetection.looksLikeError(Data("<!-- c --><R a=\"1\">x</R >".utf8)))
        #expect(S3EmbeddedErrorDetection.looksLikeError(Data("<Error/>".utf8)))
        #expect(S3EmbeddedErrorDetection.looksLikeError(Data("not xml".utf8)))
    }

    @Test func successfulCompleteIsUntouched() async throws {
        let transport = StubTransport(responses: [CustomizationTests.response(body: Self.completeBody)])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let output = try await s3.call("CompleteMultipartUpload", ["Bucket": "b", "Key": "k", "UploadId": "u"])
        #expect(output["ETag"]?.string == "\"abc-2\"")
    }

    @Test func getObjectBodiesThatLookLikeErrorsAreData() async throws {
        let transport = StubTransport(responses: [CustomizationTests.response(body: Self.errorBody)])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let output = try await s3.call("GetObject", ["Bucket": "b", "Key": "error.xml"])
        #expect(output["Body"]?.data == Data(Self.errorBody.utf8))
    }

    @Test(arguments: [("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">eu-west-1</LocationConstraint>",
                       Document.string("eu-west-1")),
                      ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>",
                       Document.null)])
    func getBucketLocation(body: String, expected: Document) async throws {
        let transport = StubTransport(responses: [CustomizationTests.response(body: body)])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let output = try await s3.call("GetBucketLocation", ["Bucket": "b"])
        #expect(output["LocationConstraint"] == expected)
        #expect(output.dictionary?.keys.contains("LocationConstraint") == true)
    }

    static let listBody = """
        <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix>a%2Bb+c</Prefix>\
        <KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><Delimiter>%2F</Delimiter><EncodingType>url</EncodingType>\
        <IsTruncated>false</IsTruncated><Contents><Key>a%2Bb+c/%C3%BC%0A</Key><Size>1</Size></Contents>\
        <CommonPrefixes><Prefix>a%2Bb+c/d%20e/</Prefix></CommonPrefixes></ListBucketResult>
        """

    @Test func listObjectsV2KeysAreDecoded() async throws {
        let transport = StubTransport(responses: [CustomizationTests.response(body: Self.listBody)])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let output = try await s3.call("ListObjectsV2", ["Bucket": "b"])
        #expect(output["Prefix"]?.string == "a+b c")
        #expect(output["Delimiter"]?.string == "/")
        #expect(output["Contents"]?[0]?["Key"]?.string == "a+b c/ü\n")
        #expect(output["CommonPrefixes"]?[0]?["Prefix"]?.string == "a+b c/d e/")
    }

    @Test func callerChosenEncodingIsNotDecoded() async throws {
        let transport = StubTransport(responses: [CustomizationTests.response(body: Self.listBody)])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let output = try await s3.call("ListObjectsV2", ["Bucket": "b", "EncodingType": "url"])
        #expect(output["Contents"]?[0]?["Key"]?.string == "a%2Bb+c/%C3%BC%0A")
    }

    @Test func listObjectVersionsAreDecoded() async throws {
        let body = """
            <ListVersionsResult><KeyMarker>m%20k</KeyMarker><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>\
            <Version><Key>v%20k</Key><VersionId>1</VersionId></Version><DeleteMarker><Key>d%20k</Key></DeleteMarker>\
            </ListVersionsResult>
            """
        let transport = StubTransport(responses: [CustomizationTests.response(body: body)])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let output = try await s3.call("ListObjectVersions", ["Bucket": "b"])
        #expect(output["KeyMarker"]?.string == "m k")
        #expect(output["Versions"]?[0]?["Key"]?.string == "v k")
        #expect(output["DeleteMarkers"]?[0]?["Key"]?.string == "d k")
    }

    @Test func malformedExpiresBecomesExpiresStringOnly() async throws {
        let transport = StubTransport(responses: [CustomizationTests.response(headers: [("Expires", "never, ever")], body: "x")])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let output = try await s3.call("GetObject", ["Bucket": "b", "Key": "k"])
        #expect(output["Expires"] == nil)
        #expect(output["ExpiresString"]?.string == "never, ever")
    }

    @Test func validExpiresIsParsedAndKeptAsString() async throws {
        let value = "Thu, 01 Dec 1994 16:00:00 GMT"
        let transport = StubTransport(responses: [CustomizationTests.response(headers: [("Expires", value)])])
        let s3 = try CustomizationTests.client("s3", transport: transport)
        let output = try await s3.call("HeadObject", ["Bucket": "b", "Key": "k"])
        #expect(output["Expires"]?.date == Date(timeIntervalSince1970: 786_297_600))
        #expect(output["ExpiresString"]?.string == value)
    }
}
