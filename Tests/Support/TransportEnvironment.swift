import Foundation

/// The variables tests forward from their own environment into the fixed environments they give
/// sessions, so `scripts/test` can run the integration suites once per HTTP transport.
package enum TransportEnvironment {
    /// The variable that picks the SDK's HTTP transport (`auto`, `curl`, `urlsession`).
    package static let variable = "AWS_SWIFT_HTTP_TRANSPORT"

    /// `AWS_SWIFT_HTTP_TRANSPORT` from the test process's environment, when set.
    package static var forwarded: [String: String] {
        guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else { return [:] }
        return [variable: value]
    }

    /// `environment` plus the forwarded variables (the environment's own values win).
    package static func adding(to environment: [String: String]) -> [String: String] {
        environment.merging(forwarded) { own, _ in own }
    }
}
