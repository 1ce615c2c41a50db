import Foundation
import Testing
@testable import AWSClients

@Suite struct EndpointRuleSetTests {
    static let partitions = Result { try EndpointFixtures.partitions() }

    private func ruleSet(_ json: String) throws -> EndpointRuleSet {
        try EndpointRuleSet(json: Data(json.utf8), partitions: Self.partitions.get())
    }

    @Test func templatesAssignmentsAndTreeFallthrough() throws {
        let rules = try ruleSet("""
            {"version": "1.0", "parameters": {"Region": {"type": "string", "required": true},
                                             "Flag": {"type": "boolean", "default": false}},
             "rules": [
               {"type": "tree", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "Flag"}, true]}],
                "rules": [{"type": "endpoint", "conditions": [{"fn": "stringEquals", "argv": [{"ref": "Region"}, "nowhere"]}],
                           "endpoint": {"url": "https://never"}}]},
               {"type": "endpoint", "conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "p"}],
                "endpoint": {"url": "https://svc.{Region}.{p#dnsSuffix}", "headers": {"x-a": ["{p#name}"]},
                             "properties": {"authSchemes": [{"name": "sigv4", "signingRegion": "{Region}"}], "escaped": "{{x}}", "plain": "{1}"}}}
             ]}
            """)
        let endpoint = try rules.resolve(["Region": "cn-north-1", "Flag": true])
        #expect(endpoint.url == "https://svc.cn-north-1.amazonaws.com.cn")
        #expect(endpoint.headers == ["x-a": ["aws-cn"]])
        // `{{x}}` holds `{x}`, so botocore formats it (giving `{x}`); `{1}` is no template and stays as written.
        #expect(endpoint.properties == ["authSchemes": [["name": "sigv4", "signingRegion": "cn-north-1"]], "escaped": "{x}", "plain": "{1}"])
    }

    @Test func errorsCarryTheRuleSetMessage() throws {
        let rules = try ruleSet("""
            {"version": "1.0", "parameters": {"Region": {"type": "string"}},
             "rules": [{"type": "error", "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
                        "error": "bad region {Region}"}]}
            """)
        #expect(throws: EndpointResolutionError(.ruleSetError, "bad region x")) { try rules.resolve(["Region": "x"]) }
        let none = #expect(throws: EndpointResolutionError.self) { try rules.resolve([:]) }
        #expect(none?.code == .noEndpointFound)
        #expect(none?.message == "No endpoint found for parameters:\n")
    }

    @Test func parameterChecks() throws {
        let rules = try ruleSet("""
            {"version": "1.0", "parameters": {"Region": {"type": "string", "required": true}},
             "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://x"}}]}
            """)
        #expect(throws: EndpointResolutionError(.missingRequiredParameter, "Cannot find value for required parameter Region")) {
            try rules.resolve([:])
        }
        #expect(throws: EndpointResolutionError(.invalidParameterType, "Value (Region) is the wrong type. Must be <class 'str'>.")) {
            try rules.resolve(["Region": true])
        }
    }

    @Test func unknownRuleTypeIsRejectedAtLoad() {
        #expect(throws: EndpointResolutionError.self) {
            try ruleSet(#"{"version": "1.0", "parameters": {}, "rules": [{"type": "maybe", "conditions": []}]}"#)
        }
    }

    @Test func parameterBuilderFollowsBotocoresOrder() throws {
        let rules = try EndpointFixtures.s3RuleSet.get()
        let builder = EndpointParameterBuilder(ruleSet: rules, service: nil)
        var builtIns = EndpointBuiltIns(region: "us-west-2", useFIPS: true)
        builtIns.s3ForcePathStyle = true
        let parameters = try builder.parameters(operation: nil, input: [:], builtIns: builtIns)
        #expect(parameters["Region"] == "us-west-2")
        #expect(parameters["UseFIPS"] == true)
        #expect(parameters["ForcePathStyle"] == true)
        #expect(parameters["UseGlobalEndpoint"] == false)
        #expect(parameters["Endpoint"] == nil)
        let custom = try builder.parameters(operation: nil, input: [:],
                                            builtIns: EndpointBuiltIns(region: "us-east-1", useFIPS: true, endpointURL: "http://localhost:9000"))
        #expect(custom["UseFIPS"] == false)  // botocore drops FIPS when a custom endpoint is set
        #expect(custom["Endpoint"] == "http://localhost:9000")
        #expect(custom["UseGlobalEndpoint"] == true)
    }
}
