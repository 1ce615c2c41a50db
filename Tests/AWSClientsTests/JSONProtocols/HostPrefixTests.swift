import Foundation
import Testing
@testable import AWSClients

/// `endpoint.hostPrefix` expansion: labels from `hostLabel` members, and invalid labels refused
/// with botocore's `ParamValidationError` (found by the differential request test).
@Suite struct HostPrefixTests {
    static let model = """
        {"metadata": {"protocol": "rest-json", "apiVersion": "2020-01-01", "endpointPrefix": "t"},
         "operations": {"Get": {"name": "Get", "http": {"method": "GET", "requestUri": "/g"}, "input": {"shape": "In"},
                                "endpoint": {"hostPrefix": "{Graph}.{Zone}.data."}}},
         "shapes": {
           "In": {"type": "structure", "required": ["Graph", "Zone"], "members": {
             "Graph": {"shape": "S", "hostLabel": true}, "Zone": {"shape": "S", "hostLabel": true}}},
           "S": {"type": "string"}
         }}
        """

    static func expand(_ params: Document) throws -> String? {
        try HostPrefix.expand(for: try ServiceModel(json: Data(model.utf8)).operation("Get"), params: params)
    }

    @Test func labelsAreFilledIn() throws {
        #expect(try Self.expand(["Graph": "g-1", "Zone": "a.b"]) == "g-1.a.b.data.")
    }

    @Test func invalidLabelsAreAParamValidationErrorNamingEachOne() throws {
        let error = try #require(#expect(throws: ParamValidationError.self) { try Self.expand(["Graph": "bad label", "Zone": "x/y"]) })
        #expect(error.problems.map(\.kind) == [.invalidValue])
        #expect(error.description == """
            Parameter validation failed:
            Invalid value for parameter(s): Graph, Zone. Must contain only alphanumeric characters, hyphen, or period.
            """)
    }

    @Test func anEmptyHostLabelFailsValidationAsTooShort() throws {
        let input = try ServiceModel(json: Data(Self.model.utf8)).operation("Get").input
        let error = try #require(#expect(throws: ParamValidationError.self) { try ParamValidator().validate(["Graph": "", "Zone": "z"], shape: input) })
        #expect(error.problems.map(\.message) == ["Invalid length for parameter Graph, value: 0, valid min length: 1"])
    }
}
