import Foundation
import Testing
@testable import AWSClients

/// botocore fixtures captured with a frozen clock leave out its retry headers (the invocation id is
/// random): a request compared with one must carry them in the form a first attempt has.
enum BotocoreFixtureRetryHeaders {
    /// The retry headers' names, lower-case: headers the fixture cannot hold.
    static let names: Set<String> = ["amz-sdk-invocation-id", "amz-sdk-request"]

    /// Checks the form of `request`'s retry headers: a UUID, and `attempt=1` on a first attempt,
    /// `[ttl=...; ]attempt=N; max=M` on a resend (botocore adds `ttl` and `max` on retries only).
    static func expectForm(_ request: HTTPRequest, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(request.headers["amz-sdk-invocation-id"].flatMap(UUID.init(uuidString:)) != nil, "\(name): amz-sdk-invocation-id",
                sourceLocation: sourceLocation)
        let fields = (request.headers["amz-sdk-request"] ?? "").components(separatedBy: "; ")
        let attempt = fields.first { $0.hasPrefix("attempt=") }.flatMap { Int($0.dropFirst("attempt=".count)) }
        let keys = fields.map { $0.prefix { $0 != "=" } }
        let wellFormed = attempt == 1 ? keys == ["attempt"] : (attempt ?? 0) > 1 && (keys == ["attempt", "max"] || keys == ["ttl", "attempt", "max"])
        #expect(wellFormed, "\(name): amz-sdk-request \(request.headers["amz-sdk-request"] ?? "(none)")", sourceLocation: sourceLocation)
    }
}
