/// Builds a `ResourceModel` from its JSON definition, naming members in boto3's order.
struct ResourceModelBuilder {
    let serviceName: String
    let serviceModel: ServiceModel
    /// Every resource definition of the service, in model order.
    let definitions: JSONObject

    /// Builds the service resource (`isService`) or the resource type `name`.
    func build(name: String, definition: JSONObject, isService: Bool) throws(ModelError) -> ResourceModel {
        let path = isService ? "service" : "resources.\(name)"
        typealias R = ResourceModelReader
        let injected = ResourceInjections(serviceName: serviceName, resourceName: name, isService: isService)
        let loadObject = try R.object(definition, "load", at: path)
        let shapeName = definition["shape"]?.string
        var shape: Shape?
        if let shapeName {
            guard let found = serviceModel.shape(named: shapeName) else {
                throw ModelError(.unknownShape, "The shape '\(shapeName)' is not in the \(serviceName) service model.", path: path + ".shape")
            }
            shape = found
        }
        var names = ResourceMemberNames(resourceName: name, modelHasLoad: loadObject != nil,
                                        swiftHasLoad: loadObject != nil || injected.load != nil)

        var identifiers: [ResourceIdentifier] = []
        for (i, item) in try R.objects(definition, "identifiers", at: path).enumerated() {
            let itemPath = "\(path).identifiers[\(i)]"
            let identifierName = try R.string(item, "name", at: itemPath)
            let named = try names.register(identifierName, .identifier)
            identifiers.append(ResourceIdentifier(name: identifierName, memberName: item["memberName"]?.string,
                                                  type: item["type"]?.string, swiftName: named.swift, pythonName: named.python))
        }

        var load: ResourceLoad?
        if let loadObject {
            load = .action(try R.action(loadObject, name: "load", names: ("load", "load"), at: path + ".load"))
        } else {
            load = injected.load
        }

        var actions: [ResourceAction] = []
        let modelActions = try R.object(definition, "actions", at: path) ?? JSONObject()
        let actionDefinitions = modelActions.pairs + injected.actions.filter { modelActions[$0.0] == nil }
        for (actionName, value) in actionDefinitions {
            let itemPath = "\(path).actions.\(actionName)"
            guard let object = value.object else { throw ModelError(.invalidDefinition, "Expected an object.", path: itemPath) }
            actions.append(try R.action(object, name: actionName, names: try names.register(actionName, .action), at: itemPath))
        }

        var batchActions: [ResourceAction] = []
        for (actionName, value) in (try R.object(definition, "batchActions", at: path) ?? JSONObject()).pairs {
            let itemPath = "\(path).batchActions.\(actionName)"
            guard let object = value.object else { throw ModelError(.invalidDefinition, "Expected an object.", path: itemPath) }
            // Batch actions live on collections, so they take part in no clash (as in boto3).
            let named = (NameStyle.lowerCamel(actionName), NameStyle.snake(actionName))
            batchActions.append(try R.action(object, name: actionName, names: named, at: itemPath))
        }

        let relations = try buildRelations(definition, isService: isService, names: &names, at: path)

        var collections: [ResourceCollectionModel] = []
        for (collectionName, value) in (try R.object(definition, "hasMany", at: path) ?? JSONObject()).pairs {
            let itemPath = "\(path).hasMany.\(collectionName)"
            guard let object = value.object else { throw ModelError(.invalidDefinition, "Expected an object.", path: itemPath) }
            guard let requestObject = try R.object(object, "request", at: itemPath),
                  let resourceObject = try R.object(object, "resource", at: itemPath) else {
                throw ModelError(.invalidDefinition, "A collection needs a request and a resource.", path: itemPath)
            }
            let named = try names.register(collectionName, .collection)
            collections.append(ResourceCollectionModel(name: collectionName, swiftName: named.swift, pythonName: named.python,
                                                       request: try R.request(requestObject, at: itemPath + ".request"),
                                                       resource: try R.responseResource(resourceObject, at: itemPath + ".resource")))
        }

        var waiters: [ResourceWaiterModel] = []
        for (waiterName, value) in (try R.object(definition, "waiters", at: path) ?? JSONObject()).pairs {
            let itemPath = "\(path).waiters.\(waiterName)"
            guard let object = value.object else { throw ModelError(.invalidDefinition, "Expected an object.", path: itemPath) }
            let named = try names.register("WaitUntil" + waiterName, .waiter)
            waiters.append(ResourceWaiterModel(name: waiterName, swiftName: named.swift, pythonName: named.python,
                                               waiterName: try R.string(object, "waiterName", at: itemPath),
                                               params: try R.parameters(object, "params", at: itemPath)))
        }

        var attributes: [ResourceAttribute] = []
        if let shape {
            let identifierSwiftNames = Set(identifiers.map(\.swiftName))
            for member in shape.members {
                let named = try names.register(member.name, .attribute)
                // boto3 skips members named like an identifier: the identifier already holds the value.
                if identifierSwiftNames.contains(NameStyle.lowerCamel(member.name)) { continue }
                let alias = identifiers.first { $0.memberName == member.name }?.name
                attributes.append(ResourceAttribute(name: member.name, swiftName: named.swift, pythonName: named.python,
                                                    shape: member.shape, identifierAlias: alias))
            }
        }

        return ResourceModel(name: name, serviceName: serviceName, isServiceResource: isService, shape: shape,
                             identifiers: identifiers, load: load, actions: actions, batchActions: batchActions,
                             subresources: relations.subresources, references: relations.references,
                             collections: collections, waiters: waiters, attributes: attributes)
    }

    /// Sub-resources and references, named in the order boto3 registers them.
    private func buildRelations(_ definition: JSONObject, isService: Bool, names: inout ResourceMemberNames,
                                at path: String) throws(ModelError) -> (subresources: [ResourceRelation], references: [ResourceRelation]) {
        var subresources: [ResourceRelation] = []
        var references: [ResourceRelation] = []
        for (relationName, object, relationPath) in try hasDefinitions(definition, isService: isService, at: path) {
            guard let resourceObject = try ResourceModelReader.object(object, "resource", at: relationPath) else {
                throw ModelError(.invalidDefinition, "A relation needs a resource.", path: relationPath)
            }
            let resource = try ResourceModelReader.responseResource(resourceObject, at: relationPath + ".resource")
            let isReference = resource.identifiers.contains { $0.source == .data }
            let kind: ResourceRelation.Kind = isReference ? .reference : .subresource
            let named = try names.register(relationName, isReference ? .reference : .subresource)
            let relation = ResourceRelation(name: relationName, swiftName: named.swift, pythonName: named.python,
                                            kind: kind, resource: resource)
            if isReference { references.append(relation) } else { subresources.append(relation) }
        }
        return (subresources, references)
    }

    /// boto3's `_get_has_definition`: a resource's own `has`; for the service resource, its `has`
    /// entries grouped by resource type in model order, plus a sub-resource for every type it does
    /// not mention, taking all that type's identifiers from the caller (`s3.Object("b", "k")`).
    private func hasDefinitions(_ definition: JSONObject, isService: Bool,
                                at path: String) throws(ModelError) -> [(String, JSONObject, String)] {
        let has = try ResourceModelReader.object(definition, "has", at: path) ?? JSONObject()
        var result: [(String, JSONObject, String)] = []
        guard isService else {
            for (name, value) in has.pairs {
                guard let object = value.object else { throw ModelError(.invalidDefinition, "Expected an object.", path: "\(path).has.\(name)") }
                result.append((name, object, "\(path).has.\(name)"))
            }
            return result
        }
        // A dictionary in boto3: a later entry of the same name replaces the value but keeps the place
        // (EC2's `KeyPair` names the `KeyPairInfo` type although a `KeyPair` type exists).
        var places: [String: Int] = [:]
        func add(_ name: String, _ object: JSONObject, _ itemPath: String) {
            if let place = places[name] {
                result[place] = (name, object, itemPath)
            } else {
                places[name] = result.count
                result.append((name, object, itemPath))
            }
        }
        for (typeName, typeValue) in definitions.pairs {
            var found = false
            for (name, value) in has.pairs where value["resource"]?["type"]?.string == typeName {
                guard let object = value.object else { throw ModelError(.invalidDefinition, "Expected an object.", path: "\(path).has.\(name)") }
                add(name, object, "\(path).has.\(name)")
                found = true
            }
            if !found {
                let identifiers: [JSONValue] = (typeValue["identifiers"]?.array ?? []).compactMap { item in
                    item["name"]?.string.map { .object(JSONObject([("target", .string($0)), ("source", .string("input"))])) }
                }
                let resource = JSONObject([("type", .string(typeName)), ("identifiers", .array(identifiers))])
                add(typeName, JSONObject([("resource", .object(resource))]), "resources.\(typeName)")
            }
        }
        return result
    }
}
