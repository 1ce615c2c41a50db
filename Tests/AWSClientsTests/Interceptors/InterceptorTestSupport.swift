import Foundation
import Synchronization
import AWSTesting
@testable import AWSClients

/// What the interceptor tests record: each stage an interceptor saw, with its context.
final class StageLog: Sendable {
    struct Entry: Sendable {
        let interceptor: String
        let stage: String
        let context: InterceptorContext
    }

    private let entries = Mutex<[Entry]>([])

    func append(_ interceptor: String, _ stage: String, _ context: InterceptorContext) {
        entries.withLock { $0.append(Entry(interceptor: interceptor, stage: stage, context: context)) }
    }

    var all: [Entry] { entries.withLock { $0 } }
    /// `interceptor.stage` for every entry, in order.
    var names: [String] { all.map { "\($0.interceptor).\($0.stage)" } }
    func contexts(_ stage: String) -> [InterceptorContext] { all.filter { $0.stage == stage }.map(\.context) }
}

/// Records every stage it sees, changing nothing.
struct RecordingInterceptor: ClientInterceptor {
    let name: String
    let log: StageLog

    func modifyBeforeSerialization(_ params: inout Document, context: InterceptorContext) async throws { log.append(name, "modifyBeforeSerialization", context) }
    func readBeforeSerialization(context: InterceptorContext) async throws { log.append(name, "readBeforeSerialization", context) }
    func modifyAfterSerialization(_ request: inout HTTPRequest, context: InterceptorContext) async throws { log.append(name, "modifyAfterSerialization", context) }
    func readAfterSerialization(context: InterceptorContext) async throws { log.append(name, "readAfterSerialization", context) }
    func modifyBeforeSigning(_ request: inout HTTPRequest, context: InterceptorContext) async throws { log.append(name, "modifyBeforeSigning", context) }
    func readBeforeSigning(context: InterceptorContext) async throws { log.append(name, "readBeforeSigning", context) }
    func modifyBeforeTransmit(_ request: inout HTTPRequest, context: InterceptorContext) async throws { log.append(name, "modifyBeforeTransmit", context) }
    func readBeforeTransmit(context: InterceptorContext) async throws { log.append(name, "readBeforeTransmit", context) }
    func modifyAfterTransmit(_ response: inout HTTPResponse, context: InterceptorContext) async throws { log.append(name, "modifyAfterTransmit", context) }
    func readAfterTransmit(context: InterceptorContext) async throws { log.append(name, "readAfterTransmit", context) }
    func modifyBeforeDeserialization(_ response: inout HTTPResponse, context: InterceptorContext) async throws { log.append(name, "modifyBeforeDeserialization", context) }
    func readBeforeDeserialization(context: InterceptorContext) async throws { log.append(name, "readBeforeDeserialization", context) }
    func modifyAfterExecution(_ output: inout Document, context: InterceptorContext) async throws { log.append(name, "modifyAfterExecution", context) }
    func readAfterExecution(context: InterceptorContext) async throws { log.append(name, "readAfterExecution", context) }
    func modifyOnError(_ error: inout any Error, context: InterceptorContext) async throws { log.append(name, "modifyOnError", context) }
    func readOnError(context: InterceptorContext) async throws { log.append(name, "readOnError", context) }
}

enum InterceptorTestClients {
    /// A client of `service` on `transport` with `interceptors`, retrying without waiting.
    static func client(_ service: String, transport: StubTransport, interceptors: [any ClientInterceptor],
                       config: Config? = nil) throws -> Client {
        let model = try ModelLoader.shared.serviceModel(service)
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil),
                                      environment: TestClients.environment)
        var effective = try resolver.resolve(serviceID: model.metadata.serviceID ?? service, endpointPrefix: model.metadata.endpointPrefix,
                                             region: "us-east-1", endpointURL: "http://127.0.0.1:1", config: config)
        effective.region = "us-east-1"
        return try ClientFactory.make(model: model, config: effective, credentials: { TestClients.credentials },
                                      transport: transport, sleep: { _ in }, interceptors: interceptors)
    }

    /// An SQS `SendMessage` success (JSON protocol).
    static let sendMessageOK = HTTPResponse(statusCode: 200, headers: HTTPHeaders([("Content-Type", "application/x-amz-json-1.0"),
                                                                                  ("x-amzn-RequestId", "req-1")]),
                                            body: Data(#"{"MessageId":"m-1","MD5OfMessageBody":"5d41402abc4b2a76b9719d911017c592"}"#.utf8))
    /// A retryable SQS failure.
    static let serviceUnavailable = HTTPResponse(statusCode: 503, headers: HTTPHeaders([("Content-Type", "application/x-amz-json-1.0")]),
                                                 body: Data(#"{"__type":"ServiceUnavailable","message":"busy"}"#.utf8))
}
