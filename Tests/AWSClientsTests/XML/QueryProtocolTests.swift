import Foundation
import Testing
@testable import AWSClients

/// Behaviour of the query and ec2 protocols beyond botocore's suites.
@Suite struct QueryProtocolTests {
    static func operation(protocol name: String, _ operation: String = "Op") throws -> OperationModel {
        let json = """
            {"metadata": {"protocol": "\(name)", "apiVersion": "2012-11-05"},
             "operations": {"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"},
                                   "input": {"shape": "In"}, "output": {"shape": "Out", "resultWrapper": "OpResult"},
                                   "errors": [{"shape": "Missing"}]}},
             "shapes": {
               "In": {"type": "structure", "members": {"Name": {"shape": "S"}, "Ids": {"shape": "L", "locationName": "id"}}},
               "Out": {"type": "structure", "members": {"Value": {"shape": "S"}}},
               "Missing": {"type": "structure", "members": {"Message": {"shape": "S"}, "Detail": {"shape": "S"}},
                           "exception": true, "error": {"code": "Thing.Missing", "httpStatusCode": 404}},
               "L": {"type": "list", "member": {"shape": "S"}},
               "S": {"type": "string"}
             }}
            """
        return try ServiceModel(json: Data(json.utf8), serviceName: "test").operation(operation)
    }

    @Test func encodesTheBodyLikeBotocoresTestRunner() throws {
        let request = try QueryProtocol().serialize(["Name": "a b/c+d=é~*"], operation: try Self.operation(protocol: "query"))
        #expect(String(decoding: request.body, as: UTF8.self) == "Action=Op&Version=2012-11-05&Name=a%20b%2Fc%2Bd%3D%C3%A9~%2A")
        #expect(request.headers["Content-Type"] == "application/x-www-form-urlencoded; charset=utf-8")
        #expect(request.method == "POST")
        #expect(request.uri == "/")
    }

    @Test func ec2CapitalizesLocationNamesAndFlattensLists() throws {
        let operation = try Self.operation(protocol: "ec2")
        let request = try EC2Protocol().serialize(["Ids": ["i-1", "i-2"], "Name": "n"], operation: operation)
        #expect(String(decoding: request.body, as: UTF8.self) == "Action=Op&Version=2012-11-05&Name=n&Id.1=i-1&Id.2=i-2")
        let empty = try EC2Protocol().serialize(["Ids": []], operation: operation)
        #expect(String(decoding: empty.body, as: UTF8.self) == "Action=Op&Version=2012-11-05")
    }

    @Test func unknownParametersAreReported() throws {
        let error = #expect(throws: ProtocolError.self) {
            try QueryProtocol().serialize(["Nmae": "x"], operation: try Self.operation(protocol: "query"))
        }
        #expect(error?.message.contains("Nmae") == true)
    }

    @Test func parsesTheResultWrapper() throws {
        let body = "<OpResponse><OpResult><Value>v</Value></OpResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></OpResponse>"
        let parsed = try QueryProtocol().parse(ProtocolResponse(statusCode: 200, body: Data(body.utf8)),
                                               operation: try Self.operation(protocol: "query"))
        #expect(parsed == ["Value": "v"])
    }

    @Test func malformedSuccessBodiesThrow() throws {
        #expect(throws: ProtocolError.self) {
            try QueryProtocol().parse(ProtocolResponse(statusCode: 200, body: Data("<OpResponse>".utf8)),
                                      operation: try Self.operation(protocol: "query"))
        }
    }

    @Test func queryErrorsWithModeledFields() throws {
        let body = """
            <ErrorResponse><Error><Type>Sender</Type><Code>Thing.Missing</Code><Message>gone</Message><Detail>d</Detail></Error>
            <RequestId>req-1</RequestId></ErrorResponse>
            """
        let error = try QueryProtocol().parseError(ProtocolResponse(statusCode: 404, body: Data(body.utf8)),
                                                   operation: try Self.operation(protocol: "query"))
        #expect(error.code == "Thing.Missing")
        #expect(error.message == "gone")
        #expect(error.requestID == "req-1")
        #expect(error.error["Type"] == "Sender")
        #expect(error.modeledFields == ["Message": "gone", "Detail": "d"])
    }

    @Test func ec2ErrorsUseTheErrorsListAndRequestID() throws {
        let body = "<Response><Errors><Error><Code>Thing.Missing</Code><Message>no</Message></Error></Errors><RequestID>r2</RequestID></Response>"
        let error = try EC2Protocol().parseError(ProtocolResponse(statusCode: 400, body: Data(body.utf8)),
                                                 operation: try Self.operation(protocol: "ec2"))
        #expect(error.code == "Thing.Missing")
        #expect(error.message == "no")
        #expect(error.requestID == "r2")
        #expect(error.modeledFields == ["Message": "no"])
    }

    @Test(arguments: [(503, "<html><body>busy</body></html>", "503", "Service Unavailable"),
                      (500, "", "500", "Internal Server Error"),
                      (400, "not xml", "400", "Bad Request")])
    func bodiesWithoutAnErrorFallBackToTheStatus(status: Int, body: String, code: String, message: String) throws {
        let error = try QueryProtocol().parseError(ProtocolResponse(statusCode: status, body: Data(body.utf8)),
                                                   operation: try Self.operation(protocol: "query"))
        #expect(error.code == code)
        #expect(error.message == message)
    }
}
