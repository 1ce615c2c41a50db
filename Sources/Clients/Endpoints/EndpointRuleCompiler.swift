/// Turns rule-set JSON into compiled rules, giving every variable name a scope slot.
struct EndpointRuleCompiler {
    /// Variable names and their slots; parameters come first, in declaration order.
    final class SlotTable {
        private(set) var names: [String] = []
        private(set) var byName: [String: Int] = [:]

        func slot(for name: String) -> Int {
            if let slot = byName[name] { return slot }
            byName[name] = names.count
            names.append(name)
            return names.count - 1
        }
    }

    /// Rule trees deeper than this are rejected rather than risking the stack.
    static let maximumDepth = 64

    let slots = SlotTable()

    init(parameterNames: [String]) {
        for name in parameterNames { _ = slots.slot(for: name) }
    }

    private func failure(_ message: String, _ path: String) -> EndpointResolutionError {
        EndpointResolutionError(.invalidRuleSet, "\(message) (at \(path))")
    }

    mutating func compileRules(_ rules: [JSONValue], path: String, depth: Int) throws(EndpointResolutionError) -> [EndpointRule] {
        guard depth < Self.maximumDepth else { throw failure("rules nest deeper than \(Self.maximumDepth) levels", path) }
        var compiled: [EndpointRule] = []
        compiled.reserveCapacity(rules.count)
        for (index, rule) in rules.enumerated() {
            compiled.append(try compileRule(rule, path: "\(path)[\(index)]", depth: depth))
        }
        return compiled
    }

    private mutating func compileRule(_ rule: JSONValue, path: String, depth: Int) throws(EndpointResolutionError) -> EndpointRule {
        guard let object = rule.object else { throw failure("a rule must be a JSON object", path) }
        var conditions: [EndpointFunctionCall] = []
        var assigned: [Int] = []
        for (index, condition) in (object["conditions"]?.array ?? []).enumerated() {
            let conditionPath = "\(path).conditions[\(index)]"
            guard let call = condition.object, call["fn"] != nil else {
                throw failure("a condition must be a function call ({\"fn\": ..., \"argv\": [...]})", conditionPath)
            }
            let compiled = try compileCall(call, path: conditionPath)
            if let slot = compiled.assignSlot { assigned.append(slot) }
            conditions.append(compiled)
        }
        let outcome: EndpointRule.Outcome
        switch object["type"]?.string {
        case "endpoint":
            guard let endpoint = object["endpoint"]?.object, let url = endpoint["url"] else {
                throw failure("an endpoint rule needs an 'endpoint' object with a 'url'", path)
            }
            var headers: [(name: String, values: [EndpointExpression])] = []
            for (name, values) in endpoint["headers"]?.object?.pairs ?? [] {
                var expressions: [EndpointExpression] = []
                for (index, value) in (values.array ?? []).enumerated() {
                    expressions.append(try compileExpression(value, path: "\(path).endpoint.headers.\(name)[\(index)]"))
                }
                headers.append((name, expressions))
            }
            let properties = compileProperty(endpoint["properties"] ?? .object(JSONObject()))
            outcome = .endpoint(EndpointTarget(url: try compileExpression(url, path: "\(path).endpoint.url"),
                                               headers: headers, properties: properties))
        case "error":
            guard let error = object["error"] else { throw failure("an error rule needs an 'error' message", path) }
            outcome = .error(try compileExpression(error, path: "\(path).error"))
        case "tree":
            guard let rules = object["rules"]?.array else { throw failure("a tree rule needs a 'rules' list", path) }
            outcome = .tree(try compileRules(rules, path: "\(path).rules", depth: depth + 1))
        default:
            let type = object["type"]?.string ?? "<missing>"
            throw failure("Unknown rule type: \(type). A rule must be of type tree, endpoint or error.", path)
        }
        return EndpointRule(conditions: conditions, assignedSlots: assigned, outcome: outcome)
    }

    private mutating func compileCall(_ call: JSONObject, path: String, depth: Int = 0) throws(EndpointResolutionError) -> EndpointFunctionCall {
        guard let name = call["fn"]?.string else { throw failure("'fn' must be a function name", path) }
        let function = EndpointFunction(name: name)
        var arguments: [EndpointExpression] = []
        let argv = call["argv"]?.array ?? []
        for (index, argument) in argv.enumerated() {
            arguments.append(try compileExpression(argument, path: "\(path).argv[\(index)]", depth: depth + 1))
        }
        var attributePath: EndpointAttributePath?
        if function == .getAttr, argv.count == 2, let text = argv[1].string {
            attributePath = EndpointAttributePath(text)
        }
        let assignName = call["assign"]?.string
        return EndpointFunctionCall(function: function, arguments: arguments,
                                    assignSlot: assignName.map(slots.slot(for:)), assignName: assignName,
                                    attributePath: attributePath)
    }

    private mutating func compileExpression(_ value: JSONValue, path: String, depth: Int = 0) throws(EndpointResolutionError) -> EndpointExpression {
        guard depth < Self.maximumDepth else { throw failure("function calls nest deeper than \(Self.maximumDepth) levels", path) }
        switch value {
        case .string(let text):
            if EndpointTemplate.isTemplate(text) { return .template(EndpointTemplate(text, slot: slots.slot(for:))) }
            return .literal(.string(text))
        case .object(let object):
            if object["fn"] != nil { return .call(try compileCall(object, path: path, depth: depth)) }
            if let name = object["ref"]?.string { return .reference(slot: slots.slot(for: name)) }
            return .literal(value.document)
        case .null:
            // JSON null is Python's None: an unset value, not a `Document.null` that would count as set.
            return .literal(nil)
        default:
            return .literal(value.document)
        }
    }

    private func compileProperty(_ value: JSONValue) -> EndpointPropertyValue {
        switch value {
        case .string(let text):
            return EndpointTemplate.isTemplate(text) ? .template(EndpointTemplate(text, slot: slots.slot(for:))) : .constant(.string(text))
        case .array(let elements):
            let compiled = elements.map(compileProperty)
            if compiled.allSatisfy({ if case .constant = $0 { return true } else { return false } }) { return .constant(value.document) }
            return .list(compiled)
        case .object(let object):
            let compiled = object.pairs.map { (key: $0.key, value: compileProperty($0.value)) }
            if compiled.allSatisfy({ if case .constant = $0.value { return true } else { return false } }) { return .constant(value.document) }
            return .map(compiled)
        default:
            return .constant(value.document)
        }
    }
}
