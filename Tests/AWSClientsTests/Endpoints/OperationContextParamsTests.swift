import Foundation
import Testing
@testable import AWSClients

/// `operationContextParams`: endpoint parameters computed with JMESPath from the input, as
/// botocore's `_resolve_param_as_operation_context_param`.
struct OperationContextParamsTests {
    @Test func dynamoDBTableARNsFromRequestItemsPickTheAccountEndpoint() throws {
        let loader = ModelLoader(environment: [:])
        let model = try loader.serviceModel("dynamodb")
        let builder = EndpointParameterBuilder(ruleSet: try EndpointDataFiles.ruleSet(service: "dynamodb", loader: loader), service: model)
        let operation = try model.operation("BatchGetItem")
        let arn = "arn:aws:dynamodb:us-east-1:333333333333:table/orders"
        let input: Document = ["RequestItems": [arn: ["Keys": [["pk": ["S": "1"]]]]]]
        var builtIns = EndpointBuiltIns(region: "us-east-1")
        builtIns.accountIDEndpointMode = "preferred"
        let parameters = try builder.parameters(operation: operation, input: input, builtIns: builtIns)
        #expect(parameters["ResourceArnList"] == [.string(arn)])
        #expect(try builder.ruleSet.resolve(parameters).url == "https://333333333333.ddb.us-east-1.amazonaws.com")
        // The resolution cache key includes the computed value, so another table gets its own endpoint.
        let other: Document = ["RequestItems": ["arn:aws:dynamodb:us-east-1:444444444444:table/t": ["Keys": []]]]
        #expect(try builder.inputValues(operation: operation, input: input) != builder.inputValues(operation: operation, input: other))
    }
}
