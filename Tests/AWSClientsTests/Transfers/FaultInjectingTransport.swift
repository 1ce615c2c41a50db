import Foundation
import Synchronization
@testable import AWSClients

/// A transport over the real one (the kind `AWS_SWIFT_HTTP_TRANSPORT` names) that records every
/// request and injects faults chosen by a rule: a request refused with a broken connection
/// before it is sent, or a response body cut off after some bytes.
final class FaultInjectingTransport: HTTPTransport {
    enum Fault: Sendable {
        /// The connection breaks before any response (`HTTPTransportError.connectionClosed`).
        case refuse
        /// The response arrives, but its body breaks off after this many bytes.
        case truncateBody(after: Int)
        /// The response body arrives whole, with its first byte flipped.
        case corruptBody
    }

    private let inner: any HTTPTransport
    private let rule = Mutex<@Sendable (HTTPRequest) -> Fault?>({ _ in nil })
    private let log = Mutex<[HTTPRequest]>([])

    init(inner: any HTTPTransport = HTTPTransports.make(HTTPTransportOptions(kind: TestClients.motoTransportKind))) {
        self.inner = inner
    }

    /// Replaces the rule (no faults by default).
    func inject(_ rule: @escaping @Sendable (HTTPRequest) -> Fault?) { self.rule.withLock { $0 = rule } }

    /// Every request so far.
    var requests: [HTTPRequest] { log.withLock { $0 } }

    /// Forgets the requests so far.
    func clearLog() { log.withLock { $0.removeAll() } }

    private func fault(for request: HTTPRequest) -> Fault? {
        log.withLock { $0.append(request) }
        return rule.withLock { $0 }(request)
    }

    func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        if case .refuse? = fault(for: request) {
            throw HTTPTransportError(.connectionClosed, url: request.url.absoluteString, underlying: "injected fault")
        }
        return try await inner.send(request, timeouts: timeouts)
    }

    func stream(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPStreamingResponse {
        let fault = fault(for: request)
        if case .refuse? = fault {
            throw HTTPTransportError(.connectionClosed, url: request.url.absoluteString, underlying: "injected fault")
        }
        var response = try await inner.stream(request, timeouts: timeouts)
        if case .truncateBody(let limit)? = fault, response.statusCode < 300 {
            let whole = try await response.body.collect()
            let cut = HTTPResponseBody(highWaterMark: Int.max)
            _ = cut.offer(whole.prefix(limit))
            cut.finish(throwing: HTTPTransportError(.connectionClosed, url: request.url.absoluteString, underlying: "injected: body cut off"))
            response.body = cut
        }
        if case .corruptBody? = fault, response.statusCode < 300 {
            var whole = try await response.body.collect()
            if !whole.isEmpty { whole[whole.startIndex] ^= 0xFF }
            response.body = HTTPResponseBody(data: whole)
        }
        return response
    }

    func shutdown() async { await inner.shutdown() }
}

extension HTTPRequest {
    /// The value of a query parameter of the URL.
    func query(_ name: String) -> String? {
        URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == name }?.value
    }

    /// The first byte a ranged GET asks for.
    var rangeStart: Int64? {
        guard let range = headers["Range"], range.hasPrefix("bytes="), let dash = range.firstIndex(of: "-") else { return nil }
        return Int64(range[range.index(range.startIndex, offsetBy: 6)..<dash])
    }

    /// Whether the URL's query has `name` (with or without a value).
    func hasQuery(_ name: String) -> Bool {
        URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.contains { $0.name == name } == true
    }
}
