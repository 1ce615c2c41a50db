import Foundation
@testable import AWSClients
import AWSTesting

/// Clients for the handler tests: botocore_handlers.py's credentials and frozen clock, no shared
/// config, no waiting between retries.
enum HandlerClients {
    /// botocore's frozen clock in the script (`PresignFixtures.date`, 2026-05-17T12:34:56.789Z).
    static let date = PresignFixtures.date

    /// A config that sends each request once.
    static var once: Config {
        var config = Config()
        config.retries = RetryConfig(totalMaxAttempts: 1)
        return config
    }

    /// A client of `service` in `region` on `transport`, signing at `now` with the fixture's keys
    /// (and `token`); `credentials` replaces the keys' provider (to make it wait, or fail).
    static func client(_ service: String, transport: StubTransport, region: String = "us-west-2", token: String? = nil,
                       endpointURL: String? = nil, config: Config? = nil, now: @escaping @Sendable () -> Date = { date },
                       credentials: (@Sendable () async throws -> Credentials)? = nil) throws -> Client {
        let model = try ModelLoader.shared.serviceModel(service)
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil),
                                      environment: TestClients.environment)
        var effective = try resolver.resolve(serviceID: model.metadata.serviceID ?? service,
                                             endpointPrefix: model.metadata.endpointPrefix, region: region,
                                             endpointURL: endpointURL, config: config ?? once)
        effective.region = region
        let keys = Credentials(accessKeyID: PresignFixtures.accessKey, secretAccessKey: PresignFixtures.secretKey, sessionToken: token)
        let immediate: (@Sendable () throws -> Credentials)? = credentials == nil ? { @Sendable in keys } : nil
        return try ClientFactory.make(model: model, config: effective, credentials: credentials ?? { keys }, transport: transport,
                                      sleep: { _ in }, now: now, resolvedCredentials: immediate)
    }

    /// A transport answering every request with `status` and `body` (and `headers`).
    static func answering(_ status: Int = 200, body: String = "", headers: HTTPHeaders = [:]) -> StubTransport {
        StubTransport { _ in HTTPResponse(statusCode: status, headers: headers, body: Data(body.utf8)) }
    }
}
