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

/// A coding key for any name or position.
struct DynamoDBCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init(_ index: Int) {
        stringValue = String(index)
        intValue = index
    }

    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(intValue) }
}
