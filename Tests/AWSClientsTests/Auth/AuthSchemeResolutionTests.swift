import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// How the signer is chosen per operation and endpoint, rule by rule, on made-up services (the
/// botocore comparisons in `BotocoreRequestTests` cover real ones).
@Suite struct AuthSchemeResolutionTests {
    private static let ok = StubTransport { _ in HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/json"], body: Data("{}".utf8)) }

    private func sent(_ service: SyntheticService, _ operation: String, config: Config? = nil, environment: [String: String] = [:],
                      tokens: (any TokenProvider)? = nil) async throws -> HTTPRequest {
        let stub = StubTransport { _ in HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/json"], body: Data("{}".utf8)) }
        _ = try await service.client(transport: stub, config: config, environment: environment, tokens: tokens).call(operation)
        return try #require(stub.requests.first)
    }

    @Test func theOperationsAuthListPicksTheFirstUsableScheme() async throws {
        let service = try SyntheticService(operations: [
            "Both": ["auth": ["aws.auth#sigv4a", "aws.auth#sigv4"]],
            "Anonymous": ["auth": ["smithy.api#noAuth"]],
            "Legacy": ["authtype": "none"],
        ])
        // botocore with its CRT signs the first scheme it knows: SigV4a, for every region.
        let both = try await sent(service, "Both")
        #expect(both.headers["Authorization"]?.hasPrefix("AWS4-ECDSA-P256-SHA256 Credential=AKIDEXAMPLE/20260517/otherservice/") == true)
        #expect(both.headers["X-Amz-Region-Set"] == "*")
        let preferred = try await sent(service, "Both", config: Config(authSchemePreference: ["sigv4"]))
        #expect(preferred.headers["Authorization"]?.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260517/us-west-2/otherservice/") == true)
        #expect(preferred.headers["X-Amz-Region-Set"] == nil)
        for name in ["Anonymous", "Legacy"] {
            let request = try await sent(service, name)
            #expect(request.headers["Authorization"] == nil && request.headers["X-Amz-Date"] == nil, "\(name)")
        }
    }

    @Test func anOperationOnlySigV4aCanSignSignsSigV4aForTheConfiguredRegionSet() async throws {
        let service = try SyntheticService(operations: ["OnlyA": ["auth": ["aws.auth#sigv4a"]]])
        let everywhere = try await sent(service, "OnlyA")
        #expect(everywhere.headers["X-Amz-Region-Set"] == "*")
        #expect(everywhere.headers["Authorization"]?.contains(";x-amz-date;x-amz-region-set") == true)
        let configured = try await sent(service, "OnlyA", config: Config(sigv4aSigningRegionSet: "us-west-2,eu-west-1"))
        #expect(configured.headers["X-Amz-Region-Set"] == "us-west-2,eu-west-1")
        let fromEnvironment = try await sent(service, "OnlyA", environment: ["AWS_SIGV4A_SIGNING_REGION_SET": "ap-south-1"])
        #expect(fromEnvironment.headers["X-Amz-Region-Set"] == "ap-south-1")
    }

    @Test func anUnknownAuthTraitIsRefused() async throws {
        let service = try SyntheticService(operations: ["Odd": ["auth": ["example.auth#custom"]]])
        let error = await #expect(throws: SigningError.self) { _ = try await sent(service, "Odd") }
        #expect(error?.message.contains("example.auth#custom") == true)
    }

    @Test func aPreferenceReordersTheOperationsSchemes() async throws {
        let service = try SyntheticService(operations: ["Either": ["auth": ["aws.auth#sigv4", "smithy.api#noAuth"]]])
        let preferred = try await sent(service, "Either", config: Config(authSchemePreference: ["noAuth"]))
        #expect(preferred.headers["Authorization"] == nil)
        let fromEnvironment = try await sent(service, "Either", environment: ["AWS_AUTH_SCHEME_PREFERENCE": " noAuth , sigv4 "])
        #expect(fromEnvironment.headers["Authorization"] == nil)
        let unpreferred = try await sent(service, "Either", config: Config(authSchemePreference: ["sigv4a", "httpBearerAuth"]))
        #expect(unpreferred.headers["Authorization"]?.hasPrefix("AWS4-HMAC-SHA256") == true)  // neither is the operation's
    }

    @Test func unsignedPayloadOperationsSendUnsignedPayload() async throws {
        let service = try SyntheticService(operations: ["Upload": ["authtype": "v4-unsigned-body", "input": ["shape": "In"]]],
                                           shapes: ["In": ["type": "structure", "members": ["Name": ["shape": "S"]]], "S": ["type": "string"]])
        let request = try await sent(service, "Upload")
        #expect(request.headers["X-Amz-Content-SHA256"] == "UNSIGNED-PAYLOAD")
        #expect(request.headers["Authorization"]?.contains("x-amz-content-sha256") == true)
    }

    @Test func theEndpointsAuthSchemeGivesTheSigningNameAndRegion() async throws {
        let rules: Document = [["conditions": [], "type": "endpoint", "endpoint": [
            "url": "https://example.com", "properties": ["authSchemes": [
                ["name": "sigv4a", "signingName": "other", "signingRegionSet": ["*"]],
                ["name": "sigv4", "signingName": "scoped", "signingRegion": "eu-central-1"],
            ]]]]]
        let service = try SyntheticService(operations: ["Go": [:]], rules: rules)
        let request = try await sent(service, "Go")
        #expect(request.headers["Authorization"]?.contains("Credential=AKIDEXAMPLE/20260517/other/aws4_request") == true)
        #expect(request.headers["X-Amz-Region-Set"] == "*")
        let preferred = try await sent(service, "Go", config: Config(authSchemePreference: ["sigv4"]))
        #expect(preferred.headers["Authorization"]?.contains("/20260517/eu-central-1/scoped/aws4_request") == true)
        let pinned = try await sent(service, "Go", config: Config(signatureVersion: .v4))
        #expect(pinned.headers["Authorization"]?.contains("/eu-central-1/scoped/") == true)
        let unsigned = try await sent(service, "Go", config: Config(signatureVersion: .unsigned))
        #expect(unsigned.headers["Authorization"] == nil)
    }

    @Test func anEndpointsRegionSetIsSignedUnlessOneIsConfigured() async throws {
        let rules: Document = [["conditions": [], "type": "endpoint", "endpoint": [
            "url": "https://example.com", "properties": ["authSchemes": [["name": "sigv4a", "signingRegionSet": ["us-east-1", "us-west-2"]]]]]]]
        let service = try SyntheticService(operations: ["Go": [:]], rules: rules)
        #expect(try await sent(service, "Go").headers["X-Amz-Region-Set"] == "us-east-1,us-west-2")
        let configured = try await sent(service, "Go", config: Config(sigv4aSigningRegionSet: "*"))
        #expect(configured.headers["X-Amz-Region-Set"] == "*")
        // SigV4 asked for in code matches no scheme of this endpoint: botocore's legacy signer, SigV4.
        let pinned = try await sent(service, "Go", config: Config(signatureVersion: .v4))
        #expect(pinned.headers["Authorization"]?.hasPrefix("AWS4-HMAC-SHA256") == true)
    }

    @Test func bearerServicesTakeTheTokenProvidersToken() async throws {
        let service = try SyntheticService(metadata: ["signatureVersion": "bearer"], operations: ["Go": [:]])
        let request = try await sent(service, "Go", tokens: StaticTokenProvider(AuthToken("tok-1")))
        #expect(request.headers["Authorization"] == "Bearer tok-1")
        #expect(request.headers["X-Amz-Date"] == nil)
        let fromEnvironment = try await sent(service, "Go", environment: ["AWS_BEARER_TOKEN_OTHERSERVICE": "tok-2"])
        #expect(fromEnvironment.headers["Authorization"] == "Bearer tok-2")
        let error = await #expect(throws: SigningError.self) { _ = try await sent(service, "Go") }
        #expect(error?.code == .noAuthToken)
        #expect(error?.message.contains("AWS_BEARER_TOKEN_OTHERSERVICE") == true)
        #expect(error?.message.contains("tokenProvider") == true)
    }

    @Test func sigV2IsRefusedOutsideQueryProtocols() throws {
        let service = try SyntheticService(operations: ["Go": [:]])
        let error = #expect(throws: ConfigError.self) {
            _ = try service.client(transport: Self.ok, config: Config(signatureVersion: .v2))
        }
        #expect(error?.message.contains("query-protocol") == true)
    }

    @Test func theClientScopeIsWorkedOutOnlyWhenASignatureNeedsIt() throws {
        let model = try ModelLoader.shared.serviceModel("sqs")
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: [:])
        let operation = try model.operation("ListQueues")
        let unsigned = try SigningResolver(model: model, config: resolver.resolve(
            serviceID: "SQS", endpointPrefix: "sqs", region: "us-east-1", config: Config(signatureVersion: .unsigned)), environment: [:])
        var asked = 0
        let scope = { () -> ClientSigningScope in
            asked += 1
            return ClientSigningScope(signingName: "sqs", region: "eu-west-3")
        }
        #expect(try unsigned.plan(operation: operation, endpointAuthSchemes: [], scope: scope).method == .none)
        #expect(asked == 0)
        let signed = try SigningResolver(model: model, config: resolver.resolve(serviceID: "SQS", endpointPrefix: "sqs", region: "us-east-1"),
                                         environment: [:])
        let plan = try signed.plan(operation: operation, endpointAuthSchemes: [], scope: scope)
        #expect(plan == SigningPlan(method: .sigV4, signingName: "sqs", region: "eu-west-3"))
        #expect(asked == 1)
    }

    @Test func presigningWithBearerOrSigV2IsRefused() throws {
        let bearer = try SyntheticService(metadata: ["signatureVersion": "bearer"], operations: ["Go": [:]])
        let client = try bearer.client(transport: Self.ok, tokens: StaticTokenProvider(AuthToken("t")))
        let error = #expect(throws: SigningError.self) { _ = try client.generatePresignedURL("Go") }
        #expect(error?.code == .unsupportedAuth)
        #expect(error?.message.contains("bearer") == true)
    }
}
