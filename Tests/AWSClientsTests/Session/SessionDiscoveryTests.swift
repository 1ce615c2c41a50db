import AWSTestSupport
import Foundation
import Testing
@testable import AWSClients

/// boto3's session conveniences (`get_available_services`, `get_available_regions`, ...), answered
/// from the built-in models and compared with boto3's own answers.
struct SessionDiscoveryTests {
    static let noFiles = ["AWS_CONFIG_FILE": "/nonexistent/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials"]
    let session = try! Session(region: "us-east-1", environment: noFiles, loader: ModelLoader(environment: [:]))

    /// boto3's answers for the same questions, asked of python3 once.
    static let boto3Answers = Result { () throws -> Document in
        let script = """
            import json, boto3
            s = boto3.session.Session(region_name="us-east-1")
            services = ["ec2", "s3", "iam", "lambda", "bedrock-runtime", "sts", "cloudfront", "route53", "sdb", "ses"]
            regions = {}
            for service in services:
                for partition in ["aws", "aws-cn", "aws-us-gov"]:
                    for non_regional in [False, True]:
                        key = "%s/%s/%s" % (service, partition, non_regional)
                        regions[key] = s.get_available_regions(service, partition, non_regional)
            print(json.dumps({"services": s.get_available_services(), "resources": s.get_available_resources(),
                              "partitions": s.get_available_partitions(), "regions": regions}))
            """
        return try JSONValue.parse(ShortCommand.run("python3", ["-c", script])).document
    }

    @Test func servicesAndResourcesAreBoto3s() throws {
        let boto3 = try Self.boto3Answers.get()
        #expect(session.availableServices.map(Document.string) == boto3["services"]?.array)
        #expect(session.availableResources.map(Document.string) == boto3["resources"]?.array)
        #expect(session.availablePartitions.map(Document.string) == boto3["partitions"]?.array)
    }

    @Test func regionsAreBoto3s() throws {
        let boto3 = try Self.boto3Answers.get()
        let regions = try #require(boto3["regions"]?.dictionary)
        #expect(regions.count == 60)
        for (key, expected) in regions {
            let parts = key.split(separator: "/").map(String.init)
            let actual = try session.availableRegions(parts[0], partition: parts[1], allowNonRegional: parts[2] == "True")
            #expect(actual.map(Document.string) == expected.array, "\(key)")
        }
        #expect(try session.availableRegions("ec2").contains("us-east-1"))
    }

    @Test func unknownNamesSuggestTheClosest() {
        let service = #expect(throws: ModelLoaderError.self) { try session.availableRegions("lamda") }
        #expect(service?.suggestions.first == "lambda")
        let partition = #expect(throws: EndpointError.self) { try session.availableRegions("ec2", partition: "aws-us-gob") }
        #expect(partition?.code == .unknownPartition)
        #expect(partition?.message.contains("did you mean aws-us-gov") == true, "\(partition?.message ?? "")")
    }

    @Test func profilesOfBothFilesAreListed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config"), credentials = folder.appendingPathComponent("credentials")
        try "[default]\nregion = us-west-2\n[profile dev]\nregion = eu-west-1\n[sso-session corp]\nsso_region = us-east-1\n"
            .write(to: config, atomically: true, encoding: .utf8)
        try "[default]\naws_access_key_id = A\naws_secret_access_key = B\n[ci]\naws_access_key_id = C\naws_secret_access_key = D\n"
            .write(to: credentials, atomically: true, encoding: .utf8)
        let session = try Session(environment: ["AWS_CONFIG_FILE": config.path, "AWS_SHARED_CREDENTIALS_FILE": credentials.path])
        #expect(session.availableProfiles == ["ci", "default", "dev"])
    }

    @Test func clientsOfAnOlderAPIVersion() throws {
        let ec2 = try session.client("ec2", apiVersion: "2015-10-01")
        #expect(ec2.meta.serviceModel.metadata.apiVersion == "2015-10-01")
        #expect(try session.client("ec2").meta.serviceModel.metadata.apiVersion == "2016-11-15")
        let error = #expect(throws: ModelLoaderError.self) { try session.client("ec2", apiVersion: "2015-10-02") }
        #expect(error?.code == .unknownAPIVersion)
        #expect(error?.message.contains("2015-10-01") == true)
    }
}
