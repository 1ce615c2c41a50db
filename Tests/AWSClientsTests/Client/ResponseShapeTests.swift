import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// What calls return and throw: boto3's `ResponseMetadata` and `ClientError`.
@Suite struct ResponseShapeTests {
    @Test func responseMetadataHasIDsStatusLowercasedHeadersAndRetryAttempts() async throws {
        let stub = StubTransport { _ in
            HTTPResponse(statusCode: 200, headers: HTTPHeaders([("x-amz-request-id", "REQ123"), ("x-amz-id-2", "HOST456"),
                                                                ("ETag", "\"abc\""), ("X-Custom", "one"), ("x-custom", "two")]))
        }
        let s3 = try TestClients.client("s3", transport: stub)
        let output = try await s3.putObject(Bucket: "b", Key: "k")
        let metadata = try #require(output["ResponseMetadata"])
        #expect(metadata["RequestId"]?.string == "REQ123")
        #expect(metadata["HostId"]?.string == "HOST456")
        #expect(metadata["HTTPStatusCode"]?.int == 200)
        #expect(metadata["RetryAttempts"]?.int == 0)
        #expect(metadata["HTTPHeaders"] == ["x-amz-request-id": "REQ123", "x-amz-id-2": "HOST456", "etag": "\"abc\"",
                                            "x-custom": "one, two"])
        #expect(metadata["MaxAttemptsReached"] == nil)
    }

    @Test func jsonServicesTakeTheRequestIDFromXAmznRequestID() async throws {
        let stub = StubTransport { _ in Canned.json(200, #"{"TableNames": ["a"]}"#, headers: ["x-amzn-RequestId": "JSONREQ"]) }
        let dynamodb = try TestClients.client("dynamodb", transport: stub)
        let output = try await dynamodb.listTables()
        #expect(output["TableNames"] == ["a"])
        #expect(output["ResponseMetadata"]?["RequestId"]?.string == "JSONREQ")
        #expect(output["ResponseMetadata"]?["HostId"] == nil)
    }

    @Test func queryServicesTakeTheRequestIDFromTheBody() async throws {
        let stub = StubTransport { _ in
            Canned.xml(200, """
                <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <GetCallerIdentityResult><Account>123456789012</Account></GetCallerIdentityResult>
                  <ResponseMetadata><RequestId>BODYREQ</RequestId></ResponseMetadata>
                </GetCallerIdentityResponse>
                """)
        }
        let sts = try TestClients.client("sts", transport: stub)
        let output = try await sts.getCallerIdentity()
        #expect(output["Account"]?.string == "123456789012")
        #expect(output["ResponseMetadata"]?["RequestId"]?.string == "BODYREQ")
    }

    @Test func clientErrorHasCodeMessageStatusRequestIDAndBoto3Response() async throws {
        let stub = StubTransport { _ in Canned.s3Error(404, code: "NoSuchKey", message: "The specified key does not exist.", extra: "<Key>missing</Key>") }
        let s3 = try TestClients.client("s3", transport: stub)
        let error = try #require(await #expect(throws: ClientError.self) { _ = try await s3.getObject(Bucket: "b", Key: "missing") })
        #expect(error.code == "NoSuchKey")
        #expect(error.message == "The specified key does not exist.")
        #expect(error.statusCode == 404)
        #expect(error.requestID == "REQ-ERR")
        #expect(error.operation == "GetObject")
        #expect(error.isCode("NoSuchKey"))
        #expect(error.description == "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.")
        #expect(error.response["Error"] == ["Code": "NoSuchKey", "Message": "The specified key does not exist.", "Key": "missing"])
        let metadata = try #require(error.response["ResponseMetadata"])
        #expect(metadata["RequestId"]?.string == "REQ-ERR")
        #expect(metadata["HostId"]?.string == "HOST-ERR")
        #expect(metadata["HTTPStatusCode"]?.int == 404)
        #expect(metadata["RetryAttempts"]?.int == 0)
        #expect(metadata["HTTPHeaders"]?["content-type"]?.string == "application/xml")
    }

    @Test func headErrorsWithoutABodyUseTheStatusAsCode() async throws {
        let stub = StubTransport { _ in HTTPResponse(statusCode: 404, headers: ["x-amz-request-id": "R"]) }
        let s3 = try TestClients.client("s3", transport: stub)
        let error = try #require(await #expect(throws: ClientError.self) { _ = try await s3.headObject(Bucket: "b", Key: "k") })
        #expect(error.code == "404")
        #expect(error.message == "Not Found")
        #expect(error.description == "An error occurred (404) when calling the HeadObject operation: Not Found")
    }

    @Test func modeledErrorFieldsAreMergedIntoTheResponse() async throws {
        let stub = StubTransport { _ in
            Canned.json(400, #"{"__type": "com.amazonaws.dynamodb.v20120810#TransactionCanceledException", "Message": "cancelled", "CancellationReasons": [{"Code": "ConditionalCheckFailed"}]}"#,
                        headers: ["x-amzn-RequestId": "DDBREQ"])
        }
        let dynamodb = try TestClients.client("dynamodb", transport: stub)
        let error = try #require(await #expect(throws: ClientError.self) {
            _ = try await dynamodb.transactWriteItems(TransactItems: [["ConditionCheck": ["TableName": "t", "Key": ["pk": ["S": "a"]], "ConditionExpression": "attribute_exists(pk)"]]])
        })
        #expect(error.code == "TransactionCanceledException")
        #expect(error.requestID == "DDBREQ")
        #expect(error.response["CancellationReasons"] == [["Code": "ConditionalCheckFailed"]])
        #expect(error.response["Error"]?["Code"]?.string == "TransactionCanceledException")
        #expect(error.response["Message"]?.string == "cancelled")
    }

    /// moto answers SQS errors with both `x-amzn-query-error` and `x-amzn-errortype`; the
    /// query-compatible code must win, as boto3 shows it.
    @Test func queryCompatibleCodeWinsOverTheErrorTypeHeader() async throws {
        let stub = StubTransport { _ in
            Canned.json(400, #"{"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "The specified queue does not exist."}"#,
                        headers: ["x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender",
                                  "x-amzn-errortype": "com.amazonaws.sqs#QueueDoesNotExist", "x-amzn-RequestId": "SQSREQ"])
        }
        let sqs = try TestClients.client("sqs", transport: stub)
        let error = try #require(await #expect(throws: ClientError.self) { _ = try await sqs.getQueueUrl(QueueName: "missing") })
        #expect(error.code == "AWS.SimpleQueueService.NonExistentQueue")
        #expect(error.response["Error"] == ["Code": "AWS.SimpleQueueService.NonExistentQueue", "Message": "The specified queue does not exist.",
                                            "QueryErrorCode": "QueueDoesNotExist", "Type": "Sender"])
    }
}
