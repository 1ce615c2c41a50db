import Synchronization

/// The input and output plans of one operation, worked out once per operation model.
struct DynamoDBOperationPlan: Sendable {
    let input: DynamoDBShapePlan?
    let output: DynamoDBShapePlan?

    /// Whether boto3's DynamoDB interface changes anything in this operation's requests or responses.
    var transforms: Bool { input != nil || output != nil }

    /// The input members that are conditions, in model order: first the condition expressions,
    /// then the key conditions, the order boto3 builds them in (so placeholders are numbered alike).
    let conditionMembers: [(name: String, isKey: Bool)]

    private static let cache = Mutex<[ObjectIdentifier: (OperationModel, DynamoDBOperationPlan)]>([:])

    /// The plan of `operation` (cached; the operation model is kept alive with it).
    static func of(_ operation: OperationModel) -> DynamoDBOperationPlan {
        let id = ObjectIdentifier(operation)
        if let cached = cache.withLock({ $0[id]?.1 }) { return cached }
        let input = DynamoDBShapePlan.of(operation.input)
        var conditions: [(name: String, isKey: Bool)] = []
        for isKey in [false, true] {
            for (name, _) in operation.input?.members ?? [] {
                if case .condition(let memberIsKey)? = input?.members[name], memberIsKey == isKey { conditions.append((name, isKey)) }
            }
        }
        let plan = DynamoDBOperationPlan(input: input, output: DynamoDBShapePlan.of(operation.output), conditionMembers: conditions)
        cache.withLock { $0[id] = (operation, plan) }
        return plan
    }
}
