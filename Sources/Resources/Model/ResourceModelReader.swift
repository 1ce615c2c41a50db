/// Reads the parts of a `resources-1.json` definition, throwing `ModelError` with the JSON path of
/// anything malformed.
struct ResourceModelReader {
    /// A member that must be a string.
    static func string(_ object: JSONObject, _ key: String, at path: String) throws(ModelError) -> String {
        guard let value = object[key]?.string else {
            throw ModelError(.invalidDefinition, "Expected a string '\(key)'.", path: path)
        }
        return value
    }

    /// An optional member that must be an object when present.
    static func object(_ object: JSONObject, _ key: String, at path: String) throws(ModelError) -> JSONObject? {
        guard let value = object[key], !value.isNull else { return nil }
        guard let result = value.object else {
            throw ModelError(.invalidDefinition, "Expected '\(key)' to be an object.", path: path)
        }
        return result
    }

    /// An optional member that must be a list of objects when present.
    static func objects(_ object: JSONObject, _ key: String, at path: String) throws(ModelError) -> [JSONObject] {
        guard let value = object[key], !value.isNull else { return [] }
        guard let list = value.array else {
            throw ModelError(.invalidDefinition, "Expected '\(key)' to be a list.", path: path)
        }
        var result: [JSONObject] = []
        for (i, item) in list.enumerated() {
            guard let element = item.object else {
                throw ModelError(.invalidDefinition, "Expected an object.", path: "\(path).\(key)[\(i)]")
            }
            result.append(element)
        }
        return result
    }

    /// A JMESPath expression member, compiled; `$` (boto3's "the whole response") reads as none.
    static func expression(_ object: JSONObject, _ key: String, at path: String) throws(ModelError) -> JMESPathExpression? {
        guard let text = object[key]?.string, text != "$" else { return nil }
        do {
            return try JMESPathExpression.compile(text)
        } catch {
            throw ModelError(.invalidDefinition, "The path '\(text)' is not valid JMESPath: \(error)", path: "\(path).\(key)")
        }
    }

    /// A `params` or `identifiers` list of parameters.
    static func parameters(_ object: JSONObject, _ key: String, at path: String) throws(ModelError) -> [ResourceParameter] {
        var result: [ResourceParameter] = []
        for (i, item) in try objects(object, key, at: path).enumerated() {
            result.append(try parameter(item, at: "\(path).\(key)[\(i)]"))
        }
        return result
    }

    static func parameter(_ item: JSONObject, at path: String) throws(ModelError) -> ResourceParameter {
        let sourceText = try string(item, "source", at: path)
        guard let source = ResourceParameter.Source(rawValue: sourceText) else {
            throw ModelError(.invalidDefinition, "Unknown parameter source '\(sourceText)'.", path: path)
        }
        let target = try ParameterTarget(try string(item, "target", at: path), path: path)
        return ResourceParameter(target: target, source: source, name: item["name"]?.string,
                                 path: try expression(item, "path", at: path), value: item["value"]?.document)
    }

    /// A `request` object.
    static func request(_ object: JSONObject, at path: String) throws(ModelError) -> ResourceRequest {
        ResourceRequest(operation: try string(object, "operation", at: path), params: try parameters(object, "params", at: path))
    }

    /// A `resource` object of an action, collection or relation.
    static func responseResource(_ object: JSONObject, at path: String) throws(ModelError) -> ResponseResource {
        ResponseResource(type: try string(object, "type", at: path), identifiers: try parameters(object, "identifiers", at: path),
                         path: try expression(object, "path", at: path))
    }

    /// An action-like object (actions, load, batch actions).
    static func action(_ object: JSONObject, name: String, names: (swift: String, python: String),
                       at path: String) throws(ModelError) -> ResourceAction {
        guard let requestObject = try self.object(object, "request", at: path) else {
            throw ModelError(.invalidDefinition, "The action '\(name)' has no request.", path: path)
        }
        let resource = try self.object(object, "resource", at: path)
        return ResourceAction(name: name, swiftName: names.swift, pythonName: names.python,
                              request: try request(requestObject, at: path + ".request"),
                              resource: try resource.map { (o) throws(ModelError) in try responseResource(o, at: path + ".resource") },
                              path: try expression(object, "path", at: path))
    }
}
