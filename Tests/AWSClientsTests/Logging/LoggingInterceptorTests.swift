import Foundation
import Testing
import AWSTesting
@testable import AWSClients

/// The logger's lines, against a stub transport (the moto run is in `LoggingIntegrationTests`).
@Suite(.serialized) struct LoggingInterceptorTests {
    static let queueURL = "http://127.0.0.1:1/123456789012/q"

    @Test func debugLogsOneLinePerRequestAndRetriesWithReasons() async throws {
        let collector = CollectingLogHandler()
        let transport = StubTransport(responses: [InterceptorTestClients.serviceUnavailable, InterceptorTestClients.sendMessageOK])
        let sqs = try InterceptorTestClients.client("sqs", transport: transport, interceptors: [LoggingInterceptor(level: .debug, handler: collector)])
        _ = try await sqs.sendMessage(QueueUrl: Self.queueURL, MessageBody: "hello")
        let lines = collector.messages
        #expect(lines.count == 4, "\(lines)")
        #expect(lines[0] == "sqs.SendMessage: endpoint resolved to http://127.0.0.1:1")
        #expect(lines[1].hasPrefix("sqs.SendMessage POST http://127.0.0.1:1/ -> 503 (attempt 1, ") && lines[1].hasSuffix(" ms, request id none)"))
        #expect(lines[2] == "sqs.SendMessage: retrying (attempt 2) after HTTP 503 ServiceUnavailable")
        #expect(lines[3].hasPrefix("sqs.SendMessage POST http://127.0.0.1:1/ -> 200 (attempt 2, ") && lines[3].hasSuffix("request id req-1)"))
        #expect(collector.entries.allSatisfy { $0.level == .debug })
    }

    @Test func traceLogsHeadersAndBodiesRedacted() async throws {
        let collector = CollectingLogHandler()
        let transport = StubTransport(responses: [InterceptorTestClients.sendMessageOK])
        let model = try ModelLoader.shared.serviceModel("sqs")
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: TestClients.environment)
        var effective = try resolver.resolve(serviceID: "SQS", endpointPrefix: "sqs", region: "us-east-1", endpointURL: "http://127.0.0.1:1", config: nil)
        effective.region = "us-east-1"
        let credentials = Credentials(accessKeyID: "AKIDLOGTEST", secretAccessKey: "SECRET-KEY-LOG-TEST", sessionToken: "SESSION-TOKEN-LOG-TEST")
        let sqs = try ClientFactory.make(model: model, config: effective, credentials: { credentials }, transport: transport,
                                         interceptors: [LoggingInterceptor(level: .trace, handler: collector)])
        _ = try await sqs.sendMessage(QueueUrl: Self.queueURL, MessageBody: "hello")
        let text = collector.messages.joined(separator: "\n")
        #expect(text.contains("X-Amz-Target: AmazonSQS.SendMessage"))
        #expect(text.contains(#""MessageBody":"hello""#), "the request body")
        #expect(text.contains(#""MessageId":"m-1""#), "the response body")
        #expect(collector.entries.contains { $0.level == .trace })
        let signature = try #require(transport.requests.first?.headers["Authorization"]?.components(separatedBy: "Signature=").last)
        for secret in ["SECRET-KEY-LOG-TEST", "SESSION-TOKEN-LOG-TEST", signature] {
            #expect(!text.contains(secret), "\(secret) was logged")
        }
    }

    @Test func globalLoggerCoversEveryClientAndCredentialResolution() async throws {
        let collector = CollectingLogHandler()
        Session.setLogHandler(collector, level: .debug)
        defer { Session.setLogHandler(nil) }
        let transport = StubTransport(responses: [InterceptorTestClients.sendMessageOK])
        let environment = TestClients.environment.merging(["AWS_ACCESS_KEY_ID": "AKIDGLOBAL", "AWS_SECRET_ACCESS_KEY": "GLOBAL-SECRET"]) { $1 }
        let session = try Session(region: "us-east-1", environment: environment, transport: transport)
        let sqs = try session.client("sqs", endpointURL: "http://127.0.0.1:1")
        #expect(sqs.interceptors.count == 1, "the global logger")
        _ = try await sqs.sendMessage(QueueUrl: Self.queueURL, MessageBody: "hello")
        let lines = collector.messages
        #expect(lines.contains("Found credentials in environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("sqs.SendMessage POST http://127.0.0.1:1/ -> 200 (attempt 1, ") })
        #expect(!lines.joined().contains("GLOBAL-SECRET"))
        Session.setLogHandler(nil)
        #expect(sqs.interceptors.isEmpty, "nothing logs: no interceptor at all")
    }
}
