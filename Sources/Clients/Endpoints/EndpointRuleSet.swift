import Foundation

/// A service's endpoint rules (`endpoint-rule-set-1.json`), compiled once and evaluated per call.
///
/// Compilation resolves every variable to a slot and splits every template, so a resolution
/// walks no JSON. Semantics follow botocore's `EndpointProvider`: the first matching rule wins,
/// a tree whose rules all fail lets the next sibling try, and an `error` rule throws its message.
/// ```swift
/// let ruleSet = try EndpointRuleSet(json: ruleSetData, partitions: PartitionTable(json: partitionsData))
/// let endpoint = try ruleSet.resolve(["Region": "us-east-1", "Bucket": "photos"])
/// endpoint.url   // "https://photos.s3.amazonaws.com"
/// ```
public final class EndpointRuleSet: Sendable {
    /// The rule set's `version`.
    public let version: String
    /// The declared parameters, in the rule set's order.
    public let parameters: [EndpointParameterDefinition]
    /// The partitions `aws.partition` looks regions up in.
    public let partitions: PartitionTable

    let rules: [EndpointRule]
    /// Parameters take slots `0..<parameters.count`; assigned and other names follow.
    let slotCount: Int
    let slotsByName: [String: Int]
    private let parameterIndex: [String: Int]

    /// Compiles a rule set from the bytes of `endpoint-rule-set-1.json`.
    public convenience init(json: Data, partitions: PartitionTable) throws {
        let value: JSONValue
        do { value = try JSONValue.parse(json) } catch {
            throw EndpointResolutionError(.invalidRuleSet, "the endpoint rule set is not valid JSON: \(error)")
        }
        try self.init(definition: value, partitions: partitions)
    }

    /// Compiles a parsed rule set.
    package init(definition: JSONValue, partitions: PartitionTable) throws(EndpointResolutionError) {
        guard let object = definition.object else {
            throw EndpointResolutionError(.invalidRuleSet, "an endpoint rule set must be a JSON object")
        }
        version = object["version"]?.string ?? ""
        var parameters: [EndpointParameterDefinition] = []
        for (name, spec) in object["parameters"]?.object?.pairs ?? [] {
            parameters.append(try EndpointParameterDefinition(name: name, definition: spec))
        }
        self.parameters = parameters
        self.partitions = partitions
        var compiler = EndpointRuleCompiler(parameterNames: parameters.map(\.name))
        guard let ruleList = object["rules"]?.array else {
            throw EndpointResolutionError(.invalidRuleSet, "an endpoint rule set needs a 'rules' list")
        }
        rules = try compiler.compileRules(ruleList, path: "rules", depth: 0)
        slotCount = compiler.slots.names.count
        slotsByName = compiler.slots.byName
        var index: [String: Int] = [:]
        for (position, parameter) in parameters.enumerated() { index[parameter.name] = position }
        parameterIndex = index
    }

    /// The declared parameter with this name.
    public func parameter(named name: String) -> EndpointParameterDefinition? {
        parameterIndex[name].map { parameters[$0] }
    }

    /// Resolves the endpoint for these parameter values.
    ///
    /// Throws `EndpointResolutionError`: `.ruleSetError` with the rule set's message when an
    /// error rule matches, `.noEndpointFound` when nothing matches, or a parameter error.
    public func resolve(_ parameters: EndpointParameters) throws(EndpointResolutionError) -> ResolvedEndpoint {
        var scope = EndpointScope(slotCount: slotCount)
        var matched = 0
        for (slot, definition) in self.parameters.enumerated() {
            let given = parameters.values[definition.name]
            if given != nil { matched += 1 }
            scope[slot] = try definition.process(given)
        }
        if parameters.values.count > matched {
            // Names the rule set does not declare stay visible to references, as in botocore's scope.
            for (name, value) in parameters.values where parameterIndex[name] == nil && !value.isNull {
                if let slot = slotsByName[name] { scope[slot] = value }
            }
        }
        let evaluator = EndpointEvaluator(partitions: partitions)
        if let endpoint = try evaluator.evaluate(rules, scope: &scope) { return endpoint }
        throw EndpointResolutionError(.noEndpointFound, "No endpoint found for parameters:\n" + describe(parameters))
    }

    /// botocore's listing of the given parameters: one `Name: value` line each.
    private func describe(_ parameters: EndpointParameters) -> String {
        var lines: [String] = []
        for definition in self.parameters {
            if let value = parameters.values[definition.name] { lines.append("\(definition.name): \(PythonText.str(value))") }
        }
        for name in parameters.values.keys.sorted() where parameterIndex[name] == nil {
            lines.append("\(name): \(PythonText.str(parameters.values[name]))")
        }
        return lines.joined(separator: "\n")
    }
}
