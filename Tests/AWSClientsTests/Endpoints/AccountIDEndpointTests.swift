import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// `AWS::Auth::AccountId` and `AWS::Auth::AccountIdEndpointMode` reach the rule set (DynamoDB's
/// uses them), with the account of the credentials, as tests/functional/test_account_id_endpoints.py.
@Suite struct AccountIDEndpointTests {
    private func listTables(environment: [String: String] = [:], credentials: Credentials? = nil, config: Config? = nil) async throws -> HTTPRequest {
        let stub = StubTransport { _ in Canned.json(200, "{\"TableNames\": []}") }
        let session = try Session(region: "us-east-1", credentials: credentials, environment: TestClients.environment.merging(environment) { $1 },
                                  transport: stub)
        _ = try await session.client("dynamodb", config: config).listTables()
        return try #require(stub.requests.first)
    }

    private static let keys = ["AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret"]

    @Test func theAccountOfEnvironmentCredentialsRoutesTheRequest() async throws {
        let request = try await listTables(environment: Self.keys.merging(["AWS_ACCOUNT_ID": "123456789012"]) { $1 })
        #expect(request.url.absoluteString == "https://123456789012.ddb.us-east-1.amazonaws.com/")
        let features = request.headers["User-Agent"]?.split(separator: " ").first { $0.hasPrefix("m/") } ?? ""
        #expect(features.contains("P") && features.contains("T"), "\(features)")
    }

    @Test func explicitCredentialsCarryTheirAccount() async throws {
        let credentials = Credentials(accessKeyID: "AKID", secretAccessKey: "s", accountID: "111122223333")
        #expect(try await listTables(credentials: credentials).url.host == "111122223333.ddb.us-east-1.amazonaws.com")
        let disabled = try await listTables(credentials: credentials, config: Config(accountIDEndpointMode: "disabled"))
        #expect(disabled.url.host == "dynamodb.us-east-1.amazonaws.com")
        let unsigned = try await listTables(credentials: credentials, config: Config(signatureVersion: .unsigned))
        #expect(unsigned.url.host == "dynamodb.us-east-1.amazonaws.com" && unsigned.headers["Authorization"] == nil)
    }

    @Test func withoutAnAccountPreferredModeUsesTheRegionalEndpoint() async throws {
        #expect(try await listTables(environment: Self.keys).url.host == "dynamodb.us-east-1.amazonaws.com")
    }

    @Test func requiredModeWithoutAnAccountFailsAsBotocore() async throws {
        let error = await #expect(throws: EndpointError.self) {
            _ = try await listTables(environment: Self.keys.merging(["AWS_ACCOUNT_ID_ENDPOINT_MODE": "required"]) { $1 })
        }
        #expect(error?.message.contains("AccountIdEndpointMode is required but no AccountID was provided") == true)
    }

    @Test func presignedURLsUseTheAccountToo() throws {
        let stub = StubTransport { _ in HTTPResponse(statusCode: 500) }
        let credentials = Credentials(accessKeyID: "AKID", secretAccessKey: "s", accountID: "111122223333")
        let session = try Session(region: "us-east-1", credentials: credentials, environment: TestClients.environment, transport: stub)
        let url = try session.client("dynamodb").generatePresignedURL("listTables")
        #expect(url.host == "111122223333.ddb.us-east-1.amazonaws.com")
    }

    @Test func credentialsAreNotNeededForEndpointsThatDoNotUseTheAccount() async throws {
        let service = try SyntheticService(operations: ["Anonymous": ["auth": ["smithy.api#noAuth"]]])
        let stub = StubTransport { _ in HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/json"], body: Data("{}".utf8)) }
        let model = try service.loader.serviceModel(service.name)
        let effective = try ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: [:])
            .resolve(serviceID: "Other Service", endpointPrefix: service.name, region: "us-west-2")
        let client = try ClientFactory.make(model: model, config: effective, loader: service.loader,
                                            credentials: { throw NoCredentialsError(searched: ["nowhere"]) }, transport: stub)
        _ = try await client.call("Anonymous")
        #expect(stub.requests.count == 1)
    }
}
