import Foundation
import Testing
import AWSResourceGenerator
@testable import AWSResources

/// Every member of the nine bundled resource models has its generated declaration, read from the
/// checked-in sources and enumerated from the models independently of the generator.
@Suite struct GeneratedCompletenessTests {
    /// What one resource type of the model must have in its generated file.
    struct Expectation {
        var declarations: [String] = []
        var batchDeclarations: [String] = []
    }

    static func declared(_ name: String) -> String {
        let keywords: Set<String> = ["default", "protocol", "import", "class", "struct", "enum", "func", "var", "let", "in", "is", "as",
                                     "self", "Self", "init", "where", "static", "public", "private", "internal", "operator", "return"]
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// The operations whose inputs or outputs hold DynamoDB attribute values or conditions.
    static let dynamoDBItemOperations: Set<String> = ["BatchGetItem", "BatchWriteItem", "DeleteItem", "GetItem", "PutItem", "Query", "Scan", "UpdateItem"]

    static func expectation(for model: ResourceModel, namespace: String) -> Expectation {
        var expected = Expectation()
        for item in model.identifiers {
            expected.declarations.append("public let \(declared(item.swiftName)): \(item.type == "integer" ? "Int" : "String")")
        }
        if model.load != nil {
            expected.declarations += ["public func load() async throws", "public func reload() async throws"]
        }
        for item in model.attributes { expected.declarations.append("public var \(declared(item.swiftName)): ") }
        for item in model.actions {
            // DynamoDB's item actions take and return plain values (boto3's transform.py).
            if namespace == "DynamoDB", dynamoDBItemOperations.contains(item.request.operation) {
                expected.declarations.append("public var \(declared(item.swiftName)): DynamoDBActionCall {")
                continue
            }
            let result: String
            if let resource = item.resource {
                result = resource.isPlural ? "[\(namespace).\(resource.type)]" : "\(namespace).\(resource.type)"
            } else {
                result = "Document"
            }
            expected.declarations.append("public var \(declared(item.swiftName)): ResourceActionCall<\(result)>")
        }
        for item in model.subresources {
            expected.declarations.append("public func \(declared(item.swiftName))(")
            expected.declarations.append(") -> \(namespace).\(item.resource.type) {")
        }
        for item in model.references {
            let type = item.resource.isPlural ? "[\(namespace).\(item.resource.type)]" : "\(namespace).\(item.resource.type)?"
            expected.declarations.append("public var \(declared(item.swiftName)): \(type)")
        }
        for item in model.collections {
            expected.declarations.append("public var \(declared(item.swiftName)): ResourceCollection<\(namespace).\(item.resource.type)>")
        }
        for item in model.waiters { expected.declarations.append("public var \(declared(item.swiftName)): ResourceWaiterCall") }
        for item in model.batchActions {
            expected.batchDeclarations.append("public var \(declared(item.swiftName)): ResourceBatchActionCall<\(namespace).\(model.name)>")
        }
        return expected
    }

    /// Counts of what the nine models hold, to report and to catch a model that read as empty.
    struct Totals: Equatable {
        var types = 0, identifiers = 0, attributes = 0, actions = 0, batchActions = 0
        var subresources = 0, references = 0, collections = 0, waiters = 0
    }

    @Test(arguments: HandleNamespace.bundled)
    func everyModelMemberIsGenerated(_ namespace: HandleNamespace) throws {
        let service = try ResourceServiceModel.load(namespace.service)
        let models = [service.serviceResource] + (try service.resourceNames.map { try service.resource($0) })
        #expect(GeneratedSources.text("\(namespace.swiftName)/\(namespace.swiftName).swift")?
            .contains("public enum \(namespace.swiftName): ResourceServiceNamespace") == true)
        for model in models {
            let typeName = model.isServiceResource ? "ServiceResource" : model.name
            let path = "\(namespace.swiftName)/\(namespace.swiftName)+\(typeName).swift"
            let text = try #require(GeneratedSources.text(path), "\(path) is missing")
            let parts = text.components(separatedBy: "\nextension ResourceCollection where T == ")
            let handle = parts[0]
            #expect(handle.contains("public struct \(typeName): ResourceHandle {"), "\(path)")
            let expected = Self.expectation(for: model, namespace: namespace.swiftName)
            for declaration in expected.declarations {
                #expect(handle.contains(declaration), "\(path): no `\(declaration)`")
            }
            let memberCount = handle.components(separatedBy: "\n        public ").count - 1
            let expectedCount = 2 + model.identifiers.count + (model.load == nil ? 0 : 2) + model.attributes.count + model.actions.count
                + model.subresources.count + model.references.count + model.collections.count + model.waiters.count
            #expect(memberCount == expectedCount, "\(path): \(memberCount) public members, the model has \(expectedCount)")
            if expected.batchDeclarations.isEmpty {
                #expect(parts.count == 1, "\(path): batch actions the model lacks")
            } else {
                let batch = parts.count == 2 ? parts[1] : ""
                #expect(batch.hasPrefix("\(namespace.swiftName).\(model.name) {"), "\(path): no ResourceCollection extension")
                for declaration in expected.batchDeclarations {
                    #expect(batch.contains(declaration), "\(path): no `\(declaration)`")
                }
                #expect(batch.components(separatedBy: "\n    public var ").count - 1 == expected.batchDeclarations.count, "\(path)")
            }
        }
    }

    @Test func theModelsHaveWhatTheHandlesCover() throws {
        var totals = Totals()
        for namespace in HandleNamespace.bundled {
            let service = try ResourceServiceModel.load(namespace.service)
            for model in [service.serviceResource] + (try service.resourceNames.map { try service.resource($0) }) {
                totals.types += 1
                totals.identifiers += model.identifiers.count
                totals.attributes += model.attributes.count
                totals.actions += model.actions.count
                totals.batchActions += model.batchActions.count
                totals.subresources += model.subresources.count
                totals.references += model.references.count
                totals.collections += model.collections.count
                totals.waiters += model.waiters.count
            }
        }
        print("generated handles cover: \(totals)")
        #expect(totals.types == 89)
        #expect(totals.batchActions == 15 && totals.waiters == 17 && totals.collections == 87)
    }
}
