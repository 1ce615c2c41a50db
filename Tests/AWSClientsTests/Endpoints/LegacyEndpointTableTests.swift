import Foundation
import Testing
@testable import AWSClients

/// endpoints.json's credential scopes, as botocore's legacy `EndpointResolver` finds them.
@Suite struct LegacyEndpointTableTests {
    private func table() throws -> LegacyEndpointTable {
        try #require(LegacyEndpointTable.shared(loader: .shared), "endpoints.json is bundled (or on AWS_DATA_PATH)")
    }

    @Test func globalServicesResolveToThePartitionEndpoint() throws {
        let health = try table().resolve(endpointPrefix: "health", region: "eu-west-1")
        #expect(health == .init(endpointName: "aws-global", credentialScopeService: nil, credentialScopeRegion: "us-east-1", hasVariantTags: false))
        #expect(try table().resolve(endpointPrefix: "health", region: "cn-north-1")?.credentialScopeRegion == "cn-northwest-1")
        #expect(try table().resolve(endpointPrefix: "iam", region: "eu-west-1")?.endpointName == "aws-global")
    }

    @Test func regionalServicesKeepTheRegion() throws {
        let sqs = try table().resolve(endpointPrefix: "sqs", region: "eu-west-1")
        #expect(sqs?.endpointName == "eu-west-1" && sqs?.credentialScopeRegion == nil && sqs?.credentialScopeService == nil)
        // A region the table does not list but the partition's pattern matches.
        #expect(try table().resolve(endpointPrefix: "sqs", region: "eu-west-9")?.endpointName == "eu-west-9")
        // A name no partition matches falls back to the aws partition.
        #expect(try table().resolve(endpointPrefix: "sqs", region: "moon-1")?.endpointName == "moon-1")
    }

    @Test func credentialScopeServiceOverridesTheModelsSigningName() throws {
        let scope = try table().resolve(endpointPrefix: "importexport", region: "us-east-1")
        #expect(scope?.credentialScopeService == "IngestionService" && scope?.credentialScopeRegion == "us-east-1")
    }

    @Test func variantsAreTagged() throws {
        let fips = try table().resolve(endpointPrefix: "sqs", region: "us-east-1", useFIPS: true)
        #expect(fips?.hasVariantTags == true)
    }

    @Test func theClientScopeUsesTheTableUnlessTheEndpointIsCustom() throws {
        let model = try ModelLoader.shared.serviceModel("health")
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: [:])
        let plain = try resolver.resolve(serviceID: "Health", endpointPrefix: "health", region: "eu-west-1")
        #expect(ClientSigningScope.bridge(model: model, config: plain, region: "eu-west-1", table: try table())
                == ClientSigningScope(signingName: "health", region: "us-east-1"))
        let custom = try resolver.resolve(serviceID: "Health", endpointPrefix: "health", region: "eu-west-1", endpointURL: "https://localhost")
        #expect(ClientSigningScope.bridge(model: model, config: custom, region: "eu-west-1", table: try table()).region == "eu-west-1")
        #expect(ClientSigningScope.bridge(model: model, config: plain, region: "eu-west-1", table: nil)
                == ClientSigningScope(signingName: "health", region: "eu-west-1", isAssumed: true))
        let sts = try ModelLoader.shared.serviceModel("sts")
        let legacy = try ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil),
                                        environment: ["AWS_STS_REGIONAL_ENDPOINTS": "legacy"])
            .resolve(serviceID: "STS", endpointPrefix: "sts", region: "eu-west-1")
        #expect(ClientSigningScope.bridge(model: sts, config: legacy, region: "eu-west-1", table: try table()).region == "us-east-1")
    }

    @Test func aTableWithoutPartitionsIsRefused() {
        #expect(throws: EndpointResolutionError.self) { _ = try EndpointsFile(bytes: Array(#"{"version": 3}"#.utf8)) }
        #expect(throws: JSONParseError.self) { _ = try EndpointsFile(bytes: Array(#"{"partitions": [}"#.utf8)) }
    }
}
