import Foundation
import Testing
@testable import AWSClients

/// Settings the SDK cannot honour are refused with a message saying so, never accepted and ignored.
struct UnsupportedConfigTests {
    @discardableResult
    private func resolve(_ config: Config?, profile: [String: String] = [:]) throws -> EffectiveConfig {
        let text = "[default]\n" + profile.map { "\($0.key) = \($0.value)" }.joined(separator: "\n") + "\n"
        let shared = try TemporaryFolder().sharedConfig(config: text)
        return try ConfigResolver(sharedConfig: shared, environment: [:])
            .resolve(serviceID: "SQS", endpointPrefix: "sqs", region: "us-east-1", config: config)
    }

    @Test func proxyForwardingForHTTPSIsRefused() throws {
        let fromCode = #expect(throws: ConfigError.self) {
            try resolve(Config(proxiesConfig: ProxiesConfig(proxyUseForwardingForHTTPS: true)))
        }
        #expect(fromCode?.message.contains("proxy_use_forwarding_for_https is not supported") == true)
        #expect(throws: ConfigError.self) { try resolve(nil, profile: ["proxy_use_forwarding_for_https": "true"]) }
        try resolve(Config(proxiesConfig: ProxiesConfig(proxyUseForwardingForHTTPS: false)))
        try resolve(nil, profile: ["proxy_use_forwarding_for_https": "false"])
    }

    @Test func sigv4aRegionSetInCodeIsRefused() throws {
        let error = #expect(throws: ConfigError.self) { try resolve(Config(sigv4aSigningRegionSet: "*")) }
        #expect(error?.message.contains("SigV4a") == true)
        // From a profile shared with other tools it is left alone (botocore without its CRT does the same).
        try resolve(nil, profile: ["sigv4a_signing_region_set": "*"])
    }
}
