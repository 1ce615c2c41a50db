import Foundation
import Testing
@testable import AWSClients

/// Every service built into the program, with no environment at all: a client for each, the index
/// beside the files, and older API versions pinned by resource models.
struct BundledModelsTests {
    /// A loader and session that see only the built-in models and no credentials files.
    let loader = ModelLoader(environment: [:])

    @Test func everyBundledServiceCreatesAClient() throws {
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "AKID", secretAccessKey: "SECRET"),
                                  environment: ["AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent"],
                                  loader: loader)
        #expect(loader.availableServices == bundledServices)
        #expect(bundledServices.count > 400)
        var failures: [String] = []
        for service in loader.availableServices {
            do {
                let client = try session.client(service)
                let name = try #require(client.meta.serviceModel.operationNames.first, "\(service) has no operations")
                _ = try client.meta.serviceModel.operation(name).input?.members
                _ = try loader.endpointRuleSetJSON(service)
            } catch {
                failures.append("\(service): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) services failed: \(failures.joined(separator: "\n"))")
    }

    @Test func indexAgreesWithTheModels() throws {
        for service in ["s3", "ec2", "lambda", "bedrock-runtime", "cloudwatch", "sdb", "apigateway"] {
            let summary = try loader.serviceSummary(service)
            let metadata = try loader.serviceModel(service).metadata
            #expect(summary.name == service)
            #expect(summary.apiVersions == (try loader.apiVersions(service)))
            #expect(summary.endpointPrefix == metadata.endpointPrefix, "\(service)")
            #expect(summary.signingName == metadata.signingName, "\(service)")
            #expect(summary.serviceID == metadata.serviceID, "\(service)")
            #expect(summary.protocols == (metadata.protocols.isEmpty ? [metadata.protocolName] : metadata.protocols), "\(service)")
        }
        let error = #expect(throws: ModelLoaderError.self) { try loader.serviceSummary("lambada") }
        #expect(error?.suggestions.first == "lambda")
    }

    @Test func resourceModelVersionsPinTheirServiceVersions() throws {
        // boto3 ships EC2 resource models back to 2014-10-01; each pins that EC2 API version.
        let resourceVersions = RepositoryModels.versions(in: "ResourceModels", service: "ec2")
        #expect(resourceVersions.count > 1)
        for version in resourceVersions {
            #expect(try loader.resourceModel("ec2", apiVersion: version)["resources"]?["Instance"] != nil, "\(version)")
            #expect(try loader.serviceModel("ec2", apiVersion: version).metadata.apiVersion == version)
        }
        #expect(try loader.serviceModel("ec2").metadata.apiVersion == resourceVersions.last)
    }

    @Test func dataFilesAreBuiltIn() throws {
        #expect(try loader.loadData("endpoints")["partitions"]?.array?.isEmpty == false)
        #expect(try loader.partitions()["partitions"]?.array?.isEmpty == false)
    }
}
