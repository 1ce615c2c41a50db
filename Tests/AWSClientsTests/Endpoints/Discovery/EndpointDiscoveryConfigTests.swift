import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// When clients discover: `endpointDiscoveryEnabled` from `Config`, the environment or the
/// profile, per service and operation, and with explicit or configured endpoint URLs (botocore's
/// `_register_endpoint_discovery`).
@Suite struct EndpointDiscoveryConfigTests {
    @Test func modesReadAsBotocoreReadsThem() {
        #expect(EndpointDiscoveryMode(configValue: " aUto  \n") == .auto)
        #expect(EndpointDiscoveryMode(configValue: "True") == .enabled)
        #expect(EndpointDiscoveryMode(configValue: "FALSE") == .disabled)
        #expect(EndpointDiscoveryMode(configValue: "yes") == nil)
        #expect(EndpointDiscoveryMode(configValue: "1") == nil)
        let on: EndpointDiscoveryMode = true, off: EndpointDiscoveryMode = false
        #expect(on == .enabled && off == .disabled)
    }

    @Test func configThenEnvironmentThenProfile() throws {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig(config: "[default]\nendpoint_discovery_enabled = false\n")
        func mode(_ env: [String: String], _ config: Config? = nil) throws -> EndpointDiscoveryMode {
            try ConfigResolver(sharedConfig: shared, environment: env)
                .resolve(serviceID: "Timestream Write", endpointPrefix: "ingest.timestream", config: config).endpointDiscoveryEnabled
        }
        #expect(try mode([:]) == .disabled)
        #expect(try mode(["AWS_ENDPOINT_DISCOVERY_ENABLED": "True"]) == .enabled)
        #expect(try mode(["AWS_ENDPOINT_DISCOVERY_ENABLED": "True"], Config(endpointDiscoveryEnabled: .auto)) == .auto)
        let none = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: [:])
        #expect(try none.resolve(serviceID: "DynamoDB", endpointPrefix: "dynamodb").endpointDiscoveryEnabled == .auto)
    }

    @Test func aConfigurationMergeKeepsTheSetting() {
        #expect(Config(endpointDiscoveryEnabled: true).merging(Config(region: "eu-west-1")).endpointDiscoveryEnabled == .enabled)
        #expect(Config(endpointDiscoveryEnabled: true).merging(Config(endpointDiscoveryEnabled: false)).endpointDiscoveryEnabled == .disabled)
    }

    @Test func anInvalidValueIsRefusedOnlyByServicesWithDiscovery() throws {
        let env = ["AWS_ENDPOINT_DISCOVERY_ENABLED": "yes"]
        let stub = StubTransport { _ in DiscoveryTests.json("{}") }
        let error = try #require(#expect(throws: ConfigError.self) { try DiscoveryTests.client("dynamodb", transport: stub, environment: env) })
        #expect(error.message.hasPrefix(#"Unsupported configuration value for endpoint_discovery_enabled. Expected one of ("true", "false", "auto") but got yes."#))
        #expect(throws: ConfigError.self) { try DiscoveryTests.client("timestream-write", transport: stub, environment: env) }
        _ = try DiscoveryTests.client("s3", transport: stub, environment: env)
        _ = try DiscoveryTests.client("sqs", transport: stub, environment: env)
        // Nor by a client with an explicit endpoint URL, which never discovers.
        _ = try DiscoveryTests.client("dynamodb", transport: stub, endpointURL: "http://127.0.0.1:1", environment: env)
    }

    @Test func disabledRefusesRequiredOperationsWithBotocoresError() async throws {
        let service = DiscoveryService()
        let timestream = try DiscoveryTests.client(transport: service.transport, config: Config(endpointDiscoveryEnabled: false))
        let error = try #require(await #expect(throws: EndpointDiscoveryError.self) {
            _ = try await timestream.describeDatabase(DatabaseName: "db")
        })
        #expect(error.code == .required)
        #expect(error.message.hasPrefix("Endpoint Discovery is not enabled but this operation requires it."))
        #expect(error.message.contains("endpointDiscoveryEnabled"))
        #expect(service.requests.isEmpty)
        // Before validation, as botocore's before-parameter-build handler: bad parameters get the same error.
        _ = await #expect(throws: EndpointDiscoveryError.self) { _ = try await timestream.describeDatabase(Nonsense: 1) }
    }

    @Test func disabledInTheEnvironmentRefusesToo() async throws {
        let service = DiscoveryService()
        let timestream = try DiscoveryTests.client(transport: service.transport, environment: ["AWS_ENDPOINT_DISCOVERY_ENABLED": "False"])
        _ = await #expect(throws: EndpointDiscoveryError.self) { _ = try await timestream.listDatabases() }
    }

    @Test func disabledInTheProfileRefusesToo() async throws {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig(config: "[default]\nendpoint_discovery_enabled = false\n")
        let timestream = try DiscoveryTests.client(transport: DiscoveryService().transport, sharedConfig: shared)
        _ = await #expect(throws: EndpointDiscoveryError.self) { _ = try await timestream.listDatabases() }
    }

    @Test func dynamoDBDiscoversOnlyWhenEnabled() async throws {
        let auto = DiscoveryService(calls: [DiscoveryTests.json(#"{"TableNames":[]}"#)])
        _ = try await DiscoveryTests.client("dynamodb", transport: auto.transport).listTables()
        #expect(auto.trace == ["ListTables dynamodb.us-east-1.amazonaws.com"])

        let off = DiscoveryService(calls: [DiscoveryTests.json(#"{"TableNames":[]}"#)])
        _ = try await DiscoveryTests.client("dynamodb", transport: off.transport, config: Config(endpointDiscoveryEnabled: false)).listTables()
        #expect(off.trace == ["ListTables dynamodb.us-east-1.amazonaws.com"])

        let on = DiscoveryService(calls: [DiscoveryTests.json(#"{"TableNames":[]}"#)])
        let dynamodb = try DiscoveryTests.client("dynamodb", transport: on.transport, config: Config(endpointDiscoveryEnabled: true))
        _ = try await dynamodb.listTables()
        _ = try await dynamodb.listTables()
        #expect(on.trace == ["DescribeEndpoints dynamodb.us-east-1.amazonaws.com", "ListTables cell1.example.com",
                             "ListTables cell1.example.com"])
        #expect(on.discoveryRequests.first?.headers["x-amz-api-version"] == "2012-08-10")
        // DescribeEndpoints itself is not discovered for.
        _ = try await dynamodb.describeEndpoints()
        #expect(on.requests.last?.url.host == "dynamodb.us-east-1.amazonaws.com")
    }

    @Test func anOptionalOperationFallsBackToTheRuleSetEndpointWhenDiscoveryIsUnreachable() async throws {
        let service = DiscoveryService(discovery: [nil], calls: [DiscoveryTests.json(#"{"TableNames":[]}"#)])
        let dynamodb = try DiscoveryTests.client("dynamodb", transport: service.transport,
                                                 config: Config(retries: RetryConfig(totalMaxAttempts: 1), endpointDiscoveryEnabled: true))
        _ = try await dynamodb.listTables()
        _ = try await dynamodb.listTables()
        #expect(service.trace == ["DescribeEndpoints dynamodb.us-east-1.amazonaws.com", "ListTables dynamodb.us-east-1.amazonaws.com",
                                  "ListTables dynamodb.us-east-1.amazonaws.com"])
    }

    @Test(arguments: [EndpointDiscoveryMode.auto, .enabled, .disabled])
    func anExplicitEndpointURLTurnsDiscoveryOff(mode: EndpointDiscoveryMode) async throws {
        let service = DiscoveryService()
        let timestream = try DiscoveryTests.client(transport: service.transport, endpointURL: "https://custom.example.com/",
                                                   config: Config(endpointDiscoveryEnabled: mode))
        _ = try await timestream.describeDatabase(DatabaseName: "db")
        #expect(service.trace == ["DescribeDatabase custom.example.com"])
        #expect(timestream.meta.config.endpointDiscoveryEnabled == mode)
    }

    @Test func aConfiguredEndpointURLKeepsDiscoveryOnAndAnswersTheDiscoveryCall() async throws {
        let service = DiscoveryService()
        let timestream = try DiscoveryTests.client(transport: service.transport, environment: ["AWS_ENDPOINT_URL": "http://127.0.0.1:4566"])
        _ = try await timestream.describeDatabase(DatabaseName: "db")
        #expect(service.requests.map(\.url.absoluteString) == ["http://127.0.0.1:4566/", "https://cell1.example.com/"])
    }
}
