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

    @Test func aSigV4aRegionSetTakesEffectFromEverySource() throws {
        #expect(try resolve(Config(sigv4aSigningRegionSet: "*")).sigv4aSigningRegionSet == "*")
        #expect(try resolve(nil, profile: ["sigv4a_signing_region_set": "us-east-1,us-west-2"]).sigv4aSigningRegionSet == "us-east-1,us-west-2")
    }
}
