import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// The places the wire format differed from botocore 1.43.11, each checked against what botocore
/// does with the same input (the expected values come from running botocore's parsers and
/// serializers on it).
@Suite struct WireDifferenceTests {
    // MARK: JSON-protocol error codes

    struct ErrorCase: Sendable, CustomStringConvertible {
        let headers: [(String, String)]
        let body: String
        let json: String
        let restJSON: String
        var description: String { body }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(headers: [], body: #"{"__type":"aws.protocoltests#FooError","message":"m"}"#, json: "FooError", restJSON: "FooError"),
        ErrorCase(headers: [], body: #"{"__type":"FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/","Message":"m"}"#,
                  json: "FooError", restJSON: "FooError"),
        ErrorCase(headers: [], body: #"{"__type":"aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}"#,
                  json: "FooError", restJSON: "FooError"),
        ErrorCase(headers: [], body: #"{"code":"aws.protocoltests#FooError"}"#, json: "400", restJSON: "FooError"),
        ErrorCase(headers: [("x-amzn-errortype", "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/")], body: "{}",
                  json: "400", restJSON: "FooError"),
        ErrorCase(headers: [("x-amzn-query-error", "malformed")], body: #"{"__type":"com.amazonaws.sqs#QueueDoesNotExist"}"#,
                  json: "QueueDoesNotExist", restJSON: "QueueDoesNotExist"),
    ]

    @Test(arguments: errorCases)
    func jsonErrorCodesAsBotocoreReadsThem(_ errorCase: ErrorCase) throws {
        let response = ProtocolResponse(statusCode: 400, headers: HTTPHeaders(errorCase.headers), body: Data(errorCase.body.utf8))
        let operation = try ModelLoader.shared.serviceModel("sqs").operation("GetQueueUrl")
        #expect(try JSONProtocol().parseError(response, operation: operation).code == errorCase.json)
        #expect(try RestJSONProtocol().parseError(response, operation: operation).code == errorCase.restJSON)
    }

    @Test func queryErrorHeaderAndModeledFields() throws {
        let response = ProtocolResponse(statusCode: 400, headers: ["x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender"],
                                        body: Data(#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"nope"}"#.utf8))
        let parsed = try JSONProtocol().parseError(response, operation: try ModelLoader.shared.serviceModel("sqs").operation("GetQueueUrl"))
        #expect(parsed.code == "AWS.SimpleQueueService.NonExistentQueue")
        #expect(parsed.error == ["Code": "AWS.SimpleQueueService.NonExistentQueue", "Message": "nope",
                                 "QueryErrorCode": "QueueDoesNotExist", "Type": "Sender"])
        // A modeled error's members come back at the top level of the response, as botocore merges them.
        let bedrock = try ModelLoader.shared.serviceModel("bedrock-runtime").operation("InvokeModel")
        let modeled = try RestJSONProtocol().parseError(
            ProtocolResponse(statusCode: 424, headers: ["x-amzn-errortype": "ModelErrorException"],
                             body: Data(#"{"message":"bad","originalStatusCode":500,"resourceName":"m"}"#.utf8)), operation: bedrock)
        #expect(modeled.code == "ModelErrorException")
        #expect(modeled.modeledFields == ["message": "bad", "originalStatusCode": 500, "resourceName": "m"])
    }

    // MARK: list members bound to headers

    @Test func headerListsAreJoinedWithACommaAndNoSpace() throws {
        let operation = try ModelLoader.shared.serviceModel("s3").operation("GetObjectAttributes")
        let request = try RestXMLProtocol().serialize(["Bucket": "b", "Key": "k", "ObjectAttributes": ["ETag", "ObjectSize"]], operation: operation)
        #expect(request.headers["x-amz-object-attributes"] == "ETag,ObjectSize")
        let member = try #require(operation.input?.member("ObjectAttributes"))
        #expect(try RestValueText.headerText(["a", "b,c", #"d"e"#], shape: member, path: "p") == #"a,"b,c","d\"e""#)
    }

    // MARK: the legacy character type

    static let characterModel = """
        {"version":"2.0","metadata":{"apiVersion":"2020-01-01","endpointPrefix":"chars","protocol":"json","jsonVersion":"1.1",\
        "serviceId":"Chars","signatureVersion":"v4","targetPrefix":"Chars"},\
        "operations":{"Echo":{"name":"Echo","http":{"method":"POST","requestUri":"/"},"input":{"shape":"Box"},"output":{"shape":"Box"}}},\
        "shapes":{"Box":{"type":"structure","members":{"Initial":{"shape":"Letter"}}},"Letter":{"type":"character"}}}
        """

    @Test func characterShapesAreOneCharacterStrings() throws {
        let model = try ServiceModel(json: Data(Self.characterModel.utf8))
        let operation = try model.operation("Echo")
        #expect(operation.input?.member("Initial")?.type == .string)
        try ParamValidator().validate(["Initial": "x"], shape: operation.input)
        let request = try JSONProtocol().serialize(["Initial": "x"], operation: operation)
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"Initial":"x"}"#)
        let parsed = try JSONProtocol().parse(ProtocolResponse(statusCode: 200, body: Data(#"{"Initial":"y"}"#.utf8)), operation: operation)
        #expect(parsed == ["Initial": "y"])
    }

    // MARK: idempotency tokens

    struct TokenCase: Sendable, CustomStringConvertible {
        let service: String
        let operation: String
        let token: String
        let params: Document
        var description: String { "\(service).\(operation)" }
    }

    static let tokenCases: [TokenCase] = [
        TokenCase(service: "accessanalyzer", operation: "CreateServiceLinkedAnalyzer", token: "clientToken", params: ["type": "ACCOUNT"]),
        TokenCase(service: "athena", operation: "DeleteNamedQuery", token: "NamedQueryId", params: [:]),
        TokenCase(service: "cloudformation", operation: "CreateStackSet", token: "ClientRequestToken", params: ["StackSetName": "s"]),
        TokenCase(service: "compute-optimizer-automation", operation: "AssociateAccounts", token: "clientToken",
                  params: ["accountIds": ["123456789012"]]),
        TokenCase(service: "ec2", operation: "AllocateIpamPoolCidr", token: "ClientToken", params: ["IpamPoolId": "p"]),
    ]

    /// botocore fills top-level idempotency tokens in every protocol (its `generate_idempotent_uuid`
    /// handler, before serialization); its serializers fill none nested, and neither does this SDK.
    @Test(arguments: tokenCases)
    func idempotencyTokensAreFilledInEveryProtocol(_ tokenCase: TokenCase) async throws {
        let transport = StubTransport { _ in HTTPResponse(statusCode: 500) }
        let client = try TestClients.client(tokenCase.service, transport: transport,
                                            config: Config(retries: RetryConfig(totalMaxAttempts: 1)))
        _ = try? await client.call(tokenCase.operation, tokenCase.params)
        let request = try #require(transport.requests.first, "\(tokenCase)")
        let body = String(decoding: request.body.inMemoryData ?? Data(), as: UTF8.self)
        let operation = try ModelLoader.shared.serviceModel(tokenCase.service).operation(tokenCase.operation)
        var params = tokenCase.params
        IdempotencyTokens.fill(&params, operation: operation)
        let token = try #require(params[tokenCase.token]?.string)
        #expect(UUID(uuidString: token) != nil)
        // The request carries a UUID under the token's name (CBOR bodies hold it as text too).
        #expect(body.contains(tokenCase.token) || request.url.absoluteString.contains(tokenCase.token), "\(tokenCase)")
        let uuidPattern = try Regex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
        #expect(body.contains(uuidPattern), "\(tokenCase): \(body)")
    }

    // MARK: map entry order

    /// `Document` maps have no order, so every serializer writes map entries sorted by key
    /// (byte order): the same parameters always give the same bytes. botocore keeps the
    /// caller's insertion order; a caller who wants botocore's exact bytes inserts in sorted order.
    @Test func mapEntriesAreWrittenInSortedKeyOrder() throws {
        let sqs = try ModelLoader.shared.serviceModel("sqs").operation("TagQueue")
        let json = try JSONProtocol().serialize(["QueueUrl": "q", "Tags": ["b": "2", "a": "1", "c": "3"]], operation: sqs)
        #expect(String(decoding: json.body, as: UTF8.self).contains(#"{"a":"1","b":"2","c":"3"}"#))
        let sns = try ModelLoader.shared.serviceModel("sns").operation("Publish")
        let query = try QueryProtocol().serialize(["Message": "m", "MessageAttributes": [
            "zeta": ["DataType": "String", "StringValue": "z"], "alpha": ["DataType": "String", "StringValue": "a"]]], operation: sns)
        let text = String(decoding: query.body, as: UTF8.self)
        let alpha = try #require(text.range(of: "Name=alpha")), zeta = try #require(text.range(of: "Name=zeta"))
        #expect(alpha.lowerBound < zeta.lowerBound)
    }
}
