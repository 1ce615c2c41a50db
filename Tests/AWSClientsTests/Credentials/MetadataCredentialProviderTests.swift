import Foundation
import Testing
import AWSTesting
@testable import AWSClients

@Suite struct MetadataCredentialProviderTests {
    static let roleJSON = #"{"Code": "Success", "AccessKeyId": "ASIAIMDS", "SecretAccessKey": "IMDSSECRET", "Token": "IMDSTOKEN", "Expiration": "2030-01-01T00:00:00Z"}"#
    static let containerJSON = #"{"AccessKeyId": "ASIAECS", "SecretAccessKey": "ECSSECRET", "Token": "ECSTOKEN", "Expiration": "2030-01-01T00:00:00Z", "AccountId": "123"}"#

    func shared() throws -> SharedConfig { try TemporaryFolder().sharedConfig() }

    @Test func imdsV2PutsForATokenThenGetsRoleAndCredentials() async throws {
        let transport = RouteStub.transport([
            .ok("PUT", "/latest/api/token", "TOKEN123"),
            .ok("GET", "/security-credentials/", "my-role"),
            .ok("GET", "/security-credentials/my-role", Self.roleJSON),
        ])
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        let provider = InstanceMetadataCredentialProvider(context: makeContext(try shared(), transport: transport, clock: clock))
        let credentials = try await provider.credentials()
        #expect(credentials.accessKeyID == "ASIAIMDS" && credentials.sessionToken == "IMDSTOKEN" && credentials.source == "iam-role")
        let requests = transport.requests
        #expect(requests.map(\.method) == ["PUT", "GET", "GET"])
        #expect(requests.map(\.url.absoluteString) == ["http://169.254.169.254/latest/api/token",
                                                       "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
                                                       "http://169.254.169.254/latest/meta-data/iam/security-credentials/my-role"])
        #expect(requests[0].headers["x-aws-ec2-metadata-token-ttl-seconds"] == "21600")
        #expect(requests[1].headers["x-aws-ec2-metadata-token"] == "TOKEN123" && requests[2].headers["x-aws-ec2-metadata-token"] == "TOKEN123")
        #expect(transport.timeouts.allSatisfy { $0 == HTTPTimeouts(connect: 1, read: 1) })
        _ = try await provider.credentials()
        #expect(transport.requests.count == 3)  // cached until the refresh window
    }

    @Test func imdsFallsBackToV1WithoutAToken() async throws {
        let transport = RouteStub.transport([
            .status("PUT", "/latest/api/token", 403),
            .ok("GET", "/security-credentials/", "r"),
            .ok("GET", "/security-credentials/r", Self.roleJSON),
        ])
        let provider = InstanceMetadataCredentialProvider(context: makeContext(try shared(), transport: transport))
        #expect(try await provider.credentials().accessKeyID == "ASIAIMDS")
        #expect(transport.requests.dropFirst().allSatisfy { $0.headers["x-aws-ec2-metadata-token"] == nil })
        let v1Off = RouteStub.transport([.status("PUT", "/latest/api/token", 404)])
        let strict = InstanceMetadataCredentialProvider(context: makeContext(try shared(), env: ["AWS_EC2_METADATA_V1_DISABLED": "true"], transport: v1Off))
        await #expect(throws: CredentialsError.self) { try await strict.credentials() }
        #expect(v1Off.requests.count == 1)
    }

    @Test func imdsUnreachableOrDisabledIsNotConfigured() async throws {
        let down = RouteStub.transport([.fail("PUT", "/latest/api/token", .connectTimeout), .fail("GET", "/", .connectTimeout)])
        let provider = InstanceMetadataCredentialProvider(context: makeContext(try shared(), transport: down))
        await #expect { _ = try await provider.credentials() } throws: { ($0 as? CredentialsError)?.code == .notConfigured }
        #expect(down.requests.count == 2)  // one attempt each by default
        let unused = RouteStub.transport([])
        let disabled = InstanceMetadataCredentialProvider(context: makeContext(try shared(), env: ["AWS_EC2_METADATA_DISABLED": "TRUE"], transport: unused))
        await #expect(throws: CredentialsError.notConfigured("iam-role")) { try await disabled.credentials() }
        #expect(unused.requests.isEmpty)
    }

    @Test func imdsEndpointAndAttemptsAreConfigurable() async throws {
        let transport = RouteStub.transport([.fail("PUT", "/latest/api/token", .connectionFailed)])
        let env = ["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1338", "AWS_METADATA_SERVICE_NUM_ATTEMPTS": "2",
                   "AWS_METADATA_SERVICE_TIMEOUT": "3"]
        let provider = InstanceMetadataCredentialProvider(context: makeContext(try shared(), env: env, transport: transport))
        _ = try? await provider.credentials()
        #expect(transport.requests.first?.url.absoluteString == "http://127.0.0.1:1338/latest/api/token")
        #expect(transport.requests.filter { $0.method == "PUT" }.count == 2)
        #expect(transport.timeouts.first == HTTPTimeouts(connect: 3, read: 3))
        let ipv6 = InstanceMetadataSettings(context: makeContext(try shared(), env: ["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv6"]))
        #expect(ipv6.baseURL == "http://[fd00:ec2::254]/")
    }

    @Test func staleImdsCredentialsAreExtended() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let extended = InstanceMetadataClient.extendedIfStale(now.addingTimeInterval(60), now: now)
        #expect(extended.timeIntervalSince(now) >= 15 * 60 + 120 && extended.timeIntervalSince(now) <= 15 * 60 + 600)
        let fresh = now.addingTimeInterval(6 * 3600)
        #expect(InstanceMetadataClient.extendedIfStale(fresh, now: now) == fresh)
    }

    @Test func containerRelativeURIWithAuthorizationTokenFile() async throws {
        let folder = try TemporaryFolder()
        let tokenFile = try folder.write("token", "Bearer FILETOKEN")
        let transport = RouteStub.transport([.ok("GET", "/v2/creds", Self.containerJSON)])
        let env = ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/creds", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile,
                   "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ENVTOKEN"]
        let provider = ContainerCredentialProvider(context: makeContext(try shared(), env: env, transport: transport))
        let credentials = try await provider.credentials()
        #expect(credentials.accessKeyID == "ASIAECS" && credentials.accountID == "123" && credentials.source == "container-role")
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "http://169.254.170.2/v2/creds" && request.method == "GET")
        #expect(request.headers["Authorization"] == "Bearer FILETOKEN" && request.headers["Accept"] == "application/json")
        #expect(transport.timeouts.first == HTTPTimeouts(connect: 2, read: 2))
    }

    @Test(arguments: [
        ("http://127.0.0.1:8080/creds", true), ("http://localhost/creds", true), ("http://[::1]:9/x", true),
        ("http://169.254.170.23/v1/credentials", true), ("http://[fd00:ec2::23]/v1/credentials", true),
        ("https://anything.example.com/creds", true), ("http://169.254.169.254/latest", false), ("http://example.com/creds", false),
    ])
    func containerFullURIHostRules(_ url: String, _ allowed: Bool) async throws {
        let transport = RouteStub.transport([.ok("GET", "", Self.containerJSON)])
        let env = ["AWS_CONTAINER_CREDENTIALS_FULL_URI": url, "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ENVTOKEN"]
        let provider = ContainerCredentialProvider(context: makeContext(try shared(), env: env, transport: transport))
        let result = try? await provider.credentials()
        #expect((result != nil) == allowed, "\(url)")
        #expect(transport.requests.isEmpty != allowed)
        if allowed { #expect(transport.requests.first?.headers["Authorization"] == "ENVTOKEN") }
    }

    @Test func containerRetriesThreeTimesThenFails() async throws {
        let transport = RouteStub.transport([.status("GET", "/creds", 500, "busy")])
        let env = ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds"]
        let provider = ContainerCredentialProvider(context: makeContext(try shared(), env: env, transport: transport))
        await #expect {
            _ = try await provider.credentials()
        } throws: { error in
            "\(error)" == "Error when retrieving credentials from container-role: Received non 200 response 500 from container metadata: busy"
        }
        #expect(transport.requests.count == 3)
        let bad = ContainerCredentialProvider(context: makeContext(try shared(), env: [
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds", "AWS_CONTAINER_AUTHORIZATION_TOKEN": "a\nb"], transport: transport))
        await #expect { _ = try await bad.credentials() } throws: { ($0 as? CredentialsError)?.code == .invalidConfig }
    }
}
