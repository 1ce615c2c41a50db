import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// One case of Fixtures/handlers/botocore-handlers.json, written by Tests/Differential/botocore_handlers.py:
/// a call (or presigned URL) and what botocore sent, raised or presigned for it.
struct BotocoreHandlerCase: Sendable, CustomTestStringConvertible {
    /// What botocore sent.
    struct Sent: Sendable {
        let method: String
        let url: String
        /// Header names lowercased (botocore's `User-Agent`, `amz-sdk-*` and `Content-Length` left out).
        let headers: [String: String]
        let body: String
    }

    let name: String
    let service: String
    let operation: String
    let params: Document
    let region: String
    let token: String?
    let presign: Bool
    let httpMethod: String?
    let responseStatus: Int
    let responseHeaders: HTTPHeaders
    let responseBody: String
    /// What botocore sent, when it sent something.
    let sent: Sent?
    /// The presigned URL botocore made.
    let presignedURL: String?
    /// The exception class and message botocore raised, if any.
    let errorClass: String?
    let errorMessage: String?
    /// A `ClientError`'s `response["Error"]`.
    let errorFields: Document?
    /// Headers (lowercased) left out of the comparison, with the signature over them: known
    /// differences outside the handlers (S3 Control's payload hash).
    let ignoredHeaders: [String]

    var testDescription: String { name }

    /// A `ClientError` botocore raised (it has the `Error` map).
    var expectsClientError: Bool { errorFields != nil }
    /// An error raised before anything was sent (validation, a customization's check).
    var expectsEarlyError: Bool { sent == nil && presignedURL == nil }
}

/// Reads the fixture and builds the clients its cases run on.
enum BotocoreHandlerFixture {
    /// `PresignFixtures.date`, botocore's frozen clock in the script.
    static let date = PresignFixtures.date

    /// Every case, or an empty list when the fixture cannot be read (`fixtureIsComplete` fails then).
    static let cases: [BotocoreHandlerCase] = (try? load()) ?? []

    static func load() throws -> [BotocoreHandlerCase] {
        guard let url = Bundle.module.url(forResource: "Fixtures/handlers/botocore-handlers", withExtension: "json") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let root = try JSONValue.parse(Data(contentsOf: url))
        return (root["cases"]?.array ?? []).map { item in
            let response = item["response"]
            let expected = item["expected"]
            let request = expected?["request"]
            let error = expected?["error"]
            var responseHeaders = HTTPHeaders()
            for (name, value) in response?["headers"]?.object?.pairs ?? [] { responseHeaders.add(name: name, value: value.string ?? "") }
            let sent = request.map { request in
                BotocoreHandlerCase.Sent(
                    method: request["method"]?.string ?? "", url: request["url"]?.string ?? "",
                    headers: Dictionary((request["headers"]?.object?.pairs ?? []).map { ($0.key.lowercased(), $0.value.string ?? "") },
                                        uniquingKeysWith: { $1 }),
                    body: request["body"]?.string ?? "")
            }
            return BotocoreHandlerCase(
                name: item["name"]?.string ?? "", service: item["service"]?.string ?? "", operation: item["operation"]?.string ?? "",
                params: parameters(item["params"]?.document ?? [:]), region: item["region"]?.string ?? "us-west-2",
                token: item["token"]?.string, presign: item["presign"]?.bool ?? false, httpMethod: item["httpMethod"]?.string,
                responseStatus: response?["status"]?.int ?? 200, responseHeaders: responseHeaders,
                responseBody: response?["body"]?.string ?? "", sent: sent, presignedURL: expected?["url"]?.string,
                errorClass: error?["class"]?.string, errorMessage: error?["message"]?.string, errorFields: error?["Error"]?.document,
                ignoredHeaders: (item["ignore"]?.array ?? []).compactMap { $0.string?.lowercased() })
        }
    }

    /// `{"__timestamp__": "<ISO 8601>"}` values as timestamps.
    static func parameters(_ value: Document) -> Document {
        switch value {
        case .map(let entries):
            if entries.count == 1, let text = entries["__timestamp__"]?.string, let date = TimestampFormat.parse(text) {
                return .timestamp(date)
            }
            return .map(entries.mapValues(parameters))
        case .list(let elements): return .list(elements.map(parameters))
        default: return value
        }
    }

    /// A client of the case's service and region on `transport`, with the script's credentials and
    /// frozen clock, sending each request once.
    static func client(for testCase: BotocoreHandlerCase, transport: StubTransport) throws -> Client {
        try HandlerClients.client(testCase.service, transport: transport, region: testCase.region, token: testCase.token)
    }

    /// The headers of `request` botocore's are compared with: names lowercased, `User-Agent` and
    /// `amz-sdk-*` left out.
    static func comparableHeaders(_ request: HTTPRequest) -> [String: String] {
        var headers: [String: String] = [:]
        for (name, value) in request.headers {
            let lowered = name.lowercased()
            if lowered == "user-agent" || lowered.hasPrefix("amz-sdk-") || lowered == "content-length" { continue }
            headers[lowered] = headers[lowered].map { $0 + "," + value } ?? value
        }
        return headers
    }

    /// `Authorization` without its signature (for JSON bodies, which botocore spaces differently).
    static func unsignedPart(_ authorization: String?) -> String? {
        authorization.map { text in text.range(of: "Signature=").map { String(text[..<$0.lowerBound]) } ?? text }
    }

    /// A JSON body as a value (key order and spacing ignored; `1.0` and `1` stay different).
    static func json(_ text: String) -> JSONValue? { try? JSONValue.parse(Data(text.utf8)) }
}
