/// One operation of a client, called with keyword arguments.
///
/// Obtained through dynamic member lookup: `client.putObject` is a `ClientOperation`, and
/// `client.putObject(Bucket: "b")` calls it. Values may be `Document` literals or plain Swift values.
@dynamicCallable
public struct ClientOperation: Sendable {
    let client: Client
    /// The name as written by the caller.
    public let name: String

    /// Calls the operation with `Document` arguments (literals included).
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) async throws -> Document {
        try await client.call(name, try Self.parameters(arguments, operation: name) { $0 })
    }

    /// Calls the operation with plain Swift values (`String`, `Int`, `Data`, `Date`, arrays, dictionaries).
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) async throws -> Document {
        try await client.call(name, try Self.parameters(arguments, operation: name) { $0.document })
    }

    /// Builds the parameter map, rejecting unlabeled arguments as boto3 does.
    static func parameters(_ pairs: [(String, Document)], operation: String) throws -> Document {
        var map = [String: Document](minimumCapacity: pairs.count)
        for (key, value) in pairs { try add(key, value, to: &map, operation: operation) }
        return .map(map)
    }

    /// Builds the parameter map straight from the call's arguments (no intermediate array).
    static func parameters<Value>(_ arguments: KeyValuePairs<String, Value>, operation: String,
                                  _ document: (Value) -> Document) throws -> Document {
        var map = [String: Document](minimumCapacity: arguments.count)
        for (key, value) in arguments { try add(key, document(value), to: &map, operation: operation) }
        return .map(map)
    }

    private static func add(_ key: String, _ value: Document, to map: inout [String: Document], operation: String) throws {
        if key.isEmpty {
            throw ParamValidationError(problems: [.init(kind: .positionalArgument, path: "input",
                message: "\(operation)() only accepts keyword arguments.")])
        }
        map[key] = value
    }
}
