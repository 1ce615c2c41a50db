import Foundation
import Synchronization

/// A botocore service model (`service-2.json`): metadata, operations and shapes.
///
/// Created from the model's JSON; every shape reference is checked up front, and shapes and
/// operations are built lazily as they are used.
/// ```swift
/// let model = try ModelLoader.shared.serviceModel("s3")
/// let put = try model.operation("PutObject")
/// put.input?.member("Bucket")?.location   // .uri
/// ```
public final class ServiceModel: Sendable, CustomStringConvertible {
    /// The name the model was loaded under (`s3`, `sqs`, ...), else its endpoint prefix.
    public let serviceName: String
    /// The `metadata` block.
    public let metadata: ServiceMetadata
    /// Operation names in model order.
    public let operationNames: [String]
    /// The top-level members of `service-2.json` other than `operations` and `shapes`
    /// (`metadata`, `version`, `clientContextParams`, ...).
    package let definition: JSONObject

    private let operations: LazyJSONMembers
    private let resolver: ShapeResolver
    /// Shapes with an error trait, when the indexer found them (`nil`: look at every shape).
    private let errorShapeNames: [String]?
    private let operationCache = Mutex<[String: OperationModel]>([:])
    private let errorCodeIndex = Mutex<[String: Shape]?>(nil)

    /// Creates a model from a parsed `service-2.json`, checking every shape and reference.
    package init(definition: JSONObject, serviceName: String? = nil) throws(ModelError) {
        guard let metadata = definition["metadata"]?.object else {
            throw ModelError(.invalidDefinition, "the service model has no 'metadata' object", path: "metadata")
        }
        var topLevel = definition
        topLevel["operations"] = nil
        topLevel["shapes"] = nil
        self.definition = topLevel
        self.metadata = ServiceMetadata(metadata)
        self.serviceName = serviceName ?? self.metadata.endpointPrefix
        let operations = definition["operations"]?.object ?? JSONObject()
        self.operations = LazyJSONMembers(operations)
        operationNames = operations.keys
        resolver = ShapeResolver(shapes: LazyJSONMembers(definition["shapes"]?.object ?? JSONObject()))
        errorShapeNames = nil
        try resolver.validate()
        for (name, operation) in operations.pairs {
            for key in ["input", "output"] {
                if let target = operation[key]?["shape"]?.string, !resolver.shapes.contains(target) {
                    throw ModelError(.unknownShape, "operation \(name) refers to undefined shape '\(target)'",
                                     path: "operations.\(name).\(key)")
                }
            }
        }
    }

    /// Creates a model from the bytes of a `service-2.json`.
    ///
    /// The whole text is checked (syntax, shape types, references) in one pass that builds no
    /// shape; operations and shapes are parsed when first used. Throws `JSONParseError` for text
    /// that is not JSON and `ModelError` for an invalid model.
    public convenience init(json: Data, serviceName: String? = nil) throws {
        try self.init(bytes: [UInt8](json), serviceName: serviceName)
    }

    /// Creates a model from the bytes of a `service-2.json` (see `init(json:serviceName:)`).
    package init(bytes: [UInt8], serviceName: String? = nil) throws {
        let index = try bytes.withUnsafeBufferPointer { buffer in try ServiceModelIndexer.index(buffer) }
        let metadata = index.topLevel["metadata"]?.object ?? JSONObject()
        definition = index.topLevel
        self.metadata = ServiceMetadata(metadata)
        self.serviceName = serviceName ?? self.metadata.endpointPrefix
        operationNames = index.operationNames
        operations = LazyJSONMembers(bytes: bytes, keys: index.operationNames, ranges: index.operationRanges)
        resolver = ShapeResolver(shapes: LazyJSONMembers(bytes: bytes, keys: index.shapeNames, ranges: index.shapeRanges))
        errorShapeNames = index.errorShapeNames
    }

    /// The operation with this exact API name (`PutObject`).
    public func operation(_ name: String) throws(ModelError) -> OperationModel {
        if let cached = operationCache.withLock({ $0[name] }) { return cached }
        guard let definition = operations[name]?.object else {
            let suggestions = ClosestNames.find(name, in: operationNames)
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?"
            throw ModelError(.unknownOperation, "\(serviceName) has no operation '\(name)'\(hint)")
        }
        let operation = OperationModel(name: name, definition: definition, service: self)
        return operationCache.withLock { cache in
            if let existing = cache[name] { return existing }
            cache[name] = operation
            return operation
        }
    }

    /// The shape with this name, if the model defines it.
    public func shape(named name: String) -> Shape? { resolver.shape(named: name) }

    /// Every shape name in model order.
    public var shapeNames: [String] { resolver.shapes.keys }

    /// A member reference (`{"shape": "Name", ...traits}`) resolved with its traits.
    package func resolve(reference: JSONObject) -> Shape? { resolver.resolve(reference: reference) }

    /// The exception shape whose error code (`error.code`, else its name) is `code`.
    public func errorShape(forCode code: String) -> Shape? {
        if let index = errorCodeIndex.withLock({ $0 }) { return index[code] }
        var index: [String: Shape] = [:]
        for name in errorShapeNames ?? resolver.shapes.keys {
            guard let shape = resolver.shape(named: name), let errorCode = shape.errorCode else { continue }
            index[errorCode] = shape
        }
        errorCodeIndex.withLock { $0 = index }
        return index[code]
    }

    /// `ServiceModel(s3)`.
    public var description: String { "ServiceModel(\(serviceName))" }
}
