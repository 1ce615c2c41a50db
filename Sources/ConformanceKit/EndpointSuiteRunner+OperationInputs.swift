import AWSClients
import Foundation

extension EndpointSuiteRunner {
    /// Runs the `operationInputs` of every case through `EndpointParameterBuilder`: built-ins are
    /// exactly the case's `builtInParams` (as botocore's end-to-end test replaces them), the
    /// operation's static and input context parameters come from the service model. The resolved
    /// URL must start with the expected one (botocore compares the sent request's URL that way);
    /// an expected error must be raised with the same message.
    ///
    /// botocore runs these through its whole client, whose S3 customizations this check does not
    /// include, and skips inputs with the invalid bucket names `bucket name` and `example.com#`
    /// (botocore validates bucket names first); they are skipped here too.
    public func runOperationInputs(file: URL) throws -> [CaseResult] {
        let serviceName = service ?? file.deletingLastPathComponent().lastPathComponent
        let ruleSet = try EndpointDataFiles.ruleSet(service: serviceName, loader: loader)
        let model = try loader.serviceModel(serviceName)
        let builder = EndpointParameterBuilder(ruleSet: ruleSet, service: model)
        let suite = try JSONValue.parse(Data(contentsOf: file))
        var results: [CaseResult] = []
        for (index, testCase) in (suite["testCases"]?.array ?? []).enumerated() {
            for (inputIndex, inputs) in (testCase["operationInputs"]?.array ?? []).enumerated() {
                let name = "#\(index).\(inputIndex) \(testCase["documentation"]?.string ?? "")"
                let outcome: CaseResult.Outcome
                let bucket = inputs["operationParams"]?["Bucket"]?.string
                if bucket == "bucket name" || bucket == "example.com#" {
                    outcome = .skipped("botocore validates this bucket name before endpoint resolution")
                } else {
                    outcome = Self.checkOperationInput(inputs, expect: testCase["expect"], model: model, builder: builder)
                }
                results.append(CaseResult(file: file.lastPathComponent, suite: "\(serviceName) operationInputs",
                                          caseName: name, outcome: outcome))
            }
        }
        return results
    }

    static func checkOperationInput(_ inputs: JSONValue, expect: JSONValue?, model: ServiceModel,
                                    builder: EndpointParameterBuilder) -> CaseResult.Outcome {
        var builtIns: [String: Document] = [:]
        for (name, value) in inputs["builtInParams"]?.object?.pairs ?? [] { builtIns[name] = value.document }
        let input = inputs["operationParams"]?.document ?? .map([:])
        let result: Result<ResolvedEndpoint, Error>
        do {
            let operation = try model.operation(inputs["operationName"]?.string ?? "")
            let parameters = try builder.parameters(operation: operation, input: input, builtIns: .exactly(builtIns))
            result = .success(try builder.ruleSet.resolve(parameters))
        } catch {
            result = .failure(error)
        }
        switch (result, expect?["error"]?.string, expect?["endpoint"]?["url"]?.string) {
        case (.failure(let error), let message?, _):
            return "\(error)" == message ? .passed : .failed("error \("\(error)".debugDescription), expected \(message.debugDescription)")
        case (.success(let endpoint), let message?, _):
            return .failed("expected error \(message.debugDescription), got endpoint \(endpoint.url)")
        case (.success(let endpoint), nil, let url?):
            return endpoint.url.hasPrefix(url) ? .passed : .failed("url \(endpoint.url), expected \(url)")
        case (.failure(let error), nil, _):
            return .failed("error \("\(error)".debugDescription), expected an endpoint")
        default:
            return .failed("'expect' has neither 'endpoint' nor 'error'")
        }
    }
}
