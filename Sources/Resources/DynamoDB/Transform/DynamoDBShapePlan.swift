/// Where an operation's input or output holds what boto3's DynamoDB interface transforms
/// (`boto3/dynamodb/transform.py`): `AttributeValue` shapes (plain values ⇄ wire form),
/// `ConditionExpression` and `KeyExpression` shapes (conditions → expression strings). Only the
/// branches that lead to one are kept, so a walk skips the rest.
indirect enum DynamoDBShapePlan: Sendable {
    /// An `AttributeValue`.
    case attributeValue
    /// A condition expression string; `isKey` for `KeyExpression` (`KeyConditionExpression`).
    case condition(isKey: Bool)
    /// A structure: the plans of the members that lead to a target, by member name.
    case structure([String: DynamoDBShapePlan])
    /// A list whose elements lead to a target.
    case list(DynamoDBShapePlan)
    /// A map whose values lead to a target.
    case map(DynamoDBShapePlan)

    /// The member plans of a structure plan.
    var members: [String: DynamoDBShapePlan] {
        if case .structure(let members) = self { return members }
        return [:]
    }

    /// The plan of `shape`, `nil` when nothing in it is transformed.
    static func of(_ shape: Shape?) -> DynamoDBShapePlan? {
        guard let shape else { return nil }
        var visiting: Set<String> = []
        return plan(shape, visiting: &visiting)
    }

    private static func plan(_ shape: Shape, visiting: inout Set<String>) -> DynamoDBShapePlan? {
        switch shape.name {
        case "AttributeValue": return .attributeValue
        case "ConditionExpression": return .condition(isKey: false)
        case "KeyExpression": return .condition(isKey: true)
        default: break
        }
        guard visiting.insert(shape.name).inserted else { return nil }
        defer { visiting.remove(shape.name) }
        switch shape.type {
        case .structure:
            var members: [String: DynamoDBShapePlan] = [:]
            for (name, member) in shape.members {
                if let plan = plan(member, visiting: &visiting) { members[name] = plan }
            }
            return members.isEmpty ? nil : .structure(members)
        case .list:
            return shape.listMember.flatMap { plan($0, visiting: &visiting) }.map(DynamoDBShapePlan.list)
        case .map:
            return shape.mapValue.flatMap { plan($0, visiting: &visiting) }.map(DynamoDBShapePlan.map)
        default:
            return nil
        }
    }
}
