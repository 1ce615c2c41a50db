import Foundation
import Testing
@testable import AWSClients

/// The installed botocore's data folder, if there is one.
private let botocoreDataFolder: String? = {
    let path = "/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/botocore/data"
    return FileManager.default.fileExists(atPath: path + "/s3") ? path : nil
}()

/// botocore's own data folder (gzip-compressed models) loaded through `AWS_DATA_PATH`, when installed.
@Suite(.enabled(if: botocoreDataFolder != nil, "botocore is not installed"))
struct InstalledBotocoreTests {
    let loader = ModelLoader(environment: ["AWS_DATA_PATH": botocoreDataFolder ?? ""])

    @Test func listsEveryBotocoreService() {
        let services = loader.availableServices
        #expect(services.count > 400)
        #expect(services.contains("lambda") && services.contains("bedrock-runtime"))
    }

    @Test(arguments: ["s3", "lambda", "kms", "sagemaker", "logs", "rds", "apigateway", "bedrock-runtime",
                      "cloudfront", "route53", "secretsmanager", "kinesis", "ecs", "stepfunctions"])
    func sampleServicesLoad(service: String) throws {
        #expect(loader.availableServices.contains(service))
        let model = try loader.serviceModel(service)
        let latest = try #require(try loader.apiVersions(service).last)
        #expect(model.serviceName == service)
        #expect(model.metadata.apiVersion == latest, "\(service)")
        let first = try #require(model.operationNames.first, "\(service) has no operations")
        _ = try model.operation(first).input?.members
        #expect(try loader.endpointRuleSetJSON(service)?["version"] != nil, "\(service) rule set (gzip)")
    }

    @Test func s3ExtrasAreMergedLikeBotocore() throws {
        // botocore's service-2.sdk-extras.json turns S3's Expires into a timestamp.
        let s3 = try loader.serviceModel("s3")
        #expect(s3.shape(named: "Expires")?.type == .timestamp)
        let listBuckets = try loader.paginatorsJSON("s3")?["pagination"]?["ListBuckets"]
        #expect(listBuckets?["non_aggregate_keys"] != nil)
    }
}

extension InstalledBotocoreTests {
    @Test func everyBotocoreServiceLoads() throws {
        let clock = ContinuousClock()
        let start = clock.now
        var failures: [String] = []
        for service in loader.availableServices {
            do {
                let model = try loader.serviceModel(service)
                if model.operationNames.isEmpty { failures.append("\(service): no operations") }
            } catch {
                failures.append("\(service): \(error)")
            }
        }
        print("loaded \(loader.availableServices.count) services in \(clock.now - start)")
        #expect(failures.isEmpty, "\(failures)")
    }
}
