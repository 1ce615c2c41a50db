/// Runs compiled rules against a scope, with botocore's semantics.
struct EndpointEvaluator {
    let partitions: PartitionTable

    func evaluate(_ rules: [EndpointRule], scope: inout EndpointScope) throws(EndpointResolutionError) -> ResolvedEndpoint? {
        for rule in rules {
            if let endpoint = try evaluate(rule, scope: &scope) { return endpoint }
        }
        return nil
    }

    private func evaluate(_ rule: EndpointRule, scope: inout EndpointScope) throws(EndpointResolutionError) -> ResolvedEndpoint? {
        // Each rule works on its own copy of the scope in botocore: forget this rule's assignments on the way out.
        defer { for slot in rule.assignedSlots { scope[slot] = nil } }
        for condition in rule.conditions {
            switch try call(condition, scope: &scope) {
            case nil, .bool(false)?: return nil
            default: continue
            }
        }
        switch rule.outcome {
        case .tree(let rules):
            return try evaluate(rules, scope: &scope)
        case .error(let message):
            throw EndpointResolutionError(.ruleSetError, PythonText.str(try value(of: message, scope: &scope)))
        case .endpoint(let target):
            guard case .string(let url)? = try value(of: target.url, scope: &scope) else {
                throw EndpointResolutionError(.invalidRuleSet, "an endpoint rule's url did not resolve to a string")
            }
            let properties = try target.properties.resolve(scope)
            var headers: [String: [String]] = [:]
            for header in target.headers {
                var values: [String] = []
                values.reserveCapacity(header.values.count)
                for expression in header.values { values.append(PythonText.str(try value(of: expression, scope: &scope))) }
                headers[header.name] = values
            }
            return ResolvedEndpoint(url: url, headers: headers, properties: properties)
        }
    }

    func value(of expression: EndpointExpression, scope: inout EndpointScope) throws(EndpointResolutionError) -> Document? {
        switch expression {
        case .literal(let value): return value
        case .template(let template): return .string(try template.render(scope))
        case .reference(let slot): return scope[slot]
        case .call(let call): return try self.call(call, scope: &scope)
        }
    }

    func call(_ call: EndpointFunctionCall, scope: inout EndpointScope) throws(EndpointResolutionError) -> Document? {
        let arguments = call.arguments
        if let arity = call.function.arity, arguments.count != arity {
            throw EndpointResolutionError(.invalidFunctionArguments,
                                          "\(call.function.name) takes \(arity) arguments, the rule set passes \(arguments.count)")
        }
        let result: Document?
        switch call.function {
        case .isSet:
            result = .bool(try value(of: arguments[0], scope: &scope) != nil)
        case .not:
            result = .bool(!EndpointFunctions.isTruthy(try value(of: arguments[0], scope: &scope)))
        case .getAttr:
            let target = try value(of: arguments[0], scope: &scope)
            if let path = call.attributePath {
                result = path.value(in: target)
            } else {
                guard case .string(let text)? = try value(of: arguments[1], scope: &scope) else {
                    throw EndpointResolutionError(.invalidFunctionArguments, "getAttr needs a string path")
                }
                result = EndpointAttributePath(text).value(in: target)
            }
        case .booleanEquals:
            let first = try value(of: arguments[0], scope: &scope), second = try value(of: arguments[1], scope: &scope)
            guard case .bool(let a)? = first, case .bool(let b)? = second else {
                throw EndpointResolutionError(.invalidFunctionArguments,
                                              "Both arguments must be bools, not \(PythonText.typeName(first)) and \(PythonText.typeName(second)).")
            }
            result = .bool(a == b)
        case .stringEquals:
            let first = try value(of: arguments[0], scope: &scope), second = try value(of: arguments[1], scope: &scope)
            guard case .string(let a)? = first, case .string(let b)? = second else {
                throw EndpointResolutionError(.invalidFunctionArguments,
                                              "Both values must be strings, not \(PythonText.typeName(first)) and \(PythonText.typeName(second)).")
            }
            result = .bool(a == b)
        case .substring:
            let input = try value(of: arguments[0], scope: &scope)
            guard case .string(let text)? = input else {
                throw EndpointResolutionError(.invalidFunctionArguments, "Input must be a string, not \(PythonText.typeName(input)).")
            }
            let start = try integer(value(of: arguments[1], scope: &scope), "substring start")
            let stop = try integer(value(of: arguments[2], scope: &scope), "substring stop")
            let reverse = try value(of: arguments[3], scope: &scope) == .bool(true)
            result = EndpointFunctions.substring(text, start: start, stop: stop, reverse: reverse).map(Document.string)
        case .uriEncode:
            result = try value(of: arguments[0], scope: &scope).map { .string(EndpointFunctions.uriEncode(PythonText.str($0))) }
        case .parseURL:
            guard case .string(let text)? = try value(of: arguments[0], scope: &scope) else { result = nil; break }
            result = try EndpointURL.parse(text)?.document
        case .isValidHostLabel:
            let label = try value(of: arguments[0], scope: &scope)
            let allowSubdomains = try value(of: arguments[1], scope: &scope)
            result = .bool(EndpointFunctions.isValidHostLabel(label?.string, allowSubdomains: allowSubdomains?.bool))
        case .awsPartition:
            let region = try value(of: arguments[0], scope: &scope)
            result = partitions.outputs(forRegion: region?.string)
        case .awsParseArn:
            let text = try value(of: arguments[0], scope: &scope)
            result = text?.string.flatMap(EndpointARN.parse)?.document
        case .awsIsVirtualHostableS3Bucket:
            let bucket = try value(of: arguments[0], scope: &scope)
            let allowSubdomains = try value(of: arguments[1], scope: &scope)
            result = .bool(EndpointFunctions.isVirtualHostableS3Bucket(bucket?.string, allowSubdomains: allowSubdomains?.bool))
        case .unknown(let name):
            throw EndpointResolutionError(.invalidFunctionArguments,
                                          "the rule set calls '\(name)', a function this SDK does not implement; update the SDK")
        }
        if let slot = call.assignSlot {
            if scope[slot] != nil {
                throw EndpointResolutionError(.invalidRuleSet,
                                              "Assignment \(call.assignName ?? "") already exists in scoped variables and cannot be overwritten")
            }
            scope[slot] = result
        }
        return result
    }

    private func integer(_ value: Document?, _ what: String) throws(EndpointResolutionError) -> Int {
        switch value {
        case .int(let number)?: return number
        case .bool(let flag)?: return flag ? 1 : 0
        default: throw EndpointResolutionError(.invalidFunctionArguments, "\(what) must be an integer, not \(PythonText.typeName(value))")
        }
    }
}
