import Foundation
@testable import AWSClients
import AWSTesting

/// Clients and canned responses for the customization tests.
enum CustomizationTests {
    /// A client of `service` on `transport` in `region`, retrying without waiting.
    static func client(_ service: String, transport: StubTransport, region: String = "us-east-1",
                       config: Config? = nil) throws -> Client {
        let model = try ModelLoader.shared.serviceModel(service)
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil),
                                      environment: TestClients.environment)
        var effective = try resolver.resolve(serviceID: model.metadata.serviceID ?? service,
                                             endpointPrefix: model.metadata.endpointPrefix,
                                             region: region, endpointURL: "http://127.0.0.1:1", config: config)
        effective.region = region
        return try ClientFactory.make(model: model, config: effective, credentials: { TestClients.credentials },
                                      transport: transport, sleep: { _ in })
    }

    /// A config that sends each request once.
    static var noRetries: Config {
        var config = Config()
        config.retries = RetryConfig(totalMaxAttempts: 1)
        return config
    }

    /// A response with `body` and `headers`.
    static func response(_ status: Int = 200, headers: [(String, String)] = [], body: String = "") -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: HTTPHeaders(headers), body: Data(body.utf8))
    }

    /// A JSON response (SQS, DynamoDB) with `body`.
    static func json(_ body: String, headers: [(String, String)] = []) -> HTTPResponse {
        response(headers: [("Content-Type", "application/x-amz-json-1.0")] + headers, body: body)
    }
}

extension HTTPRequest {
    /// The body bytes (empty for a file body, which these tests never send).
    var bodyData: Data { body.inMemoryData ?? Data() }
    /// The body as UTF-8 text.
    var bodyText: String { String(decoding: bodyData, as: UTF8.self) }
}
