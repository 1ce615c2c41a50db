import Foundation

/// The `Encoder` behind `DynamoDBEncoder`: one per value being encoded.
struct DynamoDBEncodingState: Encoder {
    let options: DynamoDBEncoder
    let node: DynamoDBEncodingNode
    let codingPath: [any CodingKey]

    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .map = node.content {} else { node.content = .map([:]) }
        return KeyedEncodingContainer(DynamoDBKeyedEncodingContainer<Key>(state: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .list = node.content {} else { node.content = .list([]) }
        return DynamoDBUnkeyedEncodingContainer(state: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        DynamoDBSingleValueEncodingContainer(state: self)
    }

    /// The state for a child node at `key`.
    func child(_ node: DynamoDBEncodingNode, key: any CodingKey) -> DynamoDBEncodingState {
        DynamoDBEncodingState(options: options, node: node, codingPath: codingPath + [key])
    }

    /// Writes `value` into this node, with the special cases of the mapping (see `DynamoDBEncoder`).
    func encodeValue<T: Encodable>(_ value: T) throws {
        switch value {
        case let plain as DynamoDBValue: node.content = .value(plain)
        case let number as DynamoDBNumber: node.content = .value(.number(number))
        case let date as Date: node.content = .value(try options.encodeDate(date))
        case let data as Data: node.content = .value(.binary(data))
        case let url as URL: node.content = .value(.string(url.absoluteString))
        case let decimal as Decimal: node.content = .value(.number(try DynamoDBNumber(decimal)))
        case let set as any DynamoDBCodableSet: node.content = set.isEmpty ? .omitted : .value(try set.codableSetValue())
        default: try value.encode(to: self)
        }
    }

    /// A `Double` as the shortest text that reads back as it.
    func number(_ value: Double) throws -> DynamoDBValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: codingPath,
                debugDescription: "Infinity and NaN not supported: DynamoDB numbers are finite."))
        }
        do {
            return .number(try DynamoDBNumber(String(value)))
        } catch {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: codingPath, debugDescription: "\(error)", underlyingError: error))
        }
    }
}
