import Foundation
import Testing
@testable import AWSClients

/// The services with a model under the checkout's Models/ folder (what the binary must have built in).
let bundledServices = RepositoryModels.services(in: "Models", type: "service-2")
/// The services with a resource model under ResourceModels/.
let bundledResourceServices = RepositoryModels.services(in: "ResourceModels", type: "resources-1")
/// The services whose models the checks below walk in full (every bundled service is created as a
/// client by `BundledModelsTests`).
let deeplyCheckedServices = ["cloudformation", "cloudwatch", "dynamodb", "ec2", "glacier", "iam", "s3", "sns", "sqs", "sts",
                             "lambda", "route53", "apigateway", "kinesis", "bedrock-runtime", "gamelift", "secretsmanager"]
    .filter(bundledServices.contains)

@Suite struct ModelLoaderTests {
    /// A loader that sees only the bundled models, whatever the test process's environment says.
    let bundled = ModelLoader(environment: [:])

    @Test func bundledS3LoadsItsLatestVersion() throws {
        let s3 = try bundled.serviceModel("s3")
        #expect(s3.serviceName == "s3")
        #expect(s3.metadata.apiVersion == "2006-03-01")
        #expect(s3.metadata.resolvedProtocol == "rest-xml")
        for name in ["PutObject", "GetObject", "ListObjectsV2", "DeleteObjects", "CreateBucket"] {
            #expect(s3.operationNames.contains(name), "missing \(name)")
        }
        #expect(try s3.operation("PutObject").input?.member("Bucket")?.location == .uri)
        #expect(try bundled.apiVersions("s3") == ["2006-03-01"])
    }

    @Test func bundledServicesAreListed() {
        #expect(bundled.availableServices == bundledServices)
        #expect(bundled.availableResourceServices == bundledResourceServices)
    }

    @Test(arguments: deeplyCheckedServices)
    func everyBundledServiceParses(service: String) throws {
        let model = try bundled.serviceModel(service)
        #expect(model.serviceName == service)
        #expect(!model.operationNames.isEmpty)
        for name in model.operationNames {
            let operation = try model.operation(name)
            for shape in [operation.input, operation.output].compactMap({ $0 }) {
                #expect(shape.type == .structure, "\(service).\(name)")
                _ = shape.members
            }
        }
        for name in model.shapeNames {
            let shape = try #require(model.shape(named: name), "\(service) shape \(name)")
            _ = shape.members; _ = shape.listMember; _ = shape.mapKey; _ = shape.mapValue
        }
        #expect(try bundled.endpointRuleSetJSON(service)?["rules"]?.array?.isEmpty == false, "\(service) rule set")
        #expect(try bundled.paginatorsJSON(service)?["pagination"]?.object != nil, "\(service) paginators")
    }

    @Test(arguments: bundledResourceServices)
    func everyBundledResourceModelParses(service: String) throws {
        let model = try bundled.resourceModelJSON(service)
        #expect(model["service"]?.object != nil, "\(service) has no service block")
        #expect(try bundled.resourceModel(service)["resources"]?.dictionary?.isEmpty == false)
    }

    @Test func paginatorsCarryTheirSDKExtras() throws {
        let listObjects = try #require(try bundled.paginatorsJSON("s3")?["pagination"]?["ListObjectsV2"])
        #expect(listObjects["non_aggregate_keys"]?.array?.compactMap(\.string) == ["RequestCharged", "Prefix"])
        #expect(try bundled.paginators("s3")?["pagination"]?["ListObjectsV2"]?["result_key"] != nil)
    }

    @Test func absentFilesAreNil() throws {
        #expect(try bundled.waiters("sts") == nil)
        #expect(try bundled.waiters("s3")?["waiters"]?["BucketExists"] != nil)
    }

    @Test func dataFilesLoad() throws {
        #expect(try bundled.loadData("_retry")["retry"]?["__default__"] != nil)
        #expect(try bundled.loadData("sdk-default-configuration.json")["base"]?["retryMode"] == "standard")
        let partitions = try bundled.partitionsJSON()["partitions"]?.array ?? []
        #expect(partitions.contains { $0["id"]?.string == "aws" })
        #expect(try bundled.partitions()["version"] != nil)
    }

    @Test(arguments: ["nope", "../Models/partitions", "s3/../partitions", ""])
    func missingOrEscapingDataNamesThrow(name: String) {
        let error = #expect(throws: ModelLoaderError.self, "case \(name)") { try bundled.loadData(name) }
        #expect(error?.code == .dataNotFound, "case \(name)")
    }

    @Test func unknownServiceSuggestsCloseNames() {
        let error = #expect(throws: ModelLoaderError.self) { try bundled.serviceModel("s4") }
        #expect(error?.code == .unknownService)
        #expect(error?.suggestions.first == "s3")
        #expect(error?.message.contains("did you mean s3") == true)
        #expect(error?.searchedPaths == bundled.searchLocations)
        #expect(bundled.searchLocations.count == 1 && bundled.includesBundledModels)
        for path in bundled.searchLocations {
            #expect(error?.message.contains(path) == true, "message should name \(path)")
        }
        let dynamo = #expect(throws: ModelLoaderError.self) { try bundled.serviceModel("dynamo") }
        #expect(dynamo?.suggestions.first == "dynamodb")
    }

    @Test func unknownAPIVersionListsTheVersions() {
        let error = #expect(throws: ModelLoaderError.self) { try bundled.serviceModel("s3", apiVersion: "2006-03-02") }
        #expect(error?.code == .unknownAPIVersion)
        #expect(error?.message.contains("2006-03-01") == true)
        #expect(throws: ModelLoaderError.self) { try bundled.paginators("s3", apiVersion: "1999-01-01") }
    }

    @Test func unknownResourceServiceSuggestsCloseNames() {
        let error = #expect(throws: ModelLoaderError.self) { try bundled.resourceModel("sqs2") }
        #expect(error?.code == .unknownService)
        #expect(error?.suggestions.contains("sqs") == true)
        #expect(throws: ModelLoaderError.self) { try bundled.resourceModel("sts") }
    }

    @Test func pathTraversalIsNotAServiceName() {
        for name in ["..", "s3/..", "../Models/s3", ""] {
            let error = #expect(throws: ModelLoaderError.self, "case \(name)") { try bundled.serviceModel(name) }
            #expect(error?.code == .unknownService, "case \(name)")
        }
    }

    @Test func loadingTwiceReturnsTheSameInstance() throws {
        let first = try bundled.serviceModel("sqs")
        #expect(try bundled.serviceModel("sqs") === first)
        #expect(try bundled.serviceModel("sqs", apiVersion: "2012-11-05") === first)
        #expect(try ModelLoader(environment: [:]).serviceModel("sqs") !== first)
    }

    @Test func concurrentLoadsShareOneInstance() async throws {
        let loader = ModelLoader(environment: [:])
        let models = try await withThrowingTaskGroup(of: ServiceModel.self) { group in
            for _ in 0..<8 { group.addTask { try loader.serviceModel("sns") } }
            return try await group.reduce(into: [ServiceModel]()) { $0.append($1) }
        }
        #expect(models.count == 8)
        #expect(models.allSatisfy { $0 === models[0] })
    }
}
