import Foundation
import Testing
@testable import AWSClients

/// A model indexed from its bytes (shapes parsed as used) is the model parsed in full.
struct ServiceModelIndexerTests {
    @Test(arguments: ["s3", "ec2", "dynamodb", "lambda", "cloudwatch", "sqs"])
    func indexedModelEqualsTheParsedOne(service: String) throws {
        let loader = ModelLoader(environment: [:])
        let indexed = try loader.serviceModel(service)
        let version = indexed.metadata.apiVersion
        let text = try #require(try loader.serviceFile(service, type: "service-2", apiVersion: version)?.object)
        let parsed = try ServiceModel(definition: text, serviceName: service)
        #expect(indexed.operationNames == parsed.operationNames)
        #expect(indexed.shapeNames == parsed.shapeNames)
        #expect(indexed.definition == parsed.definition)
        for name in parsed.shapeNames {
            #expect(indexed.shape(named: name)?.definition == parsed.shape(named: name)?.definition, "\(service) \(name)")
        }
        for name in parsed.operationNames {
            #expect(try indexed.operation(name).definition == parsed.operation(name).definition, "\(service) \(name)")
        }
        // Error shapes found from the index are those a walk of every shape finds.
        for name in parsed.shapeNames {
            guard let code = parsed.shape(named: name)?.errorCode else { continue }
            #expect(indexed.errorShape(forCode: code)?.name == parsed.errorShape(forCode: code)?.name, "\(service) \(code)")
        }
    }
}
