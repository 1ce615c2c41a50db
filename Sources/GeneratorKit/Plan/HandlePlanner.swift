import AWSResources

/// Resolves the resource models of one service into `HandlePlan`s: Swift names (keywords escaped),
/// Swift types and doc prose. Throws `GeneratorError` for anything the handles cannot express.
struct HandlePlanner {
    let namespace: HandleNamespace
    let service: ResourceServiceModel

    /// Members every handle declares itself, which no generated property may take.
    static let handleMembers: Set<String> = ["resource", "meta", "description", "hashValue", "init", "load", "reload"]

    /// The plans of the service resource and of every resource type, in model order.
    func plans() throws -> [HandlePlan] {
        var result = [try plan(service.serviceResource)]
        for name in service.resourceNames { result.append(try plan(try service.resource(name))) }
        return result
    }

    /// The plan of one resource type (or of the service resource).
    func plan(_ model: ResourceModel) throws -> HandlePlan {
        let describe = RequestDescriber(model: model)
        let typeName = model.isServiceResource ? "ServiceResource" : model.name
        let identifiers = model.identifiers.map { identifier in
            HandlePlan.Identifier(swiftName: SwiftIdentifier.escaped(identifier.swiftName), modelName: identifier.name,
                                  swiftType: identifier.type == "integer" ? "Int" : "String")
        }
        let loadOperation = describe.loadOperation
        let attributes = model.attributes.map { attribute in
            let source: String
            if let alias = attribute.identifierAlias {
                let swift = model.identifier(named: alias)?.swiftName ?? alias
                source = "the same value as the `\(swift)` identifier; no request"
            } else if let loadOperation {
                source = "from the data, which the first read loads with `\(loadOperation)` (then cached)"
            } else {
                source = "from the data a collection or action returned with this resource"
            }
            return HandlePlan.Attribute(swiftName: SwiftIdentifier.escaped(attribute.swiftName), modelName: attribute.name,
                                        swiftType: Self.swiftType(of: attribute.shape),
                                        doc: "The `\(attribute.name)` attribute (\(Self.typeDescription(of: attribute.shape))), \(source).")
        }
        var loadDoc: String?
        if let loadOperation {
            loadDoc = "Loads the data with `\(loadOperation)`, replacing any data held (boto3's `load()`)."
        }
        let actions = try model.actions.map { action in
            var result = try self.result(of: action.resource)
            if case .document = result, try self.takesPlainValues(action) { result = .dynamoDB }
            let returns: String
            switch result {
            case .document: returns = action.path.map { "the response's `\($0.expression)`" } ?? "the response"
            case .dynamoDB: returns = "the response, with items and keys as plain values in and out (boto3's DynamoDB interface)"
            case .one(let type): returns = "the `\(type)`"
            case .many(let type): returns = "the `\(type)` resources"
            }
            return HandlePlan.Call(swiftName: SwiftIdentifier.escaped(action.swiftName), modelName: action.name, result: result,
                                   doc: "\(describe.call(action.request)); returns \(returns).")
        }
        let batchActions = model.batchActions.map { action in
            HandlePlan.Call(swiftName: SwiftIdentifier.escaped(action.swiftName), modelName: action.name, result: .document,
                            doc: "\(describe.call(action.request, batch: true)), once per page of the collection; returns one response per request.")
        }
        let subresources = try model.subresources.map { try subresource($0, describe: describe) }
        let references = try model.references.map { relation in
            let target = try targetType(relation.resource.type)
            let what = relation.resource.isPlural ? "The `\(target)` resources" : "The `\(target)`"
            let empty = relation.resource.isPlural ? "none" : "`nil`"
            return HandlePlan.Reference(swiftName: SwiftIdentifier.escaped(relation.swiftName), modelName: relation.name,
                                        targetType: target, isPlural: relation.resource.isPlural,
                                        doc: "\(what) this resource's data refers to (\(describe.parameters(relation.resource.identifiers))); \(empty) when the data lacks it. Loads the data when needed.")
        }
        let collections = try model.collections.map { collection in
            let target = try targetType(collection.resource.type)
            return HandlePlan.Collection(swiftName: SwiftIdentifier.escaped(collection.swiftName), modelName: collection.name,
                                         targetModelName: collection.resource.type, targetType: target,
                                         doc: "The `\(target)` resources listed by \(describe.call(collection.request).dropFirst("Calls ".count)), page by page as iteration needs them.")
        }
        let waiters = model.waiters.map { waiter in
            let filled = describe.parameters(waiter.params)
            return HandlePlan.Call(swiftName: SwiftIdentifier.escaped(waiter.swiftName), modelName: waiter.name, result: .document,
                                   doc: "Waits with the client waiter `\(waiter.waiterName)`" + (filled.isEmpty ? "" : " with \(filled)")
                                       + "; throws `WaiterError` when it fails or gives up.")
        }
        let plan = HandlePlan(namespace: namespace, typeName: typeName, qualifiedModelName: model.qualifiedName,
                              summary: summary(model, identifiers: identifiers), identifiers: identifiers, loadDoc: loadDoc,
                              attributes: attributes, actions: actions, subresources: subresources, references: references,
                              collections: collections, waiters: waiters, batchActions: batchActions)
        try checkNames(plan)
        return plan
    }

    private func summary(_ model: ResourceModel, identifiers: [HandlePlan.Identifier]) -> String {
        let serviceName = service.serviceModel.metadata.serviceFullName ?? namespace.swiftName
        if model.isServiceResource {
            return "The \(serviceName) service resource (`\(model.qualifiedName)`): the service's actions, sub-resources and collections."
        }
        let names = identifiers.map { "`\($0.swiftName)`" }.joined(separator: ", ")
        return "The \(SwiftIdentifier.phrase(model.name)) resource of \(serviceName) (`\(model.qualifiedName)`)"
            + (names.isEmpty ? "." : ", identified by \(names).")
    }

    private func subresource(_ relation: ResourceRelation, describe: RequestDescriber) throws -> HandlePlan.Subresource {
        let target = try targetType(relation.resource.type)
        let targetModel = try service.resource(relation.resource.type)
        let parameters = relation.inputIdentifiers.map { name in
            let isInteger = targetModel.identifier(named: name)?.type == "integer"
            return (name: SwiftIdentifier.escaped(NameStyle.lowerCamel(name)), swiftType: isInteger ? "Int" : "String")
        }
        let filled = describe.parameters(relation.resource.identifiers)
        let given = parameters.map { "`\($0.name)`" }.joined(separator: ", ")
        var parts: [String] = []
        if !filled.isEmpty { parts.append(filled) }
        if !given.isEmpty { parts.append("the given \(given)") }
        return HandlePlan.Subresource(swiftName: SwiftIdentifier.escaped(relation.swiftName), modelName: relation.name,
                                      targetModelName: relation.resource.type, targetType: target, parameters: parameters,
                                      doc: "The `\(target)`" + (parts.isEmpty ? "" : " with \(parts.joined(separator: " and "))") + "; sends no request.")
    }

    private func result(of resource: ResponseResource?) throws -> HandlePlan.Result {
        guard let resource else { return .document }
        let target = try targetType(resource.type)
        return resource.isPlural ? .many(target) : .one(target)
    }

    /// Whether `action` is a DynamoDB item action, whose typed member is a `DynamoDBActionCall`.
    private func takesPlainValues(_ action: ResourceAction) throws -> Bool {
        guard namespace.service == "dynamodb", action.path == nil else { return false }
        return DynamoDBActionCall.applies(service: namespace.service, operation: try service.serviceModel.operation(action.request.operation))
    }

    private func targetType(_ name: String) throws -> String {
        guard service.resourceNames.contains(name) else {
            throw GeneratorError("The \(namespace.service) resource model names the resource type '\(name)', which it does not define.")
        }
        return namespace.qualified(name)
    }

    /// Properties may not take a name the handle declares itself; sub-resource methods only clash
    /// with those when they take no argument.
    private func checkNames(_ plan: HandlePlan) throws {
        var properties = plan.identifiers.map(\.swiftName) + plan.attributes.map(\.swiftName) + plan.actions.map(\.swiftName)
        properties += plan.references.map(\.swiftName) + plan.collections.map(\.swiftName) + plan.waiters.map(\.swiftName)
        properties += plan.subresources.filter(\.parameters.isEmpty).map(\.swiftName)
        for name in properties where Self.handleMembers.contains(name) {
            throw GeneratorError("\(plan.qualifiedModelName) has a member named '\(name)', which every handle declares itself; reserve it in ResourceMemberNames.swiftReserved so it takes a suffix.")
        }
        let batchReserved: Set<String> = ["all", "filter", "limit", "pageSize", "pages", "batch", "batchAction", "parent", "model", "params",
                                          "itemLimit", "requestedPageSize", "makeAsyncIterator"]
        for call in plan.batchActions where batchReserved.contains(call.swiftName) {
            throw GeneratorError("The batch action '\(call.modelName)' of \(plan.qualifiedModelName) is named like a member of ResourceCollection.")
        }
    }

    /// The Swift type an attribute of shape `shape` is read as. IAM's policy documents are strings on
    /// the wire that the client decodes into documents (botocore's `json_decode_policies`).
    static func swiftType(of shape: Shape) -> String {
        shape.type == .string && shape.name == Self.policyDocumentShape ? "Document" : swiftType(of: shape.type)
    }

    /// How the doc comment of an attribute of shape `shape` names its type.
    static func typeDescription(of shape: Shape) -> String {
        shape.type == .string && shape.name == Self.policyDocumentShape ? "policy document" : shape.type.rawValue
    }

    /// The string shape whose values the IAM client decodes from JSON into documents.
    static let policyDocumentShape = "policyDocumentType"

    /// The Swift type an attribute of shape type `type` is read as.
    static func swiftType(of type: ShapeType) -> String {
        switch type {
        case .string: return "String"
        case .boolean: return "Bool"
        case .byte, .short, .integer, .long, .bigInteger: return "Int"
        case .float, .double, .bigDecimal: return "Double"
        case .timestamp: return "Date"
        case .blob: return "Data"
        case .structure, .list, .map, .document: return "Document"
        }
    }
}
