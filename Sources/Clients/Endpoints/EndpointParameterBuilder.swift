import Synchronization

/// Builds the parameters of an endpoint resolution for one call, in botocore's order
/// (`EndpointRulesetResolver`): for each rule-set parameter, the operation's static context
/// value, else the input member marked `contextParam`, else the client context value (for names
/// the service model lists in `clientContextParams`), else the parameter's built-in.
///
/// ```swift
/// let builder = EndpointParameterBuilder(ruleSet: ruleSet, service: model)
/// let parameters = try builder.parameters(operation: try model.operation("GetObject"),
///                                         input: ["Bucket": "photos", "Key": "a.txt"],
///                                         builtIns: EndpointBuiltIns(region: "us-west-2"))
/// let endpoint = try ruleSet.resolve(parameters)
/// ```
/// A parameter's value comes, as botocore takes it, from the operation's `staticContextParams`,
/// else the input member bound to it (`contextParam`), else the operation's
/// `operationContextParams` (a JMESPath path into the input, such as DynamoDB's
/// `keys(RequestItems)`), else the client context, else its built-in. Per-operation lookups are
/// worked out once and cached.
public final class EndpointParameterBuilder: Sendable {
    /// Where one parameter's value comes from for one operation, in order of preference.
    struct Source: Sendable {
        let name: String
        let staticValue: Document?
        let inputMember: String?
        /// The operation's `operationContextParams` path for the parameter.
        let inputPath: JMESPathExpression?
        let fromClientContext: Bool
        /// Reads the parameter's built-in, if it has one.
        let builtIn: (@Sendable (EndpointBuiltIns) -> Document?)?
    }

    /// The rule set whose parameters are built.
    public let ruleSet: EndpointRuleSet
    private let clientContextNames: Set<String>
    private let plans = Mutex<[String: Plan]>([:])

    /// The sources of every parameter for one operation, and the input members they read.
    struct Plan: Sendable {
        let sources: [Source]
        /// Input members read (those bound by `contextParam` that no static value overrides), in
        /// rule-set order.
        let inputMembers: [String]
        /// Paths into the input read (`operationContextParams`), in rule-set order.
        let inputPaths: [JMESPathExpression]
    }

    /// Creates a builder for a service's rule set; `service` supplies `clientContextParams`.
    public init(ruleSet: EndpointRuleSet, service: ServiceModel?) {
        self.ruleSet = ruleSet
        clientContextNames = Set(service?.definition["clientContextParams"]?.object?.keys ?? [])
    }

    /// The parameters for a call of `operation` with `input`.
    ///
    /// `clientContext` holds client context parameter values by parameter name (`ForcePathStyle`,
    /// `DisableS3ExpressSessionAuth`, ...).
    public func parameters(operation: OperationModel?, input: Document, builtIns: EndpointBuiltIns,
                           clientContext: [String: Document] = [:]) throws(EndpointResolutionError) -> EndpointParameters {
        parameters(fromValues: try values(operation: operation, input: input, builtIns: builtIns, clientContext: clientContext))
    }

    /// The parameter values for a call, in the rule set's parameter order (`nil` when not set):
    /// the same information as `parameters(...)`, much cheaper to hash as a cache key.
    package func values(operation: OperationModel?, input: Document, builtIns: EndpointBuiltIns,
                        clientContext: [String: Document] = [:]) throws(EndpointResolutionError) -> [Document?] {
        let sources = try plan(for: operation).sources
        var values: [Document?] = []
        values.reserveCapacity(sources.count)
        for index in sources.indices {
            var value = sources[index].staticValue
            if value == nil, let member = sources[index].inputMember { value = input[member] }
            if value?.isNull ?? true, let path = sources[index].inputPath { value = try? path.search(input) }
            if value?.isNull ?? true, sources[index].fromClientContext { value = clientContext[sources[index].name] }
            if value?.isNull ?? true, let builtIn = sources[index].builtIn { value = builtIn(builtIns) }
            values.append(value?.isNull == false ? value : nil)
        }
        return values
    }

    /// The input values `values(...)` reads for a call of `operation`, in rule-set order. For one
    /// operation, built-ins and client context, they determine the parameter values, so they make
    /// a much smaller cache key (a PutObject reads two members of twenty parameters).
    package func inputValues(operation: OperationModel?, input: Document) throws(EndpointResolutionError) -> [Document?] {
        let plan = try plan(for: operation)
        return plan.inputMembers.map { input[$0] } + plan.inputPaths.map { try? $0.search(input) }
    }

    /// The parameters named by the rule set for values in its parameter order (from `values(...)`).
    package func parameters(fromValues values: [Document?]) -> EndpointParameters {
        var parameters: [String: Document] = [:]
        parameters.reserveCapacity(values.count)
        for (definition, value) in zip(ruleSet.parameters, values) {
            if let value { parameters[definition.name] = value }
        }
        return EndpointParameters(parameters)
    }

    private func plan(for operation: OperationModel?) throws(EndpointResolutionError) -> Plan {
        let key = operation?.name ?? ""
        if let cached = plans.withLock({ $0[key] }) { return cached }
        var membersByParameter: [String: String] = [:]
        for member in operation?.input?.members ?? [] {
            if let parameter = member.shape.contextParam, membersByParameter[parameter] == nil {
                membersByParameter[parameter] = member.name
            }
        }
        var sources: [Source] = []
        for parameter in ruleSet.parameters {
            if let builtIn = parameter.builtIn, !EndpointBuiltIns.knownNames.contains(builtIn) {
                throw EndpointResolutionError(.unknownBuiltIn, "the endpoint rule set's parameter \(parameter.name) uses the built-in '\(builtIn)', which this SDK does not know; update the SDK")
            }
            let staticValue = operation?.staticContextParams[parameter.name]
            var inputPath: JMESPathExpression?
            if let path = operation?.operationContextParams[parameter.name] {
                do {
                    inputPath = try JMESPathExpression(path)
                } catch {
                    throw EndpointResolutionError(.invalidRuleSet, "the operationContextParams path of \(parameter.name) in "
                        + "\(operation?.name ?? "the operation") is not valid JMESPath (\(error)): \(path)")
                }
            }
            sources.append(Source(name: parameter.name, staticValue: staticValue?.isNull == true ? nil : staticValue,
                                  inputMember: membersByParameter[parameter.name], inputPath: inputPath,
                                  fromClientContext: clientContextNames.contains(parameter.name),
                                  builtIn: try parameter.builtIn.map(EndpointBuiltIns.reader(for:))))
        }
        let plan = Plan(sources: sources,
                        inputMembers: sources.compactMap { $0.staticValue == nil ? $0.inputMember : nil },
                        inputPaths: sources.compactMap { $0.staticValue == nil ? $0.inputPath : nil })
        plans.withLock { $0[key] = plan }
        return plan
    }
}
