/// A set a `Codable` type holds (`Set<String>`, `DynamoDBSet`), written as a DynamoDB set.
protocol DynamoDBCodableSet {
    var isEmpty: Bool { get }
    /// The DynamoDB set, elements sorted for a Swift `Set` (whose order varies from run to run).
    func codableSetValue() throws -> DynamoDBValue
}

extension Set: DynamoDBCodableSet where Element: DynamoDBSetElement {
    func codableSetValue() throws -> DynamoDBValue {
        let value: DynamoDBValue
        switch self {
        case let doubles as Set<Double>:
            value = .numberSet(DynamoDBSet(try doubles.map { try DynamoDBNumber(String($0)) }))
        default:
            value = try Element.dynamoDBSet(of: Array(self))
        }
        switch value {
        case .stringSet(let set): return .stringSet(DynamoDBSet(unique: set.elements.sorted()))
        case .numberSet(let set): return .numberSet(DynamoDBSet(unique: set.elements.sorted()))
        case .binarySet(let set): return .binarySet(DynamoDBSet(unique: set.elements.sorted { $0.lexicographicallyPrecedes($1) }))
        default: return value
        }
    }
}

extension DynamoDBSet: DynamoDBCodableSet {
    func codableSetValue() throws -> DynamoDBValue { try dynamoDBValue() }
}
