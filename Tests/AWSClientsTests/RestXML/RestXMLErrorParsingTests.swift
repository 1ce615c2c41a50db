import Foundation
import Testing
@testable import AWSClients

/// rest-xml error bodies: S3's `<Error>` root and other services' `<ErrorResponse>`.
@Suite struct RestXMLErrorParsingTests {
    @Test func s3ErrorRoot() {
        let body = "<Error><Code>NoSuchKey</Code><Message>The key does not exist</Message><Key>k</Key><RequestId>r1</RequestId><HostId>h</HostId></Error>"
        let error = RestXMLErrorParser.parse(ProtocolResponse(statusCode: 404, headers: ["x-amz-request-id": "hdr"], body: Data(body.utf8)))
        #expect(error.code == "NoSuchKey")
        #expect(error.message == "The key does not exist")
        #expect(error.error["Key"] == "k")
        #expect(error.error["RequestId"] == nil)
        #expect(error.requestID == "hdr")
    }

    @Test func errorResponseRoot() {
        let body = """
        <ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/">
          <Error><Type>Sender</Type><Code>InvalidInput</Code><Message>Invalid resource type: foo</Message></Error>
          <RequestId>request-id</RequestId>
        </ErrorResponse>
        """
        let error = RestXMLErrorParser.parse(ProtocolResponse(statusCode: 400, body: Data(body.utf8)))
        #expect(error.code == "InvalidInput")
        #expect(error.error["Type"] == "Sender")
        #expect(error.requestID == "request-id")
    }

    @Test func emptyOrInvalidBodiesUseTheStatus() {
        let empty = RestXMLErrorParser.parse(ProtocolResponse(statusCode: 404))
        #expect(empty.code == "404")
        #expect(empty.message == "Not Found")
        let invalid = RestXMLErrorParser.parse(ProtocolResponse(statusCode: 403, body: Data("<Error><Code>".utf8)))
        #expect(invalid.code == "403")
    }
}
