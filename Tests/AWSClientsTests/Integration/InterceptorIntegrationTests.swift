import Foundation
import Synchronization
import Testing
import AWSTestSupport
@testable import AWSClients

/// Interceptors and the logger against moto_server.
@Suite(.serialized) struct InterceptorIntegrationTests {
    /// Forwards to the transport `AWS_SWIFT_HTTP_TRANSPORT` names, recording each request.
    final class Recorder: HTTPTransport {
        private let inner = HTTPTransports.make(HTTPTransportOptions(kind: TestClients.motoTransportKind))
        private let sent = Mutex<[HTTPRequest]>([])
        var requests: [HTTPRequest] { sent.withLock { $0 } }

        func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
            sent.withLock { $0.append(request) }
            return try await inner.send(request, timeouts: timeouts)
        }
    }

    /// Adds `x-amz-meta-trace-id` before signing, so the signature covers it.
    struct TraceID: ClientInterceptor {
        func modifyBeforeSigning(_ request: inout HTTPRequest, context: InterceptorContext) async throws {
            if context.operationName == "PutObject" { request.headers["x-amz-meta-trace-id"] = "trace-42" }
        }
    }

    static func uniqueName(_ prefix: String) -> String { "\(prefix)-\(UUID().uuidString.lowercased().prefix(12))" }

    @Test func headerAddedBeforeSigningIsSignedAndAcceptedByMoto() async throws {
        let endpoint = try await MotoServer.shared.endpointURL()
        let recorder = Recorder()
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"),
                                  environment: TestClients.environment, transport: recorder)
        let s3 = try session.client("s3", endpointURL: endpoint, config: Config(interceptors: [TraceID()]))
        let bucket = Self.uniqueName("traced")
        _ = try await s3.createBucket(Bucket: bucket)
        _ = try await s3.putObject(Bucket: bucket, Key: "k", Body: Data("traced".utf8))
        let put = try #require(recorder.requests.last)
        let signedHeaders = put.headers["Authorization"]?.components(separatedBy: "SignedHeaders=").last?.components(separatedBy: ",").first ?? ""
        #expect(signedHeaders.split(separator: ";").contains("x-amz-meta-trace-id"), "signed: \(signedHeaders)")
        let head = try await s3.headObject(Bucket: bucket, Key: "k")
        #expect(head["Metadata"]?["trace-id"] == "trace-42", "moto accepted and stored the signed header")
    }

    @Test func loggerLinesAndRedactionAgainstMoto() async throws {
        let endpoint = try await MotoServer.shared.endpointURL()
        let recorder = Recorder()
        let collector = CollectingLogHandler()
        let credentials = Credentials(accessKeyID: "AKIAMOTOLOGTEST", secretAccessKey: "moto/log+test+secret+key",
                                      sessionToken: "MOTO-LOG-TEST-SESSION-TOKEN")
        let session = try Session(region: "us-east-1", credentials: credentials, environment: TestClients.environment, transport: recorder,
                                  interceptors: [LoggingInterceptor(level: .trace, handler: collector)])
        let s3 = try session.client("s3", endpointURL: endpoint)
        let sts = try session.client("sts", endpointURL: endpoint)
        let bucket = Self.uniqueName("logged")
        let sseKey = "0123456789abcdef0123456789abcdef"
        _ = try await s3.createBucket(Bucket: bucket)
        _ = try await s3.putObject(Bucket: bucket, Key: "secret.txt", Body: Data("body".utf8), SSECustomerAlgorithm: "AES256", SSECustomerKey: sseKey)
        let role = try await sts.assumeRole(RoleArn: "arn:aws:iam::123456789012:role/logged", RoleSessionName: "logged")
        let stsSecret = try #require(role["Credentials"]?["SecretAccessKey"]?.string)
        let stsToken = try #require(role["Credentials"]?["SessionToken"]?.string)
        await #expect(throws: ClientError.self) { _ = try await s3.getObject(Bucket: bucket, Key: "missing") }

        let lines = collector.entries.filter { $0.level == .debug }.map(\.message)
        let port = URL(string: endpoint)?.port ?? 0
        #expect(lines.contains("s3.CreateBucket: endpoint resolved to http://127.0.0.1:\(port)"), "\(lines)")
        let putLine = try #require(lines.first { $0.hasPrefix("s3.PutObject PUT http://127.0.0.1:\(port)/\(bucket)/secret.txt -> 200 (attempt 1, ") })
        let requestID = try #require(putLine.components(separatedBy: "request id ").last?.dropLast())
        #expect(requestID != "none", "moto's request id: \(putLine)")
        #expect(lines.contains { $0.hasPrefix("sts.AssumeRole POST http://127.0.0.1:\(port)/ -> 200 (attempt 1, ") })
        #expect(lines.contains { $0.hasPrefix("s3.GetObject GET http://127.0.0.1:\(port)/\(bucket)/missing -> 404 (attempt 1, ") })
        #expect(lines.contains { $0.hasPrefix("s3.GetObject failed after 1 attempt(s): An error occurred (NoSuchKey)") })

        let everything = collector.messages.joined(separator: "\n")
        #expect(everything.contains("x-amz-server-side-encryption-customer-key: <redacted>"))
        #expect(everything.contains("<SecretAccessKey><redacted></SecretAccessKey>"), "the STS response body, redacted")
        let signatures = recorder.requests.compactMap { $0.headers["Authorization"]?.components(separatedBy: "Signature=").last }
        #expect(signatures.count == recorder.requests.count && !signatures.isEmpty)
        let sseKeyBase64 = Data(sseKey.utf8).base64EncodedString()
        for secret in ["moto/log+test+secret+key", "MOTO-LOG-TEST-SESSION-TOKEN", sseKey, sseKeyBase64, stsSecret, stsToken] + signatures {
            #expect(!everything.contains(secret), "a secret was logged: \(secret)")
        }
    }
}
