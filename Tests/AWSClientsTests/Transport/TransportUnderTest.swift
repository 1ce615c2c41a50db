import Foundation
import AWSTestSupport
@testable import AWSClients

/// One transport of the matrix the transport tests run over (`HTTPTransports.make` for `.curl`
/// and for `.urlSession`), and what it is known to honour.
///
/// Until the libcurl transport lands, and wherever libcurl cannot be loaded, `.curl` gives
/// `URLSessionTransport` too; the expectations follow the transport actually built, so the same
/// tests hold the libcurl transport to the full behaviour as soon as `make` returns it.
struct TransportUnderTest {
    /// The kinds every transport test runs with.
    static let kinds: [HTTPTransportKind] = [.curl, .urlSession]

    /// The kind asked for.
    let kind: HTTPTransportKind
    /// The transport `HTTPTransports.make` built for it.
    let transport: any HTTPTransport

    init(_ kind: HTTPTransportKind, verify: TLSVerification = .enabled, proxies: [String: String] = [:]) {
        self.kind = kind
        transport = HTTPTransports.make(HTTPTransportOptions(kind: kind, verify: verify, proxies: proxies))
    }

    /// Whether it is Foundation's URLSession (swift-corelibs-foundation on Linux).
    var isURLSession: Bool { transport is URLSessionTransport }

    /// Whether `verify:` is applied (a custom CA bundle, or no verification). URLSession on Linux
    /// offers no per-session trust setting: it always verifies against the system roots.
    var honoursVerifyOption: Bool { !isURLSession }

    /// Whether `proxies:` is applied. URLSession on Linux takes proxies only from the process
    /// environment (libcurl reading `HTTP_PROXY`...), never from the transport's options: it
    /// refuses a request whose configured proxy it cannot use, rather than bypass it.
    var honoursProxyOption: Bool { !isURLSession }

    /// The code a connect timeout surfaces as. URLSession has a single timeout and reports every
    /// expiry as `URLError.timedOut`, so it cannot tell a connect timeout from a read timeout.
    var connectTimeoutCode: HTTPTransportError.Code { isURLSession ? .readTimeout : .connectTimeout }

    /// A unique token for a test's request paths, so parallel tests can tell their requests apart
    /// in what the shared servers record.
    static func token(_ prefix: String) -> String {
        prefix + "-" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
    }

    /// A GET of `address` with default timeouts or `timeouts`.
    func get(_ address: String, timeouts: HTTPTimeouts = HTTPTimeouts(connect: 10, read: 10)) async throws -> HTTPResponse {
        guard let url = URL(string: address) else { throw TestServerError("not a URL: \(address)") }
        return try await transport.send(HTTPRequest(method: "GET", url: url), timeouts: timeouts)
    }
}
