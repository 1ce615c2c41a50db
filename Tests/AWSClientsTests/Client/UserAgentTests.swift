import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// The `User-Agent` follows botocore's format (useragent.py); see `UserAgent` for where it differs.
@Suite struct UserAgentTests {
    private func config(_ build: (inout Config) -> Void = { _ in }, environment: [String: String] = [:]) throws -> EffectiveConfig {
        var config = Config()
        build(&config)
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: environment)
        return try resolver.resolve(serviceID: "SQS", endpointPrefix: "sqs", config: config)
    }

    private let linux = UserAgentPlatform(systemName: "Linux", release: "6.8.0-45-generic", machine: "x86_64", swiftVersion: "6.1")

    @Test func theDefaultHeader() throws {
        let agent = UserAgent(config: try config(), platform: linux)
        #expect(agent.header() == "swift-aws-resources/\(SDKVersion.current) ua/2.1 os/linux#6.8.0-45-generic md/arch#x86_64 "
            + "lang/swift#6.1 m/D,Z,b cfg/retry-mode#legacy")
        #expect(agent.header(requestFeatures: ["L", "D"]) .contains(" m/D,Z,b,L cfg/"))
    }

    @Test func settingsShowUpAsBotocoresComponents() throws {
        let effective = try config({
            $0.retries = RetryConfig(mode: .standard)
            $0.requestChecksumCalculation = .whenRequired
            $0.userAgentAppID = "my app/#1"
            $0.userAgentExtra = "extra/1 (x)"
        }, environment: ["AWS_EXECUTION_ENV": "AWS_Lambda_swift"])
        let header = UserAgent(config: effective, platform: linux).header()
        #expect(header.contains(" exec-env/AWS_Lambda_swift m/E,a,b cfg/retry-mode#standard app/my-app-#1 extra/1 (x)"))
        #expect(header.hasSuffix(" extra/1 (x)"))
    }

    @Test func theAppIDComesFromTheEnvironmentOrProfile() throws {
        let header = UserAgent(config: try config(environment: ["AWS_SDK_UA_APP_ID": "from-env"]), platform: linux).header()
        #expect(header.hasSuffix(" app/from-env"))
    }

    @Test func userAgentReplacesEverythingButTheExtra() throws {
        let agent = UserAgent(config: try config({ $0.userAgent = "custom/1"; $0.userAgentExtra = "x" }), platform: linux)
        #expect(agent.header(requestFeatures: ["L"]) == "custom/1 x")
        #expect(UserAgent(config: try config({ $0.userAgent = "custom/1" }), platform: linux).header() == "custom/1")
    }

    @Test func componentsAreSanitized() {
        #expect(UserAgent.sanitize("a b/c#d\u{e9}", allowHash: false) == "a-b-c-d-")
        #expect(UserAgent.sanitize("a#b", allowHash: true) == "a#b")
        #expect(UserAgent.component("md", "my name", "1.0 beta") == "md/my-name#1.0-beta")
        #expect(UserAgentPlatform(systemName: "Darwin", release: "23.1.0", machine: "arm64", swiftVersion: "6.1").osComponents == ["os/macos#23.1.0"])
        #expect(UserAgentPlatform(systemName: "Plan 9", release: "4", machine: nil, swiftVersion: "6.1").osComponents
                == ["os/other", "md/Plan-9#4"])
    }

    @Test func featureListsAreTruncatedAtAComma() {
        #expect(UserAgent.truncate("abc,def,ghi", maxBytes: 8, delimiter: ",") == "abc,def")
        #expect(UserAgent.truncate("abcdefghi", maxBytes: 8, delimiter: ",") == "")
    }

    @Test func requestsCarryTheHeaderAndTheirFeatures() async throws {
        let stub = StubTransport { _ in Canned.s3OK }
        let s3 = try TestClients.client("s3", transport: stub, config: Config(userAgentAppID: "demo"))
        _ = try await s3.putObject(Bucket: "b", Key: "k", Body: .blob(Data("x".utf8)))
        let agent = try #require(stub.requests.first?.headers["User-Agent"])
        #expect(agent.hasPrefix("swift-aws-resources/\(SDKVersion.current) ua/2.1 os/"))
        // legacy retries, checksum defaults, endpoint override, and the CRC32 checksum added to the body
        #expect(agent.contains(" m/D,Z,b,N,U cfg/retry-mode#legacy app/demo"))
    }
}
