/// Turns the keyword arguments of a DynamoDB resource action into the low-level client's
/// parameters, as boto3's DynamoDB interface does before every call (`transform.py`): conditions
/// become expression strings with their placeholders merged into `ExpressionAttributeNames` and
/// `ExpressionAttributeValues`, then plain values become the wire's typed form wherever the
/// operation takes an `AttributeValue`. Everything else is sent as given.
struct DynamoDBRequestBuilder {
    let operation: OperationModel
    let plan: DynamoDBOperationPlan
    private let serializer = DynamoDBTypeSerializer()

    init(operation: OperationModel) {
        self.operation = operation
        plan = DynamoDBOperationPlan.of(operation)
    }

    /// The request parameters for `arguments` (name, what it stands for), in the caller's order.
    func parameters(_ arguments: [(String, DynamoDBArgumentValue)]) throws -> Document {
        var values: [String: DynamoDBValue] = [:]
        var conditions: [String: DynamoDBCondition] = [:]
        for (name, argument) in arguments {
            switch argument {
            case .value(let value): values[name] = value
            case .condition(let condition): conditions[name] = condition
            }
        }
        if !conditions.isEmpty { try buildConditions(conditions, into: &values) }
        var out: [String: Document] = [:]
        out.reserveCapacity(values.count)
        let members = plan.input?.members ?? [:]
        for (name, value) in values {
            out[name] = try wire(value, plan: members[name], path: name)
        }
        return .map(out)
    }

    /// Builds the conditions into expression strings (condition expressions first, then key
    /// conditions, with one placeholder count, as boto3) and merges their placeholders.
    private func buildConditions(_ conditions: [String: DynamoDBCondition], into values: inout [String: DynamoDBValue]) throws {
        var builder = DynamoDBConditionExpressionBuilder()
        var names: [String: DynamoDBValue] = [:]
        var placeholders: [String: DynamoDBValue] = [:]
        for (member, isKey) in plan.conditionMembers {
            guard let condition = conditions[member] else { continue }
            let built = try builder.build(condition, isKeyCondition: isKey)
            values[member] = .string(built.expression)
            for (placeholder, name) in built.attributeNames { names[placeholder] = .string(name) }
            for (placeholder, value) in built.attributeValues { placeholders[placeholder] = value }
        }
        if let stray = conditions.keys.sorted().first(where: { values[$0] == nil }) {
            let accepted = plan.conditionMembers.map(\.name)
            let hint = accepted.isEmpty ? "\(operation.name) takes none" : "\(operation.name) takes them in \(accepted.joined(separator: ", "))"
            throw DynamoDBConditionError(.needsCondition,
                                         "\(stray) is not a condition expression, so it cannot take a Key/Attr condition (\(hint)); pass an expression string.")
        }
        try merge(names, into: &values, member: "ExpressionAttributeNames")
        try merge(placeholders, into: &values, member: "ExpressionAttributeValues")
    }

    /// Adds generated placeholders to the caller's map (theirs first, as boto3's `dict.update`).
    private func merge(_ generated: [String: DynamoDBValue], into values: inout [String: DynamoDBValue], member: String) throws {
        guard !generated.isEmpty else { return }
        switch values[member] {
        case nil, .null?:
            values[member] = .map(generated)
        case .map(var given)?:
            for (key, value) in generated { given[key] = value }
            values[member] = .map(given)
        case let other?:
            throw DynamoDBTypeError(.unsupportedType, "\(member) must be a map to take the conditions' placeholders, not \(other).")
        }
    }

    /// `value` as the request carries it at a place with `plan`.
    private func wire(_ value: DynamoDBValue, plan: DynamoDBShapePlan?, path: @autoclosure () -> String) throws -> Document {
        guard let plan else { return try Self.plain(value, path: path()) }
        switch (plan, value) {
        case (.attributeValue, _):
            return try serializer.wire(value, path: path())
        case (.structure(let members), .map(let entries)):
            var out: [String: Document] = [:]
            out.reserveCapacity(entries.count)
            for (name, entry) in entries { out[name] = try wire(entry, plan: members[name], path: "\(path()).\(name)") }
            return .map(out)
        case (.list(let element), .list(let elements)):
            var out: [Document] = []
            out.reserveCapacity(elements.count)
            for (index, entry) in elements.enumerated() { out.append(try wire(entry, plan: element, path: "\(path())[\(index)]")) }
            return .list(out)
        case (.map(let element), .map(let entries)):
            var out: [String: Document] = [:]
            out.reserveCapacity(entries.count)
            for (name, entry) in entries { out[name] = try wire(entry, plan: element, path: "\(path()).\(name)") }
            return .map(out)
        default:
            // A value of another shape than the model's (or a condition given as text): sent as
            // is, for the client's parameter validation to report.
            return try Self.plain(value, path: path())
        }
    }

    /// A plain value where the operation takes no attribute value (`Limit: 10`, `Select: "COUNT"`).
    static func plain(_ value: DynamoDBValue, path: @autoclosure () -> String) throws -> Document {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .string(let text): return .string(text)
        case .number(let number):
            if let int = number.int { return .int(int) }
            return .double(number.double ?? number.approximateDouble)
        case .binary(let data): return .blob(data)
        case .list(let elements):
            var out: [Document] = []
            out.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() { out.append(try plain(element, path: "\(path())[\(index)]")) }
            return .list(out)
        case .map(let entries):
            var out: [String: Document] = [:]
            out.reserveCapacity(entries.count)
            for (name, element) in entries { out[name] = try plain(element, path: "\(path()).\(name)") }
            return .map(out)
        case .stringSet, .numberSet, .binarySet:
            throw DynamoDBTypeError(.unsupportedType, "\(path()) holds a set, which only an attribute value (an item's, a key's or an ExpressionAttributeValues entry's) can be.")
        }
    }
}
