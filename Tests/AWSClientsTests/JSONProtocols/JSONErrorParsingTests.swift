import Foundation
import Testing
@testable import AWSClients

/// Error code and message extraction for json and rest-json, and generic (non-protocol) errors.
@Suite struct JSONErrorParsingTests {
    @Test(arguments: [
        ("FooError", "FooError"),
        ("aws.protocoltests.restjson#FooError", "FooError"),
        ("FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"),
        ("aws.protocoltests.restjson#FooError:http://internal.amazon.com/", "FooError"),
    ])
    func codesAreSanitized(raw: String, code: String) {
        #expect(JSONErrorParser.sanitize(raw) == code)
    }

    @Test func headerWinsOverBodyCode() {
        let response = ProtocolResponse(statusCode: 400, headers: ["x-amzn-errortype": "HeaderError:http://x", "x-amzn-requestid": "rid"],
                                        body: Data(#"{"__type": "ns#BodyError", "Message": "bad"}"#.utf8))
        let error = JSONErrorParser.parse(response)
        #expect(error.code == "HeaderError")
        #expect(error.message == "bad")
        #expect(error.requestID == "rid")
    }

    @Test func queryCompatibleErrorCodes() {
        let response = ProtocolResponse(statusCode: 400, headers: ["x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender"],
                                        body: Data(#"{"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "gone"}"#.utf8))
        let error = JSONErrorParser.parse(response)
        #expect(error.code == "AWS.SimpleQueueService.NonExistentQueue")
        #expect(error.error["QueryErrorCode"] == "QueueDoesNotExist")
        #expect(error.error["Type"] == "Sender")
    }

    @Test func bodyThatIsNotJSONBecomesTheMessage() {
        let error = JSONErrorParser.parse(ProtocolResponse(statusCode: 400, body: Data("oops".utf8)))
        #expect(error.code == "400")
        #expect(error.message == "oops")
    }

    @Test func bodilessServerErrorsAreGeneric() throws {
        let error = try #require(GenericErrorResponse.parse(ProtocolResponse(statusCode: 503, body: Data(" \n".utf8))))
        #expect(error.code == "503")
        #expect(error.message == "Service Unavailable")
        #expect(GenericErrorResponse.parse(ProtocolResponse(statusCode: 500, body: Data("<html><body>x</body></html>".utf8))) != nil)
        #expect(GenericErrorResponse.parse(ProtocolResponse(statusCode: 500, body: Data("{}".utf8))) == nil)
        #expect(GenericErrorResponse.parse(ProtocolResponse(statusCode: 404)) == nil)
    }
}
