import AWSResources
import Foundation

/// Generates the typed handles of the bundled resource models: per service, the namespace enum
/// (`S3/S3.swift`), its modeled errors (`S3/S3+Exceptions.swift`), the service resource (`S3/S3+ServiceResource.swift`) and one file per resource type
/// (`S3/S3+Bucket.swift`, unique names as SwiftPM needs). The output depends only on the models read, in a fixed order.
///
/// ```swift
/// let files = try ResourceGenerator(loader: ModelLoader(searchPaths: [models], resourceSearchPaths: [resourceModels])).generate()
/// ```
public struct ResourceGenerator: Sendable {
    /// Where the service and resource models are read from.
    public let loader: ModelLoader
    /// The services to generate, in output order.
    public let namespaces: [HandleNamespace]

    /// A generator reading through `loader`.
    public init(loader: ModelLoader, namespaces: [HandleNamespace] = HandleNamespace.bundled) {
        self.loader = loader
        self.namespaces = namespaces
    }

    /// A generator reading the package's `Models/` and `ResourceModels/` folders under `packageRoot`
    /// (and nothing else: neither `AWS_DATA_PATH` nor the built bundle).
    public init(packageRoot: URL) {
        let models = packageRoot.appendingPathComponent("Models", isDirectory: true)
        let resources = packageRoot.appendingPathComponent("ResourceModels", isDirectory: true)
        self.init(loader: ModelLoader(searchPaths: [models], resourceSearchPaths: [resources], environment: [:]))
    }

    /// Every generated file, in a fixed order.
    public func generate() throws -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        for namespace in namespaces {
            let service: ResourceServiceModel
            do {
                let serviceModel = try loader.serviceModel(namespace.service)
                service = try ResourceServiceModel(serviceName: namespace.service, json: try loader.resourceModelJSON(namespace.service),
                                                   serviceModel: serviceModel)
            } catch {
                throw GeneratorError("Cannot read the \(namespace.service) models from \(loader.searchPaths.map(\.path)) and \(loader.resourceSearchPaths.map(\.path)): \(error)")
            }
            let plans = try HandlePlanner(namespace: namespace, service: service).plans()
            let fullName = service.serviceModel.metadata.serviceFullName ?? namespace.swiftName
            files.append(GeneratedFile(path: "\(namespace.swiftName)/\(namespace.swiftName).swift",
                                       contents: NamespaceRenderer(namespace: namespace, serviceFullName: fullName,
                                                                   typeNames: service.resourceNames).render()))
            files.append(GeneratedFile(path: "\(namespace.swiftName)/\(namespace.swiftName)+Exceptions.swift",
                                       contents: ExceptionsRenderer(namespace: namespace, serviceFullName: fullName,
                                                                    errors: ExceptionsRenderer.errors(of: service.serviceModel)).render()))
            for plan in plans {
                files.append(GeneratedFile(path: "\(namespace.swiftName)/\(namespace.swiftName)+\(plan.typeName).swift",
                                           contents: HandleRenderer(plan: plan).render()))
            }
        }
        return files
    }
}
