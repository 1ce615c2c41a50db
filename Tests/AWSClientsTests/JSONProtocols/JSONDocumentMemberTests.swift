import Foundation
import Testing
@testable import AWSClients

/// `null` in a document member is a value, sent as botocore sends it (`"Doc": null`); anywhere
/// else it leaves the member out, and so does a top-level `null` of a REST input (botocore's
/// `_partition_parameters` drops those first). Found by the differential request test.
@Suite struct JSONDocumentMemberTests {
    static func model(protocol name: String) -> String {
        """
        {"metadata": {"protocol": "\(name)", "apiVersion": "2020-01-01", "endpointPrefix": "t",
                      "jsonVersion": "1.1", "targetPrefix": "T"},
         "operations": {"Put": {"name": "Put", "http": {"method": "POST", "requestUri": "/put"}, "input": {"shape": "In"}}},
         "shapes": {
           "In": {"type": "structure", "members": {"Doc": {"shape": "D"}, "Name": {"shape": "S"}, "Inner": {"shape": "Inner"}}},
           "Inner": {"type": "structure", "members": {"Doc": {"shape": "D"}, "Name": {"shape": "S"}}},
           "D": {"type": "structure", "members": {}, "document": true},
           "S": {"type": "string"}
         }}
        """
    }

    static func body(_ params: Document, protocol name: String) throws -> String {
        let operation = try ServiceModel(json: Data(model(protocol: name).utf8)).operation("Put")
        let request = name == "json" ? try JSONProtocol().serialize(params, operation: operation)
                                     : try RestJSONProtocol().serialize(params, operation: operation)
        return String(decoding: request.body, as: UTF8.self)
    }

    @Test func nullDocumentsAreSentAndOtherNullsLeftOut() throws {
        let params: Document = ["Doc": .null, "Name": .null, "Inner": ["Doc": .null, "Name": "n"]]
        #expect(try Self.body(params, protocol: "json") == #"{"Doc":null,"Inner":{"Doc":null,"Name":"n"}}"#)
    }

    @Test func restJSONLeavesTopLevelNullsOutButSendsNestedNullDocuments() throws {
        let params: Document = ["Doc": .null, "Name": .null, "Inner": ["Doc": .null, "Name": "n"]]
        #expect(try Self.body(params, protocol: "rest-json") == #"{"Inner":{"Doc":null,"Name":"n"}}"#)
    }

    @Test(arguments: ["json", "rest-json"])
    func documentsInsideDocumentsKeepTheirNulls(protocol name: String) throws {
        #expect(try Self.body(["Doc": ["a": .null, "b": [.null]]], protocol: name) == #"{"Doc":{"a":null,"b":[null]}}"#)
    }
}
