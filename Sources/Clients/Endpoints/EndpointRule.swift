/// A compiled rule: conditions, then an endpoint, an error, or nested rules.
struct EndpointRule: Sendable {
    enum Outcome: Sendable {
        case endpoint(EndpointTarget)
        case error(EndpointExpression)
        case tree([EndpointRule])
    }

    let conditions: [EndpointFunctionCall]
    /// Slots the conditions assign; cleared when the rule is left, as each rule sees its own copy of the scope in botocore.
    let assignedSlots: [Int]
    let outcome: Outcome
}

/// A compiled `endpoint` object: URL, headers and properties.
struct EndpointTarget: Sendable {
    let url: EndpointExpression
    let headers: [(name: String, values: [EndpointExpression])]
    let properties: EndpointPropertyValue
}

/// A compiled `properties` tree: only template strings inside it are evaluated (as in botocore);
/// subtrees without templates are kept as finished values.
indirect enum EndpointPropertyValue: Sendable {
    case constant(Document)
    case template(EndpointTemplate)
    case list([EndpointPropertyValue])
    case map([(key: String, value: EndpointPropertyValue)])

    func resolve(_ scope: borrowing EndpointScope) throws(EndpointResolutionError) -> Document {
        switch self {
        case .constant(let value):
            return value
        case .template(let template):
            return .string(try template.render(scope))
        case .list(let elements):
            var out: [Document] = []
            out.reserveCapacity(elements.count)
            for element in elements { out.append(try element.resolve(scope)) }
            return .list(out)
        case .map(let entries):
            var out: [String: Document] = [:]
            out.reserveCapacity(entries.count)
            for entry in entries { out[entry.key] = try entry.value.resolve(scope) }
            return .map(out)
        }
    }
}
