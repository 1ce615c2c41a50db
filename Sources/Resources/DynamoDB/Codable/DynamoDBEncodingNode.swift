import Foundation

/// A node of the value under construction: containers write into nodes, assembled at the end.
final class DynamoDBEncodingNode {
    enum Content {
        /// Nothing written yet.
        case pending
        /// A finished value.
        case value(DynamoDBValue)
        /// A value to leave out of its map (an empty set).
        case omitted
        case map([String: DynamoDBEncodingNode])
        case list([DynamoDBEncodingNode])
    }

    var content: Content = .pending

    /// The assembled value; `path` names it in errors.
    func value(path: [any CodingKey]) throws -> DynamoDBValue {
        switch content {
        case .pending: return .map([:])
        case .value(let value): return value
        case .omitted:
            throw EncodingError.invalidValue(DynamoDBSet<String>(), EncodingError.Context(codingPath: path,
                debugDescription: "An empty set has no DynamoDB form here: DynamoDB has no empty sets, and only an item attribute can be left out."))
        case .map(let entries):
            var out: [String: DynamoDBValue] = [:]
            out.reserveCapacity(entries.count)
            for (key, node) in entries {
                if case .omitted = node.content { continue }
                out[key] = try node.value(path: path + [DynamoDBCodingKey(key)])
            }
            return .map(out)
        case .list(let elements):
            var out: [DynamoDBValue] = []
            out.reserveCapacity(elements.count)
            for (index, node) in elements.enumerated() { out.append(try node.value(path: path + [DynamoDBCodingKey(index)])) }
            return .list(out)
        }
    }
}
