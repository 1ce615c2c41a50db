import Foundation
import Testing
@testable import AWSClients

/// Broken service models are rejected with the JSON path of the problem.
@Suite struct ModelErrorTests {
    struct BrokenModel: Sendable, CustomStringConvertible {
        let name: String
        let json: String
        let code: ModelError.Code
        let path: String?
        var description: String { name }
    }

    static let cases: [BrokenModel] = [
        BrokenModel(name: "no metadata", json: #"{"operations":{},"shapes":{}}"#, code: .invalidDefinition, path: "metadata"),
        BrokenModel(name: "member of undefined shape",
                    json: #"{"metadata":{},"shapes":{"A":{"type":"structure","members":{"B":{"shape":"Nope"}}}}}"#,
                    code: .unknownShape, path: "shapes.A.members.B"),
        BrokenModel(name: "list of undefined shape",
                    json: #"{"metadata":{},"shapes":{"L":{"type":"list","member":{"shape":"Nope"}}}}"#,
                    code: .unknownShape, path: "shapes.L.member"),
        BrokenModel(name: "map value of undefined shape",
                    json: #"{"metadata":{},"shapes":{"K":{"type":"string"},"M":{"type":"map","key":{"shape":"K"},"value":{"shape":"Nope"}}}}"#,
                    code: .unknownShape, path: "shapes.M.value"),
        BrokenModel(name: "reference without shape",
                    json: #"{"metadata":{},"shapes":{"A":{"type":"structure","members":{"B":{"locationName":"b"}}}}}"#,
                    code: .invalidDefinition, path: "shapes.A.members.B"),
        BrokenModel(name: "unknown shape type",
                    json: #"{"metadata":{},"shapes":{"A":{"type":"tuple"}}}"#, code: .unknownShapeType, path: "shapes.A.type"),
        BrokenModel(name: "shape without type",
                    json: #"{"metadata":{},"shapes":{"A":{"members":{}}}}"#, code: .invalidDefinition, path: "shapes.A.type"),
        BrokenModel(name: "operation input undefined",
                    json: #"{"metadata":{},"operations":{"Op":{"input":{"shape":"In"}}},"shapes":{}}"#,
                    code: .unknownShape, path: "operations.Op.input"),
        BrokenModel(name: "not an object", json: #"["metadata"]"#, code: .invalidDefinition, path: nil),
    ]

    @Test(arguments: cases)
    func brokenModelsReportTheirPath(_ broken: BrokenModel) {
        let error = #expect(throws: ModelError.self, "case \(broken.name)") {
            try ServiceModel(json: Data(broken.json.utf8), serviceName: "broken")
        }
        #expect(error?.code == broken.code, "case \(broken.name)")
        #expect(error?.path == broken.path, "case \(broken.name)")
        if let path = broken.path {
            #expect(error?.description.hasSuffix("(at \(path))") == true, "case \(broken.name)")
        }
    }

    @Test func invalidJSONIsAParseError() {
        #expect(throws: JSONParseError.self) { try ServiceModel(json: Data("{\"metadata\":".utf8)) }
    }

    @Test func aMinimalModelLoads() throws {
        let json = #"{"metadata":{"apiVersion":"2020-01-01","endpointPrefix":"mini","protocol":"json"},"#
            + #""operations":{"Go":{"http":{"method":"PUT","requestUri":"/go"},"input":{"shape":"In"}}},"#
            + #""shapes":{"In":{"type":"structure","required":["A"],"members":{"A":{"shape":"S","locationName":"a"}}},"#
            + #""S":{"type":"string","locationName":"s"}}}"#
        let model = try ServiceModel(json: Data(json.utf8))
        #expect(model.serviceName == "mini")
        let go = try model.operation("Go")
        #expect(go.httpMethod == "PUT" && go.requestURI == "/go")
        #expect(go.input?.requiredMembers == ["A"])
        #expect(go.input?.member("A")?.locationName == "a")   // the member's trait beats the target's
        #expect(model.shape(named: "S")?.locationName == "s")
    }
}
