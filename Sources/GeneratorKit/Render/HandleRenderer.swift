/// Renders one typed handle file: the handle struct in its namespace, then the batch actions its
/// collections offer, as an extension of `ResourceCollection`.
struct HandleRenderer {
    let plan: HandlePlan

    func render() -> String {
        var out = SourceWriter()
        out.line(GeneratedHeader.line)
        out.line()
        if usesFoundation { out.line("import Foundation"); out.line() }
        out.block("extension \(plan.namespace.swiftName)") { out in
            out.doc(plan.summary)
            out.doc("")
            out.doc("A typed handle over the dynamic `Resource`: every member calls the interpreter, which reads the")
            out.doc("bundled resource model. Equal and hashed by type and identifiers; copies share loaded data.")
            out.block("public struct \(plan.typeName): ResourceHandle") { out in
                renderStorage(&out)
                renderLoad(&out)
                renderAttributes(&out)
                renderActions(&out)
                renderSubresources(&out)
                renderReferences(&out)
                renderCollections(&out)
                renderWaiters(&out)
            }
        }
        if !plan.batchActions.isEmpty {
            out.line()
            out.doc("The batch actions of collections of `\(plan.swiftType)`.")
            out.block("extension ResourceCollection where T == \(plan.swiftType)") { out in
                for (i, action) in plan.batchActions.enumerated() {
                    if i > 0 { out.line() }
                    out.doc(action.doc)
                    out.block("public var \(action.swiftName): ResourceBatchActionCall<\(plan.swiftType)>") { out in
                        out.line("ResourceBatchActionCall(collection: self, name: \(SwiftIdentifier.literal(action.modelName)))")
                    }
                }
            }
        }
        return out.text
    }

    private var usesFoundation: Bool {
        plan.attributes.contains { $0.swiftType == "Date" || $0.swiftType == "Data" }
    }

    private func renderStorage(_ out: inout SourceWriter) {
        out.doc("The dynamic resource underneath.")
        out.line("public let resource: Resource")
        for identifier in plan.identifiers {
            out.line()
            out.doc("The `\(identifier.modelName)` identifier.")
            out.line("public let \(identifier.swiftName): \(identifier.swiftType)")
        }
        out.line()
        out.doc("Wraps `resource`, which is of type `\(plan.qualifiedModelName)` (generated handles and the interpreter guarantee it).")
        out.block("public init(resource: Resource)") { out in
            out.line("self.resource = resource")
            for identifier in plan.identifiers {
                let read = identifier.swiftType == "Int" ? "identifierInteger" : "identifierText"
                out.line("self.\(identifier.swiftName) = resource.\(read)(\(SwiftIdentifier.literal(identifier.modelName)))")
            }
        }
    }

    private func renderLoad(_ out: inout SourceWriter) {
        guard let loadDoc = plan.loadDoc else { return }
        out.line()
        out.doc(loadDoc)
        out.line("public func load() async throws { try await resource.load() }")
        out.line()
        out.doc("Loads the data again (the same as `load()`, as in boto3).")
        out.line("public func reload() async throws { try await resource.reload() }")
    }

    private func renderAttributes(_ out: inout SourceWriter) {
        for attribute in plan.attributes {
            out.line()
            out.doc(attribute.doc)
            out.block("public var \(attribute.swiftName): \(attribute.swiftType)?") { out in
                out.line("get async throws { try await resource.attribute(\(SwiftIdentifier.literal(attribute.modelName)), as: \(attribute.swiftType).self) }")
            }
        }
    }

    private func renderActions(_ out: inout SourceWriter) {
        for action in plan.actions {
            out.line()
            out.doc(action.doc)
            let name = SwiftIdentifier.literal(action.modelName)
            switch action.result {
            case .document:
                out.block("public var \(action.swiftName): ResourceActionCall<Document>") { out in
                    out.line("ResourceActionCall(resource, action: \(name))")
                }
            case .dynamoDB:
                out.block("public var \(action.swiftName): DynamoDBActionCall") { out in
                    out.line("DynamoDBActionCall(resource, action: \(name))")
                }
            case .one(let type), .many(let type):
                out.block("public var \(action.swiftName): ResourceActionCall<\(action.result.swiftType)>") { out in
                    out.line("ResourceActionCall(resource, action: \(name), returning: \(type).self)")
                }
            }
        }
    }

    private func renderSubresources(_ out: inout SourceWriter) {
        for subresource in plan.subresources {
            out.line()
            out.doc(subresource.doc)
            let parameters = subresource.parameters.map { "_ \($0.name): \($0.swiftType)" }.joined(separator: ", ")
            let values = subresource.parameters.map { $0.swiftType == "Int" ? ".int(\($0.name))" : ".string(\($0.name))" }
            out.block("public func \(subresource.swiftName)(\(parameters)) -> \(subresource.targetType)") { out in
                out.line("\(subresource.targetType)(resource: resource.handleSubresource(\(SwiftIdentifier.literal(subresource.modelName)), type: \(SwiftIdentifier.literal(subresource.targetModelName)), [\(values.joined(separator: ", "))]))")
            }
        }
    }

    private func renderReferences(_ out: inout SourceWriter) {
        for reference in plan.references {
            out.line()
            out.doc(reference.doc)
            let name = SwiftIdentifier.literal(reference.modelName)
            let (type, read) = reference.isPlural ? ("[\(reference.targetType)]", "references") : ("\(reference.targetType)?", "reference")
            out.block("public var \(reference.swiftName): \(type)") { out in
                out.line("get async throws { try await resource.\(read)(\(name), as: \(reference.targetType).self) }")
            }
        }
    }

    private func renderCollections(_ out: inout SourceWriter) {
        for collection in plan.collections {
            out.line()
            out.doc(collection.doc)
            out.block("public var \(collection.swiftName): ResourceCollection<\(collection.targetType)>") { out in
                out.line("resource.handleCollection(\(SwiftIdentifier.literal(collection.modelName)), type: \(SwiftIdentifier.literal(collection.targetModelName)), of: \(collection.targetType).self)")
            }
        }
    }

    private func renderWaiters(_ out: inout SourceWriter) {
        for waiter in plan.waiters {
            out.line()
            out.doc(waiter.doc)
            out.block("public var \(waiter.swiftName): ResourceWaiterCall") { out in
                out.line("ResourceWaiterCall(resource, waiter: \(SwiftIdentifier.literal(waiter.modelName)))")
            }
        }
    }
}
