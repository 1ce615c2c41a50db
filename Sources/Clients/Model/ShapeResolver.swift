import Synchronization

/// Builds `Shape`s from a model's `shapes` object on demand and caches the named ones.
///
/// Every reference in the model was checked when the `ServiceModel` was created, so resolution
/// cannot fail later for a well-formed model. Shapes keep their resolver alive (and the resolver
/// caches them): a model lives as long as any of its shapes, which is what the loader's
/// process-wide cache wants anyway.
final class ShapeResolver: Sendable {
    let shapes: LazyJSONMembers
    private let cache = Mutex<[String: Shape]>([:])

    init(shapes: LazyJSONMembers) {
        self.shapes = shapes
    }

    /// The named shape with no member traits.
    func shape(named name: String) -> Shape? {
        if let cached = cache.withLock({ $0[name] }) { return cached }
        guard let definition = shapes[name]?.object, let type = Self.type(of: definition) else { return nil }
        let shape = Shape(name: name, type: type, definition: definition, resolver: self)
        return cache.withLock { cache in
            if let existing = cache[name] { return existing }
            cache[name] = shape
            return shape
        }
    }

    /// A member reference `{"shape": "Name", ...traits}`: the named shape with the traits merged in.
    func resolve(reference: JSONObject) -> Shape? {
        guard let name = reference["shape"]?.string else { return nil }
        if reference.count == 1 { return shape(named: name) }
        guard var merged = shapes[name]?.object, let type = Self.type(of: merged) else { return nil }
        for (key, value) in reference.pairs where key != "shape" { merged[key] = value }
        return Shape(name: name, type: type, definition: merged, resolver: self)
    }

    static func type(of definition: JSONObject) -> ShapeType? {
        definition["type"]?.string.flatMap(ShapeType.init(modelName:))
    }

    /// Checks that every shape has a known type and every reference names a defined shape,
    /// parsing them all (`ServiceModelIndexer` makes the same checks on a model's bytes).
    func validate() throws(ModelError) {
        for name in shapes.keys {
            guard let value = shapes[name] else { continue }
            guard let definition = value.object else {
                throw ModelError(.invalidDefinition, "shape \(name) is not a JSON object", path: "shapes.\(name)")
            }
            guard let typeName = definition["type"]?.string else {
                throw ModelError(.invalidDefinition, "shape \(name) has no type", path: "shapes.\(name).type")
            }
            guard ShapeType(modelName: typeName) != nil else {
                throw ModelError(.unknownShapeType, "shape \(name) has unknown type '\(typeName)'", path: "shapes.\(name).type")
            }
            var references: [(String, JSONValue?)] = []
            if let members = definition["members"]?.object {
                references += members.pairs.map { ("members.\($0.key)", $0.value) }
            }
            for key in ["member", "key", "value"] where definition[key] != nil {
                references.append((key, definition[key]))
            }
            for (path, reference) in references {
                guard let target = reference?["shape"]?.string else {
                    throw ModelError(.invalidDefinition, "reference without a 'shape' name", path: "shapes.\(name).\(path)")
                }
                guard shapes.contains(target) else {
                    throw ModelError(.unknownShape, "shape \(name) refers to undefined shape '\(target)'",
                                     path: "shapes.\(name).\(path)")
                }
            }
        }
    }
}
