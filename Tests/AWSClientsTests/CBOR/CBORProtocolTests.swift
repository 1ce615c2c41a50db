import Foundation
import Testing
@testable import AWSClients

@Suite struct CBORProtocolTests {
    static func operation() throws -> OperationModel {
        let json = """
        {"metadata": {"protocol": "smithy-rpc-v2-cbor", "protocols": ["smithy-rpc-v2-cbor"], "targetPrefix": "Things",
                      "apiVersion": "2024-01-01", "endpointPrefix": "things"},
         "operations": {
           "PutThing": {"name": "PutThing", "input": {"shape": "PutThingInput"}, "output": {"shape": "PutThingOutput"},
                        "errors": [{"shape": "Conflict"}]}
         },
         "shapes": {
           "PutThingInput": {"type": "structure", "members": {
             "Name": {"shape": "String"}, "When": {"shape": "Time"}, "Data": {"shape": "Blob"},
             "Ratio": {"shape": "Float"}, "Tags": {"shape": "TagMap"}, "Counts": {"shape": "Longs"}}},
           "PutThingOutput": {"type": "structure", "members": {
             "Name": {"shape": "String"}, "When": {"shape": "Time"}, "Tags": {"shape": "TagMap"},
             "Counts": {"shape": "Longs"}, "Ratio": {"shape": "Float"}}},
           "Conflict": {"type": "structure", "members": {"message": {"shape": "String"}, "Holder": {"shape": "String"}},
                        "exception": true},
           "TagMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
           "Longs": {"type": "list", "member": {"shape": "Long"}},
           "String": {"type": "string"}, "Time": {"type": "timestamp"}, "Blob": {"type": "blob"},
           "Float": {"type": "float"}, "Long": {"type": "long"}
         }}
        """
        return try ServiceModel(json: Data(json.utf8)).operation("PutThing")
    }

    @Test func serializesLikeBotocore() throws {
        let operation = try Self.operation()
        let params: Document = ["Name": "n", "When": .timestamp(Date(timeIntervalSince1970: 1.9)), "Data": "hi",
                                "Ratio": 0.5, "Tags": ["b": "2", "a": "1"], "Counts": [1, -2]]
        let request = try CBORProtocol().serialize(params, operation: operation)
        #expect(request.method == "POST")
        #expect(request.path == "/service/Things/operation/PutThing")
        #expect(request.headers["smithy-protocol"] == "rpc-v2-cbor")
        #expect(request.headers["Accept"] == "application/cbor")
        #expect(request.headers["Content-Type"] == "application/cbor")
        #expect(!request.headers.contains("Content-Length"), "the transport's to write, unsigned, as botocore leaves it")
        #expect(!request.headers.contains("x-amzn-query-mode"))
        let expected = CBORValue(textKeyed: [
            "Name": .text("n"), "When": .tagged(1, .unsigned(1)), "Data": .bytes(Data("hi".utf8)),
            "Ratio": .float32(0.5), "Tags": CBORValue(textKeyed: ["a": .text("1"), "b": .text("2")]),
            "Counts": .array([.unsigned(1), CBORValue(-2)]),
        ])
        #expect(try CBORDecoder().decode(request.body) == expected)
    }

    @Test func rejectsUnknownMembersAndWrongTypes() throws {
        let operation = try Self.operation()
        #expect {
            _ = try CBORProtocol().serialize(["Nmae": "x"], operation: operation)
        } throws: { error in
            String(describing: error).contains("Nmae")
        }
        #expect {
            _ = try CBORProtocol().serialize(["Counts": ["x"]], operation: operation)
        } throws: { error in
            String(describing: error).contains("Counts[0]")
        }
    }

    @Test func parsesByTheOutputShape() throws {
        let operation = try Self.operation()
        let body = CBOREncoder.encode(CBORValue(textKeyed: [
            "Name": .text("n"), "When": .tagged(1, .float64(1.5)), "Tags": CBORValue(textKeyed: ["a": .text("1"), "z": .null]),
            "Counts": .array([.unsigned(3), .null]), "Ratio": .unsigned(2), "Extra": .text("ignored"),
        ]))
        let parsed = try CBORProtocol().parse(ProtocolResponse(statusCode: 200, body: body), operation: operation)
        #expect(parsed == [
            "Name": "n", "When": .timestamp(Date(timeIntervalSince1970: 1.5)), "Tags": ["a": "1"],
            "Counts": [3, nil], "Ratio": .double(2),
        ])
        #expect(try CBORProtocol().parse(ProtocolResponse(statusCode: 200), operation: operation) == [:])
    }

    @Test func malformedResponseBodiesThrowProtocolErrors() throws {
        let operation = try Self.operation()
        for body in [Data([0xBF, 0x61]), Data([0x83]), CBOREncoder.encode(.array([]))] {
            #expect(throws: ProtocolError.self) {
                _ = try CBORProtocol().parse(ProtocolResponse(statusCode: 200, body: body), operation: operation)
            }
        }
    }

    @Test func parsesModeledAndQueryCompatibleErrors() throws {
        let operation = try Self.operation()
        let body = CBOREncoder.encode(CBORValue(textKeyed: [
            "__type": .text("com.example#Conflict:http://internal"), "message": .text("taken"), "Holder": .text("h"),
        ]))
        let parsed = try CBORProtocol().parseError(
            ProtocolResponse(statusCode: 409, headers: ["x-amzn-requestid": "req-1"], body: body), operation: operation)
        #expect(parsed.code == "Conflict")
        #expect(parsed.message == "taken")
        #expect(parsed.requestID == "req-1")
        #expect(parsed.modeledFields == ["message": "taken", "Holder": "h"])

        let query = try CBORProtocol().parseError(
            ProtocolResponse(statusCode: 400, headers: ["x-amzn-query-error": "AWS.Legacy;Sender"], body: body), operation: operation)
        #expect(query.code == "AWS.Legacy")
        #expect(query.error["QueryErrorCode"] == "Conflict")
        #expect(query.error["Type"] == "Sender")
    }

    @Test func reportsBodilessServerErrorsByStatus() throws {
        let operation = try Self.operation()
        let parsed = try CBORProtocol().parseError(ProtocolResponse(statusCode: 503), operation: operation)
        #expect(parsed.code == "503")
        #expect(parsed.message == "Service Unavailable")
        let html = try CBORProtocol().parseError(ProtocolResponse(statusCode: 502, body: Data(" <html>oops".utf8)),
                                                 operation: operation)
        #expect(html.code == "502")
        let unparsable = try CBORProtocol().parseError(ProtocolResponse(statusCode: 400, body: Data([0xFF])), operation: operation)
        #expect(unparsable.code == "400")
    }
}
