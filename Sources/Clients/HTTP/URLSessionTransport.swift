import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The portable HTTP transport, over Foundation's `URLSession`: keep-alive connections reused
/// across requests (one session per transport), TLS with the system trust store, proxies from the
/// environment (on Linux, libcurl reads `HTTPS_PROXY` / `NO_PROXY`).
///
/// It never adds, changes or removes a header the SDK signed: the request's fields are copied as
/// they are; `Host` is left to the URL (the signer signs the same value).
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    /// The options it was built with.
    public let options: HTTPTransportOptions

    /// Creates a transport with at most `maxConnectionsPerHost` keep-alive connections per host
    /// (botocore's default pool size: 10).
    public convenience init(maxConnectionsPerHost: Int = 10) {
        self.init(options: HTTPTransportOptions(kind: .urlSession, maxConnectionsPerHost: maxConnectionsPerHost))
    }

    /// Creates a transport with these options.
    public init(options: HTTPTransportOptions) {
        self.options = options
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = options.maxConnectionsPerHost
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = [:]
        session = URLSession(configuration: configuration)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends the request; transport failures become `HTTPTransportError`.
    public func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        // The read timeout bounds inactivity; URLSession has no separate connect timeout, so the
        // larger of the two is the budget for the first byte.
        urlRequest.timeoutInterval = max(timeouts.connect, timeouts.read)
        for field in request.headers where !field.name.caseInsensitiveEquals("host") {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        do {
            let (data, response): (Data, URLResponse)
            switch request.body {
            case .empty:
                (data, response) = try await session.data(for: urlRequest)
            case .data(let body):
                if request.method == "GET" || request.method == "HEAD" || body.isEmpty {
                    if !body.isEmpty { urlRequest.httpBody = body }
                    (data, response) = try await session.data(for: urlRequest)
                } else {
                    (data, response) = try await session.upload(for: urlRequest, from: body)
                }
            case .file(let url):
                (data, response) = try await session.upload(for: urlRequest, fromFile: url)
            case .fileSegment(let url, let offset, let length):
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                try handle.seek(toOffset: UInt64(offset))
                let segment = try handle.read(upToCount: Int(length)) ?? Data()
                (data, response) = try await session.upload(for: urlRequest, from: segment)
            }
            guard let http = response as? HTTPURLResponse else {
                throw HTTPTransportError(.connectionClosed, url: request.url.absoluteString, underlying: "not an HTTP response")
            }
            var headers = HTTPHeaders()
            for (name, value) in http.allHeaderFields {
                headers.add(name: String(describing: name), value: String(describing: value))
            }
            return HTTPResponse(statusCode: http.statusCode, headers: headers, body: data)
        } catch let error as HTTPTransportError {
            throw error
        } catch let error as URLError {
            throw Self.translate(error, url: request.url.absoluteString)
        } catch is CancellationError {
            throw HTTPTransportError(.cancelled, url: request.url.absoluteString, underlying: "task cancelled")
        }
    }

    static func translate(_ error: URLError, url: String) -> HTTPTransportError {
        let cause = "\(error.code.rawValue): \(error.localizedDescription)"
        switch error.code {
        case .timedOut: return HTTPTransportError(.readTimeout, url: url, underlying: cause)
        case .cancelled: return HTTPTransportError(.cancelled, url: url, underlying: cause)
        case .networkConnectionLost: return HTTPTransportError(.connectionClosed, url: url, underlying: cause)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return HTTPTransportError(.tlsFailure, url: url, underlying: cause)
        // On Linux, libcurl's certificate errors arrive as `.unknown` with curl's message
        // ("SSL certificate problem: ...", "SSL: no alternative certificate subject name ...").
        case .unknown where error.localizedDescription.hasPrefix("SSL"):
            return HTTPTransportError(.tlsFailure, url: url, underlying: cause)
        default: return HTTPTransportError(.connectionFailed, url: url, underlying: cause)
        }
    }
}
