import AWSTestSupport
import Foundation
import Testing
@testable import AWSClients

/// The installed botocore's data folder, asked of `python3` (CI installs botocore; these tests fail,
/// saying so, where it is missing).
let botocoreDataFolder = Result { () throws -> String in
    let output = try ShortCommand.run("python3", ["-c", "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))"])
    let path = output.trimmingCharacters(in: .whitespacesAndNewlines)
    guard FileManager.default.fileExists(atPath: path + "/s3") else {
        throw TestServerError("python3's botocore has no data folder at \(path); install botocore (pip install boto3)")
    }
    return path
}

/// botocore's own data folder (gzip-compressed models, sdk-extras files beside them) loaded through
/// `AWS_DATA_PATH`, before the built-in models.
struct InstalledBotocoreTests {
    let loader = ModelLoader(environment: ["AWS_DATA_PATH": (try? botocoreDataFolder.get()) ?? "/nonexistent"])

    @Test func botocoreIsInstalled() throws {
        _ = try botocoreDataFolder.get()
    }

    @Test func listsEveryBotocoreService() throws {
        let folder = try botocoreDataFolder.get()
        let botocoreServices = try FileManager.default.contentsOfDirectory(atPath: folder).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
        #expect(loader.availableServices == botocoreServices)
        // The built-in models are every one of them too.
        #expect(ModelLoader(environment: [:]).availableServices == botocoreServices)
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
        // botocore's files (with documentation) describe the same operations and shapes as the built-in ones.
        let bundled = try ModelLoader(environment: [:]).serviceModel(service)
        #expect(bundled.operationNames == model.operationNames, "\(service)")
        #expect(bundled.shapeNames == model.shapeNames, "\(service)")
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
