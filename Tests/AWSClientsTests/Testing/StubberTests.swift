import Foundation
import Testing
import AWSTesting
@testable import AWSClients

/// botocore's Stubber tests (tests/unit/test_stub.py and tests/functional/test_stub.py),
/// translated: an unsigned S3 client with path addressing, whose transport must never be used.
@Suite struct StubberTests {
    /// A client whose transport records anything that gets through (nothing should).
    static func client(_ service: String = "s3", credentials: Credentials? = nil) throws -> (Client, StubTransport) {
        let transport = StubTransport { _ in HTTPResponse(statusCode: 599) }
        let session = try Session(region: "us-east-1", credentials: credentials,
                                  environment: TestClients.environment.merging(["AWS_EC2_METADATA_DISABLED": "true"]) { $1 },
                                  transport: transport)
        let config = service == "s3" ? Config(signatureVersion: .unsigned, s3: S3Config(addressingStyle: .path)) : nil
        return (try session.client(service, config: config), transport)
    }

    // tests/unit/test_stub.py

    @Test func activateAttachesAndDeactivateDetaches() throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        // (another suite may turn the global logger on meanwhile: it is left out)
        func attached() -> Int { s3.interceptors.filter { !($0 is LoggingInterceptor) }.count }
        #expect(attached() == 1, "active from creation")
        stubber.deactivate()
        #expect(attached() == 0)
        stubber.activate(); stubber.activate()
        #expect(attached() == 1, "activating twice attaches once")
    }

    @Test func addedResponseIsPending() throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", ["Name": "foo"])
        #expect(throws: StubError.self) { try stubber.assertNoPendingResponses() }
        #expect(stubber.pendingCount == 1)
    }

    @Test func addResponseForAMissingClientMethodFails() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjectz", [:])
        let error = try #require(throws: StubError.self) { try stubber.assertNoPendingResponses() }
        #expect(error.code == .pendingResponses)
        let called = await #expect(throws: StubError.self) { _ = try await s3.listObjects(Bucket: "foo") }
        #expect(called?.code == .unknownOperation, "the bad stub is reported by the call that meets it")
        #expect(called.map { "\($0)" }?.contains("Client s3 does not have method: listObjectz.") == true)
    }

    @Test func responseIsValidatedAgainstTheOutputShape() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", ["MaxKeys": "not a number", "Bogus": 1])
        let error = await #expect(throws: StubError.self) { _ = try await s3.listObjects(Bucket: "foo") }
        #expect(error?.code == .invalidResponse)
        #expect(error.map { "\($0)" }?.contains("Bogus") == true, "names the unknown member: \(String(describing: error))")
        #expect(error.map { "\($0)" }?.contains("MaxKeys") == true, "and the mistyped one")
    }

    @Test func validationIgnoresResponseMetadataAndKeepsTheResponse() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        let response: Document = ["ResponseMetadata": ["foo": "bar"]]
        stubber.addResponse("listObjects", response)
        #expect(try await s3.listObjects(Bucket: "foo") == response)
    }

    @Test func operationWithoutOutputRejectsMembers() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("deleteBucket", ["foo": "bar"])
        let error = await #expect(throws: StubError.self) { _ = try await s3.deleteBucket(Bucket: "foo") }
        #expect(error?.code == .invalidResponse)
    }

    @Test func clientErrorCarriesCodeMessageAndMeta() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addClientError("listObjects", serviceErrorCode: "foo", serviceMessage: "bar", httpStatusCode: 301,
                               serviceErrorMeta: ["Endpoint": "https://foo.bar.baz"], response: ["ResponseMetadata": ["RequestId": "79104EXAMPLEB723"]])
        let error = await #expect(throws: ClientError.self) { _ = try await s3.listObjects(Bucket: "foo") }
        #expect(error?.code == "foo" && error?.message == "bar" && error?.statusCode == 301)
        #expect(error?.response["Error"]?["Endpoint"] == "https://foo.bar.baz")
        #expect(error?.response["ResponseMetadata"]?["RequestId"] == "79104EXAMPLEB723")
        #expect(error?.response["ResponseMetadata"]?["HTTPStatusCode"] == 301)
        #expect(error?.requestID == "79104EXAMPLEB723" && error?.operation == "ListObjects")
    }

    @Test func clientErrorModeledFieldsAreValidated() async throws {
        let (dynamodb, _) = try Self.client("dynamodb")
        let stubber = Stubber(dynamodb)
        stubber.addClientError("getItem", serviceErrorCode: "TransactionCanceledException",
                               response: ["CancellationReasons": [["Code": "None"]]])
        let error = await #expect(throws: ClientError.self) { _ = try await dynamodb.getItem(TableName: "t", Key: ["id": ["S": "1"]]) }
        #expect(error?.response["CancellationReasons"]?[0]?["Code"] == "None")
        stubber.addClientError("getItem", serviceErrorCode: "TransactionCanceledException", response: ["NotAField": 1])
        let invalid = await #expect(throws: StubError.self) { _ = try await dynamodb.getItem(TableName: "t", Key: ["id": ["S": "1"]]) }
        #expect(invalid?.code == .invalidResponse)
    }

    // tests/functional/test_stub.py

    @Test func returnsTheStubbedResponseWithoutSending() async throws {
        let (s3, transport) = try Self.client()
        let stubber = Stubber(s3)
        let response: Document = ["ResponseMetadata": ["foo": "bar"]]
        stubber.addResponse("list_objects", response)
        #expect(try await s3.listObjects(Bucket: "foo") == response)
        #expect(transport.requests.isEmpty)
        try stubber.assertNoPendingResponses()
    }

    @Test func noStubsThrowsUnexpectedAPICall() async throws {
        let (s3, _) = try Self.client()
        _ = Stubber(s3)
        let error = await #expect(throws: StubError.self) {
            _ = try await s3.listObjects(Bucket: "asdfasdfasdfasdf", Delimiter: "asdfasdfasdfasdf", Prefix: "asdfasdfasdfasdf", EncodingType: "url")
        }
        #expect(error?.code == .unexpectedCall)
        #expect(error.map { "\($0)" }?.contains("Unexpected API Call") == true)
    }

    @Test func usedUpStubsThrow() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", [:])
        _ = try await s3.listObjects(Bucket: "foo")
        let error = await #expect(throws: StubError.self) { _ = try await s3.listObjects(Bucket: "foo") }
        #expect(error?.code == .unexpectedCall)
    }

    @Test func clientErrorResponse() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addClientError("listObjects", serviceErrorCode: "AccessDenied", serviceMessage: "Access Denied")
        let error = await #expect(throws: ClientError.self) { _ = try await s3.listObjects(Bucket: "foo") }
        #expect(error?.statusCode == 400, "botocore's default status")
        #expect(error.map { "\($0)" } == "An error occurred (AccessDenied) when calling the ListObjects operation: Access Denied")
    }

    @Test func expectedParamsOnClientErrors() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addClientError("listObjects", serviceErrorCode: "Error", serviceMessage: "error", expectedParams: ["Bucket": "foo"])
        stubber.addClientError("listObjects", serviceErrorCode: "Error", serviceMessage: "error", expectedParams: ["Bucket": "foo"])
        await #expect(throws: ClientError.self) { _ = try await s3.listObjects(Bucket: "foo") }
        let mismatch = await #expect(throws: StubError.self, "a parameter mismatch, not the ClientError") {
            _ = try await s3.listObjects(Bucket: "wrong-argument-value")
        }
        #expect(mismatch?.code == .parameterMismatch)
    }

    @Test func expectedParamsSuccessAndFailure() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", [:], expectedParams: ["Bucket": "foo"])
        #expect(try await s3.listObjects(Bucket: "foo") == [:])
        stubber.addResponse("listObjects", [:], expectedParams: ["Bucket": "bar"])
        let error = await #expect(throws: StubError.self) { _ = try await s3.listObjects(Bucket: "foo") }
        #expect(error?.code == .parameterMismatch && error?.operation == "ListObjects")
        let text = error.map { "\($0)" } ?? ""
        #expect(text.contains("Expected parameters:") && text.contains("\"bar\"") && text.contains("but received:") && text.contains("\"foo\""),
                "says what was expected and what came: \(text)")
    }

    @Test func expectedParamsMixedWithErrorResponses() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addClientError("listObjects", serviceErrorCode: "AccessDenied", serviceMessage: "Access Denied")
        stubber.addResponse("listObjects", [:], expectedParams: ["Bucket": "bar"])
        await #expect(throws: ClientError.self) { _ = try await s3.listObjects(Bucket: "foo") }
        let error = await #expect(throws: StubError.self) { _ = try await s3.listObjects(Bucket: "foo") }
        #expect(error.map { "\($0)" }?.contains("Expected parameters") == true)
    }

    @Test func callsContinueAfterAParameterMismatch() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", [:], expectedParams: ["Bucket": "bar"])
        await #expect(throws: StubError.self) { _ = try await s3.listObjects(Bucket: "foo") }
        _ = try await s3.listObjects(Bucket: "bar")
        try stubber.assertNoPendingResponses()
    }

    @Test func parametersAreStillValidated() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", [:], expectedParams: ["Buck": "bar"])
        await #expect(throws: ParamValidationError.self) { _ = try await s3.listObjects(Buck: "bar") }
        #expect(stubber.pendingCount == 1, "the stub stays queued")
    }

    @Test func anyIgnoresAParameter() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", [:], expectedParams: ["Bucket": Stubber.any])
        stubber.addResponse("listObjects", [:], expectedParams: ["Bucket": Stubber.any])
        _ = try await s3.listObjects(Bucket: "foo")
        _ = try await s3.listObjects(Bucket: "bar")
        try stubber.assertNoPendingResponses()
    }

    @Test func anyMixedWithConcreteParams() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("headObject", [:], expectedParams: ["Bucket": Stubber.any, "Key": "foo.txt"])
        stubber.addResponse("headObject", [:], expectedParams: ["Bucket": Stubber.any, "Key": "foo.txt"])
        _ = try await s3.headObject(Bucket: "foo", Key: "foo.txt")
        _ = try await s3.headObject(Bucket: "bar", Key: "foo.txt")
        try stubber.assertNoPendingResponses()
    }

    @Test func nestedAny() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        let expected: Document = ["Bucket": "foo", "Key": "bar.txt", "Metadata": ["MyMeta": Stubber.any]]
        stubber.addResponse("putObject", [:], expectedParams: expected)
        stubber.addResponse("putObject", [:], expectedParams: expected)
        _ = try await s3.putObject(Bucket: "foo", Key: "bar.txt", Metadata: ["MyMeta": "Foo"])
        _ = try await s3.putObject(Bucket: "foo", Key: "bar.txt", Metadata: ["MyMeta": "Bar"])
        try stubber.assertNoPendingResponses()
    }

    @Test func noneIsNotAWildcard() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", [:], expectedParams: ["Buck": .null])
        let error = await #expect(throws: StubError.self) { _ = try await s3.listObjects(Buck: "bar") }
        #expect(error?.code == .parameterMismatch)
    }

    @Test func extraParametersAreAMismatch() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", [:], expectedParams: ["Bucket": "foo"])
        let error = await #expect(throws: StubError.self) { _ = try await s3.listObjects(Bucket: "foo", Prefix: "p") }
        #expect(error?.code == .parameterMismatch)
    }

    @Test func manyExpectedParams() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", [:], expectedParams: ["Bucket": "mybucket", "Prefix": "myprefix", "Delimiter": "/", "EncodingType": "url"])
        _ = try await s3.listObjects(Bucket: "mybucket", Prefix: "myprefix", Delimiter: "/", EncodingType: "url")
        try stubber.assertNoPendingResponses()
    }

    @Test func presigningNeedsNoStub() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", [:], expectedParams: ["Bucket": "mybucket", "Prefix": "myprefix"])
        let url = try s3.generatePresignedURL("getObject", params: ["Bucket": "myotherbucket", "Key": "myotherkey"])
        #expect(url.absoluteString == "https://s3.amazonaws.com/myotherbucket/myotherkey")
        #expect(try await s3.listObjects(Bucket: "mybucket", Prefix: "myprefix") == [:])
        try stubber.assertNoPendingResponses()
    }

    @Test func operationMismatch() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("headObject", [:])
        let error = await #expect(throws: StubError.self) { _ = try await s3.listObjects(Bucket: "foo") }
        #expect(error?.code == .operationMismatch && error?.expected == "HeadObject" && error?.received == "ListObjects")
        #expect(error.map { "\($0)" }?.contains("Operation mismatch: found response for HeadObject.") == true)
    }

    // Beyond botocore's tests

    @Test func deactivatedStubberLetsCallsThrough() async throws {
        let (s3, transport) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", [:])
        stubber.deactivate()
        await #expect(throws: (any Error).self) { _ = try await s3.listObjects(Bucket: "foo") }
        #expect(transport.requests.count == 1, "sent to the transport")
        stubber.activate()
        _ = try await s3.listObjects(Bucket: "foo")
        try stubber.assertNoPendingResponses()
    }

    @Test func copiesOfTheClientAreStubbedToo() async throws {
        let (s3, _) = try Self.client()
        let copy = s3
        let stubber = Stubber(s3)
        stubber.addResponse("listObjects", ["Name": "n"])
        #expect(try await copy.listObjects(Bucket: "foo")["Name"] == "n")
    }

    @Test func signedClientsNeedNoCredentials() async throws {
        let (dynamodb, transport) = try Self.client("dynamodb")
        let stubber = Stubber(dynamodb)
        stubber.addResponse("describeTable", ["Table": ["TableName": "users"]], expectedParams: ["TableName": "users"])
        let output = try await dynamodb.describeTable(TableName: "users")
        #expect(output["Table"]?["TableName"] == "users" && transport.requests.isEmpty)
    }

    @Test func streamingCallsAreStubbed() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addResponse("getObject", ["Body": .blob(Data("hi".utf8)), "ContentLength": 2])
        let object = try await s3.getObject.streaming(Bucket: "b", Key: "k")
        #expect(object.output["ContentLength"] == 2)
        #expect(try await object.body.collect(upTo: 10) == Data("hi".utf8))
    }

    @Test func stubEverythingGeneratesOutputs() async throws {
        let (s3, transport) = try Self.client()
        let stubber = Stubber(s3, stubEverything: true)
        let head = try await s3.headObject(Bucket: "b", Key: "k")
        #expect(head["ContentLength"] == 0 && head["ETag"] == "ETag" && head["LastModified"] == .timestamp(Date(timeIntervalSince1970: 0)))
        #expect(head["StorageClass"]?.string == "STANDARD", "an enum's first value")
        #expect(try await s3.headObject(Bucket: "b", Key: "k") == head, "deterministic")
        var pages = 0
        for try await page in s3.paginator("listObjectsV2").paginate(Bucket: "b") {
            pages += 1
            #expect(page["Contents"] == [] && page["NextContinuationToken"] == nil)
            if pages > 3 { break }
        }
        #expect(pages == 1, "no pagination token, so one page")
        stubber.addResponse("getBucketLocation", ["LocationConstraint": "eu-west-1"])
        #expect(try await s3.getBucketLocation(Bucket: "b")["LocationConstraint"] == "eu-west-1", "queued stubs still answer")
        #expect(transport.requests.isEmpty)
    }

    @Test func stubbedErrorsMatchClientExceptions() async throws {
        let (s3, _) = try Self.client()
        let stubber = Stubber(s3)
        stubber.addClientError("getObject", serviceErrorCode: "NoSuchKey", httpStatusCode: 404)
        stubber.addClientError("getObject", serviceErrorCode: "NoSuchBucket", httpStatusCode: 404)
        var caught: [String] = []
        for _ in 0..<2 {
            do {
                _ = try await s3.getObject(Bucket: "b", Key: "missing")
            } catch s3.exceptions.NoSuchKey {
                caught.append("NoSuchKey")
            } catch let error as ClientError where error.matches(s3.exceptions.NoSuchBucket) {
                caught.append("NoSuchBucket")
            }
        }
        #expect(caught == ["NoSuchKey", "NoSuchBucket"])
    }
}
