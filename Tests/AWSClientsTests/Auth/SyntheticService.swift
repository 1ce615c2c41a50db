import Foundation
@testable import AWSClients
import AWSTesting

/// A made-up service (model, endpoint rule set and the real partitions) in a temporary
/// botocore-layout folder, for auth and compression rules no bundled service exercises alone.
final class SyntheticService {
    let folder: TemporaryModelFolder
    let loader: ModelLoader
    let name: String

    /// - Parameters:
    ///   - metadata: extra `metadata` members (`"signatureVersion": "v4"` is the default).
    ///   - operations: operation name → definition (without `name`).
    ///   - shapes: extra shapes.
    ///   - rules: the rule set's `parameters` and `rules`; by default one endpoint `https://example.com`.
    init(name: String = "otherservice", protocolName: String = "rest-json", metadata: Document = [:], operations: [String: Document],
         shapes: Document = [:], ruleParameters: Document = [:], rules: Document? = nil) throws {
        folder = try TemporaryModelFolder()
        self.name = name
        var meta: Document = ["apiVersion": "2020-02-02", "endpointPrefix": .string(name), "protocol": .string(protocolName),
                              "serviceId": "Other Service", "signatureVersion": "v4", "signingName": .string(name),
                              "uid": .string("\(name)-2020-02-02"), "jsonVersion": "1.1", "targetPrefix": "Other"]
        for (key, value) in metadata.dictionary ?? [:] { meta[key] = value }
        var allOperations: [String: Document] = [:]
        for (operation, definition) in operations {
            var entry = definition
            entry["name"] = .string(operation)
            if entry["http"] == nil { entry["http"] = ["method": "POST", "requestUri": "/"] }
            allOperations[operation] = entry
        }
        var allShapes: Document = ["Empty": ["type": "structure", "members": [:]]]
        for (key, value) in shapes.dictionary ?? [:] { allShapes[key] = value }
        let model: Document = ["version": "2.0", "metadata": meta, "operations": .map(allOperations), "shapes": allShapes]
        let ruleSet: Document = ["version": "1.0", "parameters": ruleParameters,
                                 "rules": rules ?? [["conditions": [], "type": "endpoint", "endpoint": ["url": "https://example.com"]]]]
        try folder.write("\(name)/2020-02-02/service-2.json", Self.json(model))
        try folder.write("\(name)/2020-02-02/endpoint-rule-set-1.json", Self.json(ruleSet))
        try folder.write("partitions.json", Self.json(try ModelLoader.shared.partitions()))
        try folder.write("_retry.json", Self.json(try ModelLoader.shared.loadData("_retry")))
        loader = ModelLoader(searchPaths: [folder.url])
    }

    /// A client of the service on `transport` with fixed credentials and clock.
    func client(transport: StubTransport, config: Config? = nil, environment: [String: String] = [:],
                credentials: Credentials = TestClients.credentials, tokens: (any TokenProvider)? = nil,
                date: Date = Date(timeIntervalSince1970: 1_779_021_296)) throws -> Client {
        let model = try loader.serviceModel(name)
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil),
                                      environment: TestClients.environment.merging(environment) { $1 })
        let effective = try resolver.resolve(serviceID: model.metadata.serviceID ?? name, endpointPrefix: model.metadata.endpointPrefix,
                                             region: "us-west-2", config: config)
        return try ClientFactory.make(model: model, config: effective, loader: loader, credentials: { credentials }, tokens: tokens,
                                      environment: environment, transport: transport, now: { date }, resolvedCredentials: { credentials })
    }

    private static func json(_ document: Document) -> String {
        var out = ""
        JSONWriter.write(document, to: &out)
        return out
    }
}
