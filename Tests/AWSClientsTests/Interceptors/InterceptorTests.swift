import Foundation
import Testing
import AWSTesting
@testable import AWSClients

/// The interceptor stages: order, contexts, attempts, changes, errors.
@Suite struct InterceptorTests {
    static let queueURL = "http://127.0.0.1:1/123456789012/q"

    static let successStages = [
        "modifyBeforeSerialization", "readBeforeSerialization", "modifyAfterSerialization", "readAfterSerialization",
        "modifyBeforeSigning", "readBeforeSigning", "modifyBeforeTransmit", "readBeforeTransmit",
        "modifyAfterTransmit", "readAfterTransmit", "modifyBeforeDeserialization", "readBeforeDeserialization",
        "modifyAfterExecution", "readAfterExecution",
    ]

    @Test func interceptorsRunInOrderModifyBeforeRead() async throws {
        let log = StageLog()
        let transport = StubTransport(responses: [InterceptorTestClients.sendMessageOK])
        let sqs = try InterceptorTestClients.client("sqs", transport: transport, interceptors: [
            RecordingInterceptor(name: "A", log: log), RecordingInterceptor(name: "B", log: log),
        ])
        _ = try await sqs.sendMessage(QueueUrl: Self.queueURL, MessageBody: "hello")
        let expected = Self.successStages.flatMap { ["A.\($0)", "B.\($0)"] }
        #expect(log.names == expected)
    }

    @Test func everyStageSeesItsContext() async throws {
        let log = StageLog()
        let transport = StubTransport(responses: [InterceptorTestClients.sendMessageOK])
        let sqs = try InterceptorTestClients.client("sqs", transport: transport, interceptors: [RecordingInterceptor(name: "A", log: log)])
        let output = try await sqs.sendMessage(QueueUrl: Self.queueURL, MessageBody: "hello")
        for entry in log.all {
            #expect(entry.context.serviceName == "sqs" && entry.context.operationName == "SendMessage", "\(entry.stage)")
            #expect(entry.context.params["MessageBody"] == "hello", "\(entry.stage)")
        }
        let before = try #require(log.contexts("readBeforeSerialization").first)
        #expect(before.request == nil && before.response == nil && before.attempt == 0)
        let serialized = try #require(log.contexts("readAfterSerialization").first)
        #expect(serialized.request?.headers["X-Amz-Target"] == "AmazonSQS.SendMessage")
        #expect(serialized.request?.headers["Authorization"] == nil, "not signed yet")
        let signing = try #require(log.contexts("readBeforeSigning").first)
        #expect(signing.attempt == 1 && signing.request?.headers["Authorization"] == nil && signing.retryReason == nil)
        let transmit = try #require(log.contexts("readBeforeTransmit").first)
        #expect(transmit.request?.headers["Authorization"]?.hasPrefix("AWS4-HMAC-SHA256") == true, "signed")
        #expect(transmit.response == nil)
        let received = try #require(log.contexts("readAfterTransmit").first)
        #expect(received.response?.statusCode == 200 && received.transmittedAt != nil)
        let parsing = try #require(log.contexts("readBeforeDeserialization").first)
        #expect(parsing.response?.headers["x-amzn-RequestId"] == "req-1" && parsing.output == nil)
        let done = try #require(log.contexts("readAfterExecution").first)
        #expect(done.output?["MessageId"] == "m-1" && done.output == output && done.error == nil)
    }

    @Test func attemptStagesRunOncePerAttempt() async throws {
        let log = StageLog()
        let transport = StubTransport(responses: [InterceptorTestClients.serviceUnavailable, InterceptorTestClients.serviceUnavailable,
                                                  InterceptorTestClients.sendMessageOK])
        let sqs = try InterceptorTestClients.client("sqs", transport: transport, interceptors: [RecordingInterceptor(name: "A", log: log)])
        _ = try await sqs.sendMessage(QueueUrl: Self.queueURL, MessageBody: "hello")
        #expect(transport.requests.count == 3)
        for stage in ["readBeforeSerialization", "readAfterSerialization", "readAfterExecution"] {
            #expect(log.contexts(stage).count == 1, "\(stage) runs once per call")
        }
        for stage in ["readBeforeSigning", "readBeforeTransmit", "readAfterTransmit", "readBeforeDeserialization"] {
            #expect(log.contexts(stage).map(\.attempt) == [1, 2, 3], "\(stage) runs once per attempt")
        }
        #expect(log.contexts("readBeforeSigning").map(\.retryReason) == [nil, "HTTP 503 ServiceUnavailable", "HTTP 503 ServiceUnavailable"])
        #expect(log.contexts("readAfterTransmit").map { $0.response?.statusCode } == [503, 503, 200])
    }

    @Test func failedCallRunsOnErrorOnce() async throws {
        let log = StageLog()
        let transport = StubTransport(responses: [InterceptorTestClients.serviceUnavailable])
        let sqs = try InterceptorTestClients.client("sqs", transport: transport, interceptors: [RecordingInterceptor(name: "A", log: log)],
                                                    config: Config(retries: RetryConfig(totalMaxAttempts: 2)))
        await #expect(throws: ClientError.self) { _ = try await sqs.sendMessage(QueueUrl: Self.queueURL, MessageBody: "hello") }
        #expect(log.contexts("readOnError").count == 1)
        #expect((log.contexts("readOnError").first?.error as? ClientError)?.code == "ServiceUnavailable")
        #expect(log.contexts("readOnError").first?.attempt == 2)
        #expect(log.contexts("readAfterExecution").isEmpty)
    }

    struct Refusal: Error, Equatable { let stage: String }

    /// Throws from one stage.
    struct Thrower: ClientInterceptor {
        let stage: String
        func modifyBeforeSigning(_ request: inout HTTPRequest, context: InterceptorContext) async throws {
            if stage == "beforeSigning" { throw Refusal(stage: stage) }
        }
        func readAfterExecution(context: InterceptorContext) async throws {
            if stage == "afterExecution" { throw Refusal(stage: stage) }
        }
    }

    @Test(arguments: ["beforeSigning", "afterExecution"])
    func interceptorErrorSurfacesAsIs(stage: String) async throws {
        let log = StageLog()
        let transport = StubTransport(responses: [InterceptorTestClients.sendMessageOK])
        let sqs = try InterceptorTestClients.client("sqs", transport: transport,
                                                    interceptors: [Thrower(stage: stage), RecordingInterceptor(name: "A", log: log)])
        await #expect(throws: Refusal(stage: stage)) { _ = try await sqs.sendMessage(QueueUrl: Self.queueURL, MessageBody: "hello") }
        #expect(transport.requests.count == (stage == "beforeSigning" ? 0 : 1))
        #expect(log.contexts("readOnError").first?.error as? Refusal == Refusal(stage: stage), "the on-error stage sees it")
    }

    /// Changes values at several stages.
    struct Changer: ClientInterceptor {
        func modifyBeforeSerialization(_ params: inout Document, context: InterceptorContext) async throws {
            params["MessageBody"] = "changed"
        }
        func modifyBeforeSigning(_ request: inout HTTPRequest, context: InterceptorContext) async throws {
            request.headers["x-trace-id"] = "42"
        }
        func modifyBeforeTransmit(_ request: inout HTTPRequest, context: InterceptorContext) async throws {
            request.headers["x-unsigned"] = "1"
        }
        func modifyAfterExecution(_ output: inout Document, context: InterceptorContext) async throws {
            output["Extra"] = .int(context.attempt)
        }
        func modifyOnError(_ error: inout any Error, context: InterceptorContext) async throws {
            error = Refusal(stage: "replaced \((error as? ClientError)?.code ?? "?")")
        }
    }

    @Test func modifyStagesChangeTheCall() async throws {
        // (no MD5OfMessageBody: the body sent is not the one the caller gave)
        let transport = StubTransport(responses: [HTTPResponse(statusCode: 200, body: Data(#"{"MessageId":"m-1"}"#.utf8))])
        let sqs = try InterceptorTestClients.client("sqs", transport: transport, interceptors: [Changer()])
        let output = try await sqs.sendMessage(QueueUrl: Self.queueURL, MessageBody: "hello")
        #expect(output["Extra"] == 1)
        let sent = try #require(transport.requests.first)
        #expect(transport.bodies.first?["MessageBody"] == "changed")
        #expect(sent.headers["x-trace-id"] == "42" && sent.headers["x-unsigned"] == "1")
        let signedHeaders = sent.headers["Authorization"]?.components(separatedBy: "SignedHeaders=").last ?? ""
        #expect(signedHeaders.contains("x-trace-id"), "added before signing: signed")
        #expect(!signedHeaders.contains("x-unsigned"), "added before transmit: not signed")
    }

    @Test func modifyOnErrorReplacesTheError() async throws {
        let transport = StubTransport(responses: [InterceptorTestClients.serviceUnavailable])
        let sqs = try InterceptorTestClients.client("sqs", transport: transport, interceptors: [Changer()],
                                                    config: Config(retries: RetryConfig(totalMaxAttempts: 1)))
        await #expect(throws: Refusal(stage: "replaced ServiceUnavailable")) {
            _ = try await sqs.sendMessage(QueueUrl: Self.queueURL, MessageBody: "hello")
        }
    }

    @Test func sessionInterceptorsRunBeforeConfigOnes() async throws {
        let log = StageLog()
        let transport = StubTransport(responses: [InterceptorTestClients.sendMessageOK])
        let session = try Session(region: "us-east-1", credentials: TestClients.credentials, environment: TestClients.environment,
                                  transport: transport, interceptors: [RecordingInterceptor(name: "session", log: log)])
        let sqs = try session.client("sqs", endpointURL: "http://127.0.0.1:1",
                                     config: Config(interceptors: [RecordingInterceptor(name: "config", log: log)]))
        #expect(sqs.interceptors.filter { !($0 is LoggingInterceptor) }.count == 2)
        _ = try await sqs.sendMessage(QueueUrl: Self.queueURL, MessageBody: "hello")
        #expect(log.names.prefix(2) == ["session.modifyBeforeSerialization", "config.modifyBeforeSerialization"])
        let plain = try session.client("sqs", endpointURL: "http://127.0.0.1:1")
        #expect(plain.interceptors.filter { !($0 is LoggingInterceptor) }.count == 1, "the session's apply to every client")
    }

    @Test func streamingCallsRunTheStagesWithHeaders() async throws {
        let log = StageLog()
        let transport = StubTransport { _ in HTTPResponse(statusCode: 200, headers: HTTPHeaders([("Content-Length", "5")]), body: Data("hello".utf8)) }
        let s3 = try InterceptorTestClients.client("s3", transport: transport, interceptors: [RecordingInterceptor(name: "A", log: log)])
        let object = try await s3.getObject.streaming(Bucket: "b", Key: "k")
        #expect(try await object.body.collect(upTo: 100) == Data("hello".utf8))
        #expect(log.all.map(\.stage) == Self.successStages)
        #expect(log.contexts("readAfterTransmit").first?.isStreaming == true)
        #expect(log.contexts("readAfterTransmit").first?.response?.body.isEmpty == true)
    }

    @Test func configsWithInterceptorsStayHashable() {
        let a = Config(region: "us-east-1", interceptors: [Changer()])
        let b = Config(region: "us-east-1", interceptors: [Changer()])
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a != Config(region: "us-east-1"))
        #expect(Config().merging(a).interceptors.count == 1)
        #expect(a.merging(Config(region: "eu-west-1")).interceptors.count == 1, "an unset field keeps the first's")
    }
}
